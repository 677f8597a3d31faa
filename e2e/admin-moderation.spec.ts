/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { markDebugLog } from './utils/debug-log';
import { loggedInPage } from './utils/gate-helpers';
import { postListingsAs, readListing } from './utils/listings';
import { createUser, type TestUser } from './utils/rest-clients';
import { emptyMailbox, keptMails } from './utils/mailbox';
import { withSettings } from './utils/settings';

/** The test-only plugin that lowers the submitter filter's cap to two (e2e/plugins/). */
const SUBMITTER_FILTER_SIZE = 'job-submit-block-test-submitter-filter-size';

/**
 * Applies a bulk action to every listing the Job Listings screen shows.
 *
 * @param page   The screen.
 * @param action The bulk action's name.
 */
async function applyToAll( page: Page, action: string ) {
	await page.getByRole( 'checkbox', { name: 'Select All' } ).first().check();
	await page
		.getByRole( 'combobox', { name: 'Select bulk action' } )
		.first()
		.selectOption( action );
	await page.getByRole( 'button', { name: 'Apply' } ).first().click();
}

test.describe( 'Moderation on the listings screen', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await requestUtils.activatePlugin( 'job-submit-block-test-mailbox' );
		await requestUtils.activatePlugin(
			'job-submit-block-test-e-mail-filters'
		);
	} );

	test.beforeEach( async ( { requestUtils } ) => {
		await emptyMailbox( requestUtils );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.deactivatePlugin( 'job-submit-block-test-mailbox' );
		await requestUtils.deactivatePlugin(
			'job-submit-block-test-e-mail-filters'
		);
	} );

	test( 'approve from a row by keyboard; reject with a reason without JavaScript, mailed to the author in their language', async ( {
		admin,
		page,
		browser,
		requestUtils,
	} ) => {
		const log = markDebugLog();
		const member = await createUser( requestUtils, 'subscriber' );
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/users/${ member.id }`,
			data: { locale: 'de_DE' },
		} );
		const [ approved, rejected ] = await postListingsAs(
			requestUtils,
			member,
			[ 'Lighthouse Keeper', 'Chimney Sweep' ].map( ( title ) => ( {
				title,
			} ) )
		);
		await emptyMailbox( requestUtils );

		await admin.visitAdminPage(
			'edit.php',
			`post_type=job_listing&author=${ member.id }`
		);
		const approve = page.getByRole( 'link', {
			name: 'Approve “Lighthouse Keeper”',
		} );
		await approve.focus();
		await page.keyboard.press( 'Enter' );
		await expect(
			page
				.locator( '.notice-success' )
				.getByText( '1 listing approved and published.' )
		).toBeVisible();
		expect( ( await readListing( requestUtils, approved ) ).status ).toBe(
			'publish'
		);
		expect( await keptMails( requestUtils ) ).toEqual( [
			expect.objectContaining( {
				to: [ `${ member.username }@example.com` ],
				subject: expect.stringMatching(
					new RegExp( `^\\[Approved #${ approved }\\] ` )
				),
			} ),
		] );
		await emptyMailbox( requestUtils );

		// The reason screen, checked by axe (which needs JavaScript) …
		await page.goto(
			`/wp-admin/admin.php?page=job-submit-block-reject&listings[]=${ rejected }`
		);
		await expect(
			page.getByRole( 'heading', { name: 'Reject job listing' } )
		).toBeVisible();
		expect(
			(
				await new AxeBuilder( { page } )
					.include( '#wpbody-content' )
					.analyze()
			).violations
		).toEqual( [] );

		// … and used without JavaScript, by keyboard, from the row's link.
		const plain = await loggedInPage( browser, 'admin', {
			javaScriptEnabled: false,
		} );
		await plain.goto(
			`/wp-admin/edit.php?post_type=job_listing&author=${ member.id }`
		);
		await plain
			.getByRole( 'link', { name: 'Reject “Chimney Sweep”' } )
			.focus();
		await plain.keyboard.press( 'Enter' );
		await expect(
			plain.getByRole( 'heading', { name: 'Reject job listing' } )
		).toBeVisible();
		const reason = plain.getByRole( 'textbox', {
			name: 'Reason (optional)',
		} );
		await expect( reason ).toHaveAccessibleDescription(
			/Sent to the author by e-mail/
		);
		await reason.focus();
		await plain.keyboard.type( 'Please name the company and the pay.' );
		await plain.getByRole( 'button', { name: 'Reject listing' } ).focus();
		await plain.keyboard.press( 'Enter' );
		await expect(
			plain.getByText(
				'1 listing rejected and moved to the Trash; its author was told.'
			)
		).toBeVisible();
		await plain.context().close();

		expect( ( await readListing( requestUtils, rejected ) ).status ).toBe(
			'trash'
		);
		const [ mail ] = await keptMails( requestUtils );
		expect( mail.to ).toEqual( [ `${ member.username }@example.com` ] );
		expect( mail.subject ).toContain( 'Chimney Sweep' );
		expect( mail.message ).toContain(
			'Please name the company and the pay.'
		);
		// The filter ran while the mail was being written for its German reader.
		expect( mail.message ).toContain(
			'Filtered in de_DE with reason: Please name the company and the pay.'
		);
		expect( log.problemsSince() ).toEqual( [] );
	} );

	test( 'filter by submitter and status, bulk approve, and the expiry, featured and filled columns', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const ids = await postListingsAs(
			requestUtils,
			member,
			[ 'Tide Watcher', 'Net Mender' ].map( ( title ) => ( { title } ) )
		);
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ ids[ 0 ] }`,
			data: { meta: { _featured: 1 } },
		} );
		await emptyMailbox( requestUtils );

		await admin.visitAdminPage( 'edit.php', 'post_type=job_listing' );
		const submitter = page.getByRole( 'combobox', {
			name: 'Filter by submitter',
		} );
		const status = page.getByRole( 'combobox', {
			name: 'Filter by status',
		} );
		expect(
			(
				await new AxeBuilder( { page } )
					.include( '#job-submit-block-filter-status' )
					.include( '#job-submit-block-filter-submitter' )
					.analyze()
			).violations
		).toEqual( [] );
		// Every test member is called "subscriber Tester": choose by account.
		await submitter.selectOption( String( member.id ) );
		await status.selectOption( { label: 'Pending' } );
		await page
			.getByRole( 'button', { name: 'Filter', exact: true } )
			.click();
		const rows = page.locator( '#the-list tr' );
		await expect( rows ).toHaveCount( 2 );

		await applyToAll( page, 'Approve' );
		await expect(
			page.getByText( '2 listings approved and published.' )
		).toBeVisible();
		expect(
			( await keptMails( requestUtils ) ).map(
				( { subject } ) => subject
			)
		).toEqual(
			expect.arrayContaining( [
				expect.stringContaining( 'is live: Tide Watcher' ),
				expect.stringContaining( 'is live: Net Mender' ),
			] )
		);
		expect( await keptMails( requestUtils ) ).toHaveLength( 2 );

		await admin.visitAdminPage(
			'edit.php',
			`post_type=job_listing&author=${ member.id }`
		);
		const featured = page.locator( `#post-${ ids[ 0 ] }` );
		await expect( featured.locator( '.column-job_featured' ) ).toHaveText(
			'Yes'
		);
		await expect(
			featured.locator( '.column-job_filled' )
		).toHaveAccessibleName( /No/ );
		const { meta } = await readListing( requestUtils, ids[ 0 ] );
		const expires = new Date( `${ meta._job_expires }T00:00:00` );
		await expect( featured.locator( '.column-job_expires' ) ).toHaveText(
			expires.toLocaleDateString( 'en-US', {
				month: 'long',
				day: 'numeric',
				year: 'numeric',
			} )
		);
		expect(
			(
				await new AxeBuilder( { page } )
					.include( '#the-list' )
					.analyze()
			).violations
		).toEqual( [] );
	} );

	test( 'the submitter filter offers the most recent submitters, and the one in the address beyond them', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const log = markDebugLog();
		await requestUtils.activatePlugin( SUBMITTER_FILTER_SIZE );
		try {
			// Three members submit one after the other: one more than the cap of two.
			const members: TestUser[] = [];
			for ( const title of [
				'Lamp Trimmer',
				'Buoy Painter',
				'Fog Signal Tuner',
			] ) {
				const member = await createUser( requestUtils, 'subscriber' );
				await postListingsAs( requestUtils, member, [ { title } ] );
				members.push( member );
			}
			const [ oldest, , newest ] = members;
			const submitter = page.getByRole( 'combobox', {
				name: 'Filter by submitter',
			} );
			const offered = ( member: TestUser ) =>
				submitter.locator( `option[value="${ member.id }"]` );

			await admin.visitAdminPage( 'edit.php', 'post_type=job_listing' );
			await expect( offered( newest ) ).toHaveCount( 1 );
			await expect( offered( oldest ) ).toHaveCount( 0 );
			// "All submitters" and the two most recent.
			await expect( submitter.locator( 'option' ) ).toHaveCount( 3 );

			await admin.visitAdminPage(
				'edit.php',
				`post_type=job_listing&author=${ oldest.id }`
			);
			await expect( submitter ).toHaveValue( String( oldest.id ) );
			await expect( offered( newest ) ).toHaveCount( 1 );
			await expect( page.locator( '#the-list tr' ) ).toHaveCount( 1 );
		} finally {
			await requestUtils.deactivatePlugin( SUBMITTER_FILTER_SIZE );
		}
		expect( log.problemsSince() ).toEqual( [] );
	} );

	test( 'bulk Reject asks one reason for the chosen listings, trashes them and tells each author', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const ids = await postListingsAs(
			requestUtils,
			member,
			[ 'Rope Maker', 'Sail Patcher' ].map( ( title ) => ( { title } ) )
		);
		await emptyMailbox( requestUtils );

		await admin.visitAdminPage(
			'edit.php',
			`post_type=job_listing&author=${ member.id }`
		);
		await expect( page.locator( '#the-list tr' ) ).toHaveCount( 2 );
		await applyToAll( page, 'Reject' );

		await expect(
			page.getByRole( 'heading', { name: 'Reject job listings' } )
		).toBeVisible();
		const chosen = page.locator( '#wpbody-content li' );
		await expect( chosen ).toHaveCount( 2 );
		for ( const title of [ 'Rope Maker', 'Sail Patcher' ] ) {
			await expect(
				chosen.filter( { hasText: `${ title }, by ` } )
			).toHaveCount( 1 );
		}
		await page
			.getByRole( 'textbox', { name: 'Reason (optional)' } )
			.fill( 'Both lack the pay.' );
		await page.getByRole( 'button', { name: 'Reject listings' } ).click();
		await expect(
			page.getByText(
				'2 listings rejected and moved to the Trash; their authors were told.'
			)
		).toBeVisible();

		for ( const id of ids ) {
			expect( ( await readListing( requestUtils, id ) ).status ).toBe(
				'trash'
			);
		}
		const mails = await keptMails( requestUtils );
		expect( mails ).toHaveLength( 2 );
		expect( mails.map( ( { subject } ) => subject ) ).toEqual(
			expect.arrayContaining( [
				expect.stringContaining( 'Rope Maker' ),
				expect.stringContaining( 'Sail Patcher' ),
			] )
		);
		for ( const mail of mails ) {
			expect( mail.to ).toEqual( [ `${ member.username }@example.com` ] );
			expect( mail.message ).toContain( 'Both lack the pay.' );
		}

		// The Trash keeps its own status through the screen's filters: Empty Trash empties it.
		await admin.visitAdminPage(
			'edit.php',
			`post_type=job_listing&post_status=trash&author=${ member.id }`
		);
		await expect( page.locator( '#the-list tr' ) ).toHaveCount( 2 );
		await page
			.getByRole( 'button', { name: 'Empty Trash' } )
			.first()
			.click();
		await expect(
			page.getByText( /permanently deleted/ ).first()
		).toBeVisible();
		for ( const id of ids ) {
			const gone = await requestUtils
				.rest( { path: `/wp/v2/job-listings/${ id }` } )
				.catch( ( error: { code?: string } ) => error );
			expect( gone ).toMatchObject( { code: 'rest_post_invalid_id' } );
		}
	} );

	test( 'with the rejection e-mail off, Reject says nobody was told, and tells nobody', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, {
			job_submit_block_email_listing_rejected: false,
		} );
		try {
			const member = await createUser( requestUtils, 'subscriber' );
			await postListingsAs( requestUtils, member, [
				{ title: 'Net Weaver' },
			] );
			await emptyMailbox( requestUtils );
			await admin.visitAdminPage(
				'edit.php',
				`post_type=job_listing&author=${ member.id }`
			);
			await applyToAll( page, 'Reject' );
			await expect(
				page.getByText( /For your records only/ )
			).toBeVisible();
			await page
				.getByRole( 'button', { name: 'Reject listing', exact: true } )
				.click();
			await expect(
				page.getByText( '1 listing rejected and moved to the Trash.', {
					exact: true,
				} )
			).toBeVisible();
			expect( await keptMails( requestUtils ) ).toEqual( [] );
		} finally {
			await restore();
		}
	} );

	test( 'an e-mail the site owner turned off is not sent', async ( {
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, {
			job_submit_block_email_listing_approved: false,
			job_submit_block_email_new_listing: false,
		} );
		try {
			const member = await createUser( requestUtils, 'subscriber' );
			const [ id ] = await postListingsAs(
				requestUtils,
				member,
				[ 'Quiet Clerk' ].map( ( title ) => ( { title } ) )
			);
			await requestUtils.rest( {
				method: 'POST',
				path: `/wp/v2/job-listings/${ id }`,
				data: { status: 'publish' },
			} );
			expect( await keptMails( requestUtils ) ).toEqual( [] );
		} finally {
			await restore();
		}
	} );
} );
