/**
 * WP Job Manager 2.2.2 beside the block, for the side-by-side figures: the real plugin from
 * the shared fixtures (never copied into the project), linked into the production-like
 * stack's plugins folder and activated only while its flow is measured, so that every other
 * figure is the block's alone. The stack's wp-config.php defines WP_HTTP_BLOCK_EXTERNAL, so
 * the geocoding calls of its preview step fail at once on this offline machine.
 */

import { existsSync, lstatSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURE = resolve(
	process.env.WPJM_FIXTURE_PATH ?? '../shared/fixtures/wp-job-manager'
);
const PLUGIN = '/wp/v2/plugins/wp-job-manager/wp-job-manager';

/**
 * Links the fixture into the site's plugins folder and activates it, with a page holding
 * its [submit_job_form]. Null when the site or the machine cannot have it.
 *
 * @param {{pluginsDir?: string}} target The bench target.
 * @param {{rest: Function}}      admin  The administrator's client.
 * @return {Promise<{url: string, deactivate: Function}|null>} The form page.
 */
export async function activateJobManager( target, admin ) {
	if ( ! target.pluginsDir || ! existsSync( FIXTURE ) ) {
		return null;
	}
	const link = join( target.pluginsDir, 'wp-job-manager' );
	if ( ! existsSync( link ) && ! isLink( link ) ) {
		symlinkSync( FIXTURE, link );
	}
	const { status } = await admin.rest( 'PUT', PLUGIN, {
		status: 'active',
	} );
	if ( status !== 200 ) {
		throw new Error( `Activating WP Job Manager answered ${ status }` );
	}
	const { body } = await admin.rest( 'POST', '/wp/v2/pages', {
		title: 'Bench: WP Job Manager form',
		content: '<!-- wp:shortcode -->[submit_job_form]<!-- /wp:shortcode -->',
		status: 'publish',
	} );
	return {
		url: body.link,
		deactivate: () => admin.rest( 'PUT', PLUGIN, { status: 'inactive' } ),
	};
}

function isLink( path ) {
	try {
		return lstatSync( path ).isSymbolicLink();
	} catch {
		return false;
	}
}
