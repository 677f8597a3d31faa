#!/usr/bin/env node
/**
 * Tries the Playground blueprint (blueprint.json) offline, the way playground.wordpress.net
 * runs it from `?blueprint-url=`: blueprint.json and the freshly built job-submit-block.zip
 * are served side by side over HTTP on the loopback address, and the project's Playground
 * runtime (@wp-playground/cli) is given the blueprint's URL. The blueprint's "bundled"
 * resource is read relative to that URL, so Playground downloads the zip, installs and
 * activates it, creates the member and the demo page, and logs the member in.
 *
 * Then, as the browser of someone trying it out, it checks that the demo page shows the form
 * to the member: once as a new visitor (whom the blueprint's login step logs in as the member)
 * and once logging in as member/password through wp-login.php.
 *
 * The site is a fresh copy of the provisioned core in .cache/wordpress/sites/blueprint, so the
 * plugin comes from the zip and nothing else; Playground's log is beside it. Nothing stays
 * running afterwards.
 *
 * Usage: node scripts/check-blueprint.mjs   (run npm run build first; part of npm test)
 */

import { execFileSync, spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	rmSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { answers, sleep } from './lib/local-server.mjs';
import { buildPluginZip, PLUGIN_ZIP } from './plugin-zip.mjs';

const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '..' );
const cache = join( root, '.cache/wordpress' );
const site = join( cache, 'sites/blueprint' );
const log = `${ site }.log`;

/**
 * Serves blueprint.json and the plugin zip, and nothing else, on a free loopback port.
 *
 * @return {Promise<import('node:http').Server>} The listening server.
 */
async function serveBlueprint() {
	const files = {
		'/blueprint.json': [
			join( root, 'blueprint.json' ),
			'application/json',
		],
		'/job-submit-block.zip': [ PLUGIN_ZIP, 'application/zip' ],
	};
	const server = createServer( ( request, response ) => {
		const file =
			files[ new URL( request.url, 'http://localhost' ).pathname ];
		if ( ! file ) {
			response.writeHead( 404 ).end();
			return;
		}
		response.writeHead( 200, {
			'Content-Type': file[ 1 ],
			// As a published zip would be served for playground.wordpress.net.
			'Access-Control-Allow-Origin': '*',
		} );
		response.end( readFileSync( file[ 0 ] ) );
	} );
	await new Promise( ( done ) => server.listen( 0, '127.0.0.1', done ) );
	return server;
}

/**
 * A loopback port nothing listens on now.
 *
 * @return {Promise<number>} The port.
 */
async function freePort() {
	const probe = createServer();
	await new Promise( ( done ) => probe.listen( 0, '127.0.0.1', done ) );
	const { port } = probe.address();
	await new Promise( ( done ) => probe.close( done ) );
	return port;
}

/**
 * A browser's cookies and requests, enough to log in and read pages.
 *
 * @param {string} base The site's address.
 */
function visitor( base ) {
	const cookies = new Map();
	const keep = ( response ) => {
		for ( const header of response.headers.getSetCookie() ) {
			const [ pair, ...attributes ] = header.split( ';' );
			const [ name, value ] = pair.split( /=(.*)/s );
			const expired = attributes.some( ( attribute ) =>
				/^\s*expires=.*19[0-9]{2}/i.test( attribute )
			);
			if ( expired || value === '' || value === 'deleted' ) {
				cookies.delete( name.trim() );
			} else {
				cookies.set( name.trim(), value );
			}
		}
	};
	const request = async ( path, init = {} ) => {
		let url = new URL( path, base );
		let options = init;
		for ( let hops = 0; hops < 10; hops++ ) {
			const response = await fetch( url, {
				...options,
				redirect: 'manual',
				headers: {
					...options.headers,
					Cookie: [ ...cookies ]
						.map( ( [ name, value ] ) => `${ name }=${ value }` )
						.join( '; ' ),
				},
				signal: AbortSignal.timeout( 60000 ),
			} );
			keep( response );
			const location = response.headers.get( 'location' );
			if (
				response.status < 300 ||
				response.status > 399 ||
				! location
			) {
				return {
					status: response.status,
					url,
					html: await response.text(),
				};
			}
			url = new URL( location, url );
			options = {};
		}
		throw new Error( `Too many redirects from ${ path }` );
	};
	return { cookies, request };
}

/**
 * What a page shows about the form and who is logged in.
 *
 * @param {string} html The page.
 */
function pageState( html ) {
	return {
		form: /<form[^>]+class="[^"]*wp-block-job-submit-block-form__form/.test(
			html
		),
		titleField: /name="job\[title\]"/.test( html ),
		user:
			html.match( /class="display-name">([^<]+)</ )?.[ 1 ] ??
			( /\blogged-in\b/.test( html ) ? '(someone)' : '(nobody)' ),
	};
}

function expectMemberSeesForm( what, page ) {
	const state = pageState( page.html );
	if (
		page.status !== 200 ||
		! state.form ||
		! state.titleField ||
		state.user !== 'member'
	) {
		throw new Error(
			`${ what }: expected the form for member at /post-a-job/, got ${
				page.status
			} at ${ page.url } with ${ JSON.stringify( state ) }`
		);
	}
}

async function main() {
	buildPluginZip();
	execFileSync( 'bash', [ join( root, 'scripts/provision-wordpress.sh' ) ], {
		stdio: 'inherit',
	} );
	// A fresh site each time: the plugin must come from the zip, into an empty database.
	rmSync( site, { recursive: true, force: true } );
	mkdirSync( dirname( site ), { recursive: true } );
	cpSync( join( cache, 'core' ), site, { recursive: true } );
	if ( existsSync( join( site, 'wp-content/plugins/job-submit-block' ) ) ) {
		throw new Error( 'The core copy already holds the plugin.' );
	}

	const files = await serveBlueprint();
	const blueprintUrl = `http://127.0.0.1:${
		files.address().port
	}/blueprint.json`;
	const port = await freePort();
	const base = `http://127.0.0.1:${ port }`;
	const require = createRequire( import.meta.url );
	const cli = join(
		dirname( require.resolve( '@wp-playground/cli/package.json' ) ),
		'wp-playground.js'
	);
	const child = spawn(
		process.execPath,
		[
			cli,
			'server',
			`--port=${ port }`,
			`--site-url=${ base }`,
			'--wordpress-install-mode=install-from-existing-files-if-needed',
			'--mount-dir-before-install',
			site,
			'/wordpress',
			`--blueprint=${ blueprintUrl }`,
		],
		{
			detached: true,
			stdio: [ 'ignore', openSync( log, 'w' ), openSync( log, 'a' ) ],
			env: { ...process.env, FORCE_COLOR: '0' },
		}
	);
	let exited = null;
	child.once( 'exit', ( code ) => ( exited = code ) );

	try {
		const started = Date.now();
		while ( ! readFileSync( log, 'utf8' ).includes( 'Ready!' ) ) {
			if ( exited !== null || Date.now() - started > 240000 ) {
				throw new Error(
					`Playground did not run the blueprint. Its log (${ log }):\n${ readFileSync(
						log,
						'utf8'
					) }`
				);
			}
			await sleep( 1000 );
		}
		while ( ! ( await answers( `${ base }/wp-login.php`, 30000 ) ) ) {
			if ( exited !== null || Date.now() - started > 240000 ) {
				throw new Error( `Playground does not answer at ${ base }.` );
			}
			await sleep( 1000 );
		}
		const installed = join( site, 'wp-content/plugins/job-submit-block' );
		if (
			! existsSync( join( installed, 'readme.txt' ) ) ||
			existsSync( join( installed, 'package.json' ) )
		) {
			throw new Error( `The plugin in ${ installed } is not the zip's.` );
		}

		// Someone trying it out: the landing page, logged in by the blueprint as the member.
		expectMemberSeesForm(
			'A new visitor',
			await visitor( base ).request( '/post-a-job/' )
		);

		// The member account, logging in as the README says.
		const member = visitor( base );
		// Skip the blueprint's automatic login, to prove the password.
		member.cookies.set( 'playground_auto_login_already_happened', '1' );
		member.cookies.set( 'wordpress_test_cookie', 'WP%20Cookie%20check' );
		const login = await member.request( '/wp-login.php', {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams( {
				log: 'member',
				pwd: 'password',
				'wp-submit': 'Log In',
				redirect_to: `${ base }/post-a-job/`,
				testcookie: '1',
			} ).toString(),
		} );
		expectMemberSeesForm( 'member/password through wp-login.php', login );

		console.log(
			`Blueprint: Playground installed the zip from ${ blueprintUrl.replace(
				'blueprint.json',
				'job-submit-block.zip'
			) }, and /post-a-job/ shows the form to the member (in ${ Math.round(
				( Date.now() - started ) / 1000
			) } s)`
		);
	} finally {
		try {
			process.kill( -child.pid, 'SIGTERM' );
		} catch {}
		for ( let i = 0; i < 20 && exited === null; i++ ) {
			await sleep( 250 );
		}
		try {
			process.kill( -child.pid, 'SIGKILL' );
		} catch {}
		files.close();
	}
}

main().catch( ( error ) => {
	console.error( error.message );
	process.exit( 1 );
} );
