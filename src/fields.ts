/**
 * Internal dependencies
 */
import definition from './job-fields.json';
import type { FieldDefinition } from './types';

/**
 * Every job field, in the definition's order: the same list PHP reads.
 */
export const FIELDS = definition.fields as FieldDefinition[];

/**
 * The fields a site builder can place on a form.
 */
export const FORM_FIELDS = FIELDS.filter(
	( field ) => field.inForm !== false && ! field.adminOnly
);
