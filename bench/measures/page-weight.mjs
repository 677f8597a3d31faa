/**
 * Page weight: the JavaScript a page makes the browser fetch, gzipped (level 9, computed
 * from the bodies received, so the figure does not depend on the server's compression), by
 * the load event, after the page was left alone for a while, and after a first interaction.
 */

import { gzipSync } from 'node:zlib';

const BLOCK_SCRIPT = /\/plugins\/job-submit-block\/build\//;

/**
 * Opens a URL in a new page of the context and adds up the scripts it loads: by the load
 * event, after idleMs without interaction, and optionally after focusing the form's first
 * text field until `ready` holds in the page.
 *
 * @param {import('@playwright/test').BrowserContext} context            The visitor's context.
 * @param {string}                                    url                The page.
 * @param {Object}                                    options
 * @param {string}                                    [options.interact] Selector of the field to focus.
 * @param {string}                                    [options.ready]    A page expression true once the interaction's work is done.
 * @param {number}                                    [options.idleMs]   How long to leave the page alone.
 */
export async function scriptWeight(
	context,
	url,
	{ interact, ready, idleMs = 0 } = {}
) {
	const page = await context.newPage();
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
	const atLoad = await settled();
	let idle = atLoad;
	if ( idleMs ) {
		// The figure is defined by a span of time: what the page fetches when left alone.
		await page.waitForTimeout( idleMs );
		idle = await settled();
	}
	let after = idle;
	if ( interact ) {
		await page.focus( interact );
		if ( ready ) {
			await page.waitForFunction( ready );
		}
		after = await settled();
	}
	await page.close();
	const sum = ( list ) => list.reduce( ( total, s ) => total + s.bytes, 0 );
	return {
		beforeBytes: sum( atLoad ),
		beforeCount: atLoad.length,
		idleBytes: sum( idle ),
		idleCount: idle.length,
		afterBytes: sum( after ),
		afterCount: after.length,
		blockScripts: atLoad.filter( ( s ) => BLOCK_SCRIPT.test( s.url ) )
			.length,
	};
}
