/**
 * Internal dependencies
 */
import type { ClientField, FieldDefinition } from '../types';

/**
 * A meta field as the form's validation reads it (src/validation.ts), so the panel checks a
 * value with the form's rules and messages. The admin-only fields name no control: a yes/no
 * field is a checkbox, any other a text.
 *
 * @param field A field of the definition, as the server printed it for the editor.
 */
export function toClientField( field: FieldDefinition ): ClientField {
	return {
		key: field.key,
		label: field.label,
		required: !! field.required || !! field.alwaysShown,
		format: field.format ?? '',
		maxLength: field.maxLength ?? 0,
		control:
			field.control ?? ( field.type === 'integer' ? 'checkbox' : 'text' ),
		source: field.source,
		property: field.property,
	};
}
