/**
 * External dependencies
 */
import type { APIRequestContext } from '@playwright/test';

/**
 * Internal dependencies
 */
import { PASSWORD } from './rest-clients';

/**
 * Logs a browser context in by posting wp-login.php's form, as the login screen does, with
 * the context's own request client: the login cookies land in the context, and its pages
 * are logged in. Drawing the login screen and then the wp-admin screen it sends a member to
 * cost every spec that needs a member a few seconds of nothing it checks; the specs about
 * logging in drive the screen itself.
 *
 * @param request  The browser context's request client (`page.request`).
 * @param username The user's login.
 */
export async function logInContext(
	request: APIRequestContext,
	username: string
) {
	const response = await request.post( '/wp-login.php', {
		form: { log: username, pwd: PASSWORD, 'wp-submit': 'Log In' },
		maxRedirects: 0,
	} );
	// A good login is answered with a redirect; a refused one with the form again.
	if ( response.status() !== 302 ) {
		throw new Error(
			`Logging in as ${ username } was refused (HTTP ${ response.status() })`
		);
	}
}
