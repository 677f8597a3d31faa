/**
 * The idempotency keys this browser tab has sent its creates with, and the keys it sends in
 * place of a key another tab used.
 *
 * A draft and its key live in localStorage, so a draft opened in a second tab brings the same
 * key with it. The server refuses a key already used for a listing with other content (409
 * job_submit_key_reused, naming that listing). Who sent the first create decides what the
 * member meant:
 * - this tab: its answer was lost on the way, and the member changed the form before sending
 *   it again. It is the same listing, changed.
 * - another tab: it is another listing, which gets a key of its own here.
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

/** The record when sessionStorage cannot be used (a browser that refuses storage). */
let inMemory: SentKeys = { sent: [], replaced: {} };

function read(): SentKeys {
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
		// Kept in memory instead.
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
