/**
 * Server cost: time to render a page with the block against the same page without it, and a
 * REST create of a listing with the plugin's checks against a plain post of the same size.
 */

import { listingPayload } from '../lib/site-client.mjs';

/**
 * Milliseconds one request takes, as the client sees it.
 *
 * @param {() => Promise<unknown>} send The request.
 */
export async function timed( send ) {
	const start = performance.now();
	await send();
	return performance.now() - start;
}

/**
 * Renders a page as a logged-in user, checking that it answered 200.
 *
 * @param {import('@playwright/test').APIRequestContext} context The user's request context.
 * @param {string}                                       url     The page.
 */
export function renderPage( context, url ) {
	return timed( async () => {
		const response = await context.get( url );
		await response.body();
		if ( response.status() !== 200 ) {
			throw new Error( `${ url } answered ${ response.status() }` );
		}
	} );
}

/**
 * Creates a listing, or a post of the same title and content, through REST.
 *
 * @param {{rest: Function}}       client A logged-in client.
 * @param {'job-listings'|'posts'} base   The REST base.
 */
export function createThrough( client, base ) {
	return timed( async () => {
		const payload = listingPayload( `Server cost ${ Date.now() }` );
		const data =
			base === 'posts'
				? {
						title: payload.title,
						content: payload.content,
						status: 'pending',
					}
				: payload;
		const { status } = await client.rest(
			'POST',
			`/wp/v2/${ base }`,
			data
		);
		if ( status !== 201 ) {
			throw new Error( `POST /wp/v2/${ base } answered ${ status }` );
		}
	} );
}
