/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * The company logo's file input: the image the member picked, shown at once, and checked
 * against the limits the server printed on the input (the server checks again, from the
 * file's bytes).
 */

/**
 * A form's logo input: its one file input (the logo is the only file a listing takes).
 *
 * @param form The form.
 */
export function logoInput( form: HTMLFormElement ): HTMLInputElement | null {
	return form.querySelector( 'input[type="file"]' );
}

/**
 * The file picked in a form's logo input, if any.
 *
 * @param form The form.
 */
export function pickedLogo( form: HTMLFormElement ): File | null {
	return logoInput( form )?.files?.[ 0 ] ?? null;
}

/**
 * Why a picked file cannot be the logo; null when it may be.
 *
 * @param input The file input.
 */
export function logoProblem( input: HTMLInputElement ): string | null {
	const file = input.files?.[ 0 ];
	if ( ! file ) {
		return null;
	}
	const accepted = input.accept.split( ',' ).filter( Boolean );
	if ( accepted.length && ! accepted.includes( file.type ) ) {
		return __(
			'The logo must be a JPEG, PNG, WebP or GIF image.',
			'job-submit-block'
		);
	}
	const maxBytes = Number( input.dataset.maxBytes ?? 0 );
	if ( maxBytes && file.size > maxBytes ) {
		return sprintf(
			/* translators: %s: the largest file size in megabytes. */
			__( 'The logo is too big: the most is %s MB.', 'job-submit-block' ),
			( maxBytes / 1048576 ).toFixed( 1 ).replace( /\.0$/, '' )
		);
	}
	return null;
}

/**
 * Shows the picked image beside the input, or nothing.
 *
 * @param input The file input.
 */
export function showLogo( input: HTMLInputElement ) {
	const holder = input.nextElementSibling as HTMLElement | null;
	if ( ! holder ) {
		return;
	}
	holder
		.querySelectorAll( 'img' )
		.forEach( ( image ) => URL.revokeObjectURL( image.src ) );
	holder.replaceChildren();
	const file = input.files?.[ 0 ];
	holder.hidden = ! file || !! logoProblem( input );
	if ( file && ! holder.hidden ) {
		const image = document.createElement( 'img' );
		image.src = URL.createObjectURL( file );
		image.alt = __( 'The logo you picked', 'job-submit-block' );
		holder.append( image );
	}
}
