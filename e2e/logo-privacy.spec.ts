/**
 * A logo stored with a listing still under review gives nothing of that listing away to
 * those who may not read it: WordPress counts media a search finds (X-WP-Total) before it
 * drops those the reader may not see, so the logo's title must not carry the listing's.
 */

/**
 * External dependencies
 */
import { request } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { listingWithLogo } from './utils/listing-with-logo';
import { BASE_URL, cookieClient, createUser } from './utils/rest-clients';

test( 'a pending listing’s logo does not tell a guest or another member the listing’s title', async ( {
	requestUtils,
} ) => {
	const member = await createUser( requestUtils, 'subscriber' );
	const client = await cookieClient( member.username );
	const title = `Lantern Trimmer ${ Date.now().toString( 36 ) }`;
	const { id, logo } = await listingWithLogo( client, { title } );

	const guest = await request.newContext( {
		baseURL: BASE_URL,
		storageState: { cookies: [], origins: [] },
	} );
	const other = await cookieClient(
		( await createUser( requestUtils, 'subscriber' ) ).username
	);
	for ( const [ reader, headers ] of [
		[ guest, {} ],
		[ other.context, { 'X-WP-Nonce': other.nonce } ],
	] as const ) {
		const found = await reader.get( '/wp-json/wp/v2/media', {
			params: { search: title },
			headers,
		} );
		expect( found.status() ).toBe( 200 );
		expect( await found.json() ).toEqual( [] );
		expect( found.headers()[ 'x-wp-total' ] ).toBe( '0' );
	}

	// The moderators' media library still says what the image is.
	const stored = ( await requestUtils.rest( {
		path: `/wp/v2/media/${ logo }`,
		params: { context: 'edit' },
	} ) ) as { title: { raw: string }; post: number };
	expect( stored.title.raw ).toBe( 'Company logo' );
	expect( stored.post ).toBe( id );

	await Promise.all( [
		guest.dispose(),
		client.context.dispose(),
		other.context.dispose(),
	] );
} );
