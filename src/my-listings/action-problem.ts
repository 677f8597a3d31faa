/**
 * What a member reads when an action on their list (mark filled, relist, withdraw) failed:
 * the server's own words for a refusal it explained, the plugin's for the rest, never
 * api-fetch's ("The response is not a valid JSON response." for a server's error page).
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { isLoggedOut } from '../submit-outcome';

export interface ActionProblem {
	message: string;
	/** Whether the member was logged out, and should be offered the login screen. */
	loggedOut: boolean;
}

interface RestError {
	code?: string;
	message?: string;
	data?: { status?: number };
}

/**
 * Sorts what api-fetch threw for a failed action.
 *
 * @param error api-fetch's parsed REST error, its network error, or the nonce endpoint's
 *              bare response (a status, no code) when it refused to renew the nonce.
 */
export function actionProblem( error: unknown ): ActionProblem {
	const { code = '', message = '', data = {} } = ( error ?? {} ) as RestError;
	if ( isLoggedOut( error ) ) {
		return {
			message: __(
				'You have been logged out. Log in again to manage your listings.',
				'job-submit-block'
			),
			loggedOut: true,
		};
	}
	if ( code === 'fetch_error' ) {
		return {
			message: __(
				'The site could not be reached. Check your connection and try again.',
				'job-submit-block'
			),
			loggedOut: false,
		};
	}
	if (
		data.status !== undefined &&
		data.status >= 400 &&
		data.status < 500 &&
		message
	) {
		return { message, loggedOut: false };
	}
	return {
		message: __(
			'That could not be done just now. Please try again.',
			'job-submit-block'
		),
		loggedOut: false,
	};
}
