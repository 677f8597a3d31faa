/**
 * Internal dependencies
 */
import type { FormValues } from './types';

/** A draft kept in the browser: what the member typed, and the key of its create. */
export interface Draft {
	values: FormValues;
	idempotencyKey: string;
	/** When it was last saved (milliseconds since the epoch). */
	savedAt?: number;
	/**
	 * Editing a stored listing: the values the form was opened with, so that only what the
	 * member changed from them is put back (see restoredValues()).
	 */
	base?: FormValues;
}

/**
 * How long a draft is kept without being touched: a week, long enough to come back to an
 * unfinished listing, short enough that a shared computer does not keep it for good.
 */
export const DRAFT_MAX_AGE = 7 * 24 * 60 * 60 * 1000;

/**
 * What every draft's storage key starts with. The log-out clean-up printed on the login page
 * (includes/my-listings/forget-drafts.php) repeats it, without this script: change both.
 */
export const DRAFT_KEY_PREFIX = 'job-submit-block:draft:';

/**
 * Where a member's draft of a form is kept: per member, so that someone else logging in on
 * the same browser does not see it, and per form.
 *
 * @param userId The member.
 * @param formId The form.
 */
function storageKey( userId: number, formId: string ) {
	return `${ DRAFT_KEY_PREFIX }${ userId }:${ formId }`;
}

/**
 * The saved draft, if any and not older than DRAFT_MAX_AGE (an older one is forgotten).
 *
 * @param userId The member.
 * @param formId The form.
 * @param now    The time now, in milliseconds.
 */
export function loadDraft(
	userId: number,
	formId: string,
	now = Date.now()
): Draft | null {
	try {
		const saved = window.localStorage.getItem(
			storageKey( userId, formId )
		);
		const draft = saved ? ( JSON.parse( saved ) as Draft ) : null;
		if ( draft && now - ( draft.savedAt ?? now ) > DRAFT_MAX_AGE ) {
			clearDraft( userId, formId );
			return null;
		}
		return draft;
	} catch {
		// Storage may be full, disabled or hold something unreadable: there is no draft.
		return null;
	}
}

/**
 * Saves the draft.
 *
 * @param userId The member.
 * @param formId The form.
 * @param draft  The draft.
 */
export function saveDraft( userId: number, formId: string, draft: Draft ) {
	try {
		window.localStorage.setItem(
			storageKey( userId, formId ),
			JSON.stringify( { ...draft, savedAt: Date.now() } )
		);
	} catch {
		// Without storage the draft lives only in the page, which still keeps it.
	}
}

/**
 * Forgets the draft, once the listing is confirmed.
 *
 * @param userId The member.
 * @param formId The form.
 */
export function clearDraft( userId: number, formId: string ) {
	try {
		window.localStorage.removeItem( storageKey( userId, formId ) );
	} catch {}
}

/**
 * The values to put back into a form from a draft. A new listing's draft is put back whole.
 * A stored listing's draft brings back only the fields the member changed from what the form
 * was opened with, over the values stored now: a change made to the listing since (by the
 * member elsewhere, or by a moderator) is not overwritten by the draft's older copy of it.
 *
 * @param draft   The saved draft.
 * @param current The form's values now, as the page brought them.
 */
export function restoredValues(
	draft: Draft,
	current: FormValues
): FormValues {
	const { base, values } = draft;
	if ( ! base ) {
		return values;
	}
	const restored = { ...current };
	for ( const key in values ) {
		if ( String( values[ key ] ) !== String( base[ key ] ) ) {
			restored[ key ] = values[ key ];
		}
	}
	return restored;
}

/**
 * A new idempotency key for a create.
 */
export function newIdempotencyKey(): string {
	if ( typeof window.crypto?.randomUUID === 'function' ) {
		return window.crypto.randomUUID();
	}
	return `${ Date.now().toString( 36 ) }-${ Math.random()
		.toString( 36 )
		.slice( 2 ) }`;
}
