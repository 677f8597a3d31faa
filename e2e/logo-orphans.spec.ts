/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { markDebugLog } from './utils/debug-log';
import { listingWithLogo } from './utils/listing-with-logo';
import { cookieClient, createUser } from './utils/rest-clients';

// Its REST route runs the hourly maintenance now.
test.beforeAll( async ( { requestUtils } ) => {
	await requestUtils.activatePlugin( 'job-submit-block-test-mailbox' );
} );

test.afterAll( async ( { requestUtils } ) => {
	await requestUtils.deactivatePlugin( 'job-submit-block-test-mailbox' );
} );

test( 'the hourly clean-up deletes a day-old logo its listing no longer shows, and keeps the one it shows', async ( {
	requestUtils,
} ) => {
	const log = markDebugLog();
	const member = await createUser( requestUtils, 'subscriber' );
	const client = await cookieClient( member.username );
	const oldListingWithLogo = async () => {
		const { id, logo } = await listingWithLogo( client );
		// A day and more old, as the clean-up waits that long.
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/media/${ logo }`,
			data: {
				date_gmt: new Date( Date.now() - 2 * 86400 * 1000 )
					.toISOString()
					.slice( 0, 19 ),
			},
		} );
		return { id, logo };
	};
	const removed = await oldListingWithLogo();
	const kept = await oldListingWithLogo();
	// A moderator takes the logo off the first listing; it stays attached to it.
	await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/job-listings/${ removed.id }`,
		data: { featured_media: 0 },
	} );

	await requestUtils.rest( {
		method: 'POST',
		path: '/job-submit-block-test/v1/maintenance',
	} );

	// A media item the site no longer has is a 404, which rest() throws.
	const stored = ( logo: number ) =>
		requestUtils.rest( { path: `/wp/v2/media/${ logo }` } ).then(
			() => true,
			( error: { data?: { status?: number } } ) => {
				expect( error.data?.status ).toBe( 404 );
				return false;
			}
		);
	expect( await stored( removed.logo ) ).toBe( false );
	expect( await stored( kept.logo ) ).toBe( true );
	expect( log.problemsSince() ).toEqual( [] );
} );
