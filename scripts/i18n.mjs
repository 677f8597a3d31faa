#!/usr/bin/env node
/**
 * Writes languages/job-submit-block.pot, the template translators start from: every string
 * of the PHP and TypeScript sources (through @wp-blocks/make-pot, offline), of block.json
 * (with the contexts WordPress translates them with) and of the job field definition
 * (src/job-fields.json, whose labels and help PHP translates at run time).
 *
 * With --check, writes nothing and fails when the committed template is not what the
 * sources give: a string added to the code must reach translators.
 *
 * Usage: node scripts/i18n.mjs [--check]
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '..' );
const require = createRequire( import.meta.url );
const gettext = require( 'gettext-parser' );

const DOMAIN = 'job-submit-block';
const POT = join( root, 'languages', `${ DOMAIN }.pot` );

/**
 * The strings of the PHP and TypeScript sources, as make-pot extracts them.
 *
 * make-pot is run in this process, from its own modules: its command line would ask the
 * network for WordPress's block-i18n.json schema, so block.json is left to blockStrings().
 */
async function sourceStrings() {
	const lib = dirname(
		require.resolve( '@wp-blocks/make-pot/lib/potCommand.js' )
	);
	const { getArgs } = require( join( lib, 'cli/getArgs.js' ) );
	const { makePot } = require( join( lib, 'parser/makePot.js' ) );
	// make-pot also writes the template there, in its own time: a git-ignored folder.
	const out = '.cache/i18n';
	const argv = process.argv;
	process.argv = [
		argv[ 0 ],
		'makepot',
		'.',
		out,
		'--slug',
		DOMAIN,
		'--domain',
		'plugin',
		'--skip-block-json',
		'--exclude',
		'node_modules,build,.cache,e2e,bench,scripts,artifacts,vendor,languages,src/test',
		'--charset',
		'utf-8',
		'--skip-audit',
		'--silent',
	];
	const cwd = process.cwd();
	process.chdir( root );
	let text;
	try {
		// The template's text is the answer; the file make-pot also writes is not awaited.
		text = await makePot( getArgs() );
	} finally {
		process.chdir( cwd );
		process.argv = argv;
	}
	if ( typeof text !== 'string' || ! text.includes( 'msgid' ) ) {
		throw new Error( 'make-pot extracted nothing from the sources.' );
	}
	return gettext.po.parse( text );
}

/**
 * The strings of each block's block.json (the form's and the Job details'), with the contexts
 * WordPress's block-i18n.json gives them: register_block_type() translates them with those
 * contexts.
 */
function blockStrings() {
	return [ 'block.json', 'src/job-details/block.json' ].flatMap(
		( reference ) => {
			const block = JSON.parse(
				readFileSync( join( root, reference ), 'utf8' )
			);
			const entries = [
				[ block.title, 'block title' ],
				[ block.description, 'block description' ],
				...( block.keywords ?? [] ).map( ( keyword ) => [
					keyword,
					'block keyword',
				] ),
			];
			return entries.map( ( [ msgid, msgctxt ] ) => ( {
				msgid,
				msgctxt,
				reference,
			} ) );
		}
	);
}

/**
 * The labels and help texts of the job field definition.
 */
function fieldStrings() {
	const { fields } = JSON.parse(
		readFileSync( join( root, 'src/job-fields.json' ), 'utf8' )
	);
	return fields.flatMap( ( field ) =>
		[ field.label, field.help ]
			.filter( Boolean )
			.map( ( msgid ) => ( { msgid, reference: 'src/job-fields.json' } ) )
	);
}

/**
 * The whole template, in a stable order and without dates, so that it changes only when a
 * string does.
 */
async function buildTemplate() {
	const pot = await sourceStrings();
	const add = ( { msgid, msgctxt = '', reference } ) => {
		pot.translations[ msgctxt ] ??= {};
		const existing = pot.translations[ msgctxt ][ msgid ];
		const references = new Set(
			( existing?.comments?.reference ?? '' )
				.split( '\n' )
				.filter( Boolean )
		);
		references.add( reference );
		pot.translations[ msgctxt ][ msgid ] = {
			...( existing ?? { msgid, msgstr: [ '' ] } ),
			...( msgctxt ? { msgctxt } : {} ),
			comments: {
				...( existing?.comments ?? {} ),
				reference: [ ...references ].sort().join( '\n' ),
			},
		};
	};
	[ ...blockStrings(), ...fieldStrings() ].forEach( add );

	const sorted = {};
	for ( const context of Object.keys( pot.translations ).sort() ) {
		sorted[ context ] = {};
		for ( const msgid of Object.keys(
			pot.translations[ context ]
		).sort() ) {
			sorted[ context ][ msgid ] = pot.translations[ context ][ msgid ];
		}
	}
	pot.translations = sorted;
	delete pot.headers[ 'POT-Creation-Date' ];
	delete pot.headers[ 'PO-Revision-Date' ];
	return gettext.po.compile( pot, { foldLength: 0 } ).toString() + '\n';
}

/**
 * The msgids of a template, with their contexts.
 *
 * @param {string} text A template.
 */
function keys( text ) {
	const { translations } = gettext.po.parse( text );
	return Object.entries( translations ).flatMap( ( [ context, entries ] ) =>
		Object.keys( entries )
			.filter( Boolean )
			.map( ( msgid ) =>
				context ? `${ context }\u0004${ msgid }` : msgid
			)
	);
}

const template = await buildTemplate();
if ( process.argv.includes( '--check' ) ) {
	let committed = '';
	try {
		committed = readFileSync( POT, 'utf8' );
	} catch {}
	const have = new Set( keys( committed ) );
	const want = new Set( keys( template ) );
	const missing = [ ...want ].filter( ( key ) => ! have.has( key ) );
	const stale = [ ...have ].filter( ( key ) => ! want.has( key ) );
	if ( missing.length || stale.length ) {
		for ( const key of missing ) {
			process.stderr.write( `missing from the POT: ${ key }\n` );
		}
		for ( const key of stale ) {
			process.stderr.write( `no longer in the sources: ${ key }\n` );
		}
		process.stderr.write(
			'languages/job-submit-block.pot is out of date: run `npm run i18n` and commit it.\n'
		);
		process.exit( 1 );
	}
	process.stdout.write(
		`languages/job-submit-block.pot: ${ want.size } strings, current\n`
	);
} else {
	writeFileSync( POT, template );
	process.stdout.write(
		`Wrote languages/job-submit-block.pot: ${ keys( template ).length } strings\n`
	);
}
