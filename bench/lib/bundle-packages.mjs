/**
 * Which package each character of a bundled script comes from, read from the script's source
 * map (the data layer's is written to .cache/source-maps/ by webpack.config.js, outside build/
 * so that it never ships).
 */

import { existsSync, readFileSync } from 'node:fs';

const BASE64 =
	'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Decodes one segment of a source map's mappings (base64 VLQ) into its numbers.
 *
 * @param {string} segment
 */
/* eslint-disable no-bitwise -- base64 VLQ is made of bit fields. */
function decodeSegment( segment ) {
	const values = [];
	let value = 0;
	let shift = 0;
	for ( const char of segment ) {
		const digit = BASE64.indexOf( char );
		value += ( digit & 31 ) << shift;
		if ( digit & 32 ) {
			shift += 5;
			continue;
		}
		values.push( value & 1 ? -( value >>> 1 ) : value >>> 1 );
		value = 0;
		shift = 0;
	}
	return values;
}
/* eslint-enable no-bitwise */

/**
 * The package a bundled source belongs to: the npm package for node_modules, the plugin for
 * its own sources, webpack for its runtime.
 *
 * @param {string|undefined} source
 */
function packageOf( source ) {
	if ( ! source ) {
		return 'webpack runtime';
	}
	const match = source.match( /node_modules\/((?:@[^/]+\/)?[^/]+)/ );
	if ( match ) {
		return match[ 1 ];
	}
	return source.includes( 'webpack/' )
		? 'webpack runtime'
		: 'job-submit-block';
}

/**
 * For each character of the script, the index of its package in `names`.
 *
 * @param {string} code    The script as served.
 * @param {string} mapPath Its source map.
 * @return {{names: string[], owner: Uint16Array}|null} Null without a source map.
 */
export function packagesOfBundle( code, mapPath ) {
	if ( ! existsSync( mapPath ) ) {
		return null;
	}
	const map = JSON.parse( readFileSync( mapPath, 'utf8' ) );
	const names = [ 'webpack runtime' ];
	const indexOfSource = map.sources.map( ( source ) => {
		const name = packageOf( source );
		if ( ! names.includes( name ) ) {
			names.push( name );
		}
		return names.indexOf( name );
	} );
	const owner = new Uint16Array( code.length );
	const lineStarts = [ 0 ];
	for ( let i = 0; i < code.length; i++ ) {
		if ( code[ i ] === '\n' ) {
			lineStarts.push( i + 1 );
		}
	}
	let source = 0;
	map.mappings.split( ';' ).forEach( ( line, lineIndex ) => {
		const start = lineStarts[ lineIndex ];
		const end =
			lineIndex + 1 < lineStarts.length
				? lineStarts[ lineIndex + 1 ]
				: code.length;
		let column = 0;
		let previous = null;
		for ( const segment of line.split( ',' ).filter( Boolean ) ) {
			const [ columnDelta, sourceDelta ] = decodeSegment( segment );
			column += columnDelta;
			const owned =
				sourceDelta === undefined
					? 0
					: indexOfSource[ ( source += sourceDelta ) ];
			if ( previous ) {
				owner.fill(
					previous.owned,
					start + previous.column,
					start + column
				);
			}
			previous = { column, owned };
		}
		if ( previous ) {
			owner.fill( previous.owned, start + previous.column, end );
		}
	} );
	return { names, owner };
}
