/**
 * Keeps a site's themes in step with the provisioned core: a site copied before a theme was
 * added to the core (see provision-wordpress.sh) gets it at its next start.
 */

import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Copies every theme of the core that the site lacks.
 *
 * @param {string} core The provisioned core's folder.
 * @param {string} site The site's WordPress folder.
 */
export function copyMissingThemes( core, site ) {
	const from = join( core, 'wp-content/themes' );
	for ( const theme of readdirSync( from ) ) {
		const to = join( site, 'wp-content/themes', theme );
		if ( ! existsSync( to ) ) {
			cpSync( join( from, theme ), to, { recursive: true } );
		}
	}
}
