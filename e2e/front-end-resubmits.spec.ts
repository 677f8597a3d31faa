/**
 * A listing sent again: from a second tab that restored the same draft, and after an answer
 * lost on the way. The draft's idempotency key keeps one listing from being made twice; it
 * must never make a member's second listing, or their corrections, vanish into the first.
 */

/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { listingsBy } from './utils/listings';
import { createUser, type TestUser } from './utils/rest-clients';
import { publishFormPage } from './utils/form-page';

const CREATE = /\/wp\/v2\/job-listings(\?|$)/;
const DRAFT_PREFIX = 'job-submit-block:draft:';

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

	test( 'a second tab that restored the same draft posts a listing of its own', async ( {
		page,
		context,
		requestUtils,
	} ) => {
		await form.fillValid( 'Harbour Master' );
		await page.waitForFunction(
			( prefix ) =>
				Object.keys( window.localStorage ).some( ( key ) =>
					key.startsWith( prefix )
				),
			DRAFT_PREFIX
		);
		const second = new JobFormPage( await context.newPage() );
		await second.open( pageId );
		await expect( second.status ).toContainText(
			'Your unsent listing was restored.'
		);
		await second.field( 'Job title' ).fill( 'Lock Keeper' );

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
