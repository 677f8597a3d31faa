/**
 * What the data layer is made of and what a save runs of it: each script the form loads on
 * intent, by package, gzipped, with the share of its code that ran while loading and while
 * saving one listing (Chromium's precise coverage: the bytes of the functions that were
 * called at least once). The plugin's own bundle is split further by the package each part
 * of it comes from, through its source map.
 */

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { packagesOfBundle } from '../lib/bundle-packages.mjs';

const SOURCE_MAPS = join(
	dirname( fileURLToPath( import.meta.url ) ),
	'../../.cache/source-maps'
);

const PACKAGE =
	/\/(?:js\/dist\/(?:vendor\/)?|build\/)([a-z0-9-]+?)(?:\.min)?\.js/;

/**
 * The source inside functions that ran (their outermost ranges with a count > 0), as ranges
 * that do not overlap.
 *
 * @param {{functions: Array<{ranges: Array<{startOffset: number, endOffset: number, count: number}>}>}} entry
 */
function executedRanges( entry ) {
	const ran = [];
	for ( const fn of entry.functions ) {
		const [ outer ] = fn.ranges;
		if ( outer && outer.count > 0 && fn.functionName !== '' ) {
			ran.push( [ outer.startOffset, outer.endOffset ] );
		}
	}
	ran.sort( ( a, b ) => a[ 0 ] - b[ 0 ] );
	const merged = [];
	let end = -1;
	for ( const [ from, to ] of ran ) {
		if ( to <= end ) {
			continue;
		}
		merged.push( [ Math.max( from, end ), to ] );
		end = to;
	}
	return merged;
}

/**
 * Bytes of source inside functions that ran.
 *
 * @param {Parameters<typeof executedRanges>[0]} entry
 */
function executedBytes( entry ) {
	return executedRanges( entry ).reduce(
		( sum, [ from, to ] ) => sum + to - from,
		0
	);
}

/**
 * The plugin's bundle by package: each package's code gzipped on its own, and how much of
 * it ran while loading and while saving.
 *
 * @param {{source: string}}                     loaded The bundle's coverage while loading.
 * @param {Parameters<typeof executedRanges>[0]} saved  Its coverage while saving, if any ran.
 * @param {string}                               name   The bundle's file name.
 */
function bundleByPackage( loaded, saved, name ) {
	const bundle = packagesOfBundle(
		loaded.source,
		join( SOURCE_MAPS, `${ name }.js.map` )
	);
	if ( ! bundle ) {
		return undefined;
	}
	const { names, owner } = bundle;
	const rows = names.map( ( packageName ) => ( {
		name: packageName,
		code: [],
		bytes: 0,
		loadRan: 0,
		saveRan: 0,
	} ) );
	for ( let i = 0; i < owner.length; i++ ) {
		rows[ owner[ i ] ].code.push( loaded.source[ i ] );
		rows[ owner[ i ] ].bytes++;
	}
	const count = ( ranges, key ) => {
		for ( const [ from, to ] of ranges ) {
			for ( let i = from; i < to; i++ ) {
				rows[ owner[ i ] ][ key ]++;
			}
		}
	};
	count( executedRanges( loaded ), 'loadRan' );
	count( saved ? executedRanges( saved ) : [], 'saveRan' );
	return rows
		.filter( ( row ) => row.bytes > 0 )
		.map( ( { code, ...row } ) => ( {
			...row,
			gzipBytes: gzipSync( code.join( '' ), { level: 9 } ).length,
		} ) )
		.sort( ( a, b ) => b.gzipBytes - a.gzipBytes );
}

/**
 * Opens the form, loads the data layer on intent and saves one listing, recording coverage.
 *
 * @param {import('@playwright/test').BrowserContext} context The member's context.
 * @param {string}                                    url     The form's page.
 */
export async function dataLayerBreakdown( context, url ) {
	const page = await context.newPage();
	await page.addInitScript( () => window.localStorage.clear() );
	await page.goto( url );
	await page.coverage.startJSCoverage( {
		resetOnNavigation: false,
		reportAnonymousScripts: false,
	} );
	await page.getByLabel( 'Job title' ).fill( 'Breakdown Gardener' );
	await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );
	const loaded = await page.coverage.stopJSCoverage();
	await page.coverage.startJSCoverage( { resetOnNavigation: false } );
	// The formatting editor replaces the description's textarea once the form is focused.
	await page.getByRole( 'toolbar' ).waitFor();
	await page
		.getByRole( 'textbox', { name: 'Job description' } )
		.fill( 'Tend the roses.' );
	await page.getByLabel( /How to apply/ ).fill( 'jobs@green.example' );
	await page.getByRole( 'button', { name: 'Submit job' } ).click();
	await page
		.locator( '.wp-block-job-submit-block-form__notice.is-success' )
		.waitFor();
	const saved = await page.coverage.stopJSCoverage();
	await page.close();

	const bySaved = new Map( saved.map( ( entry ) => [ entry.url, entry ] ) );
	return loaded
		.filter( ( entry ) => PACKAGE.test( entry.url ) && entry.source )
		.map( ( entry ) => {
			const ranOnSave = bySaved.get( entry.url );
			const name = entry.url.match( PACKAGE )[ 1 ];
			return {
				name,
				gzipBytes: gzipSync( entry.source, { level: 9 } ).length,
				bytes: entry.source.length,
				loadRan: executedBytes( entry ),
				saveRan: ranOnSave ? executedBytes( ranOnSave ) : 0,
				packages: entry.url.includes( '/job-submit-block/build/' )
					? bundleByPackage( entry, ranOnSave, name )
					: undefined,
			};
		} )
		.sort( ( a, b ) => b.gzipBytes - a.gzipBytes );
}

/**
 * The breakdown as a Markdown table.
 *
 * @param {Awaited<ReturnType<typeof dataLayerBreakdown>>} scripts
 */
export function breakdownTable( scripts ) {
	const kb = ( bytes ) => `${ ( bytes / 1024 ).toFixed( 1 ) } KB`;
	const share = ( part, whole ) =>
		whole ? `${ Math.round( ( 100 * part ) / whole ) } %` : '–';
	const lines = [
		'| Script (package) | Gzipped | Code run while loading | Code run by the save |',
		'| --- | --- | --- | --- |',
		...scripts.map(
			( s ) =>
				`| ${ s.name } | ${ kb( s.gzipBytes ) } | ${ share(
					s.loadRan,
					s.bytes
				) } | ${ share( s.saveRan, s.bytes ) } |`
		),
	];
	const total = scripts.reduce( ( sum, s ) => sum + s.gzipBytes, 0 );
	const unusedBySave = scripts
		.filter( ( s ) => s.saveRan === 0 )
		.reduce( ( sum, s ) => sum + s.gzipBytes, 0 );
	lines.push(
		`| **all ${ scripts.length } scripts** | ${ kb(
			total
		) } | | ${ kb( unusedBySave ) } in scripts the save never calls into |`
	);
	for ( const script of scripts.filter( ( s ) => s.packages ) ) {
		lines.push(
			'',
			`Inside ${ script.name } (its source map; each package gzipped on its own):`,
			'',
			'| Package | Minified | Gzipped | Code run while loading | Code run by the save |',
			'| --- | --- | --- | --- | --- |',
			...script.packages.map(
				( p ) =>
					`| ${ p.name } | ${ kb( p.bytes ) } | ${ kb(
						p.gzipBytes
					) } | ${ share( p.loadRan, p.bytes ) } | ${ share(
						p.saveRan,
						p.bytes
					) } |`
			)
		);
	}
	return lines.join( '\n' );
}
