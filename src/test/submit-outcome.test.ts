/**
 * Internal dependencies
 */
import { describeSubmitError } from '../submit-outcome';

describe( 'describeSubmitError', () => {
	it( 'puts validation errors on their fields', () => {
		expect(
			describeSubmitError( {
				code: 'rest_invalid_param',
				data: {
					status: 400,
					params: { title: 'Job title is required.' },
				},
			} )
		).toEqual( {
			kind: 'fields',
			errors: { title: 'Job title is required.' },
		} );
	} );

	it( 'recognises a member who was logged out meanwhile', () => {
		for ( const error of [
			{ code: 'rest_cookie_invalid_nonce', data: { status: 403 } },
			{ code: 'rest_cannot_create', data: { status: 401 } },
			// The nonce endpoint's bare answer to a visitor who is no longer logged in.
			{ status: 400, ok: false },
		] ) {
			expect( describeSubmitError( error ) ).toEqual( {
				kind: 'logged-out',
			} );
		}
	} );

	it( 'passes on the server’s own words for limits', () => {
		expect(
			describeSubmitError( {
				code: 'job_submit_rate_limited',
				message: 'Please try again in 12 minutes.',
				data: { status: 429 },
			} )
		).toEqual( {
			kind: 'message',
			message: 'Please try again in 12 minutes.',
		} );
	} );

	it( 'keeps the draft on a network drop or a server error', () => {
		expect( describeSubmitError( { code: 'fetch_error' } ) ).toMatchObject(
			{
				kind: 'message',
				message: expect.stringContaining( 'could not be reached' ),
			}
		);
		expect(
			describeSubmitError( {
				code: 'invalid_json',
				data: { status: 500 },
			} )
		).toMatchObject( {
			kind: 'message',
			message: expect.stringContaining( 'entries are kept' ),
		} );
		expect( describeSubmitError( undefined ) ).toMatchObject( {
			kind: 'message',
		} );
	} );
} );
