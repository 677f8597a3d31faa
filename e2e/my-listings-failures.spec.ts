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
import { logInOnScreen } from './utils/login-screen';
import { createUser, listingPayload } from './utils/rest-clients';

const NO_SESSION = { cookies: [], origins: [] };

test.describe( 'My Job Listings when an action fails', () => {
	test.use( { storageState: NO_SESSION } );

	let listPageId: number;

	test.beforeAll( async ( { requestUtils } ) => {
		( { id: listPageId } = await requestUtils.createPage( {
			title: 'Listings to manage',
			status: 'publish',
			content: '<!-- wp:job-submit-block/my-listings /-->',
		} ) );
	} );

	test( 'logged out meanwhile: said so, with a link to log in and come back to the list', async ( {
		page,
		context,
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const id = (
			( await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/job-listings',
				data: listingPayload( {
					title: 'Sail Maker',
					status: 'publish',
					author: member.id,
				} ),
			} ) ) as { id: number }
		 ).id;
		const form = new JobFormPage( page );
		const list = new MyListingsPage( page );
		await form.logIn( member.username );
		await form.open( listPageId );
		await expect( list.row( 'Sail Maker' ) ).toContainText( 'Live' );

		await context.clearCookies();
		await list.action( 'Mark “Sail Maker” filled' ).click();
		await expect( list.status ).toContainText(
			'You have been logged out.'
		);
		await expect( list.status ).toHaveClass( /is-error/ );
		const login = list.status.getByRole( 'link', { name: 'Log in' } );
		await expect( login ).toHaveAttribute(
			'href',
			/wp-login\.php\?redirect_to=/
		);
		await login.click();
		await logInOnScreen( page, member.username );
		await expect( list.row( 'Sail Maker' ) ).toContainText( 'Live' );
		expect(
			( await readListing( requestUtils, id ) ).meta._filled
		).toBeFalsy();
	} );

	test( 'a server error page: the plugin’s words, not the browser’s', async ( {
		page,
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/job-listings',
			data: listingPayload( {
				title: 'Rope Splicer',
				status: 'publish',
				author: member.id,
			} ),
		} );
		const form = new JobFormPage( page );
		const list = new MyListingsPage( page );
		await form.logIn( member.username );
		await form.open( listPageId );
		await page.route( /\/wp\/v2\/job-listings\/\d+/, ( route ) =>
			route.fulfill( {
				status: 503,
				contentType: 'text/html',
				body: '<h1>Service Unavailable</h1>',
			} )
		);
		await list.action( 'Mark “Rope Splicer” filled' ).click();
		await expect( list.status ).toHaveText(
			'That could not be done just now. Please try again.'
		);
		await expect( list.status ).toHaveClass( /is-error/ );
	} );

	test( 'an action the server did is announced done, even when the list cannot be redrawn', async ( {
		page,
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
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
