/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { markDebugLog } from '../utils/debug-log';

// Settings WP Job Manager decides, which the screen has no rows for beside it (auto-publish
// too, though the settings read it from WP Job Manager's approval setting meanwhile).
const DECIDED_BY_JOB_MANAGER = {
	job_submit_block_duration_days: 21,
	job_submit_block_notification_email: 'hiring@example.com',
	// Its own mail tells the administrator of a new listing.
	job_submit_block_email_new_listing: false,
	job_submit_block_archive_slug: 'open-positions',
};

test.describe( 'The settings screen beside WP Job Manager', () => {
	let before: Record< string, unknown >;

	test.beforeEach( async ( { requestUtils } ) => {
		before = ( await requestUtils.rest( {
			path: '/wp/v2/settings',
		} ) ) as Record< string, unknown >;
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/settings',
			data: DECIDED_BY_JOB_MANAGER,
		} );
	} );

	test.afterEach( async ( { requestUtils } ) => {
		const restore: Record< string, unknown > = {};
		for ( const name of [
			...Object.keys( DECIDED_BY_JOB_MANAGER ),
			'job_submit_block_rate_limit',
		] ) {
			restore[ name ] = before[ name ];
		}
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/settings',
			data: restore,
		} );
	} );

	test( 'an administrator saves it by keyboard: saved, no error, and what WP Job Manager decides is left as it was', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const debugLog = markDebugLog();
		await admin.visitAdminPage(
			'options-general.php',
			'page=job-submit-block-settings'
		);
		await expect(
			page.getByLabel( 'Listing duration (days)' )
		).toHaveCount( 0 );
		await expect(
			page.getByLabel( 'To moderators, when a listing awaits review' )
		).toHaveCount( 0 );
		const limit = page.getByLabel( 'Listings per member per hour' );
		await limit.fill( '3' );
		await limit.press( 'Enter' );

		await expect( page.getByText( 'Settings saved.' ) ).toBeVisible();
		await expect( page.locator( '.notice-error, .error' ) ).toHaveCount(
			0
		);
		const saved = ( await requestUtils.rest( {
			path: '/wp/v2/settings',
		} ) ) as Record< string, unknown >;
		expect( saved ).toMatchObject( {
			...DECIDED_BY_JOB_MANAGER,
			job_submit_block_rate_limit: 3,
		} );
		expect( debugLog.problemsSince() ).toEqual( [] );
	} );
} );
