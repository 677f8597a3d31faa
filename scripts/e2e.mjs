#!/usr/bin/env node
/**
 * Runs the end-to-end suite: starts its WordPress when it is not running, runs Playwright
 * with any other arguments given, and stops what it started.
 *
 * By default the target is the Playground test site. With --stack=native it is the
 * production-like stack (nginx, PHP-FPM, MariaDB; see scripts/stack/stack.mjs). Without
 * other arguments the whole suite runs on either.
 *
 * With --with-job-manager the WP Job Manager suite (e2e/job-manager/) runs instead, with WP
 * Job Manager active: on Playground, on its own test site (job-manager in
 * scripts/wordpress/site.mjs); on the stack, activated for the run and deactivated after it
 * when it was not active before.
 */

import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as stack from './stack/stack.mjs';
import { SITES, sitePaths, start, stop } from './wordpress/site.mjs';

const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '..' );

const args = process.argv.slice( 2 );
const native = args.includes( '--stack=native' );
const jobManager = args.includes( '--with-job-manager' );
const playwrightArgs = args.filter(
	( arg ) => ! arg.startsWith( '--stack=' ) && arg !== '--with-job-manager'
);
const site = jobManager ? 'job-manager' : 'tests';

const target = native
	? {
			start: stack.start,
			stop: stack.stop,
			url: stack.STACK.url,
			debugLog: stack.paths.debugLog,
		}
	: {
			start: () => start( site ),
			stop: () => stop( site ),
			url: `http://localhost:${ SITES[ site ].port }`,
			debugLog: sitePaths( site ).debugLog,
		};

/**
 * Runs Playwright with the arguments given and answers with its exit code. A SIGINT (Ctrl-C)
 * or SIGTERM to this run is passed on to Playwright and its end awaited, so that the cleanup
 * after it still runs: left to Node's default, the signal would end this run at once and
 * leave WP Job Manager active on the stack.
 *
 * @param {NodeJS.ProcessEnv} env Playwright's environment.
 * @return {Promise<number>} Its exit code (128 + the signal's number when a signal ended it).
 */
function runPlaywright( env ) {
	return new Promise( ( settle, fail ) => {
		const child = spawn(
			'npx',
			[ 'playwright', 'test', ...playwrightArgs ],
			{
				cwd: root,
				stdio: 'inherit',
				env,
			}
		);
		const passOn = ( signal ) => child.kill( signal );
		const signals = [ 'SIGINT', 'SIGTERM' ];
		signals.forEach( ( signal ) => process.on( signal, passOn ) );
		const stopListening = () =>
			signals.forEach( ( signal ) => process.off( signal, passOn ) );
		child.on( 'error', ( error ) => {
			stopListening();
			fail( error );
		} );
		child.on( 'exit', ( code, signal ) => {
			stopListening();
			settle( code ?? 128 + ( constants.signals[ signal ] ?? 0 ) );
		} );
	} );
}

const started = await target.start();
const jobManagerWasActive =
	native && jobManager ? stack.setJobManager( true ) : true;
let status = 1;
try {
	status = await runPlaywright( {
		...process.env,
		WP_BASE_URL: target.url,
		WP_RUNTIME: native ? 'native' : 'playground',
		WP_DEBUG_LOG_PATH: target.debugLog,
		JOB_SUBMIT_BLOCK_SUITE: jobManager ? 'job-manager' : 'main',
		// Each site's results apart: the stack's and Playground's suites may run at once.
		PLAYWRIGHT_RESULTS_DIR: join(
			root,
			'artifacts',
			`test-results-${ native ? stack.STACK.label : site }`
		),
		STORAGE_STATE_PATH: join(
			root,
			'artifacts/storage-states',
			`admin-${ native ? stack.STACK.label : site }.json`
		),
	} );
} finally {
	if ( ! jobManagerWasActive ) {
		stack.setJobManager( false );
	}
	if ( started ) {
		await target.stop();
	}
}
process.exit( status );
