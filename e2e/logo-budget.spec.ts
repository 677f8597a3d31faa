/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { markDebugLog } from './utils/debug-log';
import { JPEG_WITH_EXIF } from './utils/images';
import { cookieClient, createUser, listingPayload } from './utils/rest-clients';
import { withSettings } from './utils/settings';

test( 'a member over the hourly logo budget gets 429 with Retry-After, counted by the server', async ( {
	requestUtils,
} ) => {
	const log = markDebugLog();
	const restore = await withSettings( requestUtils, {
		job_submit_block_logo_hourly: 1,
	} );
	try {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await cookieClient( member.username );
		const made = await client.context.post( '/wp-json/wp/v2/job-listings', {
			headers: { 'X-WP-Nonce': client.nonce },
			data: listingPayload(),
		} );
		expect( made.status() ).toBe( 201 );
		const { id } = ( await made.json() ) as { id: number };
		const upload = () =>
			client.context.post(
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

		expect( ( await upload() ).ok() ).toBe( true );
		const refused = await upload();
		expect( refused.status() ).toBe( 429 );
		expect( Number( refused.headers()[ 'retry-after' ] ) ).toBeGreaterThan(
			0
		);
	} finally {
		await restore();
	}
	expect( log.problemsSince() ).toEqual( [] );
} );
