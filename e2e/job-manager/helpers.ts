/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

// The suite's specs read the mailbox through these helpers too.
export { keptMails, mailsAbout, type KeptMail } from '../utils/mailbox';
export { jobTerm } from '../utils/terms';

/** The test-only plugins the WP Job Manager suite uses (see e2e/plugins/). */
export const TEST_PLUGINS = [
	'job-submit-block-test-mailbox',
	'job-submit-block-test-job-manager-helpers',
];

/**
 * Activates the suite's test-only plugins.
 *
 * @param requestUtils The admin's request utilities.
 */
export async function activateTestPlugins( requestUtils: RequestUtils ) {
	for ( const plugin of TEST_PLUGINS ) {
		await requestUtils.activatePlugin( plugin );
	}
}

/**
 * Sets WP Job Manager's settings and returns a function that puts back what was there.
 *
 * @param requestUtils The admin's request utilities.
 * @param values       Settings by option name (job_manager_…).
 */
export async function withJobManagerSettings(
	requestUtils: RequestUtils,
	values: Record< string, unknown >
) {
	const before = ( await requestUtils.rest( {
		method: 'POST',
		path: '/job-submit-block-test/v1/job-manager-options',
		data: values,
	} ) ) as Record< string, unknown >;
	return async () => {
		await requestUtils.rest( {
			method: 'POST',
			path: '/job-submit-block-test/v1/job-manager-options',
			data: before,
		} );
	};
}

/**
 * Every meta value of a post, private keys included, as stored.
 *
 * @param requestUtils The admin's request utilities.
 * @param id           The post.
 */
export async function storedMeta(
	requestUtils: RequestUtils,
	id: number
): Promise< Record< string, string > > {
	return ( await requestUtils.rest( {
		path: `/job-submit-block-test/v1/post-meta/${ id }`,
	} ) ) as Record< string, string >;
}

/**
 * The date a number of days from today, as WP Job Manager stores expiry dates (YYYY-MM-DD,
 * in the site's time zone, UTC on the test sites).
 *
 * @param days Days from today.
 */
export function daysFromToday( days: number ): string {
	const date = new Date( Date.now() + days * 86_400_000 );
	return date.toISOString().slice( 0, 10 );
}
