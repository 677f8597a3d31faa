/**
 * A field as src/job-fields.json defines it, or as another plugin added it through the
 * `job_submit_block_fields` filter.
 */
export interface FieldDefinition {
	key: string;
	source: 'post' | 'meta' | 'taxonomy';
	property: string;
	taxonomy?: string;
	type: 'string' | 'integer' | 'array';
	format?: 'html' | 'url' | 'email-or-url' | 'date';
	control?: 'text' | 'url' | 'textarea' | 'checkbox' | 'terms' | 'select';
	maxLength?: number;
	pattern?: string;
	enum?: Array< string | number >;
	default?: string | number;
	label: string;
	help?: string;
	required?: boolean;
	alwaysShown?: boolean;
	adminOnly?: boolean;
	inForm?: boolean;
	autocomplete?: string;
}

/**
 * What a site builder changes of one field on one form.
 */
export interface FieldOverride {
	hidden?: boolean;
	required?: boolean;
	label?: string;
	help?: string;
	placeholder?: string;
}

/**
 * The block's attributes, as block.json declares them. (A type, not an interface: block
 * attributes must be assignable to Record< string, unknown >.)
 */
export type JobFormAttributes = {
	fields: Record< string, FieldOverride >;
	fieldOrder: string[];
	allowedJobTypes: number[];
	allowedCategories: number[];
	termChoice: 'single' | 'multiple';
	submitLabel: string;
	successMessage: string;
	redirectPageId: number;
	loggedOutMessage: string;
	notAllowedMessage: string;
};

/**
 * A field of a rendered form, as the server resolved it for the view script.
 */
export interface ClientField {
	key: string;
	label: string;
	required: boolean;
	format: string;
	maxLength: number;
	control: NonNullable< FieldDefinition[ 'control' ] >;
	source: FieldDefinition[ 'source' ];
	property: string;
}

/**
 * What the server tells the view script about a rendered form (the wrapper's data-config).
 */
export interface ClientFormConfig {
	/** The form's short id on its page: drafts are kept by it. */
	formId: string;
	/** The form's signed identity: the server reads the form's rules from it. */
	formToken: string;
	userId: number;
	fields: ClientField[];
	successMessage: string;
	redirectUrl: string;
	loginUrl: string;
	/** Edit mode: the listing as stored, which the form saves its changes to. */
	listing?: PersistedListing;
	/** Edit mode: what saving leads to. */
	editOutcome?: 'pending' | 'review' | 'live';
}

/** A listing as core-data holds it before changes (raw title and content). */
export interface PersistedListing {
	id: number;
	status: string;
	link: string;
	meta: Record< string, string | number >;
	[ restBase: string ]: unknown;
}

/** A form's values by field key. */
export type FormValues = Record< string, string | number[] | number >;

/** A listing as the REST API takes it. */
export interface ListingRecord {
	title?: string;
	content?: string;
	meta: Record< string, string | number >;
	[ restBase: string ]: unknown;
}

/** A created listing as the REST API answers. */
export interface SavedListing {
	id: number;
	status: string;
	link: string;
}

/**
 * What the data layer script offers the view script once loaded.
 */
export interface DataLayer {
	saveListing: ( record: ListingRecord ) => Promise< SavedListing >;
	/** Saves changes to a stored listing: one update request with what changed. */
	updateListing: (
		persisted: PersistedListing,
		record: ListingRecord
	) => Promise< SavedListing >;
}

declare global {
	interface Window {
		jobSubmitBlockDataLayer?: DataLayer;
		/** The field definition, printed for the editor (read through src/fields.ts). */
		jobSubmitBlockFields?: unknown;
	}
}
