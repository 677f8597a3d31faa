/**
 * What the form's logo, formatting toolbar and preview cost in JavaScript: the view script
 * before interaction (which carries only their small loader, and must stay within 3 KB
 * gzipped of the view script without them), and the extras script (toolbar and preview),
 * fetched only when the member first uses the form.
 */

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { sample, summarize } from '../lib/stats.mjs';

/** The view script gzipped before these fields, as the end-to-end budget holds it. */
const VIEW_WITHOUT_EXTRAS = JSON.parse(
	readFileSync(
		new URL( '../../e2e/utils/form-extras-budget.json', import.meta.url )
	)
).viewWithoutFormExtrasGzipBytes;

/**
 * One visit: the view script before interaction, then the extras after first use.
 *
 * @param {import('@playwright/test').BrowserContext} context A member's context.
 * @param {string}                                    url     The page with the form.
 */
async function visit( context, url ) {
	const page = await context.newPage();
	const sizes = {};
	page.on( 'response', ( response ) => {
		const name = /build\/([\w-]+)\.js/.exec( response.url() )?.[ 1 ];
		if ( name ) {
			sizes[ name ] = response
				.body()
				.then( ( body ) => gzipSync( body, { level: 9 } ).length )
				.catch( () => null );
		}
	} );
	await page.goto( url, { waitUntil: 'load' } );
	const beforeChunks = 'form-extras' in sizes ? 1 : 0;
	const form = page.locator( '.wp-block-job-submit-block-form' );
	await form
		.getByRole( 'textbox', { name: 'Job title', exact: true } )
		.fill( 'Bench' );
	await form.getByRole( 'toolbar' ).waitFor();
	await form
		.getByRole( 'textbox', { name: 'Job description' } )
		.fill( 'Bench.' );
	await form
		.getByRole( 'textbox', { name: /How to apply/ } )
		.fill( 'a@bench.example' );
	await form.getByRole( 'button', { name: 'Preview' } ).focus();
	await page.keyboard.press( 'Enter' );
	await form.getByRole( 'region' ).waitFor();
	const result = {
		view: await sizes.view,
		extras: await sizes[ 'form-extras' ],
		beforeChunks,
	};
	await page.close();
	return result;
}

/**
 * The figures, as rows of the report.
 *
 * @param {import('@playwright/test').BrowserContext} context A member's context.
 * @param {string}                                    url     The page with the form.
 * @param {number}                                    runs    Runs after the warm-up.
 */
export async function formExtrasRows( context, url, runs ) {
	const visits = [];
	await sample(
		async () => {
			visits.push( await visit( context, url ) );
			return 0;
		},
		{ runs, warmup: 1 }
	);
	const figure = ( key ) =>
		summarize( visits.slice( 1 ).map( ( v ) => v[ key ] ) );
	return [
		{
			figure: 'Form extras: view script before interaction',
			unit: 'bytes',
			value: figure( 'view' ),
			baseline: 'view script without logo, toolbar, preview',
			baselineValue: summarize( [ VIEW_WITHOUT_EXTRAS ] ),
			note: 'at most 3 KB more',
		},
		{
			figure: 'Form extras: their script before interaction',
			unit: 'count',
			value: figure( 'beforeChunks' ),
			note: 'must be 0',
		},
		{
			figure: 'Form extras: toolbar and preview, after first focus',
			unit: 'bytes',
			value: figure( 'extras' ),
		},
	];
}
