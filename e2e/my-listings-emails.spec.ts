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
import { emptyMailbox, keptMails, mailsTo } from './utils/mailbox';
import { withSettings } from './utils/settings';

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
		const restore = await withSettings( requestUtils, {
			job_submit_block_live_edits: 'review',
			job_submit_block_notification_email: 'jobs-desk@example.com',
		} );
		try {
			const member = await createUser( requestUtils, 'subscriber' );
			const { id } = ( await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/job-listings',
				data: listingPayload( {
					title: 'Rope Maker',
					status: 'publish',
					author: member.id,
				} ),
			} ) ) as { id: number };
			await emptyMailbox( requestUtils );
			const client = await applicationPasswordClient(
				requestUtils,
				member
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

			await emptyMailbox( requestUtils );
			expect(
				( await client.delete( `${ LISTINGS }/${ id }` ) ).status()
			).toBe( 200 );
			expect( await keptMails( requestUtils ) ).toEqual( [
				expect.objectContaining( {
					to: [ 'jobs-desk@example.com' ],
					subject: expect.stringContaining(
						'Job listing withdrawn: Rope Maker, night shift'
					),
				} ),
			] );
		} finally {
			await restore();
		}
	} );

	test( 'the author hears a few days before expiry, once, with a way to relist; the warning can be turned off', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
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
			await listing( 'Tide Watcher', inDays( 2 ) );
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
					message: expect.stringMatching(
						/relist it from your job listings:\s+http/
					),
				} ),
			] );

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
