/**
 * External dependencies
 */
import { request, type APIRequestContext } from '@playwright/test';
import { writeFileSync } from 'node:fs';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	BASE_URL,
	LISTINGS,
	PASSWORD,
	applicationPasswordClient,
	cookieClient,
	createUser,
	listingPayload,
	type TestUser,
} from './utils/rest-clients';
import { markDebugLog } from './utils/debug-log';
import { withSettings } from './utils/settings';
import {
	buildCorpus,
	type CorpusContext,
	type FuzzRow,
	type Sender,
} from './fuzz/corpus';
import {
	GATE_INSPECTOR,
	gateMark,
	gateReport,
	type GateQuery,
	type GateReport,
} from './fuzz/inspector';
import { coverOf } from './fuzz/cover';
import { runCorpus, tally, type SenderClient } from './fuzz/run';

/**
 * Requests in flight at once. The stack serves eight PHP workers. Playground serves six, but
 * each is PHP in WebAssembly with a heap of its own: on two cores, six at once took longer
 * and a fifth more CPU than two (36 s and 116 CPU-seconds against 30 and 95).
 */
const CONCURRENCY = process.env.WP_RUNTIME === 'playground' ? 2 : 6;

/** The demo page that holds the form (seeded on every site). */
const FORM_PAGE = '/post-a-job/';
const LIST_PAGE = '/my-job-listings/';

const NO_SESSION = { cookies: [], origins: [] };

/**
 * WordPress's own warning for a JSON body that is a bare string, number or boolean: core's
 * WP_REST_Request::sanitize_params() loops over it before any rest_request_before_callbacks
 * filter runs. It is core's, on every route with arguments; the contract does not ask the
 * gate to refuse such bodies before core reads them, so it alone is let through.
 */
const CORE_SCALAR_JSON_WARNING =
	/PHP Warning: +foreach\(\) argument must be of type array\|object, \w+ given in \S*\/wp-includes\/rest-api\/class-wp-rest-request\.php/;

/**
 * PHP errors, warnings and notices in the debug log since a mark, but core's own warning
 * for scalar JSON bodies.
 *
 * @param log A mark of the debug log.
 */
function phpProblems( log: ReturnType< typeof markDebugLog > ) {
	return log
		.problemsSince()
		.filter( ( line ) => ! CORE_SCALAR_JSON_WARNING.test( line ) );
}

/**
 * The form's hidden inputs as rendered for a logged-in member, and the page's markup.
 *
 * @param context The member's cookie client.
 */
async function renderedForm( context: APIRequestContext ) {
	const html = await ( await context.get( FORM_PAGE ) ).text();
	const input = ( name: string ) =>
		new RegExp( `name="${ name }" value="([^"]*)"` )
			.exec( html )?.[ 1 ]
			?.replace( /&quot;/g, '"' )
			.replace( /&#0?39;/g, "'" )
			.replace( /&lt;/g, '<' )
			.replace( /&gt;/g, '>' )
			.replace( /&amp;/g, '&' );
	const token = input( 'job_submit_form' );
	const nonce = input( 'job_submit_nonce' );
	if ( ! token || ! nonce ) {
		throw new Error( `${ FORM_PAGE } shows a member no form.` );
	}
	return { token, nonce, html };
}

/**
 * The nonce of the list's actions as the list page renders it for a member with listings.
 *
 * @param context The member's cookie client.
 */
async function listNonce( context: APIRequestContext ) {
	const html = await ( await context.get( LIST_PAGE ) ).text();
	const nonce = /name="job_listing_nonce" value="([^"]+)"/.exec(
		html
	)?.[ 1 ];
	if ( ! nonce ) {
		throw new Error( `${ LIST_PAGE } shows the member no actions.` );
	}
	return nonce;
}

/**
 * A client sending the account's login password over Basic auth, or a wrong one.
 *
 * @param user     The user.
 * @param password The password to send.
 */
function basicAuthClient( user: TestUser, password: string ) {
	return request.newContext( {
		baseURL: BASE_URL,
		storageState: NO_SESSION,
		httpCredentials: { username: user.username, password, send: 'always' },
	} );
}

/**
 * Links to the listings screens: a member's admin menu and admin bar must have none.
 *
 * @param html A page.
 */
function listingScreenLinks( html: string ) {
	return [
		...new Set(
			html.match(
				/(?:edit|post-new)\.php\?post_type=job_listing[^"'\s]*/g
			) ?? []
		),
	];
}

/**
 * What the run left for each user, beside what a run that leaves nothing behind leaves:
 * the same as before, no key claimed, no lock held, and for member A (who had nothing)
 * nothing at all.
 *
 * @param before The report before the run.
 * @param after  The report after it.
 * @param users  The users by name.
 */
function tracesAgainstExpected(
	before: GateReport,
	after: GateReport,
	users: Record< string, number >
) {
	const actual: Record< string, unknown > = {};
	const expected: Record< string, unknown > = {};
	for ( const [ name, id ] of Object.entries( users ) ) {
		const was = before.users[ id ];
		const is = after.users[ id ];
		actual[ name ] = {
			listings: is.listings,
			byStatus: is.byStatus,
			claimed: is.claimed,
			recentCreates: is.recentCreates,
			locked: is.locked,
		};
		const untouched = name === 'member A';
		expected[ name ] = {
			listings: untouched ? 0 : was.listings,
			byStatus: untouched ? {} : was.byStatus,
			claimed: [],
			recentCreates: untouched ? 0 : was.recentCreates,
			locked: false,
		};
	}
	return { actual, expected };
}

test.describe(
	'Fuzz corpus: bad requests to job listings on every path',
	{ tag: '@playground' },
	() => {
		// Playground answers a few requests a second and runs a cover of the corpus (see
		// fuzz/cover.ts); the stack runs all of it in seconds.
		test.describe.configure( { timeout: 600_000 } );

		const contexts: APIRequestContext[] = [];
		let senders: Record< Sender, SenderClient >;
		let fullCorpus: FuzzRow[];
		let corpus: FuzzRow[];
		let query: Omit< GateQuery, 'since' >;
		let users: Record< string, number >;
		let member: TestUser;
		let frontEndHtml: string;
		let restoreSettings: () => Promise< void >;
		const fixtures: { listings: number[]; categories: number[] } = {
			listings: [],
			categories: [],
		};

		test.beforeAll( async ( { requestUtils } ) => {
			await requestUtils.activatePlugin( GATE_INSPECTOR );
			// A limit of one: a create counted by mistake would make the closing create a 429.
			restoreSettings = await withSettings( requestUtils, {
				job_submit_block_rate_limit: 1,
			} );
			const marker = `fz${ Date.now().toString( 36 ) }`;
			member = await createUser( requestUtils, 'subscriber' );
			const other = await createUser( requestUtils, 'contributor' );
			const author = await createUser( requestUtils, 'author' );
			const admin = ( await requestUtils.rest( {
				path: '/wp/v2/users/me',
			} ) ) as { id: number };

			const cookies = {
				memberCookie: await cookieClient( member.username ),
				otherCookie: await cookieClient( other.username ),
				authorCookie: await cookieClient( author.username ),
			};
			const app = {
				member: await applicationPasswordClient( requestUtils, member ),
				other: await applicationPasswordClient( requestUtils, other ),
				author: await applicationPasswordClient( requestUtils, author ),
				guest: await applicationPasswordClient( requestUtils, null ),
				memberWrongPassword: await basicAuthClient(
					member,
					'abcd EFGH ijkl MNOP qrst UVWX'
				),
				memberLoginPassword: await basicAuthClient( member, PASSWORD ),
			};
			contexts.push(
				...Object.values( app ),
				...Object.values( cookies ).map( ( { context } ) => context )
			);
			senders = {
				member: { context: app.member, userId: member.id },
				memberWrongPassword: {
					context: app.memberWrongPassword,
					userId: member.id,
				},
				memberLoginPassword: {
					context: app.memberLoginPassword,
					userId: member.id,
				},
				other: { context: app.other, userId: other.id },
				author: { context: app.author, userId: author.id },
				guest: { context: app.guest, userId: 0 },
				memberCookie: { ...cookies.memberCookie, userId: member.id },
				otherCookie: { ...cookies.otherCookie, userId: other.id },
				authorCookie: { ...cookies.authorCookie, userId: author.id },
			};

			const [ jobType ] = ( await requestUtils.rest( {
				path: '/wp/v2/job-types',
				params: { per_page: 1 },
			} ) ) as Array< { id: number } >;
			const category = ( await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/job-categories',
				data: { name: `Fuzz category ${ marker }` },
			} ) ) as { id: number };
			fixtures.categories.push( category.id );
			const adminListing = ( await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/job-listings',
				data: listingPayload( {
					title: `Administrator’s listing ${ marker }`,
					status: 'pending',
				} ),
			} ) ) as { id: number };
			const ownListing = ( await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/job-listings',
				data: listingPayload( {
					title: `Member B’s listing ${ marker }`,
					status: 'pending',
					author: other.id,
				} ),
			} ) ) as { id: number };
			const [ liveListing, expiredListing ] = ( await Promise.all(
				[ 'publish', 'expired' ].map( ( status ) =>
					requestUtils.rest( {
						method: 'POST',
						path: '/wp/v2/job-listings',
						data: listingPayload( {
							title: `Member B’s ${ status } listing ${ marker }`,
							status,
							author: other.id,
						} ),
					} )
				)
			) ) as Array< { id: number } >;
			fixtures.listings.push(
				adminListing.id,
				ownListing.id,
				liveListing.id,
				expiredListing.id
			);
			const [ formPage ] = ( await requestUtils.rest( {
				path: '/wp/v2/pages',
				params: { slug: FORM_PAGE.replace( /\//g, '' ) },
			} ) ) as Array< { id: number } >;

			const memberForm = await renderedForm(
				cookies.memberCookie.context
			);
			frontEndHtml = memberForm.html;
			const context: CorpusContext = {
				marker,
				adminId: admin.id,
				memberId: member.id,
				otherId: other.id,
				authorId: author.id,
				usernames: {
					member: member.username,
					other: other.username,
					author: author.username,
				},
				adminListing: adminListing.id,
				ownListing: ownListing.id,
				liveListing: liveListing.id,
				expiredListing: expiredListing.id,
				jobType: jobType.id,
				jobCategory: category.id,
				formPage: FORM_PAGE,
				formPageId: formPage.id,
				forms: {
					memberCookie: memberForm,
					otherCookie: await renderedForm(
						cookies.otherCookie.context
					),
					authorCookie: await renderedForm(
						cookies.authorCookie.context
					),
				},
				memberRestNonce: cookies.memberCookie.nonce,
				listPage: LIST_PAGE,
				listNonce: await listNonce( cookies.otherCookie.context ),
			};
			fullCorpus = buildCorpus( context );
			corpus =
				process.env.WP_RUNTIME === 'playground'
					? coverOf( fullCorpus )
					: fullCorpus;

			users = {
				'member A': member.id,
				'member B': other.id,
				'member C': author.id,
				guest: 0,
			};
			const keysOf = ( id: number ) =>
				corpus
					.filter( ( row ) => senders[ row.as ].userId === id )
					.flatMap( ( row ) => row.keys );
			query = {
				marker,
				users: Object.values( users ).map( ( id ) => ( {
					id,
					keys: keysOf( id ),
				} ) ),
				watch: [
					adminListing.id,
					ownListing.id,
					liveListing.id,
					expiredListing.id,
				],
				watchTerms: [ jobType.id, category.id ],
			};
		} );

		test.afterAll( async ( { requestUtils } ) => {
			await Promise.all(
				contexts.map( ( context ) => context.dispose() )
			);
			for ( const id of fixtures.listings ) {
				await requestUtils.rest( {
					method: 'DELETE',
					path: `/wp/v2/job-listings/${ id }`,
					params: { force: true },
				} );
			}
			for ( const id of fixtures.categories ) {
				await requestUtils.rest( {
					method: 'DELETE',
					path: `/wp/v2/job-categories/${ id }`,
					params: { force: true },
				} );
			}
			await restoreSettings?.();
			await requestUtils.deactivatePlugin( GATE_INSPECTOR );
		} );

		test( 'every bad request gets a useful 4xx and leaves nothing behind; the member may still post', async ( {
			requestUtils,
		}, testInfo ) => {
			expect( fullCorpus.length ).toBeGreaterThanOrEqual( 200 );
			const debugLog = markDebugLog();
			const since = await gateMark( requestUtils );
			const reportNow = () =>
				gateReport( requestUtils, { ...query, since } );
			const before = await reportNow();

			const began = Date.now();

			const verdicts =
				await test.step( `send the ${ corpus.length } rows, ${ CONCURRENCY } in flight at once`, () =>
					runCorpus( corpus, senders, CONCURRENCY ) );

			const seconds = ( Date.now() - began ) / 1000;
			const failures = verdicts
				.filter( ( verdict ) => verdict.problems.length )
				.map(
					( verdict ) =>
						`[${ verdict.category }] ${
							verdict.name
						}: ${ verdict.problems.join( '; ' ) }`
				);
			const verdictsPath = testInfo.outputPath( 'fuzz-verdicts.json' );
			writeFileSync(
				verdictsPath,
				JSON.stringify(
					{ seconds, tally: tally( verdicts ), verdicts },
					null,
					'\t'
				)
			);
			await testInfo.attach( 'fuzz-verdicts.json', {
				contentType: 'application/json',
				path: verdictsPath,
			} );
			console.log(
				`Fuzz corpus: ${ corpus.length } rows in ${ seconds.toFixed(
					1
				) } s, ${ failures.length } not refused as the contract says.`
			);
			expect
				.soft(
					failures,
					`${ failures.length } of ${ corpus.length } rows were not refused as the contract says`
				)
				.toEqual( [] );

			await test.step( 'nothing was stored, claimed or counted', async () => {
				const after = await reportNow();
				const reportPath = testInfo.outputPath( 'gate-report.json' );
				writeFileSync(
					reportPath,
					JSON.stringify( { before, after }, null, '\t' )
				);
				await testInfo.attach( 'gate-report.json', {
					contentType: 'application/json',
					path: reportPath,
				} );
				expect
					.soft( after.gate, 'the gate’s helpers are there to ask' )
					.toEqual( {
						recentCreates: true,
						idempotencyOption: true,
					} );
				expect
					.soft( after.since.posts, 'posts written by the run' )
					.toEqual( [] );
				expect
					.soft(
						after.since.postmeta,
						'post meta written by the run'
					)
					.toEqual( [] );
				expect
					.soft( after.since.terms, 'terms written by the run' )
					.toEqual( [] );
				const { actual, expected } = tracesAgainstExpected(
					before,
					after,
					users
				);
				expect
					.soft(
						actual,
						'listings in any status, claimed keys, create logs, locks'
					)
					.toEqual( expected );
				expect
					.soft(
						after.watched,
						'the existing listings are unchanged'
					)
					.toEqual( before.watched );
				expect
					.soft(
						after.watchedTerms,
						'the existing terms are unchanged'
					)
					.toEqual( before.watchedTerms );
			} );

			await test.step( 'no PHP error, warning or notice was logged', () => {
				expect.soft( phpProblems( debugLog ) ).toEqual( [] );
			} );

			await test.step( 'a member’s menus offer no listing screens', async () => {
				const profile = await senders.memberCookie.context.get(
					'/wp-admin/profile.php'
				);
				expect.soft( profile.status() ).toBe( 200 );
				expect
					.soft(
						listingScreenLinks( await profile.text() ),
						'links in the admin menu and admin bar'
					)
					.toEqual( [] );
				expect
					.soft(
						listingScreenLinks( frontEndHtml ),
						'links in the admin bar on the form’s page'
					)
					.toEqual( [] );
			} );

			await test.step( 'a valid create by the same member still answers 201', async () => {
				const created = await senders.member.context.post( LISTINGS, {
					data: listingPayload( {
						title: `Control ${ query.marker }`,
					} ),
					headers: { 'Idempotency-Key': `${ query.marker }-control` },
				} );
				expect( created.status() ).toBe( 201 );
				expect( await created.json() ).toMatchObject( {
					status: 'pending',
					author: member.id,
				} );
			} );
		} );
	}
);
