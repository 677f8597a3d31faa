/**
 * Internal dependencies
 */
import { readFormValues } from '../form-values';
import type { ClientField } from '../types';

const field = (
	key: string,
	control: ClientField[ 'control' ]
): ClientField => ( {
	key,
	label: key,
	required: false,
	format: '',
	maxLength: 0,
	control,
	source: 'meta',
	property: key,
} );

const FIELDS = [
	field( 'title', 'text' ),
	field( 'description', 'textarea' ),
	field( 'currency', 'select' ),
	field( 'remote', 'checkbox' ),
	field( 'types', 'terms' ),
	field( 'logo', 'file' ),
];

/** A form holding one control of every kind the job form has. */
function jobForm() {
	document.body.innerHTML = `
		<form>
			<input type="text" name="job[title]" value="Gardener">
			<textarea name="job[description]">Tend the roses.</textarea>
			<select name="job[currency]"><option value="">–</option><option value="EUR" selected>EUR</option></select>
			<input type="checkbox" name="job[remote]" value="1" checked>
			<fieldset data-field="types">
				<input type="radio" name="job[types][]" value="" >
				<input type="radio" name="job[types][]" value="7" checked>
				<input type="radio" name="job[types][]" value="9">
			</fieldset>
			<div data-field="logo"><input type="file" name="job_logo"></div>
			<input type="text" name="job[title]" value="Second" disabled>
			<button type="submit" name="job[title]" value="Button">Submit</button>
		</form>`;
	return document.querySelector( 'form' ) as HTMLFormElement;
}

describe( 'readFormValues', () => {
	it( 'reads every kind of control as the form would send it', () => {
		expect( readFormValues( jobForm(), FIELDS ) ).toEqual( {
			title: 'Gardener',
			description: 'Tend the roses.',
			currency: 'EUR',
			remote: 1,
			types: [ 7 ],
			logo: '',
		} );
	} );

	it( 'reads an unchecked box, an empty choice and an unchosen select as empty', () => {
		const form = jobForm();
		(
			form.querySelector( '[name="job[remote]"]' ) as HTMLInputElement
		 ).checked = false;
		(
			form.querySelector( 'input[value=""]' ) as HTMLInputElement
		 ).checked = true;
		( form.querySelector( 'select' ) as HTMLSelectElement ).value = '';
		expect( readFormValues( form, FIELDS ) ).toMatchObject( {
			currency: '',
			remote: 0,
			types: [],
		} );
	} );
} );
