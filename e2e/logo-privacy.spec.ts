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
import { JPEG_WITH_EXIF } from './utils/images';
import {
	BASE_URL,
	cookieClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';

test( 'a pending listing’s logo does not tell a guest or another member the listing’s title', async ( {
	requestUtils,
} ) => {
	const member = await createUser( requestUtils, 'subscriber' );
	const client = await cookieClient( member.username );
	const title = `Lantern Trimmer ${ Date.now().toString( 36 ) }`;
	const made = await client.context.post( '/wp-json/wp/v2/job-listings', {
		headers: { 'X-WP-Nonce': client.nonce },
		data: listingPayload( { title } ),
	} );
	expect( made.status() ).toBe( 201 );
	const { id } = ( await made.json() ) as { id: number };
	const upload = await client.context.post(
		`/wp-json/job-submit-block/v1/listings/${ id }/logo`,
		{
			headers: { 'X-WP-Nonce': client.nonce },
			multipart: {
				logo: {
					name: 'logo.jpg',
					mimeType: 'image/jpeg',
					buffer: JPEG_WITH_EXIF,
				},
			},
		}
	);
	expect( upload.status() ).toBe( 201 );
	const logo = ( ( await upload.json() ) as { id: number } ).id;

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
