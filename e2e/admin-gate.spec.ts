/**
 * External dependencies
 */
import type { APIRequestContext } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	createMember,
	loggedInPage,
	uniqueWord,
	type Member,
} from './utils/gate-helpers';
import {
	LISTINGS,
	cookieClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';
import { postListings } from './utils/listings';
import { withSettings } from './utils/settings';

/**
 * Creates a pending listing as a member and returns its ID.
 *
 * @param client The member's client.
 * @param title  The listing's title.
 */
async function createPending(
	client: APIRequestContext,
	title: string
): Promise< number > {
	const [ id ] = await postListings( client, [ { title } ] );
	return id;
}

test.describe( 'The gate in wp-admin', () => {
	test( 'a member is refused the listing screens of wp-admin, their own listing’s included', async ( {
		requestUtils,
	} ) => {
		const member = await createMember( requestUtils );
		const id = await createPending(
			member.client,
			uniqueWord( 'Own listing ' )
		);
		const { context } = await cookieClient( member.user.username );

		// The session works: the member's own profile opens.
		const profile = await context.get( '/wp-admin/profile.php', {
			maxRedirects: 0,
		} );
		expect( profile.status() ).toBe( 200 );

		for ( const screen of [
			'/wp-admin/post-new.php?post_type=job_listing',
			'/wp-admin/edit.php?post_type=job_listing',
			`/wp-admin/post.php?post=${ id }&action=edit`,
		] ) {
			await test.step( screen, async () => {
				const response = await context.get( screen, {
					maxRedirects: 0,
				} );
				expect( response.status() ).toBe( 403 );
			} );
		}
		await context.dispose();
		await member.client.dispose();
	} );

	test( 'a member’s admin menu and admin bar offer no job listings', async ( {
		browser,
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const page = await loggedInPage( browser, member.username );

		await page.goto( '/wp-admin/' );
		const menu = page.locator( '#adminmenu' );
		await expect(
			menu.getByRole( 'link', { name: 'Profile', exact: true } )
		).toBeVisible();
		await expect(
			menu.getByRole( 'link', { name: /Job Listings/ } )
		).toHaveCount( 0 );
		await expect( page.locator( '#menu-posts-job_listing' ) ).toHaveCount(
			0
		);
		await expect(
			page.locator( '#wp-admin-bar-my-account' )
		).toBeVisible();
		await expect(
			page.locator( '#wp-admin-bar-new-job_listing' )
		).toHaveCount( 0 );
		await expect(
			page
				.locator( '#wpadminbar' )
				.getByRole( 'menuitem', { name: 'Job Listing', exact: true } )
		).toHaveCount( 0 );

		// The admin bar on the public site too.
		await page.goto( '/' );
		await expect(
			page.locator( '#wp-admin-bar-my-account' )
		).toBeVisible();
		await expect(
			page.locator( '#wp-admin-bar-new-job_listing' )
		).toHaveCount( 0 );
		await page.context().close();
	} );

	test( 'a member sees nothing of another member’s pending listing in wp-admin', async ( {
		requestUtils,
	} ) => {
		const word = uniqueWord( 'Undisclosed' );
		const author = await createMember( requestUtils );
		const id = await createPending(
			author.client,
			`Harbour Pilot ${ word }`
		);
		const reader = await createUser( requestUtils, 'subscriber' );
		const { context } = await cookieClient( reader.username );

		for ( const url of [
			'/wp-admin/',
			'/wp-admin/edit.php?post_type=job_listing',
			'/wp-admin/edit.php?post_type=job_listing&post_status=pending',
			'/wp-admin/edit.php?post_type=job_listing&post_status=all',
			`/wp-admin/edit.php?post_type=job_listing&s=${ word }`,
			`/wp-admin/edit.php?post_type=job_listing&author=${ author.user.id }`,
			'/wp-admin/edit.php?post_type=job_listing&mode=excerpt',
			`/wp-admin/post.php?post=${ id }&action=edit`,
			`/?post_type=job_listing&p=${ id }&preview=true`,
		] ) {
			await test.step( url, async () => {
				const response = await context.get( url );
				expect( response.status() ).toBeLessThan( 500 );
				// Still the reader's session, not the login form.
				expect( response.url() ).not.toContain( 'wp-login.php' );
				expect( await response.text() ).not.toContain( word );
			} );
		}
		await context.dispose();
		await author.client.dispose();
	} );
} );

test.describe( 'The gate on reads', () => {
	test( 'a member’s listing queries neither list nor count other members’ pending listings', async ( {
		requestUtils,
	} ) => {
		const word = uniqueWord( 'Oracle' );
		const a: Member = await createMember( requestUtils );
		const b: Member = await createMember( requestUtils );
		await createPending( a.client, `Lock Keeper ${ word }` );

		for ( const status of [ 'pending', 'any' ] ) {
			await test.step( `status=${ status }, only A’s listing`, async () => {
				const response = await b.client.get( LISTINGS, {
					params: { status, search: word },
				} );
				expect( response.status() ).toBe( 200 );
				expect( await response.json() ).toEqual( [] );
				expect( response.headers()[ 'x-wp-total' ] ).toBe( '0' );
				expect( response.headers()[ 'x-wp-totalpages' ] ).toBe( '0' );
			} );
		}

		const own = await createPending( b.client, `Canal Keeper ${ word }` );
		for ( const status of [ 'pending', 'any' ] ) {
			await test.step( `status=${ status }, with B’s own`, async () => {
				const response = await b.client.get( LISTINGS, {
					params: { status, search: word },
				} );
				expect( response.status() ).toBe( 200 );
				const listed = ( await response.json() ) as Array< {
					id: number;
				} >;
				expect( listed.map( ( listing ) => listing.id ) ).toEqual( [
					own,
				] );
				expect( response.headers()[ 'x-wp-total' ] ).toBe( '1' );
			} );
		}
		await a.client.dispose();
		await b.client.dispose();
	} );

	test( 'a published listing’s address still answers after the plugin is deactivated and activated again', async ( {
		requestUtils,
	} ) => {
		const listing = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/job-listings',
			data: listingPayload( {
				title: uniqueWord( 'Reactivated ' ),
				status: 'publish',
			} ),
		} ) ) as { id: number; link: string };
		const link = new URL( listing.link );
		// The sites use pretty permalinks (/%postname%/): the listing lives under /job/.
		expect( link.search ).toBe( '' );
		expect( link.pathname ).toMatch( /^\/job\/[^/]+\/$/ );
		const path = link.pathname;
		expect( ( await requestUtils.request.get( path ) ).status() ).toBe(
			200
		);

		try {
			await requestUtils.deactivatePlugin( 'job-submit-block' );
			await requestUtils.activatePlugin( 'job-submit-block' );
			expect( ( await requestUtils.request.get( path ) ).status() ).toBe(
				200
			);
		} finally {
			// Whatever happened, the plugin is active again and the site's rewrite rules
			// are rebuilt (the permalinks screen flushes them), for the specs that follow.
			await requestUtils.activatePlugin( 'job-submit-block' );
			await requestUtils.request.get( '/wp-admin/options-permalink.php' );
		}
	} );
} );

test.describe( 'The gate on the settings screen', () => {
	let restore: () => Promise< void >;

	test.beforeEach( async ( { requestUtils } ) => {
		restore = await withSettings( requestUtils, {
			job_submit_block_rate_limit: 4,
		} );
	} );

	test.afterEach( async () => {
		await restore();
	} );

	test( 'a negative hourly limit is refused with an error notice and the old value kept', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		await admin.visitAdminPage(
			'edit.php',
			'post_type=job_listing&page=job-submit-block-settings'
		);
		// The browser's own range check would stop the form; the server must not rely on it.
		await page
			.locator( 'form[action="options.php"]' )
			.evaluate(
				( form: HTMLFormElement ) => ( form.noValidate = true )
			);
		const limit = page.getByLabel( 'Listings per member per hour' );
		await limit.fill( '-5' );
		await page.getByRole( 'button', { name: 'Save Changes' } ).click();

		await expect( page.locator( '.notice-error' ).first() ).toBeVisible();
		await expect( page.getByText( 'Settings saved.' ) ).toHaveCount( 0 );
		await expect( limit ).toHaveValue( '4' );
		const saved = ( await requestUtils.rest( {
			path: '/wp/v2/settings',
		} ) ) as Record< string, unknown >;
		expect( saved.job_submit_block_rate_limit ).toBe( 4 );
	} );
} );
