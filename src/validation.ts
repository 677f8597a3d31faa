/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ClientField } from './types';

/**
 * Whether a text is an http or https address with a host, as the server requires.
 *
 * @param text The text.
 */
export function isWebAddress( text: string ): boolean {
	if ( /[\s<>"]/.test( text ) ) {
		return false;
	}
	try {
		const url = new URL( text );
		return (
			( url.protocol === 'http:' || url.protocol === 'https:' ) &&
			url.hostname !== ''
		);
	} catch {
		return false;
	}
}

/**
 * Whether a text looks like an email address (the server's is_email() decides).
 *
 * @param text The text.
 */
export function isEmailAddress( text: string ): boolean {
	return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]{2,}$/.test( text );
}

/**
 * Whether a text is a date written YYYY-MM-DD that exists on the calendar, as the server
 * requires.
 *
 * @param text The text.
 */
export function isDate( text: string ): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec( text );
	if ( ! match ) {
		return false;
	}
	const [ year, month, day ] = match.slice( 1 ).map( Number );
	// setUTCFullYear, unlike Date.UTC, takes years below 100 as they are.
	const date = new Date( 0 );
	date.setUTCFullYear( year, month - 1, day );
	return (
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day
	);
}

/**
 * Checks one field's value the way the server will, for a message before the request; null
 * when it is valid. The server checks again and has the last word.
 *
 * @param field The field.
 * @param value Its value: text, chosen term IDs, or 0/1 for a checkbox.
 */
export function fieldError(
	field: ClientField,
	value: string | number[] | number | undefined
): string | null {
	const required = () =>
		sprintf(
			/* translators: %s: field label. */
			__( '%s is required.', 'job-submit-block' ),
			field.label
		);
	if ( Array.isArray( value ) || field.control === 'checkbox' ) {
		const chosen = Array.isArray( value ) ? value.length > 0 : !! value;
		if ( ! field.required || chosen ) {
			return null;
		}
		if ( field.control !== 'terms' ) {
			return required();
		}
		return sprintf(
			/* translators: %s: field label. */
			__( '%s: choose one.', 'job-submit-block' ),
			field.label
		);
	}
	const text = String( value ?? '' ).trim();
	if ( text === '' ) {
		return field.required ? required() : null;
	}
	if ( field.maxLength && String( value ).length > field.maxLength ) {
		return sprintf(
			/* translators: 1: field label, 2: maximum number of characters. */
			__( '%1$s must be at most %2$d characters.', 'job-submit-block' ),
			field.label,
			field.maxLength
		);
	}
	if ( field.format === 'url' && ! isWebAddress( text ) ) {
		return __(
			'Enter a web address starting with http:// or https://.',
			'job-submit-block'
		);
	}
	if (
		field.format === 'email-or-url' &&
		! isEmailAddress( text ) &&
		! isWebAddress( text )
	) {
		return __(
			'Enter an email address or a web address starting with http:// or https://.',
			'job-submit-block'
		);
	}
	if ( field.format === 'date' && ! isDate( text ) ) {
		return __( 'Enter a date as YYYY-MM-DD.', 'job-submit-block' );
	}
	if ( field.pattern && ! new RegExp( field.pattern ).test( text ) ) {
		return sprintf(
			/* translators: %s: field label. */
			__( '%s is not in the right form.', 'job-submit-block' ),
			field.label
		);
	}
	return null;
}
