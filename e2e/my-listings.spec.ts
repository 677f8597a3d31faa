/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { MyListingsPage } from './my-listings.page';
import { markDebugLog } from './utils/debug-log';
import { loggedInPage } from './utils/gate-helpers';
import { createListingFor, listingsBy, readListing } from './utils/listings';
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	type TestUser,
} from './utils/rest-clients';
import { withSettings } from './utils/settings';
import { publishFormPage } from './utils/form-page';

const NO_SESSION = { cookies: [], origins: [] };

/**
 * Checks the block with axe in its current state.
 *
 * @param page The page.
 */
async function expectAccessible( page: Page ) {
	const results = await new AxeBuilder( { page } )
		.include( '.wp-block-job-submit-block-my-listings' )
		.analyze();
	expect( results.violations ).toEqual( [] );
}

/**
 * One listing of the member's in each state a member acts on: live, expired and pending.
 *
 * @param requestUtils   The admin's request utilities.
 * @param member         The member who owns them.
 * @param titles         The title of each.
 * @param titles.live    The live one's.
 * @param titles.expired The expired one's.
 * @param titles.pending The pending one's.
 */
async function oneInEachState(
	requestUtils: RequestUtils,
	member: TestUser,
	titles: { live: string; expired: string; pending: string }
) {
	return {
		live: await createListingFor( requestUtils, member, {
			title: titles.live,
			status: 'publish',
		} ),
		expired: await createListingFor( requestUtils, member, {
			title: titles.expired,
			status: 'expired',
		} ),
		pending: await createListingFor( requestUtils, member, {
			title: titles.pending,
		} ),
	};
}

test.describe( 'My Job Listings', () => {
	test.use( { storageState: NO_SESSION } );

	let formPageId: number;
	let listPageId: number;
	let member: TestUser;

	test.beforeAll( async ( { requestUtils } ) => {
		( { id: formPageId } = await publishFormPage(
			requestUtils,
			'Post a listing'
		) );
		( { id: listPageId } = await requestUtils.createPage( {
			title: 'Your listings',
			status: 'publish',
			content: `<!-- wp:job-submit-block/my-listings {"formPageId":${ formPageId },"perPage":5} /-->`,
		} ) );
	} );

	test.beforeEach( async ( { requestUtils } ) => {
		member = await createUser( requestUtils, 'subscriber' );
	} );

	test( 'a member posts, edits (one request), fills, relists and withdraws from the list', async ( {
		page,
		requestUtils,
	} ) => {
		// The whole life of a listing in one story: several page loads per step.
		test.slow();
		const log = markDebugLog();
		const form = new JobFormPage( page );
		const list = new MyListingsPage( page );
		await form.logIn( member.username );
		await form.open( listPageId );
		await expect( list.block ).toContainText(
			'You have not posted any job listings yet.'
		);
		await expectAccessible( page );
		await list.block.getByRole( 'link', { name: 'Post a job' } ).click();

		await form.fillValid( 'Lighthouse Keeper' );
		await form.submitButton().click();
		await expect( form.block ).toContainText( 'awaiting review' );

		await form.open( listPageId );
		await expect( list.row( 'Lighthouse Keeper' ) ).toContainText(
			'Pending review'
		);
		await expectAccessible( page );
		await list.block
			.getByRole( 'link', { name: 'Edit “Lighthouse Keeper”' } )
			.click();
		await expect( form.field( 'Job title' ) ).toHaveValue(
			'Lighthouse Keeper'
		);
		await expect( form.field( 'Location' ) ).toHaveValue( 'Sagres' );
		const writes: string[] = [];
		page.on( 'request', ( request ) => {
			if ( /job-listings/.test( request.url() ) ) {
				writes.push( `${ request.method() } ${ request.url() }` );
			}
		} );
		await form.field( 'Job title' ).fill( 'Lighthouse Keeper (nights)' );
		await form.submitButton( 'Save changes' ).click();
		await expect( form.block ).toContainText(
			'Your changes are saved. The listing awaits review'
		);
		// Created, then edited (editEntityRecord and saveEditedEntityRecord) without the data
		// layer reaching what its bundle leaves out.
		expect( form.dataLayerGaps ).toEqual( [] );
		expect( writes ).toHaveLength( 1 );
		const [ edited, ...others ] = await listingsBy(
			requestUtils,
			member.id
		);
		expect( others ).toEqual( [] );
		expect( edited ).toMatchObject( {
			status: 'pending',
			title: { raw: 'Lighthouse Keeper (nights)' },
			meta: { _job_location: 'Sagres' },
		} );

		// A moderator publishes it: the member marks it filled, and not filled again.
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ edited.id }`,
			data: { status: 'publish' },
		} );
		await form.open( listPageId );
		const row = list.row( 'Lighthouse Keeper \\(nights\\)' );
		await expect( row ).toContainText( 'Live' );
		await list.action( 'Mark “Lighthouse Keeper (nights)” filled' ).click();
		await expect( list.status ).toHaveText(
			'“Lighthouse Keeper (nights)” is marked filled.'
		);
		await expect( row ).toContainText( 'Filled' );
		await expect(
			list.action( 'Mark “Lighthouse Keeper (nights)” not filled' )
		).toBeFocused();
		expect(
			( await readListing( requestUtils, edited.id ) ).meta
		).toMatchObject( {
			_filled: 1,
		} );
		await expectAccessible( page );
		await list
			.action( 'Mark “Lighthouse Keeper (nights)” not filled' )
			.click();
		await expect( row ).toContainText( 'Live' );

		// It expires: the member relists it, back to review.
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ edited.id }`,
			data: { status: 'expired' },
		} );
		await form.open( listPageId );
		await expect( row ).toContainText( 'Expired' );
		await list.action( 'Relist “Lighthouse Keeper (nights)”' ).click();
		await expect( list.status ).toHaveText(
			'“Lighthouse Keeper (nights)” is relisted and awaits review.'
		);
		await expect( row ).toContainText( 'Pending review' );
		expect( ( await readListing( requestUtils, edited.id ) ).status ).toBe(
			'pending'
		);

		// Withdrawn, after a confirmation in a dialog.
		await list.action( 'Withdraw “Lighthouse Keeper (nights)”' ).click();
		const dialog = page.getByRole( 'dialog', { name: /Withdraw/ } );
		await expect( dialog ).toBeVisible();
		await expect(
			dialog.getByRole( 'button', { name: 'Keep it' } )
		).toBeFocused();
		await dialog
			.getByRole( 'button', { name: 'Yes, withdraw it' } )
			.click();
		await expect( list.status ).toHaveText(
			'“Lighthouse Keeper (nights)” is withdrawn.'
		);
		await expect( row ).toContainText( 'Withdrawn' );
		await expectAccessible( page );
		const trashed = await readListing( requestUtils, edited.id );
		expect( trashed.status ).toBe( 'trash' );
		// wp-admin asks wordpress.org for translations, which an offline machine cannot reach.
		expect(
			log
				.problemsSince()
				.filter( ( line ) => ! line.includes( 'translations_api()' ) )
		).toEqual( [] );
	} );

	test( 'keyboard only: fill and withdraw, with focus where the keyboard expects it', async ( {
		page,
		requestUtils,
	} ) => {
		await createListingFor( requestUtils, member, {
			title: 'Harbour Pilot',
			status: 'publish',
		} );
		const form = new JobFormPage( page );
		const list = new MyListingsPage( page );
		await form.logIn( member.username );
		await form.open( listPageId );
		await list.action( 'Mark “Harbour Pilot” filled' ).focus();
		await page.keyboard.press( 'Enter' );
		await expect(
			list.action( 'Mark “Harbour Pilot” not filled' )
		).toBeFocused();
		await page.keyboard.press( 'Tab' );
		await expect( list.action( 'Withdraw “Harbour Pilot”' ) ).toBeFocused();
		await page.keyboard.press( 'Enter' );
		const dialog = page.getByRole( 'dialog' );
		await expect( dialog ).toBeVisible();
		await expectAccessible( page );
		// Escape keeps the listing and gives focus back.
		await page.keyboard.press( 'Escape' );
		await expect( dialog ).toBeHidden();
		await expect( list.action( 'Withdraw “Harbour Pilot”' ) ).toBeFocused();
		await page.keyboard.press( 'Enter' );
		await page.keyboard.press( 'Shift+Tab' );
		await expect(
			dialog.getByRole( 'button', { name: 'Yes, withdraw it' } )
		).toBeFocused();
		await page.keyboard.press( 'Enter' );
		await expect( list.row( 'Harbour Pilot' ) ).toContainText(
			'Withdrawn'
		);
		await expect(
			list.row( 'Harbour Pilot' ).getByRole( 'rowheader' )
		).toBeFocused();
	} );

	test( 'without JavaScript every action works through the page, and editing through the form', async ( {
		browser,
		page: checker,
		requestUtils,
	} ) => {
		const { live, expired, pending } = await oneInEachState(
			requestUtils,
			member,
			{
				live: 'Radio Operator',
				expired: 'Net Mender',
				pending: 'Sail Maker',
			}
		);
		const page = await loggedInPage( browser, member.username, {
			javaScriptEnabled: false,
		} );
		const context = page.context();
		const form = new JobFormPage( page );
		const list = new MyListingsPage( page );
		await form.open( listPageId );

		await list.action( 'Mark “Radio Operator” filled' ).click();
		await expect( list.status ).toHaveText(
			'“Radio Operator” is marked filled.'
		);
		await expect( list.row( 'Radio Operator' ) ).toContainText( 'Filled' );
		await list.action( 'Mark “Radio Operator” not filled' ).click();
		await expect( list.row( 'Radio Operator' ) ).toContainText( 'Live' );

		await list.action( 'Relist “Net Mender”' ).click();
		await expect( list.status ).toHaveText(
			'“Net Mender” is relisted and awaits review.'
		);
		expect( ( await readListing( requestUtils, expired ) ).status ).toBe(
			'pending'
		);

		await list.action( 'Withdraw “Radio Operator”' ).click();
		await expect( list.block ).toContainText(
			'Withdraw “Radio Operator”?'
		);
		expect( ( await readListing( requestUtils, live ) ).status ).toBe(
			'publish'
		);
		// axe runs in the page: the state is checked as this page drew it, in a page that runs it.
		const drawn = await page.content();
		await checker.route( '**/no-script-state', ( route ) =>
			route.fulfill( { contentType: 'text/html', body: drawn } )
		);
		await checker.goto( '/no-script-state' );
		await expectAccessible( checker );
		await list.action( 'Yes, withdraw it' ).click();
		await expect( list.status ).toHaveText(
			'“Radio Operator” is withdrawn.'
		);
		await expect( list.row( 'Radio Operator' ) ).toContainText(
			'Withdrawn'
		);

		await list.block
			.getByRole( 'link', { name: 'Edit “Sail Maker”' } )
			.click();
		await form.field( 'Job title' ).fill( 'Sail Maker and Mender' );
		await form.submitButton( 'Save changes' ).click();
		await expect( form.block ).toContainText( 'Your changes are saved.' );
		expect( ( await readListing( requestUtils, pending ) ).title.raw ).toBe(
			'Sail Maker and Mender'
		);
		// No listing more: the edit saved the same one (the withdrawn one is in the trash).
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 2 );
		await context.close();
	} );

	test( 'another member sees none of them and can do none of it, through REST or the page', async ( {
		browser,
		requestUtils,
	} ) => {
		const { live, expired, pending } = await oneInEachState(
			requestUtils,
			member,
			{
				live: 'Ferry Captain',
				expired: 'Cartographer',
				pending: 'Lamplighter',
			}
		);
		const other = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, other );
		const attempts = [
			client.post( `${ LISTINGS }/${ live }`, {
				data: { meta: { _filled: 1 } },
			} ),
			client.post( `${ LISTINGS }/${ expired }`, {
				data: { status: 'pending' },
			} ),
			client.post( `${ LISTINGS }/${ pending }`, {
				data: { title: 'Mine now' },
			} ),
			client.delete( `${ LISTINGS }/${ live }` ),
			client.delete( `${ LISTINGS }/${ pending }` ),
		];
		for ( const response of await Promise.all( attempts ) ) {
			expect( response.status() ).toBe( 403 );
		}

		const page = await loggedInPage( browser, other.username, {
			javaScriptEnabled: false,
		} );
		const context = page.context();
		const form = new JobFormPage( page );
		const list = new MyListingsPage( page );
		await form.open( listPageId );
		await expect( list.block ).toContainText(
			'You have not posted any job listings yet.'
		);
		// The page's own form, sent with the other member's valid nonce for their listing.
		await expect(
			list.block.locator( 'input[name="job_listing_nonce"]' )
		).toHaveCount( 0 );
		const ownId = await createListingFor( requestUtils, other, {
			title: 'Bait Seller',
			status: 'publish',
		} );
		await form.open( listPageId );
		const ownNonce = await list.block
			.locator( 'input[name="job_listing_nonce"]' )
			.first()
			.inputValue();
		for ( const [ action, id ] of [
			[ 'fill', live ],
			[ 'relist', expired ],
			[ 'confirm-withdraw', pending ],
		] as const ) {
			const response = await page.request.post(
				`/?page_id=${ listPageId }`,
				{
					form: {
						job_listing_action: action,
						job_listing_id: String( id ),
						job_listing_nonce: ownNonce,
					},
					maxRedirects: 0,
				}
			);
			expect( response.status() ).toBe( 403 );
		}
		// The same nonce does act on the member's own listing: the refusals above are the owner check's.
		const own = await page.request.post( `/?page_id=${ listPageId }`, {
			form: {
				job_listing_action: 'fill',
				job_listing_id: String( ownId ),
				job_listing_nonce: ownNonce,
			},
			maxRedirects: 0,
		} );
		expect( own.status() ).toBe( 303 );
		expect(
			( await readListing( requestUtils, ownId ) ).meta
		).toMatchObject( { _filled: 1 } );
		await page.goto(
			`/?page_id=${ formPageId }&edit_listing=${ pending }`
		);
		await expect( form.block ).toContainText(
			'This listing cannot be edited'
		);
		await expect( form.field( 'Job title' ) ).toHaveCount( 0 );

		expect( await readListing( requestUtils, live ) ).toMatchObject( {
			status: 'publish',
			meta: { _filled: 0 },
		} );
		expect( ( await readListing( requestUtils, expired ) ).status ).toBe(
			'expired'
		);
		expect( await readListing( requestUtils, pending ) ).toMatchObject( {
			status: 'pending',
			title: { raw: 'Lamplighter' },
		} );
		await context.close();
	} );

	test( 'a member with more listings than a page sees the older ones on page 2', async ( {
		page,
		requestUtils,
	} ) => {
		const titles = [ 1, 2, 3, 4, 5, 6 ].map( ( n ) => `Pager ${ n }` );
		for ( const title of titles ) {
			await createListingFor( requestUtils, member, { title } );
		}
		const form = new JobFormPage( page );
		const list = new MyListingsPage( page );
		const rows = list.block.locator( 'tbody tr' );
		const shownTitles = () =>
			rows.evaluateAll( ( trs ) =>
				trs.map(
					( tr ) =>
						/Pager \d/.exec( tr.textContent ?? '' )?.[ 0 ] ?? ''
				)
			);
		await form.logIn( member.username );
		await form.open( listPageId );
		await expect( rows ).toHaveCount( 5 );
		const first = await shownTitles();
		const pages = list.block.getByRole( 'navigation', {
			name: 'Your job listings, pages',
		} );
		await expect(
			pages.getByRole( 'link', { name: 'Newer listings' } )
		).toHaveCount( 0 );
		await pages.getByRole( 'link', { name: 'Older listings' } ).click();
		await expect( rows ).toHaveCount( 1 );
		await expect(
			pages.getByRole( 'link', { name: 'Older listings' } )
		).toHaveCount( 0 );
		const second = await shownTitles();
		expect( [ ...first, ...second ].sort() ).toEqual( titles );
		await pages.getByRole( 'link', { name: 'Newer listings' } ).click();
		await expect( rows ).toHaveCount( 5 );
	} );

	test( 'editing a live listing follows the site setting; filled only on a live listing', async ( {
		requestUtils,
	} ) => {
		const live = await createListingFor( requestUtils, member, {
			title: 'Boat Builder',
			status: 'publish',
		} );
		const pending = await createListingFor( requestUtils, member, {
			title: 'Deck Hand',
		} );
		const client = await applicationPasswordClient( requestUtils, member );
		const edit = ( title: string ) =>
			client.post( `${ LISTINGS }/${ live }`, { data: { title } } );

		expect( ( await edit( 'Not allowed' ) ).status() ).toBe( 403 );
		expect(
			(
				await client.post( `${ LISTINGS }/${ pending }`, {
					data: { meta: { _filled: 1 } },
				} )
			).status()
		).toBe( 403 );
		expect(
			(
				await client.delete( `${ LISTINGS }/${ pending }?force=true` )
			).status()
		).toBe( 403 );

		const restore = await withSettings( requestUtils, {
			job_submit_block_live_edits: 'live',
		} );
		try {
			expect(
				( await edit( 'Boat Builder, stays live' ) ).status()
			).toBe( 200 );
			expect( ( await readListing( requestUtils, live ) ).status ).toBe(
				'publish'
			);
			await withSettings( requestUtils, {
				job_submit_block_live_edits: 'review',
			} );
			expect( ( await edit( 'Boat Builder, reviewed' ) ).status() ).toBe(
				200
			);
			expect( await readListing( requestUtils, live ) ).toMatchObject( {
				status: 'pending',
				title: { raw: 'Boat Builder, reviewed' },
			} );
		} finally {
			await restore();
		}
	} );

	test( 'an unsaved edit comes back after a reload, over a change stored since rather than instead of it', async ( {
		page,
		requestUtils,
	} ) => {
		const id = await createListingFor( requestUtils, member, {
			title: 'Net Mender',
		} );
		const form = new JobFormPage( page );
		await form.logIn( member.username );
		const editUrl = `/?page_id=${ formPageId }&edit_listing=${ id }`;
		await page.goto( editUrl );
		await form.field( 'Job title' ).fill( 'Net Mender (mornings)' );
		await expect
			.poll( () =>
				page.evaluate( () =>
					Object.keys( window.localStorage ).some( ( key ) =>
						key.startsWith( 'job-submit-block:draft:' )
					)
				)
			)
			.toBe( true );
		// Meanwhile a moderator moves the job to another town.
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ id }`,
			data: { meta: { _job_location: 'Porto' } },
		} );

		await page.goto( editUrl );
		await expect( form.status ).toContainText( 'was restored' );
		await expect( form.field( 'Job title' ) ).toHaveValue(
			'Net Mender (mornings)'
		);
		await expect( form.field( 'Location' ) ).toHaveValue( 'Porto' );
		await form.submitButton( 'Save changes' ).click();
		await expect( form.block ).toContainText( 'Your changes are saved' );
		expect( await readListing( requestUtils, id ) ).toMatchObject( {
			title: { raw: 'Net Mender (mornings)' },
			meta: { _job_location: 'Porto' },
		} );
	} );

	test( 'a guest gets a link to log in and come back, and no script', async ( {
		page,
	} ) => {
		const scripts: string[] = [];
		page.on( 'request', ( request ) => {
			if (
				/my-listings/.test( request.url() ) &&
				request.resourceType() === 'script'
			) {
				scripts.push( request.url() );
			}
		} );
		await page.goto( `/?page_id=${ listPageId }` );
		const login = page
			.locator( '.wp-block-job-submit-block-my-listings' )
			.getByRole( 'link', { name: 'Log in' } );
		await expect( login ).toHaveAttribute( 'href', /redirect_to=/ );
		expect( scripts ).toEqual( [] );
	} );
} );
