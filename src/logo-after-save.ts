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
		const problem = describeSubmitError( error );
		return {
			message: sprintf(
				/* translators: %s: why the logo was refused. */
				__(
					'The listing was submitted, but not its logo: %s',
					'job-submit-block'
				),
				( error as { message?: string } )?.message ?? ''
			),
			retry: problem.kind === 'message' && problem.retry,
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
	const input =
		form.querySelector< HTMLInputElement >( 'input[type="file"]' );
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
			group.remove();
		} catch ( error ) {
			said.textContent = sprintf(
				/* translators: %s: why the logo was refused. */
				__( 'The logo was not stored: %s', 'job-submit-block' ),
				( error as { message?: string } )?.message ?? ''
			);
		} finally {
			button.setAttribute( 'aria-disabled', 'false' );
		}
	} );
	group.append( label, ' ', input, ' ', button );
	return group;
}
