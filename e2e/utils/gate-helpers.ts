/**
 * External dependencies
 */
import {
	expect,
	type APIRequestContext,
	type APIResponse,
	type Browser,
	type BrowserContextOptions,
	type Page,
} from '@playwright/test';

/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	applicationPasswordClient,
	createUser,
	logInContext,
} from './rest-clients';
import type { StoredListing } from './listings';
import type { TestUser } from './rest-clients';

/** A member (a subscriber) with a REST client authenticated as them. */
export interface Member {
	user: TestUser;
	client: APIRequestContext;
}

/** A WordPress REST error body. */
export interface RestError {
	code: string;
	message: string;
	data?: { status?: number; params?: Record< string, string > };
}

/**
 * Every post status a listing can be in, `any` leaving out those hidden from searches
 * (trash, expired, auto-draft), which are named as well.
 */
const EVERY_STATUS = 'any,trash,expired,auto-draft';

/**
 * Creates a subscriber and a REST client authenticated by an application password as them.
 *
 * @param requestUtils The admin's request utilities.
 */
export async function createMember(
	requestUtils: RequestUtils
): Promise< Member > {
	const user = await createUser( requestUtils, 'subscriber' );
	return {
		user,
		client: await applicationPasswordClient( requestUtils, user ),
	};
}

/**
 * Every listing of an author in every status, trash included, as the admin reads them.
 *
 * @param requestUtils The admin's request utilities.
 * @param author       The author's ID.
 */
export async function everyListingBy(
	requestUtils: RequestUtils,
	author: number
): Promise< StoredListing[] > {
	return ( await requestUtils.rest( {
		path: '/wp/v2/job-listings',
		params: {
			author,
			status: EVERY_STATUS,
			context: 'edit',
			per_page: 100,
		},
	} ) ) as StoredListing[];
}

/**
 * A REST request as the administrator that answers with its status rather than throwing on
 * an error (requestUtils.rest throws the body of any non-2xx answer).
 *
 * @param requestUtils    The admin's request utilities.
 * @param options         The request.
 * @param options.method  HTTP method.
 * @param options.path    Route, e.g. `/wp/v2/settings`.
 * @param options.data    JSON body.
 * @param options.headers Extra headers.
 */
export async function adminRequest(
	requestUtils: RequestUtils,
	{
		method = 'GET',
		path,
		data,
		headers = {},
	}: {
		method?: string;
		path: string;
		data?: unknown;
		headers?: Record< string, string >;
	}
): Promise< APIResponse > {
	if ( ! requestUtils.storageState?.nonce ) {
		await requestUtils.setupRest();
	}
	return requestUtils.request.fetch( `/wp-json${ path }`, {
		method,
		data,
		headers: {
			'X-WP-Nonce': requestUtils.storageState!.nonce,
			...headers,
		},
		failOnStatusCode: false,
	} );
}

/**
 * Asserts a REST answer is WordPress's `400 rest_invalid_param` with a message for each
 * field named, and returns its field messages.
 *
 * @param response The answer.
 * @param fields   Keys expected in `data.params`.
 */
export async function expectInvalidParams(
	response: APIResponse,
	fields: string[]
): Promise< Record< string, string > > {
	const body = ( await response.json() ) as RestError;
	expect( { status: response.status(), code: body.code } ).toEqual( {
		status: 400,
		code: 'rest_invalid_param',
	} );
	const params = body.data?.params ?? {};
	for ( const field of fields ) {
		expect( params[ field ], `a message for ${ field }` ).toEqual(
			expect.any( String )
		);
	}
	return params;
}

/**
 * A word no other listing holds, to find one listing by search.
 *
 * @param prefix Letters to start with.
 */
export function uniqueWord( prefix: string ): string {
	return `${ prefix }${ Date.now().toString( 36 ) }${ Math.random()
		.toString( 36 )
		.slice( 2, 8 ) }`;
}

/**
 * A browser page in a context of its own, logged in as a user through wp-login.php's form
 * (logInContext in rest-clients.ts), on no page yet. Close it
 * with `page.context().close()`.
 *
 * @param browser        The browser.
 * @param username       The user's login.
 * @param contextOptions More options of the context, such as `javaScriptEnabled: false`.
 */
export async function loggedInPage(
	browser: Browser,
	username: string,
	contextOptions: BrowserContextOptions = {}
): Promise< Page > {
	// Inside a test, new contexts get the configured (admin's) storage state: start from none.
	const context = await browser.newContext( {
		...contextOptions,
		storageState: { cookies: [], origins: [] },
	} );
	const page = await context.newPage();
	await logInContext( page.request, username );
	return page;
}
