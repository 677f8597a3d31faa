/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { markDebugLog } from './utils/debug-log';
import { publishFormPage } from './utils/form-page';

test.describe( 'Plugin activation', { tag: '@playground' }, () => {
	test( 'activates and serves pages with WP_DEBUG on without a PHP notice, warning or deprecation', async ( {
		requestUtils,
		admin,
		page,
	} ) => {
		await requestUtils.deactivatePlugin( 'job-submit-block' );
		const log = markDebugLog();

		await requestUtils.activatePlugin( 'job-submit-block' );
		const post = await publishFormPage( requestUtils, 'Activation check' );
		await page.goto( `/?page_id=${ post.id }` );
		await admin.visitAdminPage( 'plugins.php' );
		await expect(
			page.locator( 'tr[data-slug="job-submit-block"]' )
		).toContainText( 'Deactivate' );

		expect( log.problemsSince() ).toEqual( [] );
	} );
} );
