#!/usr/bin/env node
/**
 * Starts, stops and resets the production-like stack: nginx, PHP-FPM 8.2 (with OPcache) and
 * MariaDB from Debian's packages, serving the same WordPress core as the Playground sites
 * with this plugin active, at http://127.0.0.1:8891.
 *
 * Every server runs as a process of this project, from .cache/stack (JOB_SUBMIT_BLOCK_STACK_DIR
 * names another folder, JOB_SUBMIT_BLOCK_STACK_PORT another port): MariaDB with networking
 * off (a Unix socket only), PHP-FPM on a Unix socket, nginx on a loopback port. Nothing is
 * installed as a system service, and `stop` leaves nothing running.
 *
 * With --nodes=2 (or JOB_SUBMIT_BLOCK_STACK_NODES=2) it runs two PHP-FPM masters, two web
 * server nodes with their own workers and OPcache, behind nginx (round robin) on the one
 * MariaDB, as a site with several web servers runs.
 *
 * Usage: node scripts/stack/stack.mjs start|stop|reset|status [--nodes=2]
 */

import { execFileSync, spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { answers, livePid, sleep } from '../lib/local-server.mjs';
import { copyMissingThemes } from '../lib/themes.mjs';
import { JOB_MANAGER, JOB_MANAGER_NOT_FOUND } from '../wordpress/site.mjs';
import {
	mariadbArgs,
	nginxConf,
	phpFpmConf,
	phpFpmName,
	wpConfig,
} from './config.mjs';

const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '../..' );
// Another checkout of the project can run its own stack beside this one on another port, and
// this checkout a second one from another folder (npm test runs its suite on two at once).
const base = resolve(
	root,
	process.env.JOB_SUBMIT_BLOCK_STACK_DIR ?? '.cache/stack'
);
const DEFAULT_PORT = 8891;
const port = Number( process.env.JOB_SUBMIT_BLOCK_STACK_PORT ?? DEFAULT_PORT );

export const STACK = {
	port,
	url: `http://127.0.0.1:${ port }`,
	name: 'nginx 1.22 + PHP-FPM 8.2 (OPcache) + MariaDB 10.11',
	// What the suite's results and saved logins of this stack are named after.
	label: port === DEFAULT_PORT ? 'native' : `native-${ port }`,
};

export const paths = {
	base,
	wordpress: join( base, 'wordpress' ),
	mariadb: join( base, 'mariadb' ),
	run: join( base, 'run' ),
	logs: join( base, 'logs' ),
	tmp: join( base, 'tmp' ),
	debugLog: join( base, 'wordpress/wp-content/debug.log' ),
};

// Where the site's content links into the project: the plugin and the test-only and
// bench-only plugins (as Playground mounts them), and the stack's must-use plugin.
const LINKS = {
	'plugins/job-submit-block': root,
	'plugins/job-submit-block-test-plugins': join( root, 'e2e/plugins' ),
	'plugins/job-submit-block-bench-plugins': join( root, 'bench/plugins' ),
	'mu-plugins/offline-machine.php': join(
		root,
		'scripts/stack/mu-plugins/offline-machine.php'
	),
	// Inactive until a run asks for it (see setJobManager()).
	...( JOB_MANAGER.dir ? { 'plugins/wp-job-manager': JOB_MANAGER.dir } : {} ),
};

// Stopped in this order: the front first, the database last.
const SERVERS = [ 'nginx', 'php-fpm', 'mariadb' ];
// Nodes beyond the first, stopped with the stack whether or not this run started them.
const EXTRA_NODES = [ 2 ];

function runningPid( server ) {
	return livePid( join( paths.run, `${ server }.pid` ) );
}

async function waitFor( what, check, timeoutMs ) {
	const deadline = Date.now() + timeoutMs;
	while ( Date.now() < deadline ) {
		if ( await check() ) {
			return;
		}
		await sleep( 250 );
	}
	throw new Error( `${ what } did not come up in ${ timeoutMs / 1000 } s.` );
}

function launch( server, command, args ) {
	const log = openSync( join( paths.logs, `${ server }.out` ), 'a' );
	const child = spawn( command, args, {
		detached: true,
		stdio: [ 'ignore', log, log ],
	} );
	child.unref();
	return child;
}

function prepareWordPress() {
	execFileSync( 'bash', [ join( root, 'scripts/provision-wordpress.sh' ) ], {
		stdio: 'inherit',
	} );
	if ( ! existsSync( join( paths.wordpress, 'wp-includes/version.php' ) ) ) {
		cpSync( join( root, '.cache/wordpress/core' ), paths.wordpress, {
			recursive: true,
		} );
	}
	copyMissingThemes( join( root, '.cache/wordpress/core' ), paths.wordpress );
	const config = join( paths.wordpress, 'wp-config.php' );
	if ( ! existsSync( config ) ) {
		writeFileSync( config, wpConfig( paths, STACK.url ) );
	} else {
		// A site started before on another port (JOB_SUBMIT_BLOCK_STACK_PORT) keeps its data and
		// its salts (its logins); only its address follows the port, or every redirect would
		// lead to the old one.
		const written = readFileSync( config, 'utf8' );
		const moved = written.replace(
			/define\( '(WP_HOME|WP_SITEURL)', '[^']*' \);/g,
			( line, name ) => `define( '${ name }', '${ STACK.url }' );`
		);
		if ( moved !== written ) {
			writeFileSync( config, moved );
		}
	}
	for ( const [ name, target ] of Object.entries( LINKS ) ) {
		const link = join( paths.wordpress, 'wp-content', name );
		mkdirSync( dirname( link ), { recursive: true } );
		rmSync( link, { force: true } );
		symlinkSync( target, link );
	}
}

async function startMariaDB() {
	const socket = join( paths.run, 'mariadb.sock' );
	const client = ( sql ) =>
		execFileSync(
			'mariadb',
			[ '--no-defaults', `--socket=${ socket }`, '-uroot', '-e', sql ],
			{ stdio: 'pipe' }
		);
	if ( ! existsSync( join( paths.mariadb, 'mysql' ) ) ) {
		execFileSync(
			'mariadb-install-db',
			[
				'--no-defaults',
				`--datadir=${ paths.mariadb }`,
				'--user=root',
				'--auth-root-authentication-method=socket',
				'--skip-test-db',
			],
			{ stdio: 'pipe' }
		);
	}
	launch( 'mariadb', 'mariadbd', mariadbArgs( paths ) );
	await waitFor(
		'MariaDB',
		() => {
			try {
				client( 'SELECT 1' );
				return true;
			} catch {
				return false;
			}
		},
		60000
	);
	client(
		[
			'CREATE DATABASE IF NOT EXISTS wordpress',
			"CREATE USER IF NOT EXISTS 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'",
			"GRANT ALL ON wordpress.* TO 'wordpress'@'localhost'",
		].join( ';' )
	);
}

async function startPhpFpm( node = 1 ) {
	const name = phpFpmName( node );
	const conf = join( paths.run, `${ name }.conf` );
	writeFileSync( conf, phpFpmConf( paths, node ) );
	// -R: the pool runs as root, as this project's other processes on this machine do.
	launch( name, 'php-fpm8.2', [ '-R', '-F', '-y', conf ] );
	await waitFor(
		`PHP-FPM (node ${ node })`,
		() => existsSync( join( paths.run, `${ name }.sock` ) ),
		30000
	);
}

async function stopServer( server ) {
	const pid = runningPid( server );
	if ( ! pid ) {
		return;
	}
	process.kill( pid, 'SIGTERM' );
	// MariaDB flushes its buffers on the way down; give it time before insisting.
	for ( let i = 0; i < 120 && runningPid( server ); i++ ) {
		await sleep( 250 );
	}
	if ( runningPid( server ) ) {
		process.kill( pid, 'SIGKILL' );
	}
}

function nodesFromArgs() {
	const arg = process.argv.find( ( a ) => a.startsWith( '--nodes=' ) );
	return Number(
		arg?.split( '=' )[ 1 ] ?? process.env.JOB_SUBMIT_BLOCK_STACK_NODES ?? 1
	);
}

/**
 * Serves the running stack from one or two web server nodes: starts or stops the second
 * PHP-FPM master and has nginx reload its upstreams (a graceful reload: no request is lost).
 *
 * @param {number} nodes 1 or 2.
 * @return {Promise<boolean>} Whether nginx was reloaded, which closes its kept-alive connections.
 */
export async function setNodes( nodes ) {
	if ( ! [ 1, 2 ].includes( nodes ) ) {
		throw new Error( `--nodes=${ nodes }: the stack runs 1 or 2 nodes.` );
	}
	if ( nodes === 2 && ! runningPid( phpFpmName( 2 ) ) ) {
		await startPhpFpm( 2 );
	}
	const conf = nginxConf( paths, STACK.port, nodes );
	const confPath = join( paths.run, 'nginx.conf' );
	// Already serving these nodes, nginx is left as it is: a reload would only close the
	// connections its clients keep alive.
	const reload =
		! existsSync( confPath ) || readFileSync( confPath, 'utf8' ) !== conf;
	if ( reload ) {
		writeFileSync( confPath, conf );
		process.kill( runningPid( 'nginx' ), 'SIGHUP' );
		// The old workers finish their requests; the new ones serve the new upstreams.
		await waitFor(
			'nginx reload',
			async () =>
				( await nodesAnswering( nodes === 2 ? 6 : 4 ) ).size === nodes,
			30000
		);
	}
	if ( nodes === 1 ) {
		await stopServer( phpFpmName( 2 ) );
	}
	return reload;
}

/**
 * The nodes that answered a few requests in a row.
 *
 * @param {number} tries How many requests.
 */
async function nodesAnswering( tries ) {
	const seen = new Set();
	for ( let i = 0; i < tries; i++ ) {
		try {
			const response = await fetch( `${ STACK.url }/wp-login.php` );
			seen.add( response.headers.get( 'x-stack-node' ) );
		} catch {
			// Not answering yet.
		}
	}
	seen.delete( null );
	return seen;
}

async function startNginx() {
	const conf = join( paths.run, 'nginx.conf' );
	writeFileSync( conf, nginxConf( paths, STACK.port, nodesFromArgs() ) );
	launch( 'nginx', 'nginx', [
		'-p',
		`${ base }/`,
		'-c',
		conf,
		'-g',
		'daemon off;',
	] );
	await waitFor( 'nginx', () => answers( `${ STACK.url }/`, 10000 ), 30000 );
}

function runInstallStep( step ) {
	return execFileSync(
		'php8.2',
		[
			join( root, 'scripts/stack/install.php' ),
			paths.wordpress,
			STACK.url,
			step,
		],
		{ stdio: [ 'ignore', 'pipe', 'inherit' ], encoding: 'utf8' }
	);
}

function installSite() {
	for ( const step of [ 'install', 'seed' ] ) {
		process.stdout.write( runInstallStep( step ) );
	}
}

/**
 * Activates WP Job Manager on the running stack's site (and seeds its settings and pages),
 * or deactivates it.
 *
 * @param {boolean} active Whether it should be active.
 * @return {boolean} Whether it was active before.
 */
export function setJobManager( active ) {
	if ( ! JOB_MANAGER.dir ) {
		throw new Error( JOB_MANAGER_NOT_FOUND );
	}
	const before = runInstallStep(
		active ? 'job-manager-on' : 'job-manager-off'
	);
	// PHP-FPM's realpath cache may still miss the plugin's folder linked at this start.
	const fpm = runningPid( 'php-fpm' );
	if ( fpm ) {
		process.kill( fpm, 'SIGUSR2' );
	}
	return before.trim() === 'was-active';
}

function logTails() {
	return [ 'mariadb.log', 'php-fpm.log', 'nginx-error.log' ]
		.map( ( file ) => join( paths.logs, file ) )
		.filter( ( file ) => existsSync( file ) )
		.map(
			( file ) =>
				`--- ${ file }\n${ readFileSync( file, 'utf8' )
					.split( '\n' )
					.slice( -15 )
					.join( '\n' ) }`
		)
		.join( '\n' );
}

/**
 * Starts the stack unless it is running already.
 *
 * @return {Promise<boolean>} Whether this call started it.
 */
export async function start() {
	const running = SERVERS.filter( runningPid );
	if (
		running.length === SERVERS.length &&
		( await answers( `${ STACK.url }/wp-login.php` ) )
	) {
		console.log( `stack already running at ${ STACK.url }` );
		if ( nodesFromArgs() === 2 && ! runningPid( phpFpmName( 2 ) ) ) {
			await setNodes( 2 );
		}
		return false;
	}
	if ( running.length ) {
		await stop();
	}
	if ( await answers( `${ STACK.url }/` ) ) {
		throw new Error(
			`Port ${ STACK.port } answers, but not with the stack this project started. Stop what is using it.`
		);
	}

	execFileSync(
		'bash',
		[ join( root, 'scripts/stack/ensure-packages.sh' ) ],
		{
			stdio: 'inherit',
		}
	);
	for ( const dir of [ paths.run, paths.logs, paths.tmp ] ) {
		mkdirSync( dir, { recursive: true } );
	}
	prepareWordPress();

	console.log( 'Starting the stack (MariaDB, PHP-FPM, nginx)…' );
	try {
		await startMariaDB();
		await startPhpFpm();
		if ( nodesFromArgs() === 2 ) {
			await startPhpFpm( 2 );
		}
		await startNginx();
		installSite();
		await waitFor(
			'WordPress',
			() => answers( `${ STACK.url }/wp-login.php`, 10000 ),
			30000
		);
	} catch ( error ) {
		await stop();
		throw new Error( `${ error.message }\n${ logTails() }` );
	}
	console.log(
		`stack running at ${ STACK.url } (${ nodesFromArgs() } node${
			nodesFromArgs() === 2 ? 's' : ''
		})`
	);
	return true;
}

/**
 * Stops every server of the stack that is running, and waits until each has exited.
 */
export async function stop() {
	await stopServer( 'nginx' );
	for ( const node of EXTRA_NODES ) {
		await stopServer( phpFpmName( node ) );
	}
	for ( const server of SERVERS.slice( 1 ) ) {
		await stopServer( server );
	}
	console.log( 'stack stopped' );
}

/**
 * Stops the stack and deletes its site and database; the next start installs them afresh.
 */
export async function reset() {
	await stop();
	rmSync( base, { recursive: true, force: true } );
	console.log( 'stack reset' );
}

async function main() {
	const [ command ] = process.argv.slice( 2 );
	switch ( command ) {
		case 'start':
			await start();
			console.log(
				[
					'',
					`  Site:        ${ STACK.url }`,
					`  Demo page:   ${ STACK.url }/post-a-job/`,
					`  Admin:       ${ STACK.url }/wp-admin/  (admin / password)`,
					'  Member:      member / password (subscriber)',
					'',
					'  Stop it with `npm run stack:stop`.',
				].join( '\n' )
			);
			return;
		case 'stop':
			return stop();
		case 'reset':
			return reset();
		case 'status':
			for ( const server of [
				...SERVERS,
				...EXTRA_NODES.map( phpFpmName ),
			] ) {
				const pid = runningPid( server );
				console.log(
					`${ server }: ${ pid ? `running (${ pid })` : 'stopped' }`
				);
			}
			return;
		default:
			throw new Error( 'Usage: stack.mjs start|stop|reset|status' );
	}
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	main().catch( ( error ) => {
		console.error( error.message );
		process.exit( 1 );
	} );
}
