#!/usr/bin/env node
/**
 * Runs every test, one part after the other, and prints how long each part took.
 *
 * The whole end-to-end suite runs on the production-like stack (nginx, PHP-FPM, MariaDB),
 * where WordPress answers in tens of milliseconds; the specs tagged @playground run again on
 * the Playground site, the embedded runtime that `npm start` serves, to show the product
 * works there too (PHP in WebAssembly, SQLite) without paying for the whole suite twice.
 *
 * Both sites start in the background once the build is done, while lint, unit tests and the
 * packaging checks run, so that their start costs no wall time of its own; the run stops
 * them again if it started them.
 *
 * The WP Job Manager suite (e2e/job-manager/) runs with WP Job Manager active: whole on the
 * stack, its @playground specs on a Playground site of its own. Where WP Job Manager is not
 * beside the checkout (see JOB_MANAGER in scripts/wordpress/site.mjs), those two parts are
 * left out, and the run says so.
 *
 * Stops at the first part that fails, and says which.
 */

import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as stack from './stack/stack.mjs';
import {
	JOB_MANAGER,
	start as startSite,
	stop as stopSite,
} from './wordpress/site.mjs';

const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '..' );

// The site each end-to-end part needs, started in the background after the build.
const SITES = {
	stack: { start: stack.start, stop: stack.stop },
	playground: {
		start: () => startSite( 'tests' ),
		stop: () => stopSite( 'tests' ),
	},
};
const STARTS_SITES_AFTER = 'build';
const NEEDS_SITE = {
	'end-to-end, production-like stack': 'stack',
	'end-to-end, Playground (@playground)': 'playground',
};

const PARTS = [
	[ 'system packages', 'bash', [ 'scripts/ensure-system-packages.sh' ] ],
	[ 'build', 'npm', [ 'run', 'build', '--silent' ] ],
	[ 'lint and typecheck', 'npm', [ 'run', 'lint', '--silent' ] ],
	[ 'unit tests', 'npm', [ 'run', 'test:unit', '--silent' ] ],
	[ 'plugin zip', 'npm', [ 'run', 'test:zip', '--silent' ] ],
	[ 'Playground blueprint', 'npm', [ 'run', 'test:blueprint', '--silent' ] ],
	[
		'end-to-end, production-like stack',
		'npm',
		[ 'run', 'test:e2e:native', '--silent' ],
	],
	[
		'end-to-end, Playground (@playground)',
		'npm',
		[ 'run', 'test:e2e', '--silent', '--', '--grep', '@playground' ],
	],
	...( JOB_MANAGER.dir
		? [
				[
					'WP Job Manager suite, production-like stack',
					'npm',
					[
						'run',
						'test:e2e:native',
						'--silent',
						'--',
						'--with-job-manager',
					],
				],
				[
					'WP Job Manager suite, Playground (@playground)',
					'npm',
					[
						'run',
						'test:e2e',
						'--silent',
						'--',
						'--with-job-manager',
						'--grep',
						'@playground',
					],
				],
			]
		: [] ),
];
if ( ! JOB_MANAGER.dir ) {
	process.stdout.write(
		'\nNote: WP Job Manager was not found beside the checkout (shared/fixtures/wp-job-manager) nor in JOB_MANAGER_PLUGIN_DIR: its suite is left out of this run.\n'
	);
}

function run( command, args ) {
	return new Promise( ( done ) => {
		const child = spawn( command, args, { cwd: root, stdio: 'inherit' } );
		child.on( 'exit', ( code ) => done( code ) );
		child.on( 'error', () => done( 1 ) );
	} );
}

async function siteFailed( starting ) {
	try {
		await starting;
		return false;
	} catch ( error ) {
		process.stderr.write( `${ error.message }\n` );
		return true;
	}
}

const times = [];
let failed = '';
const starting = {};
try {
	for ( const [ name, command, args ] of PARTS ) {
		const started = Date.now();
		process.stdout.write( `\n▶ ${ name }\n` );
		// A site that failed to start fails the part that needs it.
		const status = ( await siteFailed( starting[ NEEDS_SITE[ name ] ] ) )
			? 1
			: await run( command, args );
		times.push( [ name, Date.now() - started ] );
		if ( status !== 0 ) {
			failed = name;
			break;
		}
		if ( name === STARTS_SITES_AFTER ) {
			for ( const [ key, { start } ] of Object.entries( SITES ) ) {
				starting[ key ] = start();
				// Awaited by the part that needs it; a failure is reported there.
				starting[ key ].catch( () => {} );
			}
		}
	}
} finally {
	for ( const [ key, promise ] of Object.entries( starting ) ) {
		if ( await promise.catch( () => false ) ) {
			await SITES[ key ].stop();
		}
	}
}

const minutes = ( ms ) => {
	// Rounded to the second first, so that 59.6 s reads 1 min 00 s, not 0 min 60 s.
	const seconds = Math.round( ms / 1000 );
	return `${ Math.floor( seconds / 60 ) } min ${ String(
		seconds % 60
	).padStart( 2, '0' ) } s`;
};
process.stdout.write( '\nWall time by part:\n' );
for ( const [ name, ms ] of times ) {
	process.stdout.write( `  ${ name.padEnd( 40 ) } ${ minutes( ms ) }\n` );
}
const total = times.reduce( ( sum, [ , ms ] ) => sum + ms, 0 );
process.stdout.write( `  ${ 'total'.padEnd( 40 ) } ${ minutes( total ) }\n` );
if ( failed ) {
	process.stdout.write( `\nFailed: ${ failed }\n` );
	process.exit( 1 );
}
