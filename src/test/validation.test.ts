/**
 * Internal dependencies
 */
import {
	fieldError,
	isDate,
	isEmailAddress,
	isWebAddress,
} from '../validation';
import type { ClientField } from '../types';

const field = ( overrides: Partial< ClientField > ): ClientField => ( {
	key: 'company_website',
	label: 'Company website',
	required: false,
	format: '',
	maxLength: 0,
	control: 'text',
	source: 'meta',
	property: '_company_website',
	...overrides,
} );

describe( 'isWebAddress', () => {
	it( 'accepts http and https addresses with a host', () => {
		expect( isWebAddress( 'https://green.example/jobs?id=1' ) ).toBe(
			true
		);
		expect( isWebAddress( 'http://localhost:8888' ) ).toBe( true );
	} );

	it( 'refuses other schemes, bare words and spaces', () => {
		expect( isWebAddress( 'javascript:alert(1)' ) ).toBe( false );
		expect( isWebAddress( 'green.example' ) ).toBe( false );
		expect( isWebAddress( 'https://green example' ) ).toBe( false );
	} );
} );

describe( 'isEmailAddress', () => {
	it( 'tells addresses from other text', () => {
		expect( isEmailAddress( 'jobs@green.example' ) ).toBe( true );
		expect( isEmailAddress( 'call me' ) ).toBe( false );
		expect( isEmailAddress( 'a@b' ) ).toBe( false );
	} );
} );

describe( 'isDate', () => {
	it( 'takes YYYY-MM-DD dates that exist, as the server does', () => {
		expect( isDate( '2026-02-28' ) ).toBe( true );
		expect( isDate( '2024-02-29' ) ).toBe( true );
		expect( isDate( '0050-01-01' ) ).toBe( true );
	} );

	it( 'refuses other forms and days that do not exist', () => {
		expect( isDate( '2026-02-29' ) ).toBe( false );
		expect( isDate( '2026-13-01' ) ).toBe( false );
		expect( isDate( '28/02/2026' ) ).toBe( false );
		expect( isDate( '2026-2-8' ) ).toBe( false );
	} );
} );

describe( 'fieldError', () => {
	it( 'asks for required text, and lets an empty optional field be', () => {
		expect( fieldError( field( { required: true } ), '  ' ) ).toBe(
			'Company website is required.'
		);
		expect( fieldError( field( {} ), '' ) ).toBeNull();
	} );

	it( 'checks the maximum length', () => {
		expect( fieldError( field( { maxLength: 3 } ), 'abcd' ) ).toMatch(
			/at most 3 characters/
		);
		expect( fieldError( field( { maxLength: 3 } ), 'abc' ) ).toBeNull();
	} );

	it( 'checks URLs and email-or-URL values', () => {
		expect( fieldError( field( { format: 'url' } ), 'nope' ) ).toMatch(
			/web address/
		);
		expect(
			fieldError( field( { format: 'email-or-url' } ), 'jobs@x.example' )
		).toBeNull();
		expect(
			fieldError( field( { format: 'email-or-url' } ), 'call me' )
		).toMatch( /email address or a web address/ );
	} );

	it( 'checks dates', () => {
		expect( fieldError( field( { format: 'date' } ), '2026-02-30' ) ).toBe(
			'Enter a date as YYYY-MM-DD.'
		);
		expect(
			fieldError( field( { format: 'date' } ), '2026-03-01' )
		).toBeNull();
	} );

	it( 'asks for a choice of terms when required', () => {
		const terms = field( {
			control: 'terms',
			required: true,
			label: 'Job type',
		} );
		expect( fieldError( terms, [] ) ).toBe( 'Job type: choose one.' );
		expect( fieldError( terms, [ 3 ] ) ).toBeNull();
	} );
} );
