/**
 * The client of the test-only gate inspector (e2e/plugins/gate-inspector.php): what a run
 * wrote, read by an administrator straight from the database.
 */

/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/** The plugin's slug, for requestUtils.activatePlugin(). */
export const GATE_INSPECTOR = 'job-submit-block-test-gate-inspector';

/** The highest row IDs when the run began. */
export interface GateMark {
	post: number;
	postmeta: number;
	term: number;
	option: number;
}

/** One user's traces. */
export interface UserTraces {
	/** Their job listings in any status, trash and auto-drafts included. */
	listings: number;
	byStatus: Record< string, number >;
	/** The keys (of those asked about) claimed for them. */
	claimed: string[];
	/** Their creates in the rate-limit window; null before the gate's helper exists. */
	recentCreates: number | null;
	/** Whether their submission lock is held. */
	locked: boolean;
}

/** What the inspector reports. */
export interface GateReport {
	gate: { recentCreates: boolean; idempotencyOption: boolean };
	since: {
		posts: Array< {
			id: number;
			type: string;
			status: string;
			author: number;
			parent: number;
			title: string;
		} >;
		postmeta: string[];
		terms: string[];
		options: string[];
	};
	users: Record< string, UserTraces >;
	watched: Record< string, string >;
	watchedTerms: Record< string, string >;
}

/** What to report on. */
export interface GateQuery {
	since: GateMark;
	marker: string;
	users: Array< { id: number; keys: string[] } >;
	watch: number[];
	watchTerms: number[];
}

/**
 * The forms a server may have stored a key in: as sent, trimmed, with control characters
 * and runs of white space made one space, cut to 100 characters.
 *
 * @param key A key as sent.
 */
export function keyVariants( key: string ) {
	const cleaned = key
		.replace( /[\u0000-\u001f\u007f]/g, ' ' )
		.replace( /\s+/g, ' ' )
		.trim();
	return [
		...new Set( [
			key,
			key.trim(),
			cleaned,
			key.slice( 0, 100 ),
			cleaned.slice( 0, 100 ),
		] ),
	];
}

/**
 * Marks where the tables end now.
 *
 * @param requestUtils The admin's request utilities.
 */
export async function gateMark( requestUtils: RequestUtils ) {
	return ( await requestUtils.rest( {
		path: '/job-submit-block-test/v1/gate/mark',
	} ) ) as GateMark;
}

/**
 * Reports what was written since a mark, and each user's traces.
 *
 * @param requestUtils The admin's request utilities.
 * @param query        What to report on.
 */
export async function gateReport(
	requestUtils: RequestUtils,
	query: GateQuery
) {
	return ( await requestUtils.rest( {
		method: 'POST',
		path: '/job-submit-block-test/v1/gate/report',
		data: {
			...query,
			users: query.users.map( ( { id, keys } ) => ( {
				id,
				keys: [ ...new Set( keys.flatMap( keyVariants ) ) ],
			} ) ),
		},
	} ) ) as GateReport;
}
