#!/usr/bin/env node
/**
 * Starts, stops and resets the local WordPress sites that run this plugin, offline.
 *
 * Each site is WordPress core from Debian's archive (see provision-wordpress.sh), copied into
 * its own folder so that its SQLite database is its own, served by WordPress Playground
 * (PHP in WebAssembly), the runtime behind `wp-env --runtime=playground`. Playground is
 * driven directly rather than through wp-env because wp-env's Playground runtime serves a
 * single site, always logs every new visitor in as administrator (which makes guest and
 * member behaviour untestable), and asks wordpress.org for the latest version at start.
 *
 * Usage: node scripts/wordpress/site.mjs start|stop|reset|status development|tests|bench
 */

import { spawn, execFileSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { answers, livePid } from '../lib/local-server.mjs';
import { copyMissingThemes } from '../lib/themes.mjs';

const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '../..' );
const cache = join( root, '.cache/wordpress' );

export const SITES = {
	development: { port: 8888, debug: false },
	tests: {
		// Another checkout of the project can run its own test site beside this one.
		port: Number( process.env.JOB_SUBMIT_BLOCK_TESTS_PORT ?? 8889 ),
		debug: true,
		extraPlugins: {
			dir: 'e2e/plugins',
			as: 'job-submit-block-test-plugins',
		},
	},
	bench: {
		port: 8890,
		debug: false,
		extraPlugins: {
			dir: 'bench/plugins',
			as: 'job-submit-block-bench-plugins',
		},
	},
};

/**
 * Where a site keeps its files, its process id and its log.
 *
 * @param {string} name Site name.
 */
export function sitePaths( name ) {
	const dir = join( cache, 'sites', name );
	return {
		dir,
		pid: `${ dir }.pid`,
		log: `${ dir }.log`,
		blueprint: `${ dir }.blueprint.json`,
		debugLog: join( dir, 'wp-content/debug.log' ),
	};
}

function siteUrl( name ) {
	return `http://localhost:${ SITES[ name ].port }`;
}

function runningPid( name ) {
	const id = livePid( sitePaths( name ).pid );
	if ( ! id ) {
		rmSync( sitePaths( name ).pid, { force: true } );
	}
	return id;
}

function blueprintFor( name ) {
	const steps = [
		{
			step: 'defineWpConfigConsts',
			consts: {
				WP_DEBUG: SITES[ name ].debug,
				WP_DEBUG_LOG: SITES[ name ].debug,
				WP_DEBUG_DISPLAY: false,
				WP_ENVIRONMENT_TYPE: 'local',
			},
		},
		{ step: 'activateTheme', themeFolderName: 'twentytwentyfive' },
		{
			step: 'activatePlugin',
			pluginPath: '/wordpress/wp-content/plugins/job-submit-block',
		},
		{
			step: 'runPHP',
			code: readFileSync(
				join( root, 'scripts/wordpress/seed.php' ),
				'utf8'
			),
		},
	];
	return {
		preferredVersions: { php: '8.3', wp: 'latest' },
		steps,
	};
}

async function waitUntilAnswering( name, child, timeoutMs ) {
	const deadline = Date.now() + timeoutMs;
	let exited = null;
	child.once( 'exit', ( code ) => ( exited = code ) );
	while ( Date.now() < deadline ) {
		if ( exited !== null ) {
			return false;
		}
		// Playground listens before its Blueprint has run; it prints "Ready!" after.
		const ready = readFileSync( sitePaths( name ).log, 'utf8' ).includes(
			'Ready!'
		);
		if (
			ready &&
			( await answers( `${ siteUrl( name ) }/wp-login.php` ) )
		) {
			return true;
		}
		await new Promise( ( r ) => setTimeout( r, 1000 ) );
	}
	return false;
}

/**
 * Starts a site unless it is running already.
 *
 * @param {string} name Site name.
 * @return {Promise<boolean>} Whether this call started it.
 */
export async function start( name ) {
	if ( runningPid( name ) && ( await answers( siteUrl( name ) ) ) ) {
		console.log( `${ name } site already running at ${ siteUrl( name ) }` );
		return false;
	}
	if ( await answers( siteUrl( name ) ) ) {
		throw new Error(
			`Port ${ SITES[ name ].port } answers, but not with a site this project started. Stop what is using it.`
		);
	}

	const paths = sitePaths( name );
	execFileSync( 'bash', [ join( root, 'scripts/provision-wordpress.sh' ) ], {
		stdio: 'inherit',
	} );
	if ( ! existsSync( join( paths.dir, 'wp-includes/version.php' ) ) ) {
		mkdirSync( dirname( paths.dir ), { recursive: true } );
		cpSync( join( cache, 'core' ), paths.dir, { recursive: true } );
	}
	copyMissingThemes( join( cache, 'core' ), paths.dir );
	writeFileSync( paths.blueprint, JSON.stringify( blueprintFor( name ) ) );

	const require = createRequire( import.meta.url );
	const cli = join(
		dirname( require.resolve( '@wp-playground/cli/package.json' ) ),
		'wp-playground.js'
	);
	const args = [
		cli,
		'server',
		`--port=${ SITES[ name ].port }`,
		`--site-url=${ siteUrl( name ) }`,
		// Fewer than six workers risk deadlocks on SQLite file locks, Playground warns.
		'--workers=6',
		'--wordpress-install-mode=install-from-existing-files-if-needed',
		'--mount-dir-before-install',
		paths.dir,
		'/wordpress',
		'--mount-dir',
		root,
		'/wordpress/wp-content/plugins/job-submit-block',
		`--blueprint=${ paths.blueprint }`,
	];
	const extra = SITES[ name ].extraPlugins;
	if ( extra && existsSync( join( root, extra.dir ) ) ) {
		args.push(
			'--mount-dir',
			join( root, extra.dir ),
			`/wordpress/wp-content/plugins/${ extra.as }`
		);
	}

	console.log( `Starting the ${ name } site…` );
	const log = openSync( paths.log, 'w' );
	const child = spawn( process.execPath, args, {
		detached: true,
		stdio: [ 'ignore', log, log ],
		env: { ...process.env, FORCE_COLOR: '0' },
	} );
	writeFileSync( paths.pid, String( child.pid ) );
	child.unref();

	if ( ! ( await waitUntilAnswering( name, child, 180000 ) ) ) {
		await stop( name );
		throw new Error(
			`The ${ name } site did not start. Its log:\n${ readFileSync(
				paths.log,
				'utf8'
			) }`
		);
	}
	console.log( `${ name } site running at ${ siteUrl( name ) }` );
	return true;
}

/**
 * Stops a site this project started.
 *
 * @param {string} name Site name.
 */
export async function stop( name ) {
	const pid = runningPid( name );
	if ( pid ) {
		try {
			process.kill( -pid, 'SIGTERM' );
		} catch {}
		for ( let i = 0; i < 20 && runningPid( name ); i++ ) {
			await new Promise( ( r ) => setTimeout( r, 250 ) );
		}
		try {
			process.kill( -pid, 'SIGKILL' );
		} catch {}
	}
	rmSync( sitePaths( name ).pid, { force: true } );
	console.log( `${ name } site stopped` );
}

/**
 * Stops a site and deletes its files and database; the next start installs it afresh.
 *
 * @param {string} name Site name.
 */
export async function reset( name ) {
	await stop( name );
	rmSync( sitePaths( name ).dir, { recursive: true, force: true } );
	console.log( `${ name } site reset` );
}

async function main() {
	const [ command, name = 'development' ] = process.argv.slice( 2 );
	if ( ! SITES[ name ] ) {
		throw new Error(
			`Unknown site "${ name }": development, tests or bench.`
		);
	}
	switch ( command ) {
		case 'start':
			await start( name );
			if ( name === 'development' ) {
				const url = siteUrl( name );
				console.log(
					[
						'',
						`  Site:        ${ url }`,
						`  Demo page:   ${ url }/post-a-job/`,
						`  Admin:       ${ url }/wp-admin/  (admin / password)`,
						'  Member:      member / password (subscriber)',
						'',
						'  Stop it with `npm stop`.',
					].join( '\n' )
				);
			}
			return;
		case 'stop':
			return stop( name );
		case 'reset':
			return reset( name );
		case 'status':
			console.log(
				runningPid( name )
					? `${ name }: running at ${ siteUrl( name ) }`
					: `${ name }: stopped`
			);
			return;
		default:
			throw new Error(
				'Usage: site.mjs start|stop|reset|status [development|tests|bench]'
			);
	}
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	main().catch( ( error ) => {
		console.error( error.message );
		process.exit( 1 );
	} );
}
