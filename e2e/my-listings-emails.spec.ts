/**
 * WordPress dependencies
 */
import {
	test,
	expect,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';
import { emptyMailbox, keptMails, mailsTo } from './utils/mailbox';
import { JPEG_WITH_EXIF } from './utils/images';
import { loggedInPage } from './utils/gate-helpers';
import { createListingFor, readListing } from './utils/listings';
import { withSettings } from './utils/settings';

/** Live edits go back to review, and the moderators' address is one the specs read. */
const LIVE_EDITS_REVIEWED = {
	job_submit_block_live_edits: 'review',
	job_submit_block_notification_email: 'jobs-desk@example.com',
};

/**
 * A new member with a live listing and an application-password client, the mailbox emptied
 * of the mail its creation sent.
 *
 * @param requestUtils The admin's request utilities.
 * @param title        The listing's title.
 */
async function liveListingOfNewMember(
	requestUtils: RequestUtils,
	title: string
) {
	const member = await createUser( requestUtils, 'subscriber' );
	const id = await createListingFor( requestUtils, member, {
		title,
		status: 'publish',
	} );
	await emptyMailbox( requestUtils );
	const client = await applicationPasswordClient( requestUtils, member );
	return { member, id, client };
}

test.describe( 'E-mails about members’ own listings', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await requestUtils.activatePlugin( 'job-submit-block-test-mailbox' );
	} );

	test.beforeEach( async ( { requestUtils } ) => {
		await emptyMailbox( requestUtils );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.deactivatePlugin( 'job-submit-block-test-mailbox' );
	} );

	test( 'the moderators hear of a live listing edited back to review, and of a withdrawal', async ( {
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, LIVE_EDITS_REVIEWED );
		try {
			const { member, id, client } = await liveListingOfNewMember(
				requestUtils,
				'Rope Maker'
			);
			const edited = await client.post( `${ LISTINGS }/${ id }`, {
				data: { title: 'Rope Maker, night shift' },
			} );
			expect( edited.status() ).toBe( 200 );
			expect( ( await edited.json() ).status ).toBe( 'pending' );
			expect( await keptMails( requestUtils ) ).toEqual( [
				expect.objectContaining( {
					to: [ 'jobs-desk@example.com' ],
					subject: expect.stringContaining(
						'Edited job listing awaiting review: Rope Maker, night shift'
					),
				} ),
			] );

			// Each e-mail has its filters, as the moderation ones have.
			await requestUtils.activatePlugin(
				'job-submit-block-test-e-mail-filters'
			);
			await emptyMailbox( requestUtils );
			expect(
				( await client.delete( `${ LISTINGS }/${ id }` ) ).status()
			).toBe( 200 );
			expect( await keptMails( requestUtils ) ).toEqual( [
				expect.objectContaining( {
					to: [ 'jobs-desk@example.com' ],
					subject: expect.stringContaining(
						`[Withdrawn #${ id }] [`
					),
				} ),
			] );
			expect(
				( await keptMails( requestUtils ) )[ 0 ].subject
			).toContain( 'Job listing withdrawn: Rope Maker, night shift' );

			// And its switch in the settings.
			const second = await createListingFor( requestUtils, member, {
				title: 'Net Mender',
				status: 'publish',
			} );
			const restoreSwitch = await withSettings( requestUtils, {
				job_submit_block_email_listing_withdrawn: false,
			} );
			try {
				await emptyMailbox( requestUtils );
				expect(
					(
						await client.delete( `${ LISTINGS }/${ second }` )
					).status()
				).toBe( 200 );
				expect( await keptMails( requestUtils ) ).toEqual( [] );
			} finally {
				await restoreSwitch();
			}
		} finally {
			await requestUtils.deactivatePlugin(
				'job-submit-block-test-e-mail-filters'
			);
			await restore();
		}
	} );

	test( 'a new logo on a live listing is an edit the moderators hear of, as the REST edit is', async ( {
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, LIVE_EDITS_REVIEWED );
		try {
			const { id, client } = await liveListingOfNewMember(
				requestUtils,
				'Sail Maker'
			);
			const upload = () =>
				client.post(
					`/wp-json/job-submit-block/v1/listings/${ id }/logo`,
					{
						multipart: {
							logo: {
								name: 'logo.jpg',
								mimeType: 'image/jpeg',
								buffer: JPEG_WITH_EXIF,
							},
						},
					}
				);
			expect( ( await upload() ).status() ).toBe( 201 );
			expect( ( await readListing( requestUtils, id ) ).status ).toBe(
				'pending'
			);
			expect( await keptMails( requestUtils ) ).toEqual( [
				expect.objectContaining( {
					to: [ 'jobs-desk@example.com' ],
					subject: expect.stringContaining(
						'Edited job listing awaiting review: Sail Maker'
					),
				} ),
			] );

			// Already in review: another logo tells nobody again.
			await emptyMailbox( requestUtils );
			expect( ( await upload() ).status() ).toBe( 201 );
			expect( await keptMails( requestUtils ) ).toEqual( [] );
			await client.dispose();
		} finally {
			await restore();
		}
	} );

	test( 'the author hears a few days before expiry, once, with a link to where they relist it; the warning can be turned off', async ( {
		browser,
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		// A My Job Listings page, so that the warning has one to link to.
		await requestUtils.createPage( {
			title: 'My listings',
			status: 'publish',
			content: '<!-- wp:job-submit-block/my-listings /-->',
		} );
		const inDays = ( days: number ) =>
			new Date( Date.now() + days * 86_400_000 )
				.toISOString()
				.slice( 0, 10 );
		const listing = async ( title: string, expires: string ) =>
			requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/job-listings',
				data: listingPayload( {
					title,
					status: 'publish',
					author: member.id,
					meta: {
						...listingPayload().meta,
						_job_expires: expires,
					},
				} ),
			} );
		const restore = await withSettings( requestUtils, {
			job_submit_block_expiry_notice: true,
			job_submit_block_expiry_notice_days: 3,
		} );
		try {
			const { id: expiring } = ( await listing(
				'Tide Watcher',
				inDays( 2 )
			) ) as { id: number };
			await listing( 'Shell Collector', inDays( 20 ) );
			const runMaintenance = () =>
				requestUtils.rest( {
					method: 'POST',
					path: '/job-submit-block-test/v1/maintenance',
				} );
			await emptyMailbox( requestUtils );
			await runMaintenance();
			const sent = await mailsTo(
				requestUtils,
				`${ member.username }@example.com`
			);
			expect( sent ).toEqual( [
				expect.objectContaining( {
					subject: expect.stringContaining(
						'Your job listing expires soon: Tide Watcher'
					),
				} ),
			] );
			// The link is the My Job Listings page's (the first published page with the block).
			const [ listPage ] = ( await requestUtils.rest( {
				path: '/wp/v2/pages',
				params: {
					search: 'wp:job-submit-block/my-listings',
					search_columns: 'post_content',
					status: 'publish',
					orderby: 'id',
					order: 'asc',
					per_page: 1,
				},
			} ) ) as Array< { link: string } >;
			expect( sent[ 0 ].message ).toMatch(
				/relist it from your job listings:\s+(\S+)\s*$/
			);
			const link = /:\s+(\S+)\s*$/.exec( sent[ 0 ].message )![ 1 ];
			expect( link ).toBe( listPage.link );
			// Once the listing has expired, the author relists it from that very link.
			await requestUtils.rest( {
				method: 'POST',
				path: `/wp/v2/job-listings/${ expiring }`,
				data: { status: 'expired' },
			} );
			const memberPage = await loggedInPage( browser, member.username );
			await memberPage.goto( link );
			await memberPage
				.getByRole( 'button', { name: 'Relist “Tide Watcher”' } )
				.click();
			await expect
				.poll(
					async () =>
						( await readListing( requestUtils, expiring ) ).status
				)
				.not.toBe( 'expired' );
			await memberPage.context().close();

			await emptyMailbox( requestUtils );
			await runMaintenance();
			await withSettings( requestUtils, {
				job_submit_block_expiry_notice: false,
			} );
			await listing( 'Kelp Farmer', inDays( 1 ) );
			await runMaintenance();
			expect(
				await mailsTo(
					requestUtils,
					`${ member.username }@example.com`
				)
			).toEqual( [] );
		} finally {
			await restore();
		}
	} );
} );
