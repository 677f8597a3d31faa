/**
 * External dependencies
 */
import type { APIRequestContext } from '@playwright/test';

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
	type TestUser,
} from './utils/rest-clients';
import { listingsBy, readListing } from './utils/listings';

const meta = listingPayload().meta;

const RULES: Array< {
	rule: string;
	payload: Record< string, unknown >;
	field: string;
	message: RegExp;
} > = [
	{
		rule: 'title is required',
		payload: listingPayload( { title: '   ' } ),
		field: 'title',
		message: /Job title is required/,
	},
	{
		rule: 'description is required',
		payload: listingPayload( { content: '<p></p>' } ),
		field: 'description',
		message: /Job description is required/,
	},
	{
		rule: 'how to apply is required',
		payload: listingPayload( { meta: { ...meta, _application: '' } } ),
		field: 'application',
		message: /How to apply .* is required/,
	},
	{
		rule: 'how to apply is an email or a URL',
		payload: listingPayload( {
			meta: { ...meta, _application: 'call me' },
		} ),
		field: 'application',
		message: /email address or a web address/,
	},
	{
		rule: 'company website is a URL',
		payload: listingPayload( {
			meta: { ...meta, _company_website: 'javascript:alert(1)' },
		} ),
		field: 'company_website',
		message: /web address starting with http/,
	},
	{
		rule: 'company name has a maximum length',
		payload: listingPayload( {
			meta: { ...meta, _company_name: 'x'.repeat( 201 ) },
		} ),
		field: 'company_name',
		message: /at most 200 characters/,
	},
	{
		rule: 'job types must exist',
		payload: listingPayload( { 'job-types': [ 999999 ] } ),
		field: 'job_type',
		message: /no longer available/,
	},
	{
		rule: 'salary unit is one of the allowed values',
		payload: listingPayload( {
			meta: { ...meta, _job_salary_unit: 'FORTNIGHT' },
		} ),
		field: 'job_salary_unit',
		message: /listed values/,
	},
];

test.describe( 'Server-side validation of a member’s listing', () => {
	let member: TestUser;
	let client: APIRequestContext;

	test.beforeAll( async ( { requestUtils } ) => {
		member = await createUser( requestUtils, 'subscriber' );
		client = await applicationPasswordClient( requestUtils, member );
	} );

	test.afterAll( async () => {
		await client.dispose();
	} );

	for ( const { rule, payload, field, message } of RULES ) {
		test( `${ rule }: a field message and no post`, async ( {
			requestUtils,
		} ) => {
			const response = await client.post( LISTINGS, { data: payload } );
			expect( response.status() ).toBe( 400 );
			const body = await response.json();
			expect( body.code ).toBe( 'rest_invalid_param' );
			expect( Object.keys( body.data.params ) ).toEqual( [ field ] );
			expect( body.data.params[ field ] ).toMatch( message );
			expect( await listingsBy( requestUtils, member.id ) ).toHaveLength(
				0
			);
		} );
	}

	test( 'several invalid fields get one message each', async () => {
		const response = await client.post( LISTINGS, {
			data: { title: '', content: '', meta: { _company_website: 'no' } },
		} );
		expect( response.status() ).toBe( 400 );
		expect(
			Object.keys( ( await response.json() ).data.params ).sort()
		).toEqual(
			[ 'application', 'company_website', 'description', 'title' ].sort()
		);
	} );

	test( 'the honeypot refuses the listing without storing it', async ( {
		requestUtils,
	} ) => {
		const response = await client.post( LISTINGS, {
			data: listingPayload( { job_submit_hp: 'I am a bot' } ),
		} );
		expect( response.status() ).toBe( 400 );
		expect( ( await response.json() ).code ).toBe( 'job_submit_rejected' );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 0 );
	} );

	test( 'the description keeps only safe HTML and other fields only text', async ( {
		requestUtils,
	} ) => {
		const response = await client.post( LISTINGS, {
			data: listingPayload( {
				title: 'Chef <script>alert(1)</script>',
				content:
					'<p onclick="x()">Cook <em>well</em></p><script>alert(1)</script><ul><li><a href="https://a.example" style="color:red">menu</a></li></ul><iframe src="https://evil.example"></iframe>',
				meta: { ...meta, _company_name: '<b>Bistro</b>' },
			} ),
		} );
		expect( response.status() ).toBe( 201 );
		const { id } = await response.json();
		const stored = await readListing( requestUtils, id );
		expect( stored.content.raw ).toBe(
			'<p>Cook <em>well</em></p>alert(1)<ul><li><a href="https://a.example" rel="nofollow ugc">menu</a></li></ul>'
		);
		expect( stored.title.raw ).toBe( 'Chef' );
		expect( stored.meta._company_name ).toBe( 'Bistro' );
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/job-listings/${ id }`,
			params: { force: true },
		} );
	} );
} );
