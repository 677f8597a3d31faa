/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { MyListingsPage } from './my-listings.page';
import { readListing } from './utils/listings';
import { createUser, listingPayload } from './utils/rest-clients';

const NO_SESSION = { cookies: [], origins: [] };

test.describe( 'My Job Listings when the network fails after an action', () => {
	test.use( { storageState: NO_SESSION } );

	test( 'an action the server did is announced done, even when the list cannot be redrawn', async ( {
		page,
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const { id: listPageId } = await requestUtils.createPage( {
			title: 'Your listings',
			status: 'publish',
			content: '<!-- wp:job-submit-block/my-listings /-->',
		} );
		const { id } = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/job-listings',
			data: listingPayload( {
				title: 'Net Mender',
				status: 'publish',
				author: member.id,
			} ),
		} ) ) as { id: number };
		const form = new JobFormPage( page );
		const list = new MyListingsPage( page );
		await form.logIn( member.username );
		await form.open( listPageId );
		await expect( list.row( 'Net Mender' ) ).toContainText( 'Live' );

		// The REST call goes through; the page fetched to redraw the list does not.
		const listUrl = page.url();
		await page.route(
			( url ) => url.href === listUrl,
			( route ) => route.abort( 'internetdisconnected' )
		);
		await list.action( 'Mark “Net Mender” filled' ).click();
		await expect( list.status ).toContainText(
			'“Net Mender” is marked filled.'
		);
		await expect( list.status ).toContainText(
			'The list could not be refreshed'
		);
		await expect( list.status ).not.toHaveClass( /is-error/ );
		expect( ( await readListing( requestUtils, id ) ).meta ).toMatchObject(
			{ _filled: 1 }
		);
	} );
} );
