/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Sets the plugin's settings through the REST settings endpoint, as an administrator would on
 * the settings screen, and returns a function that puts back what was there.
 *
 * @param requestUtils The admin's request utilities.
 * @param values       Settings by option name.
 */
export async function withSettings(
	requestUtils: RequestUtils,
	values: Record< string, unknown >
) {
	const before = ( await requestUtils.rest( {
		path: '/wp/v2/settings',
	} ) ) as Record< string, unknown >;
	await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/settings',
		data: values,
	} );
	return async () => {
		const restore = Object.fromEntries(
			Object.keys( values ).map( ( name ) => [ name, before[ name ] ] )
		);
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/settings',
			data: restore,
		} );
	};
}
