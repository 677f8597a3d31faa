/**
 * The company logo after the listing is saved: sending it to the plugin's logo route, saying
 * how that went, and offering to send it again. Part of the data layer's script, not the
 * view script's: only a member whose listing reached the site runs it, and every visitor
 * would otherwise download it before touching the form.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { logoInput } from './logo-field';
import { describeSubmitError } from './submit-outcome';
import type { LogoOutcome } from './types';

/** WordPress's script global, as the site's api-fetch (a dependency of this script) fills it. */
interface WithApiFetch {
	wp: {
		apiFetch: ( options: {
			path: string;
			method: string;
			body: FormData;
		} ) => Promise< unknown >;
	};
}

/**
 * Sends a listing's logo to the logo route.
 *
 * @param listingId The listing.
 * @param file      The picked file.
 */
export function uploadLogo( listingId: number, file: File ) {
	const body = new FormData();
	body.append( 'logo', file );
	// The site's api-fetch adds the nonce, and renews a stale one once.
	return ( window as unknown as WithApiFetch ).wp.apiFetch( {
		path: `/job-submit-block/v1/listings/${ listingId }/logo`,
		method: 'POST',
		body,
	} );
}

/** Why a logo was not stored, in words meant for the member. */
interface LogoRefusal {
	/** The server's own explanation, or '' when the logo only did not get through. */
	reason: string;
	/** Whether sending it again may help (a network or server failure, not a refusal). */
	retry: boolean;
}

/**
 * Sorts a failed logo upload by the form's own rule (describeSubmitError): a refusal the
 * server explained keeps the server's words; a network drop or a server error (whose text is
 * api-fetch's or the server's, not meant for the member) gets the plugin's own wording.
 *
 * @param error What api-fetch threw.
 */
function logoRefusal( error: unknown ): LogoRefusal {
	const problem = describeSubmitError( error );
	if ( problem.kind === 'fields' ) {
		return {
			reason: Object.values( problem.errors )[ 0 ] ?? '',
			retry: false,
		};
	}
	if ( problem.kind === 'logged-out' ) {
		return {
			reason: __(
				'You have been logged out. Log in again to add the logo to your listing.',
				'job-submit-block'
			),
			retry: false,
		};
	}
	return problem.retry
		? { reason: '', retry: true }
		: { reason: problem.message, retry: false };
}

/**
 * Sends the picked logo of a listing just saved.
 *
 * @param listingId The listing.
 * @param file      The picked file.
 * @return Why the logo was not stored ('' when it was), and whether sending it again may help.
 */
export async function sendLogo(
	listingId: number,
	file: File
): Promise< LogoOutcome > {
	try {
		await uploadLogo( listingId, file );
		return { message: '', retry: false };
	} catch ( error ) {
		const { reason, retry } = logoRefusal( error );
		return {
			message: reason
				? sprintf(
						/* translators: %s: the site's reason for refusing the logo. */
						__(
							'The listing was submitted, but not its logo: %s',
							'job-submit-block'
						),
						reason
					)
				: __(
						'The listing was submitted, but its logo could not be sent. Check your connection and send it again.',
						'job-submit-block'
					),
			retry,
		};
	}
}

/**
 * The form's own logo input, moved into the notice with a button that sends it again: the
 * file the member picked stays in it, and another can be picked.
 *
 * @param form      The form, which holds the logo input.
 * @param listingId The listing.
 * @param said      The paragraph that says how the logo fared.
 * @return The group to put in the notice, or null when the form has no logo input.
 */
export function logoRetryGroup(
	form: HTMLFormElement,
	listingId: number,
	said: HTMLElement
) {
	const input = logoInput( form );
	if ( ! input ) {
		return null;
	}
	input.removeAttribute( 'aria-describedby' );
	input.removeAttribute( 'aria-invalid' );
	const group = document.createElement( 'p' );
	const label = Object.assign( document.createElement( 'label' ), {
		htmlFor: input.id,
		textContent: __( 'Company logo', 'job-submit-block' ),
	} );
	const button = Object.assign( document.createElement( 'button' ), {
		type: 'button',
		className: 'wp-element-button',
		textContent: __( 'Send the logo again', 'job-submit-block' ),
	} );
	button.addEventListener( 'click', async () => {
		const file = input.files?.[ 0 ];
		if ( ! file || button.getAttribute( 'aria-disabled' ) === 'true' ) {
			return;
		}
		button.setAttribute( 'aria-disabled', 'true' );
		try {
			await uploadLogo( listingId, file );
			said.textContent = __(
				'The logo is stored with the listing.',
				'job-submit-block'
			);
			// The button pressed leaves with its group: the keyboard goes to the notice, which
			// now says the logo is stored.
			said.parentElement?.focus();
			group.remove();
		} catch ( error ) {
			const { reason } = logoRefusal( error );
			said.textContent = reason
				? sprintf(
						/* translators: %s: the site's reason for refusing the logo. */
						__( 'The logo was not stored: %s', 'job-submit-block' ),
						reason
					)
				: __(
						'The logo was not stored: it could not be sent. Check your connection and send it again.',
						'job-submit-block'
					);
		} finally {
			button.setAttribute( 'aria-disabled', 'false' );
		}
	} );
	group.append( label, ' ', input, ' ', button );
	return group;
}
