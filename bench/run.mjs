#!/usr/bin/env node
/**
 * npm run bench: measures the block on its own WordPress (the "bench" site, port 8890) and
 * prints each figure beside its baseline, measured in the same run: absolute times on shared
 * machines drift, ratios hold. Writes the same figures to bench/results/latest.json.
 *
 * Options: --runs=5 --members=20 --listings=5
 */

import { chromium } from '@playwright/test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { start, stop, SITES } from '../scripts/wordpress/site.mjs';
import { report } from './lib/report.mjs';
import {
	createUser,
	loggedInClient,
	memberContext,
} from './lib/site-client.mjs';
import { sample, summarize } from './lib/stats.mjs';
import { burst } from './measures/concurrency.mjs';
import { scriptWeight } from './measures/page-weight.mjs';
import { createThrough, renderPage } from './measures/server-cost.mjs';
import { submitOnce } from './measures/submit-latency.mjs';

const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '..' );
const options = Object.fromEntries(
	process.argv
		.slice( 2 )
		.map( ( arg ) => arg.replace( /^--/, '' ).split( '=' ) )
);
if ( options.stack && options.stack !== 'playground' ) {
	console.error(
		`--stack=${ options.stack }: only the Playground site (the default) can be measured.`
	);
	process.exit( 2 );
}
const runs = Number( options.runs ?? 5 );
const memberCount = Number( options.members ?? 20 );
const perMember = Number( options.listings ?? 5 );
const baseURL = `http://localhost:${ SITES.bench.port }`;

const started = await start( 'bench' );
const browser = await chromium.launch( {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run',
		'--disable-sync',
	],
} );
const rows = [];
try {
	const admin = await loggedInClient( baseURL, 'admin' );
	await admin.rest(
		'PUT',
		'/wp/v2/plugins/job-submit-block-bench-plugins/naive-core-data',
		{ status: 'active' }
	);
	// Latency runs create many listings for one member; the limit has its own figure below.
	await admin.rest( 'POST', '/wp/v2/settings', {
		job_submit_block_rate_limit: 0,
	} );
	const page = async ( title, content ) =>
		(
			await admin.rest( 'POST', '/wp/v2/pages', {
				title,
				content,
				status: 'publish',
			} )
		).body.link;
	const plainUrl = await page(
		'Bench: no form',
		'<!-- wp:paragraph --><p>Hello.</p><!-- /wp:paragraph -->'
	);
	const formUrl = await page(
		'Bench: form',
		'<!-- wp:job-submit-block/form /-->'
	);
	const naiveUrl = `${ formUrl }${
		formUrl.includes( '?' ) ? '&' : '?'
	}naive-core-data=1`;

	const member = await createUser( admin, 'subscriber' );
	const context = await memberContext( browser, baseURL, member.username );
	const guest = await browser.newContext( { baseURL } );

	console.log( 'Page weight…' );
	const weights = {};
	for ( const [ name, url, interact ] of [
		[ 'plain', plainUrl, false ],
		[ 'form', formUrl, true ],
		[ 'naive', naiveUrl, true ],
	] ) {
		const samples = [];
		await sample(
			async () => {
				samples.push(
					await scriptWeight( context, url, { interact } )
				);
				return 0;
			},
			{ runs, warmup: 1 }
		);
		weights[ name ] = ( key ) =>
			summarize( samples.slice( 1 ).map( ( s ) => s[ key ] ) );
	}
	const guestWeight = await scriptWeight( guest, formUrl );
	rows.push(
		{
			figure: 'Member, JS before interaction',
			unit: 'bytes',
			value: weights.form( 'beforeBytes' ),
			baseline: 'same page without the block',
			baselineValue: weights.plain( 'beforeBytes' ),
		},
		{
			figure: 'Member, JS before interaction',
			unit: 'bytes',
			value: weights.form( 'beforeBytes' ),
			baseline: 'naive: wp-core-data up front',
			baselineValue: weights.naive( 'beforeBytes' ),
		},
		{
			figure: 'Member, scripts before interaction',
			unit: 'count',
			value: weights.form( 'beforeCount' ),
			baseline: 'naive: wp-core-data up front',
			baselineValue: weights.naive( 'beforeCount' ),
		},
		{
			figure: 'Member, JS after first interaction',
			unit: 'bytes',
			value: weights.form( 'afterBytes' ),
			baseline: 'naive: wp-core-data up front',
			baselineValue: weights.naive( 'afterBytes' ),
		},
		{
			figure: 'Guest, block scripts',
			unit: 'count',
			value: summarize( [ guestWeight.blockScripts ] ),
			note: 'must be 0',
		}
	);

	console.log( 'Submit latency…' );
	const latencies = [];
	await sample(
		async () => {
			latencies.push( await submitOnce( context, formUrl ) );
			return 0;
		},
		{ runs, warmup: 1 }
	);
	const measured = latencies.slice( 1 );
	rows.push( {
		figure: 'Submit: click to confirmation',
		unit: 'ms',
		value: summarize( measured.map( ( l ) => l.submit ) ),
		baseline: 'one bare REST POST, same member',
		baselineValue: summarize( measured.map( ( l ) => l.floor ) ),
	} );

	console.log( 'Server cost…' );
	const memberClient = await loggedInClient( baseURL, member.username );
	rows.push( {
		figure: 'Server: render page with the block',
		unit: 'ms',
		value: summarize(
			await sample( () => renderPage( memberClient.context, formUrl ), {
				runs,
			} )
		),
		baseline: 'same page without it',
		baselineValue: summarize(
			await sample( () => renderPage( memberClient.context, plainUrl ), {
				runs,
			} )
		),
	} );
	const author = await loggedInClient(
		baseURL,
		( await createUser( admin, 'author' ) ).username
	);
	rows.push( {
		figure: 'Server: REST create of a listing',
		unit: 'ms',
		value: summarize(
			await sample( () => createThrough( author, 'job-listings' ), {
				runs,
			} )
		),
		baseline: 'plain post, same size',
		baselineValue: summarize(
			await sample( () => createThrough( author, 'posts' ), { runs } )
		),
	} );

	console.log(
		`Concurrency: ${ memberCount } members × ${ perMember } listings (+1 over the limit)…`
	);
	await admin.rest( 'POST', '/wp/v2/settings', {
		job_submit_block_rate_limit: perMember,
	} );
	const members = [];
	for ( let i = 0; i < memberCount; i++ ) {
		const user = await createUser( admin, 'subscriber' );
		members.push( {
			id: user.id,
			client: await loggedInClient( baseURL, user.username ),
		} );
	}
	const result = await burst( members, perMember, admin );
	const countsHold =
		result.stored === result.expected &&
		result.duplicates.length === 0 &&
		( result.statuses[ 429 ] ?? 0 ) === memberCount;
	rows.push(
		{
			figure: 'Concurrency: creates per second',
			unit: 'count',
			value: summarize( [ result.createsPerSecond ] ),
		},
		{
			figure: 'Concurrency: latency p50 / p95',
			unit: 'ms',
			value: {
				median: result.p50,
				min: result.p50,
				max: result.p95,
				runs: 1,
			},
			note: `p50 ${ Math.round( result.p50 ) } ms, p95 ${ Math.round(
				result.p95
			) } ms`,
		},
		{
			figure: 'Concurrency: listings stored',
			unit: 'count',
			value: summarize( [ result.stored ] ),
			note: `${ countsHold ? 'holds' : 'FAILS' }: expected ${
				result.expected
			}, answers ${ JSON.stringify( result.statuses ) }, duplicates ${
				result.duplicates.length
			}`,
		}
	);
	await admin.rest( 'POST', '/wp/v2/settings', {
		job_submit_block_rate_limit: 5,
	} );

	report( rows, join( root, 'bench/results/latest.json' ), {
		date: new Date().toISOString(),
		site: 'WordPress 6.8 on Playground (PHP 8.3 WebAssembly, SQLite)',
		runs,
		command:
			`npm run bench -- ${ process.argv.slice( 2 ).join( ' ' ) }`.trim(),
	} );
	if ( ! countsHold || guestWeight.blockScripts !== 0 ) {
		process.exitCode = 1;
	}
} finally {
	await browser.close();
	if ( started ) {
		await stop( 'bench' );
	}
}
