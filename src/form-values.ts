/**
 * Internal dependencies
 */
import { pickedLogo } from './logo-field';
import type { ClientField, FormValues, ListingRecord } from './types';

/**
 * The current value of each field of a form, read from its controls.
 *
 * @param form   The form.
 * @param fields The form's fields.
 */
export function readFormValues(
	form: HTMLFormElement,
	fields: ClientField[]
): FormValues {
	const data = new FormData( form );
	const values: FormValues = {};
	for ( const field of fields ) {
		const name = `job[${ field.key }]`;
		if ( field.control === 'terms' ) {
			values[ field.key ] = data
				.getAll( `${ name }[]` )
				// The "None" of an optional single choice (an empty value) sends no term.
				.filter( ( id ) => id !== '' )
				.map( ( id ) => Number( id ) );
		} else if ( field.control === 'checkbox' ) {
			values[ field.key ] = data.has( name ) ? 1 : 0;
		} else if ( field.control === 'file' ) {
			// The file's name, for validation; the file itself is sent after the listing.
			values[ field.key ] = pickedLogo( form )?.name ?? '';
		} else {
			values[ field.key ] = String( data.get( name ) ?? '' );
		}
	}
	return values;
}

/**
 * Puts saved values back into a form's controls.
 *
 * @param form   The form.
 * @param values Values by field key.
 */
export function writeFormValues( form: HTMLFormElement, values: FormValues ) {
	for ( const [ key, value ] of Object.entries( values ) ) {
		const name = `job[${ key }]`;
		if ( Array.isArray( value ) ) {
			form.querySelectorAll< HTMLInputElement >(
				`input[name="${ name }[]"]`
			).forEach( ( input ) => {
				input.checked = value.includes( Number( input.value ) );
			} );
			continue;
		}
		const control = form.elements.namedItem( name );
		if (
			control instanceof HTMLInputElement &&
			control.type === 'checkbox'
		) {
			control.checked = !! value;
		} else if (
			control instanceof HTMLInputElement ||
			control instanceof HTMLTextAreaElement ||
			control instanceof HTMLSelectElement
		) {
			control.value = String( value );
		}
	}
}

/**
 * The REST record of a listing: each field where the definition puts it (core field, meta or
 * taxonomy), as the server's job_submit_block_rest_record() does for the form without script.
 *
 * @param values Values by field key.
 * @param fields The form's fields.
 */
export function toListingRecord(
	values: FormValues,
	fields: ClientField[]
): ListingRecord {
	const record: ListingRecord = { meta: {} };
	for ( const field of fields ) {
		const value = values[ field.key ];
		// An upload is sent to its own route once the listing exists.
		if ( value === undefined || field.source === 'upload' ) {
			continue;
		}
		if ( field.source === 'meta' && ! Array.isArray( value ) ) {
			record.meta[ field.property ] = value;
		} else {
			record[ field.property ] = value;
		}
	}
	return record;
}
