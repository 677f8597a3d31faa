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
import { markDebugLog } from './utils/debug-log';
import { readListing } from './utils/listings';
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
	type TestUser,
} from './utils/rest-clients';

/**
 * A listing made by the administrator for a member, in a given state.
 *
 * @param requestUtils The admin's request utilities.
 * @param author       The member.
 * @param overrides    Its status and anything else.
 */
async function listingOf(
	requestUtils: RequestUtils,
	author: TestUser,
	overrides: Record< string, unknown >
) {
	const { id } = ( await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/job-listings',
		data: listingPayload( { author: author.id, ...overrides } ),
	} ) ) as { id: number };
	return id;
}

test.describe( 'What a member’s updates may carry', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	let debugLog: ReturnType< typeof markDebugLog >;

	test.beforeEach( () => {
		debugLog = markDebugLog();
	} );

	test.afterEach( () => {
		expect( debugLog.problemsSince() ).toEqual( [] );
	} );

	test( 'a relist carries only the status: anything more is an edit of an expired listing', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		const expired = await listingOf( requestUtils, member, {
			status: 'expired',
		} );
		const withExtra = await client.post( `${ LISTINGS }/${ expired }`, {
			data: { status: 'pending', excerpt: 'Not a field' },
		} );
		expect( withExtra.status() ).toBe( 403 );
		expect( await withExtra.json() ).toMatchObject( {
			code: 'job_submit_not_allowed',
		} );
		expect( ( await readListing( requestUtils, expired ) ).status ).toBe(
			'expired'
		);
		const relisted = await client.post( `${ LISTINGS }/${ expired }`, {
			data: { status: 'pending' },
		} );
		expect( relisted.status() ).toBe( 200 );
		await client.dispose();
	} );
} );
