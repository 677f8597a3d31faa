/**
 * Internal dependencies
 */
import type { FormValues } from './types';

/** A draft kept in the browser: what the member typed, and the key of its create. */
export interface Draft {
	values: FormValues;
	idempotencyKey: string;
}

/**
 * Where a member's draft of a form is kept: per member, so that someone else logging in on
 * the same browser does not see it, and per form.
 *
 * @param userId The member.
 * @param formId The form.
 */
function storageKey( userId: number, formId: string ) {
	return `job-submit-block:draft:${ userId }:${ formId }`;
}

/**
 * The saved draft, if any.
 *
 * @param userId The member.
 * @param formId The form.
 */
export function loadDraft( userId: number, formId: string ): Draft | null {
	try {
		const saved = window.localStorage.getItem(
			storageKey( userId, formId )
		);
		return saved ? ( JSON.parse( saved ) as Draft ) : null;
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
			JSON.stringify( draft )
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
