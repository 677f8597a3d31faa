/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';
import { readListing } from './utils/listings';
import { emptyMailbox, keptMails } from './utils/mailbox';
import { withSettings } from './utils/settings';

test.describe( 'Moderation', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await requestUtils.activatePlugin( 'job-submit-block-test-mailbox' );
	} );

	test.beforeEach( async ( { requestUtils } ) => {
		await emptyMailbox( requestUtils );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.deactivatePlugin( 'job-submit-block-test-mailbox' );
	} );

	test( 'a pending listing is mailed to the configured address; publishing it mails the author and dates its expiry', async ( {
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, {
			job_submit_block_notification_email: 'jobs-desk@example.com',
			job_submit_block_duration_days: 10,
		} );
		try {
			const member = await createUser( requestUtils, 'subscriber' );
			const client = await applicationPasswordClient(
				requestUtils,
				member
			);
			const created = await client.post( LISTINGS, {
				data: listingPayload( { title: 'Night Baker' } ),
			} );
			expect( created.status() ).toBe( 201 );
			const { id } = await created.json();

			let mails = await keptMails( requestUtils );
			expect( mails ).toEqual( [
				expect.objectContaining( {
					to: [ 'jobs-desk@example.com' ],
					subject: expect.stringContaining( 'Night Baker' ),
					message: expect.stringContaining( 'Green Ltd' ),
				} ),
			] );

			await requestUtils.rest( {
				method: 'POST',
				path: `/wp/v2/job-listings/${ id }`,
				data: { status: 'publish' },
			} );
			mails = await keptMails( requestUtils );
			expect( mails[ 1 ] ).toMatchObject( {
				to: [ `${ member.username }@example.com` ],
				subject: expect.stringContaining( 'is live' ),
			} );

			const stored = await readListing( requestUtils, id );
			const expires = new Date( stored.meta._job_expires );
			const days = Math.round(
				( expires.getTime() - Date.now() ) / 86_400_000
			);
			expect( days ).toBeGreaterThanOrEqual( 9 );
			expect( days ).toBeLessThanOrEqual( 10 );
			await client.dispose();
		} finally {
			await restore();
		}
	} );

	test( 'with auto-publish on, a member’s listing is published at once', async ( {
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, {
			job_submit_block_auto_publish: true,
		} );
		try {
			const client = await applicationPasswordClient(
				requestUtils,
				await createUser( requestUtils, 'subscriber' )
			);
			const created = await client.post( LISTINGS, {
				data: listingPayload(),
			} );
			expect( created.status() ).toBe( 201 );
			expect( ( await created.json() ).status ).toBe( 'publish' );
			await client.dispose();
		} finally {
			await restore();
		}
	} );

	test( 'listings past their expiry date are expired by the hourly event', async ( {
		requestUtils,
	} ) => {
		const listing = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/job-listings',
			data: listingPayload( {
				status: 'publish',
				meta: { ...listingPayload().meta, _job_expires: '2020-01-01' },
			} ),
		} ) ) as { id: number };
		const current = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/job-listings',
			data: listingPayload( { status: 'publish' } ),
		} ) ) as { id: number };

		await requestUtils.rest( {
			method: 'POST',
			path: '/job-submit-block-test/v1/maintenance',
		} );

		const statusOf = async ( id: number ) =>
			( await readListing( requestUtils, id ) ).status;
		expect( await statusOf( listing.id ) ).toBe( 'expired' );
		expect( await statusOf( current.id ) ).toBe( 'publish' );
	} );

	test( 'the listings screen shows company, location, status and submitter, and the pending count', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		// A title of its own: a site the suite ran on before holds other Harbour Pilots.
		const title = `Harbour Pilot ${ Date.now().toString( 36 ) }`;
		await client.post( LISTINGS, {
			data: listingPayload( { title } ),
		} );
		await client.dispose();

		await admin.visitAdminPage( 'edit.php', 'post_type=job_listing' );
		const row = page.getByRole( 'row', { name: new RegExp( title ) } );
		await expect( row ).toContainText( 'Green Ltd' );
		await expect( row ).toContainText( 'Lisbon' );
		await expect( row ).toContainText( 'Pending' );
		await expect( row ).toContainText( 'subscriber Tester' );
		await expect(
			page.locator( '#menu-posts-job_listing .awaiting-mod' ).first()
		).toContainText( /\d+ listings? awaiting review/ );
	} );
} );
