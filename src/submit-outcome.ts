/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * What went wrong with a create, as the form must tell the member. `retry` says whether
 * sending again may help: only for a network failure or a server error, not for a refusal.
 */
export type SubmitProblem =
	| { kind: 'fields'; errors: Record< string, string > }
	| { kind: 'logged-out'; message: string }
	| { kind: 'message'; message: string; retry: boolean };

interface RestError {
	code?: string;
	message?: string;
	status?: number;
	data?: { status?: number; params?: Record< string, string > };
}

/**
 * Whether a REST request failed because the member is no longer logged in. api-fetch already
 * asked for a fresh nonce and retried once: still refused, or the nonce endpoint itself
 * refusing (it throws its bare response, which has a status but no code), means the login
 * cookie is gone or no longer matches.
 *
 * @param error What api-fetch threw.
 */
export function isLoggedOut( error: unknown ): boolean {
	const { code = '', status, data = {} } = ( error ?? {} ) as RestError;
	return (
		code === 'rest_cookie_invalid_nonce' ||
		code === 'rest_not_logged_in' ||
		data.status === 401 ||
		( ! code &&
			status !== undefined &&
			[ 400, 401, 403 ].includes( status ) )
	);
}

/**
 * A network failure: the site could not be reached, and sending again may help.
 */
export function unreachable(): Extract< SubmitProblem, { kind: 'message' } > {
	return {
		kind: 'message',
		message: __(
			'The site could not be reached. Your entries are kept: check your connection and submit again.',
			'job-submit-block'
		),
		retry: true,
	};
}

/**
 * Messages for a refused choice of terms, by the field that offered them.
 *
 * @param field The field's key.
 */
function termRefusal( field: string ): string {
	if ( field === 'job_type' ) {
		return __(
			'You are not allowed to choose this job type.',
			'job-submit-block'
		);
	}
	if ( field === 'job_category' ) {
		return __(
			'You are not allowed to choose this category.',
			'job-submit-block'
		);
	}
	return __( 'You are not allowed to choose this.', 'job-submit-block' );
}

/**
 * Sorts an error thrown by a create into what the member is told. Nothing here loses the
 * draft; every case leaves the form as it was. A refusal (403) is permanent: it says what
 * is wrong, on the field when it is about one, and does not invite the member to send again.
 *
 * @param error      What saveEntityRecord threw: api-fetch's parsed REST error, or its own.
 * @param termFields The keys of the term fields the listing chose terms in, where a refusal
 *                   to assign terms belongs.
 */
export function describeSubmitError(
	error: unknown,
	termFields: string[] = []
): SubmitProblem {
	const { code = '', message = '', data = {} } = ( error ?? {} ) as RestError;
	if ( code === 'rest_invalid_param' && data.params ) {
		return { kind: 'fields', errors: data.params };
	}
	if ( isLoggedOut( error ) ) {
		return {
			kind: 'logged-out',
			// Here rather than in the view script, which every member downloads on opening
			// the page: only a submit that failed needs it.
			message: __(
				'You have been logged out. Your entries are kept: log in again and submit.',
				'job-submit-block'
			),
		};
	}
	if ( code === 'rest_cannot_assign_term' && termFields.length ) {
		return {
			kind: 'fields',
			errors: Object.fromEntries(
				termFields.map( ( field ) => [ field, termRefusal( field ) ] )
			),
		};
	}
	if ( data.status === 403 ) {
		return {
			kind: 'message',
			message: code.startsWith( 'job_submit' )
				? message
				: __(
						'You are not allowed to post this listing.',
						'job-submit-block'
					),
			retry: false,
		};
	}
	if (
		code === 'job_submit_rate_limited' ||
		code === 'job_submit_rejected' ||
		code === 'job_submit_in_progress'
	) {
		return { kind: 'message', message, retry: false };
	}
	if ( code === 'fetch_error' ) {
		return unreachable();
	}
	if (
		data.status !== undefined &&
		data.status >= 400 &&
		data.status < 500 &&
		message
	) {
		// Another refusal the server explained: sending the same again would not help.
		return { kind: 'message', message, retry: false };
	}
	return {
		kind: 'message',
		message: __(
			'The site could not save your listing just now. Your entries are kept: please submit again in a moment.',
			'job-submit-block'
		),
		retry: true,
	};
}
