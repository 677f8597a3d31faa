/**
 * Internal dependencies
 */
import type { FieldDefinition } from './types';

/**
 * Every job field, in the definition's order, as the server gives it to the editor: after
 * the `job_submit_block_fields` filter of other plugins, labels and help texts translated
 * (printed before the editor script by includes/editor-fields.php).
 */
export function getFields(): FieldDefinition[] {
	const fields = window.jobSubmitBlockFields;
	// The one place the server's data gets its type: PHP built it from the same definition.
	return Array.isArray( fields ) ? ( fields as FieldDefinition[] ) : [];
}

/**
 * The fields a site builder can place on a form.
 */
export function getFormFields(): FieldDefinition[] {
	return getFields().filter(
		( field ) => field.inForm !== false && ! field.adminOnly
	);
}
