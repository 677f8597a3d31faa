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
 * The job-manager site is a second test site with WP Job Manager active beside the plugin
 * (see JOB_MANAGER below).
 *
 * Usage: node scripts/wordpress/site.mjs start|stop|reset|status development|tests|job-manager|bench
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

/**
 * WP Job Manager 2.2.2, which the job-manager test site and the stack's --with-job-manager
 * runs activate beside the plugin: the shared fixture beside the checkout (or a folder above
 * it), or the folder JOB_MANAGER_PLUGIN_DIR names.
 */
export const JOB_MANAGER = {
	dir: process.env.JOB_MANAGER_PLUGIN_DIR ?? findJobManagerFixture(),
	seed: join( root, 'scripts/wordpress/seed-job-manager.php' ),
};

/** What to do when WP Job Manager is in neither place JOB_MANAGER looks. */
export const JOB_MANAGER_NOT_FOUND =
	'WP Job Manager was not found: put it in shared/fixtures/wp-job-manager beside the checkout, or name its folder in JOB_MANAGER_PLUGIN_DIR.';

function findJobManagerFixture() {
	for ( let dir = root; dir !== dirname( dir ); dir = dirname( dir ) ) {
		const candidate = join( dir, 'shared/fixtures/wp-job-manager' );
		if ( existsSync( join( candidate, 'wp-job-manager.php' ) ) ) {
			return candidate;
		}
	}
	return '';
}

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
	'job-manager': {
		port: Number( process.env.JOB_SUBMIT_BLOCK_JOB_MANAGER_PORT ?? 8893 ),
		debug: true,
		jobManager: true,
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
	const jobManager = SITES[ name ].jobManager;
	const steps = [
		{
			step: 'defineWpConfigConsts',
			consts: {
				WP_DEBUG: SITES[ name ].debug,
				WP_DEBUG_LOG: SITES[ name ].debug,
				WP_DEBUG_DISPLAY: false,
				WP_ENVIRONMENT_TYPE: 'local',
				// WP Job Manager geocodes locations over HTTP; offline, fail at once.
				...( jobManager ? { WP_HTTP_BLOCK_EXTERNAL: true } : {} ),
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
	if ( jobManager ) {
		steps.push(
			{
				step: 'activatePlugin',
				pluginPath: '/wordpress/wp-content/plugins/wp-job-manager',
			},
			{ step: 'runPHP', code: readFileSync( JOB_MANAGER.seed, 'utf8' ) }
		);
	}
	return {
		// WP Job Manager 2.2.2 calls get_class() without arguments on every request, which
		// PHP 8.3 deprecates: its site runs PHP 8.2, as the production-like stack does.
		preferredVersions: { php: jobManager ? '8.2' : '8.3', wp: 'latest' },
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
	// A busy machine may take a while to answer: a live process of ours gets time to.
	if ( runningPid( name ) && ( await answers( siteUrl( name ), 30000 ) ) ) {
		console.log( `${ name } site already running at ${ siteUrl( name ) }` );
		return false;
	}
	if ( await answers( siteUrl( name ) ) ) {
		throw new Error(
			`Port ${ SITES[ name ].port } answers, but not with a site this project started. Stop what is using it.`
		);
	}

	const paths = sitePaths( name );
	if ( SITES[ name ].jobManager && ! JOB_MANAGER.dir ) {
		throw new Error( JOB_MANAGER_NOT_FOUND );
	}
	execFileSync( 'bash', [ join( root, 'scripts/provision-wordpress.sh' ) ], {
		stdio: 'inherit',
	} );
	if ( ! existsSync( join( paths.dir, 'wp-includes/version.php' ) ) ) {
		mkdirSync( dirname( paths.dir ), { recursive: true } );
		cpSync( join( cache, 'core' ), paths.dir, { recursive: true } );
	}
	copyMissingThemes( join( cache, 'core' ), paths.dir );
	writeFileSync( paths.blueprint, JSON.stringify( blueprintFor( name ) ) );
	if ( SITES[ name ].jobManager ) {
		// Outgoing HTTP is blocked there: WordPress's calls to wordpress.org are kept from
		// waiting and logging, as on the production-like stack.
		mkdirSync( join( paths.dir, 'wp-content/mu-plugins' ), {
			recursive: true,
		} );
		cpSync(
			join( root, 'scripts/stack/mu-plugins/offline-machine.php' ),
			join( paths.dir, 'wp-content/mu-plugins/offline-machine.php' )
		);
	}

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

	if ( SITES[ name ].jobManager ) {
		args.push(
			'--mount-dir',
			JOB_MANAGER.dir,
			'/wordpress/wp-content/plugins/wp-job-manager'
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

	// Ten minutes: a first start installs WordPress in WebAssembly, which took over three on a
	// loaded machine; a site that cannot start says so in its log long before.
	if ( ! ( await waitUntilAnswering( name, child, 600000 ) ) ) {
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
			`Unknown site "${ name }": development, tests, job-manager or bench.`
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
				'Usage: site.mjs start|stop|reset|status [development|tests|job-manager|bench]'
			);
	}
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	main().catch( ( error ) => {
		console.error( error.message );
		process.exit( 1 );
	} );
}
