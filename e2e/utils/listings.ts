/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/** A listing as the admin reads it through REST. */
export interface StoredListing {
	id: number;
	status: string;
	author: number;
	link: string;
	title: { raw: string };
	content: { raw: string };
	meta: Record< string, string | number >;
	'job-types': number[];
}

/**
 * Every listing of an author, whatever its status, newest first.
 *
 * @param requestUtils The admin's request utilities.
 * @param author       The author's ID.
 */
export async function listingsBy(
	requestUtils: RequestUtils,
	author: number
): Promise< StoredListing[] > {
	return ( await requestUtils.rest( {
		path: '/wp/v2/job-listings',
		params: { author, status: 'any', context: 'edit', per_page: 100 },
	} ) ) as StoredListing[];
}

/**
 * One listing as the admin reads it, in the edit context (raw fields and all meta).
 *
 * @param requestUtils The admin's request utilities.
 * @param id           The listing.
 */
export async function readListing(
	requestUtils: RequestUtils,
	id: number
): Promise< StoredListing > {
	return ( await requestUtils.rest( {
		path: `/wp/v2/job-listings/${ id }`,
		params: { context: 'edit' },
	} ) ) as StoredListing;
}
