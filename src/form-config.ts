/**
 * Internal dependencies
 */
import { getFormFields } from './fields';
import type {
	FieldDefinition,
	FieldOverride,
	JobFormAttributes,
} from './types';

/** A field as a form shows it, after the site builder's changes. */
export interface ResolvedField {
	definition: FieldDefinition;
	override: FieldOverride;
	label: string;
	help: string;
	placeholder: string;
	required: boolean;
	hidden: boolean;
}

/**
 * The form's fields in the site builder's order, every one of them (hidden ones flagged), as
 * the server's job_submit_block_form_config() resolves them; unknown keys are ignored. The
 * terms checkbox is on the form only with a terms page, and then required, as
 * includes/form-fields/terms.php has it.
 *
 * @param attributes The block's attributes.
 */
export function resolveFormFields(
	attributes: Pick<
		JobFormAttributes,
		'fields' | 'fieldOrder' | 'termsPageId'
	>
): ResolvedField[] {
	const formFields = getFormFields();
	const byKey = new Map(
		formFields.map( ( field ) => [ field.key, field ] )
	);
	const ordered: FieldDefinition[] = [];
	for ( const key of attributes.fieldOrder ?? [] ) {
		const field = byKey.get( key );
		if ( field && ! ordered.includes( field ) ) {
			ordered.push( field );
		}
	}
	for ( const field of formFields ) {
		if ( ! ordered.includes( field ) ) {
			ordered.push( field );
		}
	}
	return ordered.map( ( definition ) => {
		const override = attributes.fields?.[ definition.key ] ?? {};
		const isTerms = definition.key === 'terms_accepted';
		return {
			definition,
			override,
			label: override.label?.trim() || definition.label,
			help: override.help?.trim() || definition.help || '',
			placeholder: override.placeholder ?? '',
			required:
				isTerms ||
				!! definition.required ||
				!! definition.alwaysShown ||
				!! override.required,
			hidden:
				( isTerms && ! attributes.termsPageId ) ||
				( ! definition.alwaysShown && !! override.hidden ),
		};
	} );
}

/**
 * The field order after moving one field up or down.
 *
 * @param fields    The resolved fields, in their order.
 * @param key       The field to move.
 * @param direction -1 for up, 1 for down.
 */
export function moveField(
	fields: ResolvedField[],
	key: string,
	direction: -1 | 1
): string[] {
	const keys = fields.map( ( field ) => field.definition.key );
	const from = keys.indexOf( key );
	const to = from + direction;
	if ( from < 0 || to < 0 || to >= keys.length ) {
		return keys;
	}
	[ keys[ from ], keys[ to ] ] = [ keys[ to ], keys[ from ] ];
	return keys;
}
