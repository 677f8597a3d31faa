#!/usr/bin/env node
/**
 * Builds job-submit-block.zip, the installable plugin, from the built assets.
 *
 * `wp-scripts plugin-zip` packs what package.json's "files" names, with npm's packing rules,
 * which add package.json and any README whatever "files" says. Those two are developer files
 * (a site needs readme.txt, not README.md), so they are taken out of the zip afterwards.
 *
 * Usage: node scripts/plugin-zip.mjs   (npm run plugin-zip; run npm run build first)
 */

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '..' );
const require = createRequire( import.meta.url );
const scriptsPackage = require.resolve( '@wordpress/scripts/package.json' );
// The zip library wp-scripts itself writes the zip with.
const AdmZip = createRequire( scriptsPackage )( 'adm-zip' );

/** The zip, at the root of the checkout. */
export const PLUGIN_ZIP = join( root, 'job-submit-block.zip' );

/** The folder every file of the zip is in: the plugin's slug. */
export const ZIP_ROOT = 'job-submit-block/';

// Added by npm's packing rules whatever "files" says: package.json at the root and a
// README in any folder (readme.txt is named in "files" and stays).
const FORCED_BY_NPM =
	/^job-submit-block\/(package\.json|(.*\/)?readme\.(md|markdown))$/i;

/**
 * Builds the zip and returns the paths of the files in it.
 *
 * @return {string[]} Entry names, each under ZIP_ROOT.
 */
export function buildPluginZip() {
	if ( ! existsSync( join( root, 'build/index.js' ) ) ) {
		throw new Error( 'No build/ yet: run `npm run build` first.' );
	}
	execFileSync(
		process.execPath,
		[
			join( dirname( scriptsPackage ), 'bin/wp-scripts.js' ),
			'plugin-zip',
		],
		{ cwd: root, stdio: [ 'ignore', 'ignore', 'inherit' ] }
	);
	const zip = new AdmZip( PLUGIN_ZIP );
	for ( const entry of zip.getEntries() ) {
		if ( FORCED_BY_NPM.test( entry.entryName ) ) {
			zip.deleteFile( entry.entryName );
		}
	}
	zip.writeZip( PLUGIN_ZIP );
	return pluginZipEntries();
}

/**
 * The paths of the files in the zip as it is.
 *
 * @return {string[]} Entry names.
 */
export function pluginZipEntries() {
	return new AdmZip( PLUGIN_ZIP )
		.getEntries()
		.filter( ( entry ) => ! entry.isDirectory )
		.map( ( entry ) => entry.entryName )
		.sort();
}

if ( import.meta.url === pathToFileURL( process.argv[ 1 ] ).href ) {
	try {
		const entries = buildPluginZip();
		console.log(
			`job-submit-block.zip: ${ entries.length } files, ready to upload under Plugins → Add New Plugin.`
		);
	} catch ( error ) {
		console.error( error.message );
		process.exit( 1 );
	}
}
