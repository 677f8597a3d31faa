/**
 * External dependencies
 */
import type { Page, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/** A script the page loaded, with its size as it would travel gzipped. */
export interface LoadedScript {
	url: string;
	gzipBytes: number;
}

/**
 * Records every script the page loads from now on, measured from the network responses
 * (gzipped here, at level 9, so the figure does not depend on the server's compression).
 *
 * @param page The page.
 */
export function recordScripts( page: Page ) {
	const scripts: Promise< LoadedScript >[] = [];
	const onResponse = ( response: Response ) => {
		if ( response.request().resourceType() !== 'script' ) {
			return;
		}
		const url = response.url();
		// Only what travels: a worker WordPress's emoji loader makes from a blob: URL, on a
		// tab's first page, is built from a script already counted.
		if ( ! /^https?:/.test( url ) ) {
			return;
		}
		scripts.push(
			response
				.body()
				// Chromium drops a body once the page navigates on; the same URL again.
				.catch( () =>
					page.request.get( url ).then( ( again ) => again.body() )
				)
				.then( ( body ) => ( {
					url: url.split( '?' )[ 0 ],
					gzipBytes: gzipSync( body, { level: 9 } ).length,
				} ) )
		);
	};
	page.on( 'response', onResponse );
	return {
		/** The scripts loaded so far. */
		loaded: () => Promise.all( scripts ),
		stop: () => page.off( 'response', onResponse ),
	};
}

/**
 * Waits until the page has loaded and the browser has been idle: what an idle callback, or
 * any other "later", would have started has started by then.
 *
 * @param page The page.
 */
export async function idleAfterLoad( page: Page ) {
	await page.waitForLoadState( 'load' );
	await page.evaluate(
		() =>
			new Promise< void >( ( resolve ) =>
				window.requestIdleCallback( () => resolve() )
			)
	);
	// Anything such a callback asked for has been requested by the time a second one runs.
	await page.evaluate(
		() =>
			new Promise< void >( ( resolve ) =>
				window.requestIdleCallback( () => resolve() )
			)
	);
}
