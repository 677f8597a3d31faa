/**
 * What other scripts on the page can plug into: a `wp.hooks` filter on the listing before it
 * is sent, and a DOM event once it is in. Both documented in the README ("For developers").
 */

/**
 * WordPress dependencies
 */
import { applyFilters } from '@wordpress/hooks';

/**
 * Internal dependencies
 */
import type { ListingRecord, SavedListing } from './types';

/** The name of the `wp.hooks` filter on the listing record. */
export const LISTING_RECORD_FILTER = 'jobSubmitBlock.listingRecord';

/** The name of the event dispatched on the block's wrapper after a submit. */
export const SUBMITTED_EVENT = 'job-submit-block:submitted';

/** What a listing record filter is told besides the record. */
export interface ListingRecordContext {
	/** The form's short id on its page ("{post ID}:{index}"). */
	formId: string;
	/** The form element, for a script that keeps a value in it (a CAPTCHA's token, say). */
	form: HTMLFormElement;
}

/** The detail of the submitted event. */
export interface SubmittedDetail {
	/** The listing's ID. */
	id: number;
	/** Its status: 'pending', or 'publish' with auto-publish. */
	status: string;
	/** The form's short id on its page. */
	formId: string;
}

/**
 * The listing as the filters of other scripts leave it; the record as it was when a filter
 * returns something that is not one.
 *
 * @param record  The listing, as the form's fields make it.
 * @param context The form it comes from.
 */
export function filterListingRecord(
	record: ListingRecord,
	context: ListingRecordContext
): ListingRecord {
	const filtered = applyFilters( LISTING_RECORD_FILTER, record, context );
	const isRecord =
		typeof filtered === 'object' &&
		filtered !== null &&
		! Array.isArray( filtered );
	return isRecord ? ( filtered as ListingRecord ) : record;
}

/**
 * Tells the page a listing is in: a `job-submit-block:submitted` event on the block's
 * wrapper, bubbling, so one listener on the document hears every form.
 *
 * @param wrapper The block's wrapper.
 * @param saved   The listing as the server answered.
 * @param formId  The form's short id on its page.
 */
export function announceSubmitted(
	wrapper: HTMLElement,
	saved: SavedListing,
	formId: string
) {
	const detail: SubmittedDetail = {
		id: saved.id,
		status: saved.status,
		formId,
	};
	wrapper.dispatchEvent(
		new CustomEvent( SUBMITTED_EVENT, { bubbles: true, detail } )
	);
}
