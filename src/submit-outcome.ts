/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/** What went wrong with a create, as the form must tell the member. */
export type SubmitProblem =
	| { kind: 'fields'; errors: Record< string, string > }
	| { kind: 'logged-out' }
	| { kind: 'message'; message: string };

interface RestError {
	code?: string;
	message?: string;
	status?: number;
	data?: { status?: number; params?: Record< string, string > };
}

/**
 * Sorts an error thrown by a create into what the member is told. Nothing here loses the
 * draft; every case leaves the form as it was, ready to send again.
 *
 * @param error What saveEntityRecord threw: api-fetch's parsed REST error, or its own.
 */
export function describeSubmitError( error: unknown ): SubmitProblem {
	const {
		code = '',
		message = '',
		status,
		data = {},
	} = ( error ?? {} ) as RestError;
	if ( code === 'rest_invalid_param' && data.params ) {
		return { kind: 'fields', errors: data.params };
	}
	// api-fetch already asked for a fresh nonce and retried once: still refused, or the
	// nonce endpoint itself refusing (it throws its bare response, which has a status but
	// no code), means the login cookie is gone or no longer matches.
	const nonceEndpointRefused =
		! code && status !== undefined && [ 400, 401, 403 ].includes( status );
	if (
		code === 'rest_cookie_invalid_nonce' ||
		code === 'rest_not_logged_in' ||
		data.status === 401 ||
		nonceEndpointRefused
	) {
		return { kind: 'logged-out' };
	}
	if (
		code === 'job_submit_rate_limited' ||
		code === 'job_submit_rejected' ||
		code === 'job_submit_in_progress'
	) {
		return { kind: 'message', message };
	}
	if ( code === 'fetch_error' ) {
		return {
			kind: 'message',
			message: __(
				'The site could not be reached. Your entries are kept: check your connection and submit again.',
				'job-submit-block'
			),
		};
	}
	return {
		kind: 'message',
		message: __(
			'The site could not save your listing just now. Your entries are kept: please submit again in a moment.',
			'job-submit-block'
		),
	};
}
