/**
 * The idempotency keys this browser tab has sent its creates with, and the keys it sends in
 * place of a key another tab used.
 *
 * A draft and its key live in localStorage, so a draft opened in a second tab brings the same
 * key with it. The server refuses a key already used for a listing with other content (409
 * job_submit_key_reused, naming that listing, and whether the member may still edit it). Who
 * sent the first create decides what the member meant:
 * - this tab: its answer was lost on the way, and the member changed the form before sending
 *   it again. It is the same listing, changed, if the site lets the member change it.
 * - another tab: it is another listing, which gets a key of its own here; so is a change the
 *   site no longer lets the member make to the listing (the changes are not lost).
 *
 * Kept in sessionStorage: one record per tab, which outlives the tab's reloads.
 */

/**
 * Internal dependencies
 */
import { newIdempotencyKey } from './draft-storage';

const STORAGE_KEY = 'job-submit-block-sent-keys';
/** Enough for the creates of one tab; the oldest are forgotten first. */
const MOST_KEPT = 20;

interface SentKeys {
	/** Keys this tab sent a create with. */
	sent: string[];
	/** Keys another tab used, and the key this tab sends instead of each. */
	replaced: Record< string, string >;
}

/** The record as this page last wrote or read it. */
let inMemory: SentKeys = { sent: [], replaced: {} };
/** Whether a write to sessionStorage failed (full, or refused): from then on, memory holds the newer record. */
let storageFailed = false;

function read(): SentKeys {
	if ( storageFailed ) {
		return inMemory;
	}
	try {
		const stored = window.sessionStorage.getItem( STORAGE_KEY );
		if ( stored ) {
			inMemory = JSON.parse( stored ) as SentKeys;
		}
	} catch {
		// Kept in memory instead.
	}
	return inMemory;
}

function write( keys: SentKeys ) {
	inMemory = keys;
	try {
		window.sessionStorage.setItem( STORAGE_KEY, JSON.stringify( keys ) );
	} catch {
		storageFailed = true;
	}
}

/**
 * The key to send a create with: the draft's, or the one this tab uses in its place.
 *
 * @param draftKey The draft's key.
 */
export function keyToSend( draftKey: string ): string {
	return read().replaced[ draftKey ] ?? draftKey;
}

/**
 * Whether this tab sent a create with the key before.
 *
 * @param key The key.
 */
export function sentBefore( key: string ): boolean {
	return read().sent.includes( key );
}

/**
 * Records that this tab sends a create with the key.
 *
 * @param key The key.
 */
export function rememberSent( key: string ) {
	const keys = read();
	if ( ! keys.sent.includes( key ) ) {
		write( {
			...keys,
			sent: [ ...keys.sent, key ].slice( -MOST_KEPT ),
		} );
	}
}

/**
 * Forgets that this tab sent a create with the key: the site refused that create for sure (a
 * field, the hourly limit, a logged-out member), so the key made nothing here. Another tab
 * may yet make a listing with it, which this tab must not take for its own.
 *
 * @param key The key.
 */
export function forgetSent( key: string ) {
	const keys = read();
	write( {
		...keys,
		sent: keys.sent.filter( ( sent ) => sent !== key ),
	} );
}

/**
 * A key of this tab's own for a draft whose key another tab used, kept for the draft's later
 * tries, so that they too are one create.
 *
 * @param draftKey The draft's key.
 * @return The new key.
 */
export function replaceKey( draftKey: string ): string {
	const fresh = newIdempotencyKey();
	const keys = read();
	const replaced = Object.entries( {
		...keys.replaced,
		[ draftKey ]: fresh,
	} ).slice( -MOST_KEPT );
	write( { ...keys, replaced: Object.fromEntries( replaced ) } );
	return fresh;
}
