#!/usr/bin/env node
/**
 * npm run bench: measures the block on its own WordPress and prints each figure beside its
 * baseline, measured in the same run: absolute times on shared machines drift, ratios hold.
 * Writes the same figures as JSON under bench/results/.
 *
 * The default target is the Playground bench site (port 8890); --stack=native measures the
 * production-like stack (nginx, PHP-FPM, MariaDB; port 8891). Whatever the run starts, it
 * stops.
 *
 * Options: --stack=playground|native --runs=5 --members=20 --listings=5
 */

import { chromium } from '@playwright/test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { report } from './lib/report.mjs';
import {
	createUser,
	loggedInClient,
	browserContextAs,
} from './lib/site-client.mjs';
import { sample, summarize } from './lib/stats.mjs';
import { TARGETS } from './lib/targets.mjs';
import { burst } from './measures/concurrency.mjs';
import { openEditor } from './measures/editor-insert.mjs';
import { formExtrasRows } from './measures/form-extras-weight.mjs';
import { scriptWeight } from './measures/page-weight.mjs';
import { createThrough, renderPage } from './measures/server-cost.mjs';
import { submitOnce } from './measures/submit-latency.mjs';

const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '..' );
const options = Object.fromEntries(
	process.argv
		.slice( 2 )
		.map( ( arg ) => arg.replace( /^--/, '' ).split( '=' ) )
);
const target = TARGETS[ options.stack ?? 'playground' ];
if ( ! target ) {
	console.error(
		`--stack=${ options.stack }: the targets are ${ Object.keys(
			TARGETS
		).join( ' and ' ) }.`
	);
	process.exit( 2 );
}
const runs = Number( options.runs ?? 5 );
const memberCount = Number( options.members ?? 20 );
const perMember = Number( options.listings ?? 5 );
const baseURL = target.url;
const began = Date.now();
// Each step says when it began, so that a slow run shows where its time went.
const progress = ( label ) =>
	console.log(
		`[${ Math.round( ( Date.now() - began ) / 1000 ) } s] ${ label }`
	);

const started = await target.start();
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
	const context = await browserContextAs( browser, baseURL, member.username );
	const guest = await browser.newContext( { baseURL } );

	progress( 'Page weight…' );
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
	progress( 'Form extras weight…' );
	rows.push( ...( await formExtrasRows( context, formUrl, runs ) ) );

	progress( 'Submit latency…' );
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

	progress( 'Server cost…' );
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

	progress( 'Editor…' );
	const adminContext = await browserContextAs( browser, baseURL, 'admin' );
	const inserts = [];
	await sample(
		async () => {
			const editor = await openEditor( adminContext );
			inserts.push( {
				block: await editor.insertAndDraw(
					'job-submit-block/form',
					'[data-type="job-submit-block/form"] .wp-block-job-submit-block-form__option input'
				),
				paragraph: await editor.insertAndDraw(
					'core/paragraph',
					'[data-type="core/paragraph"]'
				),
			} );
			await editor.close();
			return 0;
		},
		{ runs, warmup: 1 }
	);
	rows.push( {
		figure: 'Editor: insert to form preview drawn',
		unit: 'ms',
		value: summarize( inserts.slice( 1 ).map( ( i ) => i.block ) ),
		baseline: 'insert a core Paragraph',
		baselineValue: summarize(
			inserts.slice( 1 ).map( ( i ) => i.paragraph )
		),
	} );
	await adminContext.close();

	progress(
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

	progress( 'Done.' );
	report( rows, join( root, target.results ), {
		date: new Date().toISOString(),
		site: target.site,
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
		await target.stop();
	}
}
