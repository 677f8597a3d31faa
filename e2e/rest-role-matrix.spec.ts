/**
 * External dependencies
 */
import type { APIRequestContext } from '@playwright/test';

/**
 * WordPress dependencies
 */
import {
	test,
	expect,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
	type Role,
	type TestUser,
} from './utils/rest-clients';
import { readListing } from './utils/listings';
import { withSettings } from './utils/settings';

const ROLES: Role[] = [
	'guest',
	'subscriber',
	'contributor',
	'author',
	'editor',
	'administrator',
];
const MODERATORS: Role[] = [ 'editor', 'administrator' ];

/**
 * What each role gets: guests are refused as logged out (401), members are refused what
 * only moderators may do (403), moderators may do everything.
 *
 * @param role         The role.
 * @param memberStatus The member's status code.
 */
function expected( role: Role, memberStatus: number ) {
	if ( role === 'guest' ) {
		return 401;
	}
	return MODERATORS.includes( role ) ? null : memberStatus;
}

test.describe( 'REST role matrix for job listings', () => {
	let restoreSettings: () => Promise< void >;

	// Listings seeded for a member count towards their rate limit, which has its own spec.
	test.beforeAll( async ( { requestUtils } ) => {
		restoreSettings = await withSettings( requestUtils, {
			job_submit_block_rate_limit: 0,
		} );
	} );

	test.afterAll( async () => {
		await restoreSettings();
	} );

	for ( const role of ROLES ) {
		test.describe( role, () => {
			let client: APIRequestContext;
			let user: TestUser | null = null;
			let other: TestUser;

			test.beforeAll( async ( { requestUtils } ) => {
				user =
					role === 'guest'
						? null
						: await createUser( requestUtils, role );
				other = await createUser( requestUtils, 'subscriber' );
				client = await applicationPasswordClient( requestUtils, user );
			} );

			test.afterAll( async () => {
				await client.dispose();
			} );

			/**
			 * Creates a listing as the admin for `owner`, in `status`.
			 * @param requestUtils
			 * @param owner
			 * @param status
			 */
			async function seedListing(
				requestUtils: RequestUtils,
				owner: number,
				status: string
			) {
				return ( await requestUtils.rest( {
					method: 'POST',
					path: '/wp/v2/job-listings',
					data: listingPayload( { status, author: owner } ),
				} ) ) as { id: number };
			}

			test( 'create', async ( { requestUtils } ) => {
				const response = await client.post( LISTINGS, {
					data: listingPayload(),
				} );
				if ( ! user ) {
					expect( response.status() ).toBe( 401 );
					expect( ( await response.json() ).code ).toBe(
						'rest_cannot_create'
					);
					return;
				}
				expect( response.status() ).toBe( 201 );
				const body = await response.json();
				const stored = await readListing( requestUtils, body.id );
				expect( stored ).toMatchObject( {
					status: MODERATORS.includes( role ) ? 'draft' : 'pending',
					author: user.id,
					meta: { _company_name: 'Green Ltd' },
				} );
			} );

			test( 'create as publish', async ( { requestUtils } ) => {
				const response = await client.post( LISTINGS, {
					data: listingPayload( { status: 'publish' } ),
				} );
				const refused = expected( role, 403 );
				if ( refused ) {
					expect( response.status() ).toBe( refused );
					return;
				}
				expect( response.status() ).toBe( 201 );
				const { id } = await response.json();
				const stored = await readListing( requestUtils, id );
				expect( stored.status ).toBe( 'publish' );
				expect( stored.meta._job_expires ).toMatch(
					/^\d{4}-\d{2}-\d{2}$/
				);
			} );

			test( 'set author', async ( { requestUtils } ) => {
				const response = await client.post( LISTINGS, {
					data: listingPayload( { author: other.id } ),
				} );
				const refused = expected( role, 403 );
				if ( refused ) {
					expect( response.status() ).toBe( refused );
					return;
				}
				expect( response.status() ).toBe( 201 );
				const { id } = await response.json();
				const stored = await readListing( requestUtils, id );
				expect( stored.author ).toBe( other.id );
			} );

			test( 'set _featured', async ( { requestUtils } ) => {
				const title = `Featured attempt by ${ role } ${ Date.now() }`;
				const response = await client.post( LISTINGS, {
					data: listingPayload( {
						title,
						meta: {
							...listingPayload().meta,
							_featured: 1,
						},
					} ),
				} );
				const refused = expected( role, 403 );
				if ( refused ) {
					expect( response.status() ).toBe( refused );
					// Refused before anything was written: no half-made listing.
					const found = ( await requestUtils.rest( {
						path: '/wp/v2/job-listings',
						params: { search: title, status: 'any' },
					} ) ) as unknown[];
					expect( found ).toHaveLength( 0 );
					return;
				}
				expect( response.status() ).toBe( 201 );
				expect( ( await response.json() ).meta._featured ).toBe( 1 );
			} );

			test( 'edit own pending', async ( { requestUtils } ) => {
				if ( ! user ) {
					const { id } = await seedListing(
						requestUtils,
						other.id,
						'pending'
					);
					const response = await client.post(
						`${ LISTINGS }/${ id }`,
						{ data: { title: 'Changed' } }
					);
					expect( response.status() ).toBe( 401 );
					return;
				}
				const { id } = await seedListing(
					requestUtils,
					user.id,
					'pending'
				);
				const response = await client.post( `${ LISTINGS }/${ id }`, {
					data: { title: 'Changed by owner' },
				} );
				expect( response.status() ).toBe( 200 );
				const stored = await readListing( requestUtils, id );
				expect( stored ).toMatchObject( {
					status: 'pending',
					title: { raw: 'Changed by owner' },
				} );
			} );

			test( 'edit own published', async ( { requestUtils } ) => {
				const owner = user ? user.id : other.id;
				const { id } = await seedListing(
					requestUtils,
					owner,
					'publish'
				);
				const response = await client.post( `${ LISTINGS }/${ id }`, {
					data: { title: 'Changed after publication' },
				} );
				const stored = await readListing( requestUtils, id );
				const refused = expected( role, 403 );
				if ( refused ) {
					expect( response.status() ).toBe( refused );
					expect( stored.title.raw ).toBe( 'Senior Gardener' );
					return;
				}
				expect( response.status() ).toBe( 200 );
				expect( stored.title.raw ).toBe( 'Changed after publication' );
			} );

			test( "edit another's", async ( { requestUtils } ) => {
				const { id } = await seedListing(
					requestUtils,
					other.id,
					'pending'
				);
				const response = await client.post( `${ LISTINGS }/${ id }`, {
					data: { title: 'Hijacked' },
				} );
				const stored = await readListing( requestUtils, id );
				const refused = expected( role, 403 );
				if ( refused ) {
					expect( response.status() ).toBe( refused );
					expect( stored.title.raw ).toBe( 'Senior Gardener' );
					return;
				}
				expect( response.status() ).toBe( 200 );
				expect( stored.title.raw ).toBe( 'Hijacked' );
			} );

			test( 'delete own', async ( { requestUtils } ) => {
				const owner = user ? user.id : other.id;
				const { id } = await seedListing(
					requestUtils,
					owner,
					'pending'
				);
				const response = await client.delete( `${ LISTINGS }/${ id }` );
				const stored = await readListing( requestUtils, id );
				if ( ! user ) {
					expect( response.status() ).toBe( 401 );
					expect( stored.status ).toBe( 'pending' );
					return;
				}
				expect( response.status() ).toBe( 200 );
				expect( stored.status ).toBe( 'trash' );
			} );

			test( "read another's pending", async ( { requestUtils } ) => {
				const { id } = await seedListing(
					requestUtils,
					other.id,
					'pending'
				);
				const response = await client.get( `${ LISTINGS }/${ id }` );
				const refused = expected( role, 403 );
				if ( refused ) {
					expect( response.status() ).toBe( refused );
					return;
				}
				expect( response.status() ).toBe( 200 );
			} );
		} );
	}
} );
