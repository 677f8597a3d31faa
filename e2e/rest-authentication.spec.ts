/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	LISTINGS,
	cookieClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';
import { listingsBy } from './utils/listings';

test.describe( 'Cookie and nonce authentication of a member', () => {
	test( 'no nonce is treated as logged out, a wrong one is refused, a valid one creates a pending listing', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const { context, nonce } = await cookieClient( member.username );
		expect( nonce ).toMatch( /^[0-9a-f]{10}$/ );

		const withoutNonce = await context.post( LISTINGS, {
			data: listingPayload(),
		} );
		expect( withoutNonce.status() ).toBe( 401 );
		expect( ( await withoutNonce.json() ).code ).toBe(
			'rest_cannot_create'
		);

		const wrongNonce = await context.post( LISTINGS, {
			data: listingPayload(),
			headers: { 'X-WP-Nonce': 'badbadbad0' },
		} );
		expect( wrongNonce.status() ).toBe( 403 );
		expect( ( await wrongNonce.json() ).code ).toBe(
			'rest_cookie_invalid_nonce'
		);

		const valid = await context.post( LISTINGS, {
			data: listingPayload(),
			headers: { 'X-WP-Nonce': nonce },
		} );
		expect( valid.status() ).toBe( 201 );
		expect( await valid.json() ).toMatchObject( {
			status: 'pending',
			author: member.id,
		} );

		const listings = await listingsBy( requestUtils, member.id );
		expect( listings ).toHaveLength( 1 );
		await context.dispose();
	} );
} );
