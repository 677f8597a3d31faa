/**
 * External dependencies
 */
import { expect, type APIRequestContext } from '@playwright/test';

/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	LISTINGS,
	applicationPasswordClient,
	listingPayload,
	type TestUser,
} from './rest-clients';

/** A listing as the admin reads it through REST. */
export interface StoredListing {
	id: number;
	status: string;
	author: number;
	link: string;
	title: { raw: string };
	content: { raw: string; rendered: string };
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

/**
 * A listing the administrator makes for a member through REST, pending review unless the
 * overrides say otherwise (REST alone would make a draft). Returns its ID.
 *
 * @param requestUtils The admin's request utilities.
 * @param author       The member who owns it.
 * @param overrides    Fields over listingPayload()'s: its status, title, password...
 */
export async function createListingFor(
	requestUtils: RequestUtils,
	author: TestUser,
	overrides: Record< string, unknown > = {}
): Promise< number > {
	const { id } = ( await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/job-listings',
		data: listingPayload( {
			status: 'pending',
			author: author.id,
			...overrides,
		} ),
	} ) ) as { id: number };
	return id;
}

/**
 * Listings sent through REST by a member's client, each the test listing with its overrides;
 * each must be created (201, pending review). Returns their IDs in order.
 *
 * @param client    The member's REST client.
 * @param overrides One listing per entry: fields over listingPayload()'s.
 */
export async function postListings(
	client: APIRequestContext,
	overrides: Array< Record< string, unknown > >
): Promise< number[] > {
	const ids: number[] = [];
	for ( const fields of overrides ) {
		const created = await client.post( LISTINGS, {
			data: listingPayload( fields ),
		} );
		expect( created.status() ).toBe( 201 );
		ids.push( ( ( await created.json() ) as { id: number } ).id );
	}
	return ids;
}

/**
 * Listings a member posts through an application-password client of their own, as
 * postListings() sends them.
 *
 * @param requestUtils The admin's request utilities.
 * @param member       The member.
 * @param overrides    One listing per entry: fields over listingPayload()'s.
 */
export async function postListingsAs(
	requestUtils: RequestUtils,
	member: TestUser,
	overrides: Array< Record< string, unknown > >
): Promise< number[] > {
	const client = await applicationPasswordClient( requestUtils, member );
	try {
		return await postListings( client, overrides );
	} finally {
		await client.dispose();
	}
}
