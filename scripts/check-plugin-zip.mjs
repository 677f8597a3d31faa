#!/usr/bin/env node
/**
 * Builds the plugin zip as `npm run plugin-zip` does and checks what is in it: exactly what a
 * site needs (the plugin's PHP, block.json, the built assets, readme.txt, languages/) and the
 * TypeScript sources of the built scripts (guideline 4), and nothing of the development
 * checkout (README.md, package.json, tests, scripts, benchmarks, screenshots, configuration).
 *
 * Usage: node scripts/check-plugin-zip.mjs   (run npm run build first; part of npm test)
 */

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildPluginZip, ZIP_ROOT } from './plugin-zip.mjs';

const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '..' );

/**
 * The files under a folder of the checkout, as paths from the root; none when it is absent.
 *
 * @param {string} folder A folder, from the root.
 * @return {string[]} Paths.
 */
function filesUnder( folder ) {
	const dir = join( root, folder );
	if ( ! existsSync( dir ) ) {
		return [];
	}
	return readdirSync( dir, { recursive: true } )
		.map( ( name ) => join( dir, name ) )
		.filter( ( path ) => statSync( path ).isFile() )
		.map( ( path ) => relative( root, path ).split( '\\' ).join( '/' ) )
		.filter( ( path ) => ! path.split( '/' ).pop().startsWith( '.' ) );
}

// What a site runs, and the sources of what was built.
const expected = new Set( [
	'job-submit-block.php',
	'uninstall.php',
	'block.json',
	'readme.txt',
	...filesUnder( 'includes' ),
	...filesUnder( 'build' ),
	...filesUnder( 'src' ).filter(
		( path ) => ! path.startsWith( 'src/test/' )
	),
	// Translations (the POT, and any .po/.mo/.json shipped with the plugin).
	...filesUnder( 'languages' ),
] );

// Never in a site's copy, whatever a future "files" entry says.
const FORBIDDEN = [
	/^README\.md$/i,
	/^package(-lock)?\.json$/,
	/^composer\.(json|lock)$/,
	/^phpcs\.xml(\.dist)?$/,
	/^(tsconfig\.json|eslint\.config\.cjs|playwright\.config\.ts|blueprint\.json)$/,
	/^(e2e|bench|scripts|docs|node_modules|vendor|artifacts|\.cache|\.ci)\//,
	/^src\/test\//,
	/\.map$/,
	/(^|\/)\./,
];

const problems = [];
let entries;
try {
	entries = buildPluginZip();
} catch ( error ) {
	console.error( `Plugin zip: ${ error.message }` );
	process.exit( 1 );
}

const inZip = new Set();
for ( const entry of entries ) {
	if ( ! entry.startsWith( ZIP_ROOT ) ) {
		problems.push( `${ entry } is outside the ${ ZIP_ROOT } folder` );
		continue;
	}
	inZip.add( entry.slice( ZIP_ROOT.length ) );
}

for ( const path of inZip ) {
	if ( FORBIDDEN.some( ( pattern ) => pattern.test( path ) ) ) {
		problems.push( `${ path } is a development file and must not ship` );
	} else if ( ! expected.has( path ) ) {
		problems.push( `${ path } is not expected in the zip` );
	}
}
for ( const path of expected ) {
	if ( ! inZip.has( path ) ) {
		problems.push( `${ path } is missing from the zip` );
	}
}

// What the plugin loads by path must be there, whatever the lists above say.
const block = JSON.parse( readFileSync( join( root, 'block.json' ), 'utf8' ) );
const referenced = Object.values( block )
	.flat()
	.filter( ( value ) => typeof value === 'string' )
	.filter( ( value ) => value.startsWith( 'file:./' ) )
	.map( ( value ) => value.slice( 'file:./'.length ) );
for ( const script of referenced.filter( ( path ) =>
	path.endsWith( '.js' )
) ) {
	referenced.push( script.replace( /\.js$/, '.asset.php' ) );
}
const main = readFileSync( join( root, 'job-submit-block.php' ), 'utf8' );
for ( const [ , name ] of main.matchAll( /^\t'([a-z-]+)',$/gm ) ) {
	referenced.push( `includes/${ name }.php` );
}
const php = [ ...inZip ].filter( ( path ) => path.endsWith( '.php' ) );
for ( const file of php ) {
	const source = readFileSync( join( root, file ), 'utf8' );
	// Files read by path (a folder such as languages/ is checked above).
	for ( const [ , path ] of source.matchAll(
		/JOB_SUBMIT_BLOCK_DIR \. '([^'$]+\.[a-z]+)'/g
	) ) {
		referenced.push( path );
	}
}
for ( const path of new Set( referenced ) ) {
	if ( ! inZip.has( path ) ) {
		problems.push(
			`${ path } is loaded by the plugin but missing from the zip`
		);
	}
}
for ( const required of [ 'readme.txt', 'src/index.ts', 'src/view.ts' ] ) {
	if ( ! inZip.has( required ) ) {
		problems.push( `${ required } is missing from the zip` );
	}
}

if ( problems.length ) {
	console.error( 'Plugin zip: not as expected' );
	for ( const problem of problems ) {
		console.error( `  - ${ problem }` );
	}
	process.exit( 1 );
}
console.log(
	`Plugin zip: ${ inZip.size } files as expected (plugin, build/, src/ without tests, readme.txt, languages/), no development files`
);
