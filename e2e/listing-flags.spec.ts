/**
 * Every listing carries `_filled` and `_featured` rows, 0 until set, however it was made:
 * WP Job Manager's lists filter on them, and leave out a listing without them.
 */

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { storedMeta } from './job-manager/helpers';
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';

const HELPERS = 'job-submit-block-test-job-manager-helpers';

test( 'a listing gets its filled and featured flags when it is made, and one made before them when wp-admin next opens', async ( {
	admin,
	requestUtils,
} ) => {
	await requestUtils.activatePlugin( HELPERS );
	try {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		const created = await client.post( LISTINGS, {
			data: listingPayload(),
		} );
		const { id } = ( await created.json() ) as { id: number };
		await client.dispose();
		expect( await storedMeta( requestUtils, id ) ).toMatchObject( {
			_filled: '0',
			_featured: '0',
		} );

		const featured = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/job-listings',
			data: listingPayload( {
				status: 'publish',
				meta: { ...listingPayload().meta, _featured: 1 },
			} ),
		} ) ) as { id: number };
		expect( await storedMeta( requestUtils, featured.id ) ).toMatchObject( {
			_filled: '0',
			_featured: '1',
		} );

		// A listing an earlier version made, without the row.
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/job-submit-block-test/v1/post-meta/${ id }/_filled`,
		} );
		expect( await storedMeta( requestUtils, id ) ).not.toHaveProperty(
			'_filled'
		);
		await admin.visitAdminPage( 'index.php' );
		expect( await storedMeta( requestUtils, id ) ).toMatchObject( {
			_filled: '0',
		} );
	} finally {
		await requestUtils.deactivatePlugin( HELPERS );
	}
} );
