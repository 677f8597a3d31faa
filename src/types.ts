/**
 * A field as src/job-fields.json defines it, or as another plugin added it through the
 * `job_submit_block_fields` filter.
 */

/**
 * Internal dependencies
 */
import type { PreviewOptions } from './listing-preview/listing-preview';
import type { describeSubmitError } from './submit-outcome';
export interface FieldDefinition {
	key: string;
	source: 'post' | 'meta' | 'taxonomy' | 'upload';
	property: string;
	taxonomy?: string;
	type: 'string' | 'integer' | 'array';
	format?: 'html' | 'url' | 'email-or-url' | 'date';
	control?:
		'text' | 'url' | 'textarea' | 'checkbox' | 'terms' | 'select' | 'file';
	maxLength?: number;
	pattern?: string;
	enum?: Array< string | number >;
	/** The labels of a select's values, in the order of `enum`. */
	optionLabels?: string[];
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
	/** The currency the salary's field shows first: a three-letter code, or ''. */
	salaryCurrency: string;
	/** The unit the salary's field shows first: HOUR, DAY, WEEK, MONTH, YEAR or ''. */
	salaryUnit: string;
	/** The page the terms checkbox links to; 0 for no terms checkbox. */
	termsPageId: number;
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
	pattern?: string;
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
	/** Whether the member must preview the listing before submitting it. */
	mustPreview?: boolean;
	/** Edit mode: the listing as stored, which the form saves its changes to. */
	listing?: PersistedListing;
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
/** How sending a saved listing's logo went: why it was not stored ('' when it was). */
export interface LogoOutcome {
	message: string;
	/** Whether sending it again may help (a network or server failure, not a refusal). */
	retry: boolean;
}

/** What the notice for a saved listing is drawn from. */
export interface SavedNoticeOptions {
	saved: SavedListing;
	/** Whether an existing listing was edited, rather than a new one created. */
	edited: boolean;
	/** The site builder's message for a new listing ('' for the default). */
	successMessage: string;
	/** The page to go on to, offered as a link ('' for none). */
	redirect: string;
	logo: LogoOutcome;
	/** The form, which holds the logo input offered again. */
	form: HTMLFormElement;
}

export interface DataLayer {
	saveListing: ( record: ListingRecord ) => Promise< SavedListing >;
	/** What a failed submit tells the member (src/submit-outcome.ts). */
	describeSubmitError: typeof describeSubmitError;
	/** Sends a saved listing's company logo (src/logo-after-save.ts). */
	sendLogo: ( listingId: number, file: File ) => Promise< LogoOutcome >;
	/** The notice that replaces the form once the listing is saved (src/saved-notice.ts). */
	savedNotice: ( options: SavedNoticeOptions ) => HTMLElement;
	/** Saves changes to a stored listing: one update request with what changed. */
	updateListing: (
		persisted: PersistedListing,
		record: ListingRecord
	) => Promise< SavedListing >;
}

/**
 * What the form extras script offers the view script once loaded (src/form-extras.ts).
 */
export interface FormExtras {
	enhanceDescription: ( textarea: HTMLTextAreaElement ) => void;
	showPreview: ( options: PreviewOptions ) => void;
}

declare global {
	interface Window {
		jobSubmitBlockDataLayer?: DataLayer;
		jobSubmitBlockFormExtras?: FormExtras;

		/** The field definition, printed for the editor (read through src/fields.ts). */
		jobSubmitBlockFields?: unknown;
	}
}
