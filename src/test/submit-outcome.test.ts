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
				message:
					'You have been logged out. Your entries are kept: log in again and submit.',
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
			retry: false,
		} );
	} );

	it( 'puts a refused job type on its field, as permanent', () => {
		expect(
			describeSubmitError(
				{
					code: 'rest_cannot_assign_term',
					message:
						'Sorry, you are not allowed to assign the provided terms.',
					data: { status: 403 },
				},
				[ 'job_type' ]
			)
		).toEqual( {
			kind: 'fields',
			errors: {
				job_type: 'You are not allowed to choose this job type.',
			},
		} );
		expect(
			describeSubmitError(
				{ code: 'rest_cannot_assign_term', data: { status: 403 } },
				[ 'job_type', 'job_category' ]
			)
		).toMatchObject( {
			errors: {
				job_category: 'You are not allowed to choose this category.',
			},
		} );
	} );

	it( 'says a refusal is permanent and does not invite a retry', () => {
		for ( const error of [
			{ code: 'rest_cannot_create', data: { status: 403 } },
			// A refusal of terms when the listing chose none the form knows of.
			{ code: 'rest_cannot_assign_term', data: { status: 403 } },
			{ code: 'rest_cannot_edit', message: 'No.', data: { status: 403 } },
		] ) {
			const problem = describeSubmitError( error );
			expect( problem ).toEqual( {
				kind: 'message',
				message: 'You are not allowed to post this listing.',
				retry: false,
			} );
		}
		expect(
			describeSubmitError( {
				code: 'job_submit_already_submitted',
				message: 'This listing was already submitted.',
				data: { status: 409 },
			} )
		).toEqual( {
			kind: 'message',
			message: 'This listing was already submitted.',
			retry: false,
		} );
	} );

	it( 'invites a retry only after a network failure or a server error', () => {
		expect( describeSubmitError( { code: 'fetch_error' } ) ).toMatchObject(
			{ retry: true }
		);
		expect(
			describeSubmitError( {
				code: 'internal_server_error',
				message: 'There has been a critical error on this website.',
				data: { status: 500 },
			} )
		).toMatchObject( {
			retry: true,
			message: expect.stringContaining( 'submit again' ),
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
