#!/usr/bin/env node
/**
 * Runs every test, one part after the other, and prints how long each part took.
 *
 * The whole end-to-end suite runs on the production-like stack (nginx, PHP-FPM, MariaDB),
 * where WordPress answers in tens of milliseconds; the specs tagged @playground run again on
 * the Playground site, the embedded runtime that `npm start` serves, to show the product
 * works there too (PHP in WebAssembly, SQLite) without paying for the whole suite twice.
 *
 * The WP Job Manager suite (e2e/job-manager/) runs with WP Job Manager active: whole on the
 * stack, its @playground specs on a Playground site of its own. Where WP Job Manager is not
 * beside the checkout (see JOB_MANAGER in scripts/wordpress/site.mjs), those two parts are
 * left out, and the run says so.
 *
 * Stops at the first part that fails, and says which.
 */

import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { JOB_MANAGER } from './wordpress/site.mjs';

const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '..' );

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

const times = [];
let failed = '';
for ( const [ name, command, args ] of PARTS ) {
	const started = Date.now();
	process.stdout.write( `\n▶ ${ name }\n` );
	const result = spawnSync( command, args, { cwd: root, stdio: 'inherit' } );
	times.push( [ name, Date.now() - started ] );
	if ( result.status !== 0 ) {
		failed = name;
		break;
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
