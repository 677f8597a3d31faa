/**
 * External dependencies
 */
import { request, type APIRequestContext } from '@playwright/test';

/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

export const BASE_URL = process.env.WP_BASE_URL ?? 'http://localhost:8889';
export const LISTINGS = '/wp-json/wp/v2/job-listings';
export const PASSWORD = 'password';

/** A WordPress role, or no account at all. */
export type Role =
	| 'guest'
	| 'subscriber'
	| 'contributor'
	| 'author'
	| 'editor'
	| 'administrator';

export interface TestUser {
	id: number;
	username: string;
	role: Role;
}

/**
 * Inside a test, Playwright gives new request contexts the configured storage state, which
 * is the administrator's session: every client here starts from none.
 */
const NO_SESSION = { cookies: [], origins: [] };

let userCount = 0;

/**
 * Creates a user of a role with a unique name and the shared test password.
 *
 * @param requestUtils The admin's request utilities.
 * @param role         The role.
 */
export async function createUser(
	requestUtils: RequestUtils,
	role: Exclude< Role, 'guest' >
): Promise< TestUser > {
	const username = `${ role }-${ Date.now() }-${ ++userCount }`;
	const user = await requestUtils.createUser( {
		username,
		email: `${ username }@example.com`,
		firstName: role,
		lastName: 'Tester',
		password: PASSWORD,
		roles: [ role ],
	} );
	return { id: user.id, username, role };
}

/**
 * A REST client authenticated by an application password, as a developer posting from
 * another site or app would be; a client with no credentials for a guest.
 *
 * @param requestUtils The admin's request utilities, to issue the application password.
 * @param user         The user, or null for a guest.
 */
export async function applicationPasswordClient(
	requestUtils: RequestUtils,
	user: TestUser | null
): Promise< APIRequestContext > {
	if ( ! user ) {
		return request.newContext( {
			baseURL: BASE_URL,
			storageState: NO_SESSION,
		} );
	}
	const { password } = ( await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/users/${ user.id }/application-passwords`,
		data: { name: `e2e ${ Date.now() }` },
	} ) ) as { password: string };
	return request.newContext( {
		baseURL: BASE_URL,
		storageState: NO_SESSION,
		httpCredentials: { username: user.username, password, send: 'always' },
	} );
}

/**
 * Logs a browser context in by posting wp-login.php's form, as the login screen does, with
 * the context's own request client: the login cookies land in the context, and its pages
 * are logged in. Drawing the login screen and then the wp-admin screen it sends a member to
 * cost every spec that needs a member a few seconds of nothing it checks; the specs about
 * logging in drive the screen itself.
 *
 * @param client   The context's request client (`page.request`, or a request context).
 * @param username The user's login.
 */
export async function logInContext(
	client: APIRequestContext,
	username: string
) {
	const response = await client.post( '/wp-login.php', {
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

/**
 * A client logged in through wp-login.php, holding the login cookie as a browser would,
 * and the wp_rest nonce that WordPress issues to that session.
 *
 * @param username The user's login.
 */
export async function cookieClient( username: string ) {
	const context = await request.newContext( {
		baseURL: BASE_URL,
		storageState: NO_SESSION,
	} );
	await logInContext( context, username );
	const nonceResponse = await context.get(
		'/wp-admin/admin-ajax.php?action=rest-nonce'
	);
	const nonce = ( await nonceResponse.text() ).trim();
	return { context, nonce };
}

/**
 * A valid listing as the REST API takes it.
 * @param overrides
 */
export function listingPayload( overrides: Record< string, unknown > = {} ) {
	return {
		title: 'Senior Gardener',
		content: '<p>Tend the <strong>roses</strong>.</p>',
		meta: {
			_company_name: 'Green Ltd',
			_company_website: 'https://green.example',
			_job_location: 'Lisbon',
			_application: 'jobs@green.example',
		},
		...overrides,
	};
}
