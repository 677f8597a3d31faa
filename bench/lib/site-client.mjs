/**
 * Talking to the benchmark's WordPress as its users: the administrator through REST, members
 * in browser contexts, each logged in through wp-login.php as a person would be.
 */

import { request } from '@playwright/test';

export const PASSWORD = 'password';

/**
 * A request context logged in through wp-login.php, with the wp_rest nonce of its session.
 *
 * @param {string} baseURL  The site.
 * @param {string} username The user's login.
 */
export async function loggedInClient( baseURL, username ) {
	const context = await request.newContext( { baseURL } );
	await context.post( '/wp-login.php', {
		form: { log: username, pwd: PASSWORD, testcookie: '1' },
		headers: { Cookie: 'wordpress_test_cookie=WP%20Cookie%20check' },
		maxRedirects: 0,
	} );
	const nonce = (
		await (
			await context.get( '/wp-admin/admin-ajax.php?action=rest-nonce' )
		).text()
	).trim();
	const rest = async ( method, path, data ) => {
		const response = await context.fetch( `/wp-json${ path }`, {
			method,
			data,
			headers: { 'X-WP-Nonce': nonce },
			// Under the concurrency burst requests queue for Playground's few PHP workers.
			timeout: 180_000,
		} );
		return {
			status: response.status(),
			body: await response.json(),
			headers: response.headers(),
		};
	};
	return { context, nonce, rest, baseURL, username };
}

/**
 * The same user's client on new connections. Reloading nginx (the stack's node count) closes
 * the connections its old workers kept alive, and a request sent on one of those fails with
 * ECONNRESET: a new request context has none of them.
 *
 * @param {Object} client The client, as loggedInClient made it.
 */
export async function reconnected( client ) {
	await client.context.dispose();
	return loggedInClient( client.baseURL, client.username );
}

let created = 0;

/**
 * Creates a user of a role with the shared password.
 *
 * @param {{rest: Function}} admin The administrator's client.
 * @param {string}           role  The role.
 */
export async function createUser( admin, role ) {
	const username = `bench-${ role }-${ Date.now() }-${ ++created }`;
	const { body } = await admin.rest( 'POST', '/wp/v2/users', {
		username,
		email: `${ username }@example.com`,
		password: PASSWORD,
		roles: [ role ],
	} );
	return { id: body.id, username };
}

/**
 * A browser context logged in as a user.
 *
 * @param {import('@playwright/test').Browser} browser  The browser.
 * @param {string}                             baseURL  The site.
 * @param {string}                             username The user's login.
 */
export async function browserContextAs( browser, baseURL, username ) {
	const context = await browser.newContext( { baseURL } );
	const page = await context.newPage();
	await page.goto( '/wp-login.php' );
	await page.fill( '#user_login', username );
	await page.fill( '#user_pass', PASSWORD );
	await Promise.all( [
		page.waitForURL( /wp-admin/ ),
		page.click( '#wp-submit' ),
	] );
	await page.close();
	return context;
}

/**
 * A valid listing as the REST API takes it.
 *
 * @param {string} title The job title.
 */
export function listingPayload( title = 'Benchmark Gardener' ) {
	return {
		title,
		content: '<p>Tend the <strong>roses</strong> and the hedges.</p>',
		meta: {
			_company_name: 'Green Ltd',
			_company_website: 'https://green.example',
			_job_location: 'Lisbon',
			_application: 'jobs@green.example',
		},
	};
}
