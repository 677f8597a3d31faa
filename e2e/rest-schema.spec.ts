/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { readListing } from './utils/listings';
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';

interface RouteHelp {
	endpoints: Array< {
		methods: string[];
		args: Record< string, Record< string, unknown > >;
	} >;
	schema: {
		properties: {
			meta: { properties: Record< string, Record< string, unknown > > };
		};
	};
}

test.describe( 'The listings route’s schema', () => {
	test( 'OPTIONS tells a client the form identity, honeypot and idempotency key, and the fields’ formats', async ( {
		requestUtils,
	} ) => {
		// As a headless client would ask, without an account.
		const guest = await applicationPasswordClient( requestUtils, null );
		const collection = ( await (
			await guest.fetch( LISTINGS, { method: 'OPTIONS' } )
		).json() ) as RouteHelp;
		const item = ( await (
			await guest.fetch( `${ LISTINGS }/1`, { method: 'OPTIONS' } )
		).json() ) as RouteHelp;
		await guest.dispose();

		const create = collection.endpoints.find( ( endpoint ) =>
			endpoint.methods.includes( 'POST' )
		)!;
		expect( create.args ).toMatchObject( {
			job_submit_form: {
				type: 'string',
				description: expect.stringContaining( 'signed identity' ),
			},
			job_submit_hp: {
				type: 'string',
				description: expect.stringContaining( 'empty' ),
			},
			idempotency_key: {
				type: 'string',
				maxLength: 100,
				description: expect.stringContaining( 'Idempotency-Key' ),
			},
		} );
		const update = item.endpoints.find( ( endpoint ) =>
			endpoint.methods.includes( 'PUT' )
		)!;
		expect( Object.keys( update.args ) ).toEqual(
			expect.arrayContaining( [ 'job_submit_form', 'job_submit_hp' ] )
		);
		// Only a create can be replayed.
		expect( update.args ).not.toHaveProperty( 'idempotency_key' );

		const meta = collection.schema.properties.meta.properties;
		expect( meta._company_website ).toMatchObject( {
			type: 'string',
			format: 'uri',
			maxLength: 500,
		} );
		expect( meta._application ).toMatchObject( {
			type: 'string',
			description: expect.stringContaining( 'an email address, or' ),
		} );
		expect( meta._application ).not.toHaveProperty( 'format' );
		expect( meta._job_expires ).toMatchObject( { format: 'date' } );
		expect( meta._remote_position ).toMatchObject( {
			type: 'integer',
			enum: [ 0, 1 ],
		} );
	} );

	test( 'an optional web address may still be left empty, or cleared', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		const created = await client.post( LISTINGS, {
			data: listingPayload( {
				meta: { ...listingPayload().meta, _company_website: '' },
			} ),
		} );
		expect( created.status() ).toBe( 201 );
		const { id } = await created.json();

		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ id }`,
			data: { meta: { _company_website: 'https://green.example' } },
		} );
		const cleared = await client.post( `${ LISTINGS }/${ id }`, {
			data: { meta: { _company_website: '' } },
		} );
		expect( cleared.status() ).toBe( 200 );
		expect( ( await readListing( requestUtils, id ) ).meta ).toMatchObject(
			{ _company_website: '' }
		);
		await client.dispose();
	} );
} );
