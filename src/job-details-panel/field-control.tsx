/**
 * WordPress dependencies
 */
import {
	CheckboxControl,
	SelectControl,
	TextControl,
} from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { FieldDefinition } from '../types';

interface FieldControlProps {
	field: FieldDefinition;
	value: string | number | undefined;
	error: string | null;
	onChange: ( value: string | number ) => void;
	onBlur: () => void;
}

/**
 * One field of the listing in the document panel: a checkbox for a yes/no field, a list for a
 * field of listed values, a date picker for a date, else a text or web address. A message
 * replaces the help text, so the control's description reads it.
 *
 * @param props          The control's properties.
 * @param props.field
 * @param props.value
 * @param props.error
 * @param props.onChange
 * @param props.onBlur
 */
export default function FieldControl( {
	field,
	value,
	error,
	onChange,
	onBlur,
}: FieldControlProps ) {
	const help = error ? (
		<span className="job-submit-block-job-details__error">{ error }</span>
	) : (
		field.help
	);
	const common = {
		__nextHasNoMarginBottom: true,
		label: field.label,
		help,
		className: error ? 'is-invalid' : undefined,
	};
	if ( field.type === 'integer' ) {
		return (
			<CheckboxControl
				{ ...common }
				checked={ !! value }
				onChange={ ( checked ) => onChange( checked ? 1 : 0 ) }
			/>
		);
	}
	if ( field.enum ) {
		return (
			<SelectControl
				{ ...common }
				__next40pxDefaultSize
				value={ String( value ?? '' ) }
				options={ field.enum.map( ( option, index ) => ( {
					value: String( option ),
					// In words where the field has them ("Per year", translated by the server).
					label:
						field.optionLabels?.[ index ] ??
						( option === ''
							? __( '—', 'job-submit-block' )
							: String( option ) ),
				} ) ) }
				onChange={ ( chosen: string ) => onChange( chosen ) }
				onBlur={ onBlur }
			/>
		);
	}
	let type: 'text' | 'date' | 'url' = 'text';
	if ( field.format === 'date' ) {
		type = 'date';
	} else if ( field.format === 'url' ) {
		type = 'url';
	}
	return (
		<TextControl
			{ ...common }
			__next40pxDefaultSize
			type={ type }
			value={ String( value ?? '' ) }
			aria-invalid={ !! error }
			onChange={ ( text ) => onChange( text ) }
			onBlur={ onBlur }
		/>
	);
}
