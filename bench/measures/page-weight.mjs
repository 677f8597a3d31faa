/**
 * Page weight: the JavaScript a page makes the browser fetch, gzipped (level 9, computed
 * from the bodies received, so the figure does not depend on the server's compression).
 */

import { gzipSync } from 'node:zlib';

const BLOCK_SCRIPT = /\/plugins\/job-submit-block\/build\//;

/**
 * Opens a URL in a new page of the context and adds up the scripts it loads, before any
 * interaction and, optionally, after focusing the form until its data layer is running.
 *
 * @param {import('@playwright/test').BrowserContext} context The visitor's context.
 * @param {string}                                    url     The page.
 * @param {{interact?: boolean}}                      options Whether to interact.
 */
export async function scriptWeight( context, url, { interact = false } = {} ) {
	const page = await context.newPage();
	// Held back so that "before interaction" is what the page itself asks for.
	await page.addInitScript( () => {
		window.requestIdleCallback = () => 0;
	} );
	const scripts = [];
	page.on( 'response', ( response ) => {
		// blob: scripts (the emoji support test's worker) are made from the page's own
		// inline code, not transferred; whether one is caught before "load" varies by run.
		if (
			response.request().resourceType() === 'script' &&
			! response.url().startsWith( 'blob:' )
		) {
			scripts.push(
				response
					.body()
					.then( ( body ) => ( {
						url: response.url(),
						bytes: gzipSync( body, { level: 9 } ).length,
					} ) )
					// A response still arriving when the page closes is not part of the figure.
					.catch( () => null )
			);
		}
	} );
	await page.goto( url, { waitUntil: 'load' } );
	const settled = async () =>
		( await Promise.all( scripts ) ).filter( Boolean );
	const before = await settled();
	let after = before;
	if ( interact ) {
		await page.focus(
			'.wp-block-job-submit-block-form input[type="text"]'
		);
		await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );
		after = await settled();
	}
	await page.close();
	const sum = ( list ) => list.reduce( ( total, s ) => total + s.bytes, 0 );
	return {
		beforeBytes: sum( before ),
		beforeCount: before.length,
		afterBytes: sum( after ),
		afterCount: after.length,
		blockScripts: before.filter( ( s ) => BLOCK_SCRIPT.test( s.url ) )
			.length,
	};
}
