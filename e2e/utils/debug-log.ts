/**
 * External dependencies
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The target site's PHP debug log (WP_DEBUG_LOG is on there), read from the host: the
 * site's files are a folder of the project. scripts/e2e.mjs names it for the target.
 */
const DEBUG_LOG =
	process.env.WP_DEBUG_LOG_PATH ??
	path.join(
		__dirname,
		'../../.cache/wordpress/sites/tests/wp-content/debug.log'
	);

/**
 * Remembers where the log ends now, so that a test reads only what it caused.
 */
export function markDebugLog() {
	const offset = existsSync( DEBUG_LOG ) ? statSync( DEBUG_LOG ).size : 0;
	return {
		/** PHP errors, warnings, notices and deprecations logged since the mark. */
		problemsSince(): string[] {
			if ( ! existsSync( DEBUG_LOG ) ) {
				return [];
			}
			return readFileSync( DEBUG_LOG, 'utf8' )
				.slice( offset )
				.split( '\n' )
				.filter( ( line ) =>
					/PHP (Fatal error|Parse error|Warning|Notice|Deprecated)/.test(
						line
					)
				);
		},
	};
}
