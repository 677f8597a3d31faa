/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Publishes a page holding the job form block as the site builder leaves it (no attributes).
 *
 * @param requestUtils The admin's request utilities.
 * @param title        The page's title.
 */
export function publishFormPage( requestUtils: RequestUtils, title: string ) {
	return requestUtils.createPage( {
		title,
		status: 'publish',
		content: '<!-- wp:job-submit-block/form /-->',
	} );
}
