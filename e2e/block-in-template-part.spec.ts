/**
 * The blocks in a template part, such as the footer every page shows: on an archive, a search
 * or the blog there is no one post they belong to, and they send their visitors back to the
 * page that showed them, not to a post the page happened to list.
 */

/**
 * External dependencies
 */
import { request } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { BASE_URL, cookieClient, createUser } from './utils/rest-clients';

const FOOTER = '/wp/v2/template-parts/twentytwentyfive//footer';

test( 'a form and a list in the footer send their visitors back to the page that showed them', async ( {
	requestUtils,
} ) => {
	await requestUtils.rest( {
		method: 'POST',
		path: FOOTER,
		data: {
			content:
				'<!-- wp:job-submit-block/form /--><!-- wp:job-submit-block/my-listings /-->',
		},
	} );
	try {
		// Somewhere the blog's list of posts is shown: a post the loop reached is not the page.
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/posts',
			data: { title: 'A post on the blog', status: 'publish' },
		} );
		const search = '/?s=blog';
		const guest = await request.newContext( {
			baseURL: BASE_URL,
			storageState: { cookies: [], origins: [] },
		} );
		const guestHtml = await ( await guest.get( search ) ).text();
		const loginLinks = [
			...guestHtml.matchAll( /href="([^"]*wp-login\.php[^"]*)"/g ),
		].map( ( [ , href ] ) =>
			new URL( href.replace( /&amp;/g, '&' ) ).searchParams.get(
				'redirect_to'
			)
		);
		expect( loginLinks.length ).toBeGreaterThan( 0 );
		for ( const back of loginLinks ) {
			expect( back ).toBe( `${ BASE_URL }/?s=blog` );
		}
		await guest.dispose();

		const member = await createUser( requestUtils, 'subscriber' );
		const client = await cookieClient( member.username );
		const memberHtml = await ( await client.context.get( search ) ).text();
		const action =
			/<form[^>]*class="[^"]*wp-block-job-submit-block-form[^"]*"[^>]*action="([^"]*)"/.exec(
				memberHtml
			)?.[ 1 ];
		expect( action?.replace( /&amp;/g, '&' ) ).toBe(
			`${ BASE_URL }/?s=blog`
		);
		await client.context.dispose();
	} finally {
		await requestUtils.rest( {
			method: 'DELETE',
			path: FOOTER,
			params: { force: true },
		} );
	}
} );
