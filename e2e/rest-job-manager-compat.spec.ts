/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';
import { readListing } from './utils/listings';

const JOB_MANAGER_TYPES = 'job-submit-block-test-job-manager-types';

test.describe( 'Alongside WP Job Manager', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await requestUtils.activatePlugin( JOB_MANAGER_TYPES );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.deactivatePlugin( JOB_MANAGER_TYPES );
	} );

	test( 'reuses its post type and marks member listings as front-end submissions', async ( {
		requestUtils,
	} ) => {
		const type = ( await requestUtils.rest( {
			path: '/wp/v2/types/job_listing',
		} ) ) as { name: string; rest_base: string };
		expect( type ).toMatchObject( {
			name: 'Jobs',
			rest_base: 'job-listings',
		} );

		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		const created = await client.post( LISTINGS, {
			data: listingPayload(),
		} );
		expect( created.status() ).toBe( 201 );
		const { id } = await created.json();

		const stored = await readListing( requestUtils, id );
		expect( stored ).toMatchObject( {
			status: 'pending',
			author: member.id,
			meta: {
				_public_submission: 1,
				_company_name: 'Green Ltd',
				_application: 'jobs@green.example',
			},
		} );

		const invalid = await client.post( LISTINGS, {
			data: listingPayload( { title: '' } ),
		} );
		expect( invalid.status() ).toBe( 400 );
		expect( ( await invalid.json() ).data.params.title ).toBeTruthy();
		await client.dispose();
	} );
} );
