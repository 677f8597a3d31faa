/**
 * A listing sent again: from a second tab that restored the same draft, and after an answer
 * lost on the way. The draft's idempotency key keeps one listing from being made twice; it
 * must never make a member's second listing, or their corrections, vanish into the first.
 */

/**
 * External dependencies
 */
import type { BrowserContext, Page } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { listingsBy } from './utils/listings';
import {
	LISTINGS,
	cookieClient,
	createUser,
	listingPayload,
	type TestUser,
} from './utils/rest-clients';
import { withSettings } from './utils/settings';
import { publishFormPage } from './utils/form-page';

const CREATE = /\/wp\/v2\/job-listings(\?|$)/;
const DRAFT_PREFIX = 'job-submit-block:draft:';

/**
 * Lets the page write its record of the keys it sent once, then finds session storage full:
 * the page must go on from what it knows, not from the older record stored.
 *
 * @param page The form's page, before it loads.
 */
async function fillSessionStorageAfterOneWrite( page: Page ) {
	await page.addInitScript( () => {
		let writes = 0;
		const setItem = window.Storage.prototype.setItem;
		window.Storage.prototype.setItem = function ( key, value ) {
			if (
				this === window.sessionStorage &&
				key === 'job-submit-block-sent-keys' &&
				writes++ > 0
			) {
				throw new DOMException( 'Full', 'QuotaExceededError' );
			}
			return setItem.call( this, key, value );
		};
	} );
}

/**
 * Waits until the page has saved a draft of the form.
 *
 * @param page The form's page.
 */
async function waitForDraft( page: Page ) {
	await page.waitForFunction(
		( prefix ) =>
			Object.keys( window.localStorage ).some( ( key ) =>
				key.startsWith( prefix )
			),
		DRAFT_PREFIX
	);
}

/**
 * Lets the page's next create reach the site, and drops the site's answer on its way back.
 *
 * @param page The form's page.
 */
async function loseTheFirstAnswer( page: Page ) {
	let toLose = 1;
	await page.route( CREATE, async ( route ) => {
		if ( route.request().method() !== 'POST' || toLose-- < 1 ) {
			return route.continue();
		}
		await route.fetch();
		await route.abort( 'connectionreset' );
	} );
}

test.describe( 'A listing sent again', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	let pageId: number;
	let member: TestUser;
	let form: JobFormPage;

	test.beforeAll( async ( { requestUtils } ) => {
		( { id: pageId } = await publishFormPage(
			requestUtils,
			'Post again'
		) );
	} );

	test.beforeEach( async ( { page, requestUtils } ) => {
		member = await createUser( requestUtils, 'subscriber' );
		form = new JobFormPage( page );
		await form.logIn( member.username );
		await form.open( pageId );
	} );

	/**
	 * "Harbour Master" typed here, its draft opened in a second tab of the same browser and
	 * retitled "Lock Keeper" there.
	 *
	 * @param page    This tab.
	 * @param context The browser.
	 */
	const draftInSecondTab = async ( page: Page, context: BrowserContext ) => {
		await form.fillValid( 'Harbour Master' );
		await waitForDraft( page );
		const second = new JobFormPage( await context.newPage() );
		await second.open( pageId );
		await expect( second.status ).toContainText(
			'Your unsent listing was restored.'
		);
		await second.field( 'Job title' ).fill( 'Lock Keeper' );
		return second;
	};

	test( 'a second tab that restored the same draft posts a listing of its own', async ( {
		page,
		context,
		requestUtils,
	} ) => {
		const second = await draftInSecondTab( page, context );

		await form.submitButton().click();
		await expect( form.block ).toContainText( 'awaiting review' );
		await second.submitButton().click();
		await expect( second.block ).toContainText( 'awaiting review' );

		const titles = ( await listingsBy( requestUtils, member.id ) ).map(
			( listing ) => listing.title.raw
		);
		expect( titles.sort() ).toEqual( [ 'Harbour Master', 'Lock Keeper' ] );
	} );

	test( 'an answer lost on the way, then a correction: one listing, corrected', async ( {
		page,
		requestUtils,
	} ) => {
		await form.fillValid( 'Bouy Tender' );
		// The site makes the listing; its answer never reaches the browser.
		await loseTheFirstAnswer( page );
		await form.submitButton().click();
		await expect( form.status ).toContainText( 'entries are kept' );
		await expect
			.poll( async () => listingsBy( requestUtils, member.id ) )
			.toHaveLength( 1 );

		await form.field( 'Job title' ).fill( 'Buoy Tender' );
		await form.submitButton().click();
		await expect( form.block ).toContainText( 'awaiting review' );

		const stored = await listingsBy( requestUtils, member.id );
		expect( stored.map( ( listing ) => listing.title.raw ) ).toEqual( [
			'Buoy Tender',
		] );
		expect( stored[ 0 ].status ).toBe( 'pending' );
	} );

	test( 'an answer lost, then a correction the site no longer lets the member make: a listing of its own, nothing lost', async ( {
		page,
		requestUtils,
	} ) => {
		// Published at once, and live listings are not members' to edit (the default).
		const restore = await withSettings( requestUtils, {
			job_submit_block_auto_publish: true,
		} );
		try {
			await form.fillValid( 'Bouy Tender' );
			await loseTheFirstAnswer( page );
			await form.submitButton().click();
			await expect( form.status ).toContainText( 'entries are kept' );

			await form.field( 'Job title' ).fill( 'Buoy Tender' );
			await form.submitButton().click();
			await expect( form.block ).toContainText( 'is live' );
			const stored = await listingsBy( requestUtils, member.id );
			expect(
				stored.map( ( listing ) => listing.title.raw ).sort()
			).toEqual( [ 'Bouy Tender', 'Buoy Tender' ] );
		} finally {
			await restore();
		}
	} );

	for ( const [ storage, prepare ] of [
		[ 'kept', async () => {} ],
		[ 'full after its first write', fillSessionStorageAfterOneWrite ],
	] as const ) {
		test( `a send the site refused is not taken for this tab’s when another tab then uses the key (session storage ${ storage })`, async ( {
			page,
			context,
			requestUtils,
		} ) => {
			await prepare( page );
			await form.open( pageId );
			// The member is at the hourly limit: the first send is refused for sure.
			const restore = await withSettings( requestUtils, {
				job_submit_block_rate_limit: 1,
			} );
			try {
				const client = await cookieClient( member.username );
				const limited = await client.context.post( LISTINGS, {
					headers: { 'X-WP-Nonce': client.nonce },
					data: listingPayload( { title: 'Counted Job' } ),
				} );
				expect( limited.status() ).toBe( 201 );
				await client.context.dispose();

				const second = await draftInSecondTab( page, context );

				await form.submitButton().click();
				await expect( form.status ).toContainText( 'several listings' );

				await withSettings( requestUtils, {
					job_submit_block_rate_limit: 10,
				} );
				await second.submitButton().click();
				await expect( second.block ).toContainText( 'awaiting review' );
				await form.field( 'Job title' ).fill( 'Harbour Master, Night' );
				await form.submitButton().click();
				await expect( form.block ).toContainText( 'awaiting review' );

				const titles = (
					await listingsBy( requestUtils, member.id )
				).map( ( listing ) => listing.title.raw );
				expect( titles.sort() ).toEqual( [
					'Counted Job',
					'Harbour Master, Night',
					'Lock Keeper',
				] );
			} finally {
				await restore();
			}
		} );
	}

	test( 'the same answer lost, then sent again unchanged: the first listing, once', async ( {
		page,
		requestUtils,
	} ) => {
		await form.fillValid( 'Net Mender' );
		await loseTheFirstAnswer( page );
		await form.submitButton().click();
		await expect( form.status ).toContainText( 'entries are kept' );

		await form.submitButton().click();
		await expect( form.block ).toContainText( 'awaiting review' );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 1 );
	} );
} );
