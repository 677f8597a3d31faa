/**
 * External dependencies
 */
import { expect } from '@playwright/test';

/**
 * Internal dependencies
 */
import { JPEG_WITH_EXIF } from './images';
import { LISTINGS, listingPayload, type cookieClient } from './rest-clients';

/**
 * A listing a member sends through REST with their login cookie, then its logo through the
 * logo route, as the form does; both must be stored.
 *
 * @param client    The member's cookie client.
 * @param overrides Fields over listingPayload()'s.
 * @return The listing's ID and its logo's (an attachment).
 */
export async function listingWithLogo(
	client: Awaited< ReturnType< typeof cookieClient > >,
	overrides: Record< string, unknown > = {}
) {
	const headers = { 'X-WP-Nonce': client.nonce };
	const made = await client.context.post( LISTINGS, {
		headers,
		data: listingPayload( overrides ),
	} );
	expect( made.status() ).toBe( 201 );
	const { id } = ( await made.json() ) as { id: number };
	const upload = await client.context.post(
		`/wp-json/job-submit-block/v1/listings/${ id }/logo`,
		{
			headers,
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
	return { id, logo };
}
