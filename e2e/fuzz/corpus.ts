/**
 * The fuzz corpus: bad requests a member, another member or a guest may send to reach job
 * listings, over every path the gate's contract names (REST in its spellings, `?rest_route=`,
 * batch, autosaves, term routes, wp-admin, admin-ajax, XML-RPC and the form without
 * JavaScript), each with what the server must answer.
 *
 * The table is generated: field × bad value matrices, forbidden parameters, admin-only meta,
 * status and author, honeypot, malformed JSON, encodings, idempotency keys, form tokens,
 * authentication, terms and replays, spread over route spellings and senders. Every request
 * that could create carries an idempotency key of its own, so that the spec can prove that
 * none was claimed.
 */

/**
 * Internal dependencies
 */
import { listingPayload } from '../utils/rest-clients';
import { logoRows } from './logo-rows';
import {
	batchBody,
	encoded,
	formBody,
	xmlRpcCall,
	type BatchRequest,
	type FormPair,
} from './encode';

/**
 * Who sends a row. Member A is a subscriber, B ("other") a contributor who owns a pending
 * listing, C ("author") has the author role; all three are members, none moderates.
 */
export type Sender =
	| 'member'
	| 'memberCookie'
	| 'memberWrongPassword'
	| 'memberLoginPassword'
	| 'other'
	| 'otherCookie'
	| 'author'
	| 'authorCookie'
	| 'guest';

/**
 * The `X-WP-Nonce` a cookie sender adds: its own, none, a made-up one, or another member's.
 */
export type Nonce = 'valid' | 'none' | 'wrong' | 'foreign';

/** How a row is sent and judged. */
export type Kind =
	'rest' | 'batch' | 'form' | 'list' | 'admin' | 'ajax' | 'xmlrpc';

/** A request body. */
export type Body =
	| { json: unknown }
	| { raw: string | Buffer; type: string }
	| { form: FormPair[] }
	| {
			multipart: Record<
				string,
				string | { name: string; mimeType: string; buffer: Buffer }
			>;
	  };

/** Any 4xx status. */
export const ANY_4XX = 'any 4xx';

/** What the server must answer. */
export interface Expectation {
	/** The status, one of several, or any 4xx. */
	status: number | number[] | typeof ANY_4XX;
	/** The error's `code`. */
	code?: string;
	/** Keys that must carry a message in `data.params`. */
	params?: string[];
	/** Whether `data.params` holds exactly those keys (default: yes). */
	exact?: boolean;
	/** The message of the first of `params`, or the error's message. */
	message?: RegExp;
	/** The form: the field whose message the re-rendered form must show. */
	field?: string;
}

/** One bad request and what it must get. */
export interface FuzzRow {
	name: string;
	category: string;
	as: Sender;
	nonce?: Nonce;
	kind: Kind;
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	path: string;
	body?: Body;
	headers?: Record< string, string >;
	/** Idempotency keys the row sends, to be proven unclaimed afterwards. */
	keys: string[];
	expect: Expectation;
	/** Batch rows: what each sub-request must get, when they differ. */
	each?: Expectation[];
}

/** A write to listings, before it is sent through a route. */
interface WriteSpec {
	name: string;
	category: string;
	as: Sender;
	route: Route;
	method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	json?: unknown;
	body?: Body;
	headers?: Record< string, string >;
	keys?: string[];
	expect: Expectation;
	nonce?: Nonce;
}

/** The accounts and records a corpus is built for. */
export interface CorpusContext {
	/** A string unique to the run, in every title and term name the corpus sends. */
	marker: string;
	adminId: number;
	memberId: number;
	otherId: number;
	authorId: number;
	usernames: { member: string; other: string; author: string };
	/** An administrator's pending listing. */
	adminListing: number;
	/** A pending listing of member B ("other"), made for them by an administrator. */
	ownListing: number;
	/** A live listing of member B. */
	liveListing: number;
	/** An expired listing of member B. */
	expiredListing: number;
	jobType: number;
	jobCategory: number;
	/** The page holding the form, e.g. `/post-a-job/`. */
	formPage: string;
	/** The ID of that page. */
	formPageId: number;
	/** The hidden inputs of the form as rendered for each cookie sender. */
	forms: Record<
		'memberCookie' | 'otherCookie' | 'authorCookie',
		{ token: string; nonce: string }
	>;
	/** Member A's `wp_rest` nonce (a nonce of the wrong action for the form). */
	memberRestNonce: string;
	/** The page holding My Job Listings, e.g. `/my-job-listings/`. */
	listPage: string;
	/** Member B's nonce for the list's actions, read from B's list. */
	listNonce: string;
}

/** The listing collection in the spellings WordPress routes to it (it matches any case). */
export const COLLECTION_SPELLINGS = [
	'/wp-json/wp/v2/job-listings',
	'/wp-json/wp/v2/Job-Listings',
	'/wp-json/WP/V2/JOB-LISTINGS/',
	'/?rest_route=/wp/v2/job-listings',
	'/?rest_route=/wp/v2/Job-Listings',
	'/?rest_route=%2FWP%2Fv2%2Fjob%2Dlistings%2F',
	'/index.php?rest_route=/wp/v2/JOB-listings',
	// The query's rest_route wins over the pretty path.
	'/wp-json/wp/v2/job-types?rest_route=/wp/v2/Job-Listings',
];

/** The collection as a batch sub-request names it. */
export const BATCH_SPELLINGS = [
	'/wp/v2/job-listings',
	'/wp/v2/Job-Listings',
	'/WP/V2/JOB-LISTINGS',
];

const BATCH = '/wp-json/batch/v1';

/** A way to reach the collection: a URL, or a batch sub-request path. */
type Route = { rest: string } | { batch: string };

const ROUTES: Route[] = [
	...COLLECTION_SPELLINGS.map( ( rest ) => ( { rest } ) ),
	...BATCH_SPELLINGS.map( ( batch ) => ( { batch } ) ),
];

/**
 * An item of the collection in several spellings, and as a batch sub-request.
 *
 * @param id The listing.
 */
function itemRoutes( id: number ): Route[] {
	return [
		{ rest: `/wp-json/wp/v2/job-listings/${ id }` },
		{ rest: `/wp-json/wp/v2/Job-Listings/${ id }/` },
		// `/?rest_route=` would do on Playground; nginx answers PUT and DELETE on `/` itself.
		{ rest: `/index.php?rest_route=/wp/v2/JOB-LISTINGS/${ id }` },
		{ batch: `/wp/v2/Job-Listings/${ id }` },
	];
}

/**
 * A route with a query string added; a batch sub-request keeps it in its path.
 *
 * @param route The route.
 * @param query The query string, without `?`.
 */
function withQuery( route: Route, query: string ): Route {
	const add = ( path: string ) =>
		`${ path }${ path.includes( '?' ) ? '&' : '?' }${ query }`;
	return 'rest' in route
		? { rest: add( route.rest ) }
		: { batch: add( route.batch ) };
}

function routeName( route: Route ) {
	return 'rest' in route ? route.rest : `batch ${ route.batch }`;
}

/** Senders that take turns on the field matrix: both of A's ways in, and the other roles. */
const ROTATING_SENDERS: Sender[] = [
	'member',
	'memberCookie',
	'member',
	'other',
	'memberCookie',
	'author',
];

const REQUIRED = {
	title: /Job title is required/,
	description: /Job description is required/,
	application: /How to apply .* is required/,
};

/** Text that is not an address and would be stored empty: its format's message comes first. */
const NOT_AN_ADDRESS =
	/How to apply .* is required|Enter an email address or a web address/;
const atMost = ( length: number ) =>
	new RegExp( `at most ${ length } characters` );
const WEB_ADDRESS = /web address starting with http/;
const EMAIL_OR_URL = /email address or a web address/;
const LISTED_VALUES = /listed values/;
const NO_LONGER_AVAILABLE = /no longer available/;

/** A bad value of a field. */
interface BadValue {
	label: string;
	value: unknown;
	category: string;
	message?: RegExp;
}

const bad = (
	category: string,
	label: string,
	value: unknown,
	message?: RegExp
): BadValue => ( { category, label, value, message } );

/**
 * Sets a meta field of the listing (the rest of its meta stays valid).
 *
 * @param key The meta key.
 */
const inMeta = ( key: string ) => ( value: unknown ) => ( {
	meta: { [ key ]: value },
} );

/**
 * Distinct term IDs that do not exist.
 *
 * @param count How many.
 * @param from  The first.
 */
const unknownIds = ( count: number, from = 990_001 ) =>
	Array.from( { length: count }, ( _, index ) => from + index );

/**
 * The field × bad value matrix. Each value is wrong for its field whatever a correct server
 * makes of it: a wrong JSON type, too long, a bad format, a term that does not exist, or,
 * for a required field, text that sanitises to nothing.
 *
 * @param context The run's records.
 */
function fieldMatrix( context: CorpusContext ) {
	const types = ( sample: string ) => [
		bad( 'types', 'the number 42', 42 ),
		bad( 'types', 'true', true ),
		bad( 'types', 'an empty array', [] ),
		bad( 'types', 'an object', { a: sample } ),
		bad( 'types', 'an array of text', [ sample ] ),
	];
	const tooLong = ( length: number ) =>
		bad(
			'sizes',
			`${ length + 1 } characters`,
			'x'.repeat( length + 1 ),
			atMost( length )
		);
	const termIds = ( known: number, label: RegExp ) => [
		bad( 'types', 'a word', 'x' ),
		bad( 'terms', 'an unknown ID', [ 999_999 ], label ),
		bad( 'terms', 'a known and an unknown ID', [ known, 999_999 ], label ),
		bad( 'terms', 'a non-numeric ID', [ 'abc' ] ),
		bad( 'terms', '21 distinct IDs (over the cap)', unknownIds( 21 ) ),
		bad( 'terms', 'a nested array', [ [ known ] ] ),
	];
	return [
		{
			field: 'title',
			set: ( value: unknown ) => ( { title: value } ),
			values: [
				...types( 'Senior Gardener' ),
				bad( 'sanitise-to-empty', 'empty', '', REQUIRED.title ),
				bad( 'sanitise-to-empty', 'spaces', '   ', REQUIRED.title ),
				bad(
					'sanitise-to-empty',
					'tabs and newlines',
					'\t\n ',
					REQUIRED.title
				),
				bad(
					'sanitise-to-empty',
					'<script>x</script>',
					'<script>x</script>',
					REQUIRED.title
				),
				bad(
					'sanitise-to-empty',
					'<style>b{}</style>',
					'<style>b{}</style>',
					REQUIRED.title
				),
				bad( 'sanitise-to-empty', '%AB%CD', '%AB%CD', REQUIRED.title ),
				bad(
					'sanitise-to-empty',
					'empty tags',
					'<b></b><i> </i>',
					REQUIRED.title
				),
				bad(
					'sanitise-to-empty',
					'{ raw: <script>x</script> }',
					{ raw: '<script>x</script>' },
					REQUIRED.title
				),
				tooLong( 200 ),
				bad( 'sizes', '201 × é', 'é'.repeat( 201 ), atMost( 200 ) ),
				bad(
					'sizes',
					'201 astral characters',
					'\u{1F600}'.repeat( 201 ),
					atMost( 200 )
				),
				bad(
					'sizes',
					'300 000 characters',
					'x'.repeat( 300_000 ),
					atMost( 200 )
				),
			],
		},
		{
			field: 'description',
			set: ( value: unknown ) => ( { content: value } ),
			values: [
				...types( '<p>Tend the roses.</p>' ),
				bad( 'sanitise-to-empty', 'empty', '', REQUIRED.description ),
				bad(
					'sanitise-to-empty',
					'<p></p>',
					'<p></p>',
					REQUIRED.description
				),
				bad(
					'sanitise-to-empty',
					'<p>&nbsp;</p>',
					'<p>&nbsp;</p>',
					REQUIRED.description
				),
				bad(
					'sanitise-to-empty',
					'two <p>&nbsp;</p>',
					'<p>&nbsp;</p>\n<p>&nbsp;</p>',
					REQUIRED.description
				),
				bad(
					'sanitise-to-empty',
					'only an iframe',
					'<iframe src="https://evil.example"></iframe>',
					REQUIRED.description
				),
				bad(
					'sanitise-to-empty',
					'only an image',
					'<img src="x" onerror="alert(1)">',
					REQUIRED.description
				),
				bad(
					'sanitise-to-empty',
					'only line breaks',
					'<br><br>',
					REQUIRED.description
				),
				bad(
					'sanitise-to-empty',
					'{ raw: <p>&nbsp;</p> }',
					{ raw: '<p>&nbsp;</p>' },
					REQUIRED.description
				),
				tooLong( 20_000 ),
				bad(
					'sizes',
					'20 001 characters in a paragraph',
					`<p>${ 'x'.repeat( 20_001 ) }</p>`,
					atMost( 20_000 )
				),
			],
		},
		{
			field: 'application',
			set: inMeta( '_application' ),
			values: [
				...types( 'jobs@green.example' ),
				bad( 'sanitise-to-empty', 'empty', '', REQUIRED.application ),
				bad(
					'sanitise-to-empty',
					'spaces',
					'   ',
					REQUIRED.application
				),
				bad(
					'sanitise-to-empty',
					'<script>x</script>',
					'<script>x</script>',
					NOT_AN_ADDRESS
				),
				bad( 'sanitise-to-empty', '%AB%CD', '%AB%CD', NOT_AN_ADDRESS ),
				bad(
					'sanitise-to-empty',
					'empty tags',
					'<b></b>',
					NOT_AN_ADDRESS
				),
				bad( 'formats', 'call me', 'call me', EMAIL_OR_URL ),
				bad( 'formats', 'jobs@', 'jobs@' ),
				bad( 'formats', 'javascript:', 'javascript:alert(1)' ),
				bad( 'formats', 'ftp:', 'ftp://files.green.example' ),
				bad( 'formats', 'mailto:', 'mailto:jobs@green.example' ),
				bad( 'formats', 'a scheme without host', 'http://' ),
				bad( 'formats', 'data:', 'data:text/html,hi' ),
				bad(
					'sizes',
					'a 523-character URL',
					`https://green.example/${ 'a'.repeat( 500 ) }`,
					atMost( 500 )
				),
			],
		},
		{
			field: 'company_name',
			set: inMeta( '_company_name' ),
			values: [
				...types( 'Green Ltd' ),
				tooLong( 200 ),
				bad(
					'sizes',
					'100 000 characters',
					'x'.repeat( 100_000 ),
					atMost( 200 )
				),
			],
		},
		{
			field: 'company_website',
			set: inMeta( '_company_website' ),
			values: [
				bad( 'types', 'the number 42', 42 ),
				bad( 'types', 'an array of text', [ 'https://green.example' ] ),
				bad(
					'formats',
					'javascript:',
					'javascript:alert(1)',
					WEB_ADDRESS
				),
				bad( 'formats', 'http:// alone', 'http://' ),
				bad( 'formats', 'https:// alone', 'https://' ),
				bad( 'formats', 'scheme-relative', '//green.example' ),
				bad( 'formats', 'ftp:', 'ftp://green.example' ),
				bad( 'formats', 'three slashes', 'http:///jobs' ),
				bad(
					'sizes',
					'a 523-character URL',
					`https://green.example/${ 'a'.repeat( 500 ) }`,
					atMost( 500 )
				),
			],
		},
		{
			field: 'company_tagline',
			set: inMeta( '_company_tagline' ),
			values: [
				bad( 'types', 'the number 42', 42 ),
				bad( 'types', 'an empty array', [] ),
				tooLong( 200 ),
			],
		},
		{
			field: 'job_location',
			set: inMeta( '_job_location' ),
			values: [
				bad( 'types', 'false', false ),
				bad( 'types', 'an object', { city: 'Lisbon' } ),
				bad( 'types', 'an array of text', [ 'Lisbon' ] ),
				tooLong( 200 ),
			],
		},
		{
			field: 'remote_position',
			set: inMeta( '_remote_position' ),
			values: [
				bad( 'formats', '2', 2 ),
				bad( 'formats', '-1', -1 ),
				bad( 'types', 'the word yes', 'yes' ),
				bad( 'types', 'an array', [ 1 ] ),
				bad( 'types', 'an object', { on: 1 } ),
				bad( 'types', '1.5', 1.5 ),
			],
		},
		{
			field: 'job_salary',
			set: inMeta( '_job_salary' ),
			values: [
				bad( 'types', 'the number 42', 42 ),
				bad( 'types', 'an empty array', [] ),
				tooLong( 50 ),
			],
		},
		{
			field: 'job_salary_currency',
			set: inMeta( '_job_salary_currency' ),
			values: [
				bad( 'formats', 'four letters', 'EURO' ),
				bad( 'formats', 'a digit', 'E1R' ),
				bad( 'formats', 'two letters', 'eu' ),
				bad( 'types', 'the number 42', 42 ),
				bad( 'types', 'an array of text', [ 'EUR' ] ),
			],
		},
		{
			field: 'job_salary_unit',
			set: inMeta( '_job_salary_unit' ),
			values: [
				bad( 'formats', 'FORTNIGHT', 'FORTNIGHT', LISTED_VALUES ),
				bad( 'formats', 'hourly', 'hourly' ),
				bad( 'types', 'the number 42', 42 ),
				bad( 'types', 'an array of text', [ 'HOUR' ] ),
			],
		},
		{
			field: 'job_type',
			set: ( value: unknown ) => ( { 'job-types': value } ),
			values: [
				...termIds( context.jobType, NO_LONGER_AVAILABLE ),
				bad( 'types', 'a comma list of words', 'abc,def' ),
				bad( 'types', 'a bare unknown ID', 999_999 ),
				bad( 'terms', 'a negative ID', [ -1 ] ),
				bad( 'terms', 'an ID with letters', [
					`${ context.jobType }abc`,
				] ),
				bad( 'terms', 'a fraction', [ 1.5 ] ),
				bad( 'terms', 'an object in the list', [ {} ] ),
				bad( 'terms', 'true in the list', [ true ] ),
				// Refused either way: the unknown ID, or 26 IDs if counted before de-duplication.
				bad( 'terms', '25 duplicates and an unknown ID', [
					...Array( 25 ).fill( context.jobType ),
					999_998,
				] ),
				bad(
					'sizes',
					'5 000 distinct IDs',
					Array.from( { length: 5000 }, ( _, index ) => index + 1 )
				),
			],
		},
		{
			field: 'job_category',
			set: ( value: unknown ) => ( { 'job-categories': value } ),
			values: termIds( context.jobCategory, NO_LONGER_AVAILABLE ),
		},
	];
}

/**
 * Builds the corpus for a run.
 *
 * @param context The run's accounts and records.
 */
export function buildCorpus( context: CorpusContext ): FuzzRow[] {
	const { marker } = context;
	const rows: FuzzRow[] = [];
	let keyCount = 0;
	/** A fresh, well-formed idempotency key. */
	const newKey = () => `fz-${ marker }-${ ++keyCount }`;
	let turn = 0;
	const nextRoute = () => ROUTES[ turn++ % ROUTES.length ];
	let senderTurn = 0;
	const nextSender = () =>
		ROTATING_SENDERS[ senderTurn++ % ROTATING_SENDERS.length ];

	const baseMeta: Record< string, unknown > = listingPayload().meta;
	/**
	 * A valid listing with the run's marker, changed as given (meta is merged).
	 *
	 * @param change Fields to set.
	 */
	const listing = (
		change: Record< string, unknown > = {}
	): Record< string, unknown > => {
		const { meta, ...rest } = change;
		return {
			...listingPayload( {
				title: `Fuzz gardener ${ marker }`,
				content: `<p>Tend the <strong>roses</strong> (${ marker }).</p>`,
			} ),
			meta: { ...baseMeta, ...( meta as object ) },
			...rest,
		};
	};

	/**
	 * A valid listing without one of its properties.
	 *
	 * @param property The property to leave out.
	 */
	const without = ( property: string ) => {
		const copy = listing();
		delete copy[ property ];
		return copy;
	};

	/**
	 * A write through a route: a plain REST request, or a batch holding it. Unless the row
	 * brings its own keys, it carries a fresh valid key, so that a correct server has one more
	 * thing it must not leave claimed.
	 *
	 * @param spec The row, with the route to send it through.
	 */
	const write = ( spec: WriteSpec ) => {
		const keys = spec.keys ?? [ newKey() ];
		const headers: Record< string, string > = { ...spec.headers };
		if ( ! spec.keys ) {
			headers[ 'Idempotency-Key' ] = keys[ 0 ];
		}
		const method = spec.method ?? 'POST';
		const name = `${ spec.name } → ${ method } ${ routeName(
			spec.route
		) } as ${ spec.as }`;
		if ( 'batch' in spec.route ) {
			const sub: BatchRequest = {
				method,
				path: spec.route.batch,
				headers,
			};
			if ( spec.json !== undefined ) {
				sub.body = spec.json;
			}
			rows.push( {
				name,
				category: spec.category,
				as: spec.as,
				nonce: spec.nonce,
				kind: 'batch',
				method: 'POST',
				path: BATCH,
				body: { json: batchBody( [ sub ] ) },
				keys,
				expect: spec.expect,
			} );
			return;
		}
		rows.push( {
			name,
			category: spec.category,
			as: spec.as,
			nonce: spec.nonce,
			kind: 'rest',
			method,
			path: spec.route.rest,
			body:
				spec.body ??
				( spec.json === undefined ? undefined : { json: spec.json } ),
			headers,
			keys,
			expect: spec.expect,
		} );
	};

	const invalid = (
		params: string[],
		message?: RegExp,
		exact = true
	): Expectation => ( {
		status: 400,
		code: 'rest_invalid_param',
		params,
		message,
		exact,
	} );

	// Field × bad value, each through the next route spelling and the next sender.
	for ( const field of fieldMatrix( context ) ) {
		for ( const value of field.values ) {
			write( {
				name: `${ field.field }: ${ value.label }`,
				category: value.category,
				as: nextSender(),
				route: nextRoute(),
				json: listing( field.set( value.value ) ),
				expect: invalid( [ field.field ], value.message ),
			} );
		}
	}

	// The meta object itself of the wrong type, or missing.
	for ( const [ label, meta ] of [
		[ 'meta is a string', 'x' ],
		[ 'meta is a list', [ 1, 2 ] ],
		[ 'meta is a number', 42 ],
	] as const ) {
		const payload = listing();
		write( {
			name: label,
			category: 'types',
			as: nextSender(),
			route: nextRoute(),
			json: { ...payload, meta },
			expect: { status: 400, code: 'rest_invalid_param' },
		} );
	}
	write( {
		name: 'no meta (how to apply missing)',
		category: 'types',
		as: nextSender(),
		route: nextRoute(),
		json: without( 'meta' ),
		expect: invalid( [ 'application' ], REQUIRED.application ),
	} );

	// Fields spelled otherwise are not those fields: the real ones are missing.
	const { _application: application, ...metaButApplication } = baseMeta;
	const misspelt: Array< [ string, Record< string, unknown >, string ] > = [
		[
			'"Title" in place of "title"',
			{ ...without( 'title' ), Title: `Fuzz gardener ${ marker }` },
			'title',
		],
		[
			'"Content" in place of "content"',
			{ ...without( 'content' ), Content: '<p>Tend the roses.</p>' },
			'description',
		],
		[
			'"META" in place of "meta"',
			{ ...without( 'meta' ), META: baseMeta },
			'application',
		],
		[
			'"_Application" in place of "_application"',
			{
				...without( 'meta' ),
				meta: { ...metaButApplication, _Application: application },
			},
			'application',
		],
		[
			'"_application " (trailing space) in place of "_application"',
			{
				...without( 'meta' ),
				meta: { ...metaButApplication, '_application ': application },
			},
			'application',
		],
	];
	for ( const [ label, json, field ] of misspelt ) {
		write( {
			name: label,
			category: 'spellings',
			as: nextSender(),
			route: nextRoute(),
			json,
			expect: invalid(
				[ field ],
				REQUIRED[ field as keyof typeof REQUIRED ]
			),
		} );
	}
	write( {
		name: 'duplicate "title" keys, the last one a script',
		category: 'spellings',
		as: nextSender(),
		route: nextRoute(),
		body: {
			raw: JSON.stringify( listing() ).replace(
				/\}$/,
				',"title":"<script>x</script>"}'
			),
			type: 'application/json',
		},
		expect: invalid( [ 'title' ], REQUIRED.title ),
	} );

	// Core parameters members may not send at all, each through several routes.
	const forbidden: Array< [ string, unknown ] > = [
		[ 'date', '2020-01-01T10:00:00' ],
		[ 'date_gmt', '2020-01-01T10:00:00' ],
		[ 'slug', `fuzz-${ marker }` ],
		[ 'password', 'secret' ],
		[ 'template', 'fuzz.php' ],
	];
	for ( const [ param, value ] of forbidden ) {
		for ( const route of [
			ROUTES[ 0 ],
			ROUTES[ 1 ],
			ROUTES[ 4 ],
			ROUTES[ 9 ],
		] ) {
			write( {
				name: `forbidden ${ param }`,
				category: 'forbidden params',
				as: nextSender(),
				route,
				json: listing( { [ param ]: value } ),
				expect: invalid( [ param ] ),
			} );
		}
	}

	// Admin-only meta.
	const adminMeta: Array< [ string, string, unknown ] > = [
		[ '_featured: 1', '_featured', 1 ],
		[ '_filled: 1', '_filled', 1 ],
		[ '_job_expires: 2099-12-31', '_job_expires', '2099-12-31' ],
		[ '_featured: 0', '_featured', 0 ],
		[ '_featured: "1"', '_featured', '1' ],
	];
	for ( const [ label, key, value ] of adminMeta ) {
		for ( const route of [ nextRoute(), nextRoute() ] ) {
			write( {
				name: `admin-only meta ${ label }`,
				category: 'admin-only meta',
				as: nextSender(),
				route,
				json: listing( { meta: { [ key ]: value } } ),
				expect: { status: 403, code: 'rest_cannot_update' },
			} );
		}
	}

	// Status and author, by each kind of member.
	for ( const as of [
		'member',
		'memberCookie',
		'other',
		'author',
	] as const ) {
		const anotherMember =
			as === 'other' ? context.memberId : context.otherId;
		const changes: Array< [ string, Record< string, unknown > ] > = [
			[ 'status publish', { status: 'publish' } ],
			[ 'status private', { status: 'private' } ],
			[ 'status future', { status: 'future' } ],
			[ 'author: the administrator', { author: context.adminId } ],
			[ 'author: another member', { author: anotherMember } ],
		];
		for ( const [ label, change ] of changes ) {
			write( {
				name: label,
				category: 'status/author',
				as,
				route: nextRoute(),
				json: listing( change ),
				expect: { status: 403 },
			} );
		}
	}

	// Honeypot.
	for ( const [ label, value ] of [
		[ 'a sentence', 'I am a bot' ],
		[ 'padded', ' x ' ],
		[ 'an array', [ 'x' ] ],
		[ 'a number', 1 ],
	] as const ) {
		for ( const route of [ nextRoute(), nextRoute() ] ) {
			write( {
				name: `honeypot ${ label }`,
				category: 'honeypot',
				as: nextSender(),
				route,
				json: listing( { job_submit_hp: value } ),
				expect: { status: 400, code: 'job_submit_rejected' },
			} );
		}
	}

	// Malformed JSON: core's own error, whatever the route.
	const valid = JSON.stringify( listing() );
	const malformed: Array< [ string, string | Buffer ] > = [
		[ 'an open brace', '{' ],
		[ 'cut short', valid.slice( 0, valid.length - 7 ) ],
		[ 'an unclosed array', '[1,2' ],
		[ 'trailing garbage', `${ valid }garbage` ],
		[ 'single quotes', "{'title':'Fuzz'}" ],
		[ 'a byte-order mark', `\uFEFF${ valid }` ],
		[ 'a trailing comma', valid.replace( /\}$/, ',}' ) ],
		[ 'NaN', 'NaN' ],
		[ 'a lone surrogate escape', '{"title":"\\ud800"}' ],
		[
			'invalid UTF-8 in a string',
			Buffer.concat( [
				Buffer.from( '{"title":"' ),
				Buffer.from( [ 0xc3, 0x28 ] ),
				Buffer.from( '"}' ),
			] ),
		],
	];
	for ( const [ label, raw ] of malformed ) {
		write( {
			name: `malformed JSON: ${ label }`,
			category: 'malformed JSON',
			as: nextSender(),
			route: { rest: COLLECTION_SPELLINGS[ turn++ % 8 ] },
			body: { raw, type: 'application/json' },
			expect: { status: 400, code: 'rest_invalid_json' },
		} );
	}
	rows.push( {
		name: 'malformed JSON: a batch envelope cut short → POST /wp-json/batch/v1 as member',
		category: 'malformed JSON',
		as: 'member',
		kind: 'rest',
		method: 'POST',
		path: BATCH,
		body: {
			raw: '{"requests":[{"path":"/wp/v2/job-listings"',
			type: 'application/json',
		},
		keys: [],
		// WordPress's own batch route: for a logged-in sender it reports the missing
		// requests rather than the JSON error. Either way nothing is run.
		expect: { status: 400 },
	} );

	// Well-formed bodies that are not a listing.
	for ( const [ label, raw, type ] of [
		[ 'a JSON string', '"just text"', 'application/json' ],
		[ 'a JSON number', '42', 'application/json' ],
		[ 'a JSON array', '[]', 'application/json' ],
		[ 'JSON null', 'null', 'application/json' ],
		[ 'JSON true', 'true', 'application/json' ],
		[ 'an empty JSON body', '', 'application/json' ],
		[ 'JSON sent as text/plain', valid, 'text/plain' ],
		[ 'JSON sent as a form', valid, 'application/x-www-form-urlencoded' ],
	] as const ) {
		write( {
			name: `body is ${ label }`,
			category: 'types',
			as: nextSender(),
			route: { rest: COLLECTION_SPELLINGS[ turn++ % 8 ] },
			body: { raw, type },
			expect: { status: 400 },
		} );
	}
	for ( const type of [
		'application/json; charset=utf-8',
		'APPLICATION/JSON',
	] ) {
		write( {
			name: `a script title as ${ type }`,
			category: 'encodings',
			as: nextSender(),
			route: { rest: COLLECTION_SPELLINGS[ turn++ % 8 ] },
			body: {
				raw: JSON.stringify(
					listing( { title: '<script>x</script>' } )
				),
				type,
			},
			expect: invalid( [ 'title' ], undefined, false ),
		} );
	}

	// Form-encoded and multipart REST bodies, where raw bytes can be sent.
	const formListing = ( change: Record< string, FormPair[ 1 ] | null > ) => {
		const pairs: Record< string, FormPair[ 1 ] > = {
			title: `Fuzz gardener ${ marker }`,
			content: `<p>Tend the roses (${ marker }).</p>`,
			'meta[_company_name]': 'Green Ltd',
			'meta[_job_location]': 'Lisbon',
			'meta[_application]': 'jobs@green.example',
		};
		const result: FormPair[] = [];
		for ( const [ name, value ] of Object.entries( {
			...pairs,
			...change,
		} ) ) {
			if ( value !== null ) {
				result.push( [ name, value ] );
			}
		}
		return result;
	};
	// Invalid UTF-8 is refused under its field; whether as "required" (it sanitises to
	// nothing) or with a message of its own is the server's choice.
	const encodings: Array<
		[ string, Record< string, FormPair[ 1 ] | null >, string, RegExp? ]
	> = [
		[
			'title of invalid UTF-8 (C3 28)',
			{ title: encoded( '%C3%28' ) },
			'title',
		],
		[
			'title of an overlong encoding (C0 BC)',
			{ title: encoded( '%C0%BC' ) },
			'title',
		],
		[
			'title of an encoded surrogate (ED A0 80)',
			{ title: encoded( '%ED%A0%80' ) },
			'title',
		],
		[ 'title of FF FE', { title: encoded( '%FF%FE' ) }, 'title' ],
		[
			'how to apply of invalid UTF-8',
			{ 'meta[_application]': encoded( '%C3%28%C3%28' ) },
			'application',
		],
		[
			'company name as a list',
			{
				'meta[_company_name]': null,
				'meta[_company_name][]': 'Green Ltd',
			},
			'company_name',
		],
		[
			'title[raw] a script',
			{ title: null, 'title[raw]': '<script>x</script>' },
			'title',
			REQUIRED.title,
		],
		[
			'job-types[] unknown',
			{ 'job-types[]': '999999' },
			'job_type',
			NO_LONGER_AVAILABLE,
		],
		[ 'job-types a word', { 'job-types': 'abc' }, 'job_type' ],
	];
	for ( const [ label, change, field, message ] of encodings ) {
		write( {
			name: `form-encoded ${ label }`,
			category: 'encodings',
			as: nextSender(),
			route: { rest: COLLECTION_SPELLINGS[ turn++ % 8 ] },
			body: {
				form: formListing( change ),
			},
			expect: invalid( [ field ], message ),
		} );
	}
	write( {
		name: 'form-encoded meta as a string',
		category: 'encodings',
		as: nextSender(),
		route: { rest: COLLECTION_SPELLINGS[ turn++ % 8 ] },
		body: {
			form: [
				[ 'title', `Fuzz gardener ${ marker }` ],
				[ 'content', '<p>Tend the roses.</p>' ],
				[ 'meta', 'x' ],
			],
		},
		expect: { status: 400, code: 'rest_invalid_param' },
	} );
	for ( const [ label, change, field, message ] of [
		[
			'title a script',
			{ title: '<script>x</script>' },
			'title',
			REQUIRED.title,
		],
		[
			'company website javascript:',
			{ 'meta[_company_website]': 'javascript:alert(1)' },
			'company_website',
			WEB_ADDRESS,
		],
	] as const ) {
		const multipart: Record< string, string > = {};
		for ( const [ name, value ] of formListing( change ) ) {
			multipart[ name ] = value as string;
		}
		write( {
			name: `multipart ${ label }`,
			category: 'encodings',
			as: nextSender(),
			route: { rest: COLLECTION_SPELLINGS[ turn++ % 8 ] },
			body: { multipart },
			expect: invalid( [ field ], message ),
		} );
	}
	{
		const query = formBody(
			formListing( { title: '<script>x</script>' } )
		);
		const key = newKey();
		rows.push( {
			name: 'a create as GET ?_method=POST with a script title in the query → GET /wp-json/wp/v2/job-listings as member',
			category: 'encodings',
			as: 'member',
			kind: 'rest',
			method: 'GET',
			path: `/wp-json/wp/v2/job-listings?_method=POST&idempotency_key=${ key }&${ query }`,
			keys: [ key ],
			expect: invalid( [ 'title' ], REQUIRED.title ),
		} );
	}

	// Idempotency keys that are not 1 to 100 printable ASCII characters.
	const keyInvalid = invalid( [ 'idempotency_key' ] );
	for ( const [ label, key ] of [
		[ '101 characters', 'k'.repeat( 101 ) ],
		[ 'an inner space', 'a b' ],
		[ 'Latin-1 é', 'clé' ],
	] as const ) {
		for ( const route of [ nextRoute(), nextRoute() ] ) {
			write( {
				name: `Idempotency-Key header of ${ label }`,
				category: 'idempotency keys',
				as: nextSender(),
				route,
				json: listing(),
				headers: { 'Idempotency-Key': key },
				keys: [ key ],
				expect: keyInvalid,
			} );
		}
	}
	for ( const [ label, key ] of [
		[ '101 characters', 'k'.repeat( 101 ) ],
		[ '10 000 characters', 'k'.repeat( 10_000 ) ],
		[ 'a space', ' ' ],
		[ 'a tab', '\t' ],
		[ 'an inner space', 'a b' ],
		[ 'a NUL byte', 'a\u0000b' ],
		[ 'a newline', 'a\nb' ],
		[ 'DEL (0x7F)', 'a\u007fb' ],
		[ 'Cyrillic', 'ключ' ],
		[ 'é', 'é' ],
		[ 'a list', [ 'k' ] ],
		[ 'an object', { k: 'v' } ],
	] as const ) {
		write( {
			name: `idempotency_key param of ${ label }`,
			category: 'idempotency keys',
			as: nextSender(),
			route: nextRoute(),
			json: listing( { idempotency_key: key } ),
			keys: typeof key === 'string' ? [ key ] : [],
			expect: keyInvalid,
		} );
	}

	// Form tokens that the server did not sign.
	const token = context.forms.memberCookie.token;
	const flipped =
		token.slice( 0, -1 ) + ( token.endsWith( 'a' ) ? 'b' : 'a' );
	const forgedTokens: Array< [ string, unknown ] > = [
		[ 'a made-up word', 'forged' ],
		[ 'an unknown form', '999999:0' ],
		[ 'the rendered token plus a character', `${ token }x` ],
		[ 'the rendered token with its last character changed', flipped ],
		[ 'a list', [ token ] ],
		[ 'a number', 42 ],
		[ '5 000 characters', 'x'.repeat( 5000 ) ],
	];
	if ( token !== `${ context.formPageId }:0` ) {
		forgedTokens.push( [
			'the unsigned form identity',
			`${ context.formPageId }:0`,
		] );
	}
	for ( const [ label, value ] of forgedTokens ) {
		write( {
			name: `job_submit_form ${ label }`,
			category: 'form token',
			as: nextSender(),
			route: nextRoute(),
			json: listing( { job_submit_form: value } ),
			expect: { status: 400, params: [ 'job_submit_form' ] },
		} );
	}

	// Authentication: a valid listing, sent by someone who is not signed in as a member.
	const authRows: Array< {
		label: string;
		as: Sender;
		nonce?: Nonce;
		routes: Route[];
		expect: Expectation;
		path?: string;
	} > = [
		{
			label: 'cookie without a nonce',
			as: 'memberCookie',
			nonce: 'none',
			routes: [ ROUTES[ 0 ], ROUTES[ 1 ], ROUTES[ 3 ], ROUTES[ 8 ] ],
			expect: { status: 401, code: 'rest_cannot_create' },
		},
		{
			label: 'cookie with a made-up nonce',
			as: 'memberCookie',
			nonce: 'wrong',
			routes: [ ROUTES[ 0 ], ROUTES[ 2 ], ROUTES[ 4 ], ROUTES[ 9 ] ],
			expect: { status: 403, code: 'rest_cookie_invalid_nonce' },
		},
		{
			label: 'cookie with another member’s nonce',
			as: 'memberCookie',
			nonce: 'foreign',
			routes: [ ROUTES[ 0 ], ROUTES[ 1 ], ROUTES[ 10 ] ],
			expect: { status: 403, code: 'rest_cookie_invalid_nonce' },
		},
		{
			label: 'a wrong application password',
			as: 'memberWrongPassword',
			routes: [ ROUTES[ 0 ], ROUTES[ 3 ], ROUTES[ 8 ] ],
			expect: { status: 401 },
		},
		{
			label: 'the login password over Basic auth',
			as: 'memberLoginPassword',
			routes: [ ROUTES[ 0 ], ROUTES[ 1 ] ],
			expect: { status: 401 },
		},
		{
			label: 'no credentials',
			as: 'guest',
			routes: [
				ROUTES[ 0 ],
				ROUTES[ 1 ],
				ROUTES[ 2 ],
				ROUTES[ 3 ],
				ROUTES[ 4 ],
				ROUTES[ 7 ],
				ROUTES[ 8 ],
			],
			expect: { status: 401, code: 'rest_cannot_create' },
		},
	];
	for ( const auth of authRows ) {
		for ( const route of auth.routes ) {
			write( {
				name: auth.label,
				category: 'authentication',
				as: auth.as,
				nonce: auth.nonce,
				route,
				json: listing(),
				expect: auth.expect,
			} );
		}
	}
	rows.push( {
		name: 'cookie with a made-up _wpnonce in the query → POST /wp-json/wp/v2/job-listings?_wpnonce=… as memberCookie',
		category: 'authentication',
		as: 'memberCookie',
		nonce: 'none',
		kind: 'rest',
		method: 'POST',
		path: '/wp-json/wp/v2/job-listings?_wpnonce=badbadbad0',
		body: { json: listing() },
		keys: [],
		expect: { status: 403, code: 'rest_cookie_invalid_nonce' },
	} );

	// Term writes: members only pick existing terms.
	const termName = `Fuzz term ${ marker }`;
	const termWrites: Array<
		[ Sender, 'POST' | 'PUT' | 'DELETE', string, unknown? ]
	> = [
		[ 'member', 'POST', '/wp-json/wp/v2/job-types', { name: termName } ],
		[
			'memberCookie',
			'POST',
			'/wp-json/wp/v2/job-types',
			{ name: termName },
		],
		[ 'other', 'POST', '/wp-json/wp/v2/job-types', { name: termName } ],
		[ 'author', 'POST', '/wp-json/wp/v2/job-types', { name: termName } ],
		[ 'guest', 'POST', '/wp-json/wp/v2/job-types', { name: termName } ],
		[
			'member',
			'POST',
			'/wp-json/wp/v2/job-categories',
			{ name: termName },
		],
		[
			'author',
			'POST',
			'/wp-json/wp/v2/job-categories',
			{ name: termName },
		],
		[
			'guest',
			'POST',
			'/wp-json/wp/v2/job-categories',
			{ name: termName },
		],
		[
			'member',
			'PUT',
			`/wp-json/wp/v2/job-types/${ context.jobType }`,
			{ name: termName },
		],
		[
			'other',
			'PUT',
			`/wp-json/wp/v2/job-types/${ context.jobType }`,
			{ description: marker },
		],
		[
			'member',
			'DELETE',
			`/wp-json/wp/v2/job-types/${ context.jobType }?force=true`,
		],
		[
			'memberCookie',
			'DELETE',
			`/wp-json/wp/v2/job-types/${ context.jobType }?force=true`,
		],
		[
			'author',
			'PUT',
			`/wp-json/wp/v2/job-categories/${ context.jobCategory }`,
			{ name: termName },
		],
		[
			'other',
			'DELETE',
			`/wp-json/wp/v2/job-categories/${ context.jobCategory }?force=true`,
		],
		[ 'member', 'POST', '/wp-json/wp/v2/Job-Types', { name: termName } ],
		[
			'memberCookie',
			'POST',
			'/?rest_route=/wp/v2/JOB-CATEGORIES',
			{ name: termName },
		],
	];
	for ( const [ as, method, path, json ] of termWrites ) {
		rows.push( {
			name: `term write → ${ method } ${ path } as ${ as }`,
			category: 'term writes',
			as,
			kind: 'rest',
			method,
			path,
			body: json === undefined ? undefined : { json },
			keys: [],
			expect: { status: as === 'guest' ? 401 : 403 },
		} );
	}
	rows.push(
		{
			name: 'term write → batch POST /wp/v2/job-types as member',
			category: 'term writes',
			as: 'member',
			kind: 'batch',
			method: 'POST',
			path: BATCH,
			body: {
				json: batchBody( [
					{ path: '/wp/v2/job-types', body: { name: termName } },
				] ),
			},
			keys: [],
			expect: { status: 403 },
		},
		{
			name: 'term write → batch DELETE /wp/v2/Job-Categories/{id} as other',
			category: 'term writes',
			as: 'other',
			kind: 'batch',
			method: 'POST',
			path: BATCH,
			body: {
				json: batchBody( [
					{
						method: 'DELETE',
						path: `/wp/v2/Job-Categories/${ context.jobCategory }?force=true`,
					},
				] ),
			},
			keys: [],
			expect: { status: 403 },
		}
	);

	// Autosaves: members have no editor.
	const autosave = { title: `Autosaved ${ marker }`, content: marker };
	const autosaves: Array< [ Sender, string, Expectation ] > = [
		[
			'member',
			`/wp-json/wp/v2/job-listings/${ context.adminListing }/autosaves`,
			{ status: 403 },
		],
		[
			'memberCookie',
			`/wp-json/wp/v2/job-listings/${ context.adminListing }/autosaves`,
			{ status: 403 },
		],
		[
			'author',
			`/wp-json/wp/v2/job-listings/${ context.adminListing }/autosaves`,
			{ status: 403 },
		],
		[
			'other',
			`/wp-json/wp/v2/job-listings/${ context.ownListing }/autosaves`,
			{ status: 403 },
		],
		[
			'otherCookie',
			`/wp-json/wp/v2/job-listings/${ context.ownListing }/autosaves`,
			{ status: 403 },
		],
		[
			'other',
			`/wp-json/wp/v2/Job-Listings/${ context.ownListing }/autosaves`,
			{ status: 403 },
		],
		[
			'other',
			`/?rest_route=/wp/v2/job-listings/${ context.ownListing }/autosaves`,
			{ status: 403 },
		],
		[
			'guest',
			`/wp-json/wp/v2/job-listings/${ context.ownListing }/autosaves`,
			{ status: 401 },
		],
		[
			'member',
			'/wp-json/wp/v2/job-listings/999999/autosaves',
			{ status: ANY_4XX },
		],
	];
	for ( const [ as, path, expectation ] of autosaves ) {
		rows.push( {
			name: `autosave → POST ${ path } as ${ as }`,
			category: 'autosaves',
			as,
			kind: 'rest',
			method: 'POST',
			path,
			body: { json: autosave },
			keys: [],
			expect: expectation,
		} );
	}
	// Nor do they read them: a listing's autosaves hold a moderator's unsaved edit.
	for ( const [ as, path, expectation ] of [
		[
			'other',
			`/wp-json/wp/v2/job-listings/${ context.ownListing }/autosaves`,
			{ status: 403, code: 'rest_forbidden' },
		],
		[
			'otherCookie',
			`/?rest_route=/wp/v2/Job-Listings/${ context.ownListing }/autosaves`,
			{ status: 403, code: 'rest_forbidden' },
		],
		[
			'guest',
			`/wp-json/wp/v2/job-listings/${ context.ownListing }/autosaves`,
			{ status: 401 },
		],
	] as Array< [ Sender, string, Expectation ] > ) {
		rows.push( {
			name: `autosave → GET ${ path } as ${ as }`,
			category: 'autosaves',
			as,
			kind: 'rest',
			method: 'GET',
			path,
			keys: [],
			expect: expectation,
		} );
	}
	rows.push( {
		name: 'autosave → batch POST /wp/v2/job-listings/{own}/autosaves as other',
		category: 'autosaves',
		as: 'other',
		kind: 'batch',
		method: 'POST',
		path: BATCH,
		body: {
			json: batchBody( [
				{
					path: `/wp/v2/job-listings/${ context.ownListing }/autosaves`,
					body: autosave,
				},
			] ),
		},
		keys: [],
		expect: { status: ANY_4XX },
	} );

	// Writes to existing listings: another's, and a member's own pending one.
	const adminItem = itemRoutes( context.adminListing );
	const ownItem = itemRoutes( context.ownListing );
	const othersListing: Array<
		[ string, Sender, Route, 'PUT' | 'PATCH' | 'DELETE' | 'POST', unknown? ]
	> = [
		[
			'retitle the administrator’s listing',
			'member',
			adminItem[ 0 ],
			'PUT',
			{ title: `Mine ${ marker }` },
		],
		[
			'patch the administrator’s listing',
			'memberCookie',
			adminItem[ 1 ],
			'PATCH',
			{ content: marker },
		],
		[
			'delete the administrator’s listing',
			'member',
			adminItem[ 0 ],
			'DELETE',
		],
		[
			'delete the administrator’s listing',
			'author',
			adminItem[ 2 ],
			'DELETE',
		],
		[
			'publish the administrator’s listing',
			'member',
			adminItem[ 3 ],
			'POST',
			{ status: 'publish' },
		],
		[
			'feature the administrator’s listing',
			'author',
			adminItem[ 2 ],
			'POST',
			{ meta: { _featured: 1 } },
		],
		[
			'retitle another member’s listing',
			'member',
			ownItem[ 0 ],
			'PUT',
			{ title: `Mine ${ marker }` },
		],
		[
			'delete another member’s listing',
			'memberCookie',
			ownItem[ 1 ],
			'DELETE',
		],
	];
	for ( const [ label, as, route, method, json ] of othersListing ) {
		write( {
			name: label,
			category: 'updates',
			as,
			route,
			method,
			json,
			keys: [],
			expect: { status: 403 },
		} );
	}
	rows.push( {
		name: 'delete the administrator’s listing with X-HTTP-Method-Override → POST /wp-json/wp/v2/job-listings/{id} as member',
		category: 'updates',
		as: 'member',
		kind: 'rest',
		method: 'POST',
		path: `/wp-json/wp/v2/job-listings/${ context.adminListing }?force=true`,
		headers: { 'X-HTTP-Method-Override': 'DELETE' },
		keys: [],
		expect: { status: 403 },
	} );
	const ownChanges: Array<
		[ string, Record< string, unknown >, Expectation ]
	> = [
		[ 'status publish', { status: 'publish' }, { status: 403 } ],
		[ 'status private', { status: 'private' }, { status: 403 } ],
		[ 'status future', { status: 'future' }, { status: 403 } ],
		[
			'admin-only _featured',
			{ meta: { _featured: 1 } },
			{ status: 403, code: 'rest_cannot_update' },
		],
		[
			'admin-only _job_expires',
			{ meta: { _job_expires: '2099-12-31' } },
			{ status: 403, code: 'rest_cannot_update' },
		],
		[
			'author: another member',
			{ author: context.memberId },
			{ status: 403 },
		],
		[
			'forbidden date',
			{ date: '2020-01-01T10:00:00' },
			invalid( [ 'date' ] ),
		],
		[
			'forbidden slug',
			{ slug: `fuzz-${ marker }` },
			invalid( [ 'slug' ] ),
		],
		[
			'forbidden password',
			{ password: 'secret' },
			invalid( [ 'password' ] ),
		],
		[
			'title a script',
			{ title: '<script>x</script>' },
			invalid( [ 'title' ], REQUIRED.title ),
		],
		[ 'title the number 42', { title: 42 }, invalid( [ 'title' ] ) ],
		[
			'description <p>&nbsp;</p>',
			{ content: '<p>&nbsp;</p>' },
			invalid( [ 'description' ], REQUIRED.description ),
		],
		[
			'how to apply call me',
			{ meta: { _application: 'call me' } },
			invalid( [ 'application' ], EMAIL_OR_URL ),
		],
		[
			'company website http://',
			{ meta: { _company_website: 'http://' } },
			invalid( [ 'company_website' ] ),
		],
		[
			'company name 201 characters',
			{ meta: { _company_name: 'x'.repeat( 201 ) } },
			invalid( [ 'company_name' ], atMost( 200 ) ),
		],
		[
			'an unknown job type',
			{ 'job-types': [ 999_999 ] },
			invalid( [ 'job_type' ], NO_LONGER_AVAILABLE ),
		],
		[
			'honeypot',
			{ job_submit_hp: 'I am a bot' },
			{ status: 400, code: 'job_submit_rejected' },
		],
	];
	ownChanges.forEach( ( [ label, change, expectation ], index ) => {
		write( {
			name: `own pending listing: ${ label }`,
			category: 'updates',
			as: index % 3 === 2 ? 'otherCookie' : 'other',
			route: ownItem[ index % ownItem.length ],
			method: index % 2 ? 'PATCH' : 'PUT',
			json: change,
			keys: [],
			expect: expectation,
		} );
	} );

	// A member's actions on their own listings after the submit (edit, withdraw, fill, relist):
	// only the author, only in the states each applies to; another member or a guest, never.
	const liveItem = itemRoutes( context.liveListing );
	const expiredItem = itemRoutes( context.expiredListing );
	const notAllowed: Expectation = {
		status: 403,
		code: 'job_submit_not_allowed',
	};
	const movedId: Expectation = {
		status: 400,
		code: 'rest_invalid_param',
		params: [ 'id' ],
	};
	const memberActions: Array<
		[
			string,
			Sender,
			Route,
			'POST' | 'PATCH' | 'DELETE',
			unknown,
			Expectation,
		]
	> = [
		[
			'fill another member’s live listing',
			'member',
			liveItem[ 0 ],
			'PATCH',
			{ meta: { _filled: 1 } },
			{ status: 403 },
		],
		[
			'fill a live listing',
			'guest',
			liveItem[ 1 ],
			'POST',
			{ meta: { _filled: 1 } },
			{ status: 401 },
		],
		[
			'withdraw another member’s live listing',
			'memberCookie',
			liveItem[ 2 ],
			'DELETE',
			undefined,
			{ status: 403 },
		],
		[
			'relist another member’s expired listing',
			'author',
			expiredItem[ 0 ],
			'POST',
			{ status: 'pending' },
			{ status: 403 },
		],
		[
			'withdraw an expired listing',
			'guest',
			expiredItem[ 3 ],
			'DELETE',
			undefined,
			{ status: 401 },
		],
		[
			'own pending listing: mark it filled',
			'other',
			ownItem[ 0 ],
			'PATCH',
			{ meta: { _filled: 1 } },
			notAllowed,
		],
		[
			'own expired listing: mark it filled',
			'otherCookie',
			expiredItem[ 1 ],
			'POST',
			{ meta: { _filled: 1 } },
			notAllowed,
		],
		[
			'own live listing: edit it, which the site does not allow',
			'other',
			liveItem[ 3 ],
			'POST',
			{ title: `Edited ${ marker }` },
			notAllowed,
		],
		[
			'own live listing: fill it and change its title at once',
			'other',
			liveItem[ 0 ],
			'PATCH',
			{ title: `Edited ${ marker }`, meta: { _filled: 1 } },
			notAllowed,
		],
		[
			'own expired listing: edit it instead of relisting',
			'other',
			expiredItem[ 2 ],
			'POST',
			{ meta: { _job_location: marker } },
			notAllowed,
		],
		[
			'own expired listing: relist it carrying a key outside the fields',
			'otherCookie',
			expiredItem[ 3 ],
			'POST',
			{ status: 'pending', meta: { _company_video: marker } },
			notAllowed,
		],
		[
			'own live listing: delete it for good',
			'other',
			{
				rest: `/wp-json/wp/v2/job-listings/${ context.liveListing }?force=true`,
			},
			'DELETE',
			undefined,
			{ status: 403, code: 'job_submit_withdraw_only' },
		],
		[
			'own live listing: feature it along with a fill',
			'other',
			liveItem[ 1 ],
			'POST',
			{ meta: { _filled: 1, _featured: 1 } },
			{ status: 403 },
		],
		// Another listing named in the body or the query than in the address: WordPress would
		// act on that one, the rules having judged the one in the address.
		...ownItem.flatMap(
			( route, index ): Array< ( typeof memberActions )[ number ] > => [
				[
					'own pending listing in the address, own live listing in the body',
					index % 2 ? 'otherCookie' : 'other',
					route,
					'POST',
					{ id: context.liveListing, title: `Edited ${ marker }` },
					movedId,
				],
				[
					'own pending listing in the address, own live listing in the query',
					index % 2 ? 'other' : 'otherCookie',
					withQuery( route, `id=${ context.liveListing }` ),
					index % 2 ? 'PATCH' : 'POST',
					{ meta: { _job_location: marker } },
					movedId,
				],
			]
		),
		[
			'own pending listing in the address, withdraw the live one by the query',
			'other',
			withQuery( ownItem[ 0 ], `id=${ context.liveListing }` ),
			'DELETE',
			undefined,
			movedId,
		],
	];
	for ( const [
		label,
		as,
		route,
		method,
		json,
		expectation,
	] of memberActions ) {
		write( {
			name: label,
			category: 'member actions',
			as,
			route,
			method,
			json,
			keys: [],
			expect: expectation,
		} );
	}

	// The list's actions without JavaScript: posted to its page, handed to the same routes.
	const listActions: Array<
		[
			string,
			'memberCookie' | 'otherCookie',
			string,
			number,
			string,
			number,
		]
	> = [
		[
			'fill the administrator’s listing',
			'otherCookie',
			'fill',
			context.adminListing,
			context.listNonce,
			403,
		],
		[
			'withdraw the administrator’s listing',
			'otherCookie',
			'confirm-withdraw',
			context.adminListing,
			context.listNonce,
			403,
		],
		[
			'withdraw member B’s live listing with B’s nonce',
			'memberCookie',
			'confirm-withdraw',
			context.liveListing,
			context.listNonce,
			403,
		],
		[
			'own pending listing: relist it',
			'otherCookie',
			'relist',
			context.ownListing,
			context.listNonce,
			403,
		],
		[
			'own pending listing: mark it filled',
			'otherCookie',
			'fill',
			context.ownListing,
			context.listNonce,
			403,
		],
		[
			'own live listing: a made-up nonce',
			'otherCookie',
			'unfill',
			context.liveListing,
			'badbadbad0',
			403,
		],
		[
			'own live listing: an unknown action',
			'otherCookie',
			'publish',
			context.liveListing,
			context.listNonce,
			400,
		],
	];
	for ( const [ label, as, action, id, nonce, status ] of listActions ) {
		rows.push( {
			name: `no-JS list: ${ label } → POST ${ context.listPage } as ${ as }`,
			category: 'member actions',
			as,
			kind: 'list',
			method: 'POST',
			path: context.listPage,
			body: {
				form: [
					[ 'job_listing_action', action ],
					[ 'job_listing_id', String( id ) ],
					[ 'job_listing_nonce', nonce ],
				],
			},
			keys: [],
			expect: { status },
		} );
	}

	// wp-admin: members hold the listing capabilities only inside REST requests.
	const denied: Expectation = { status: 403 };
	const adminScreens: Array< [ Sender, string ] > = [];
	for ( const as of [
		'memberCookie',
		'otherCookie',
		'authorCookie',
	] as const ) {
		adminScreens.push(
			[ as, '/wp-admin/edit.php?post_type=job_listing' ],
			[ as, '/wp-admin/post-new.php?post_type=job_listing' ],
			[
				as,
				`/wp-admin/post.php?post=${ context.adminListing }&action=edit`,
			]
		);
	}
	adminScreens.push(
		[
			'otherCookie',
			`/wp-admin/post.php?post=${ context.ownListing }&action=edit`,
		],
		[
			'memberCookie',
			'/wp-admin/edit.php?post_type=job_listing&post_status=pending',
		],
		[
			'memberCookie',
			'/wp-admin/edit.php?post_type=job_listing&post_status=trash',
		],
		[
			'memberCookie',
			`/wp-admin/edit.php?post_type=job_listing&author=${ context.memberId }`,
		],
		[ 'memberCookie', '/wp-admin/edit.php?post_type=JOB_LISTING' ],
		[
			'authorCookie',
			`/wp-admin/post-new.php?post_type=job_listing&post_title=${ marker }`,
		],
		[
			'memberCookie',
			'/wp-admin/edit-tags.php?taxonomy=job_listing_type&post_type=job_listing',
		],
		[
			'memberCookie',
			'/wp-admin/edit.php?post_type=job_listing&page=job-submit-block-settings',
		],
		[
			'otherCookie',
			`/wp-admin/post.php?post=${ context.ownListing }&action=trash&_wpnonce=badbadbad0`,
		],
		// Moderation: approving a listing, the reason screen of a rejection, a bulk approve.
		[
			'otherCookie',
			`/wp-admin/admin-post.php?action=job_submit_block_approve&post=${ context.ownListing }&_wpnonce=badbadbad0`,
		],
		[
			'memberCookie',
			`/wp-admin/admin-post.php?action=job_submit_block_approve&post=${ context.adminListing }`,
		],
		[
			'otherCookie',
			`/wp-admin/admin.php?page=job-submit-block-reject&listings[]=${ context.ownListing }`,
		],
		[
			'authorCookie',
			`/wp-admin/edit.php?post_type=job_listing&action=job_submit_block_approve&post[]=${ context.adminListing }&_wpnonce=badbadbad0`,
		]
	);
	for ( const [ as, path ] of adminScreens ) {
		rows.push( {
			name: `wp-admin → GET ${ path } as ${ as }`,
			category: 'wp-admin',
			as,
			kind: 'admin',
			method: 'GET',
			path,
			keys: [],
			expect: denied,
		} );
	}
	const editPosts: Array< [ Sender, number, string | null ] > = [
		[ 'memberCookie', context.adminListing, 'badbadbad0' ],
		[ 'otherCookie', context.ownListing, 'badbadbad0' ],
		[ 'authorCookie', context.adminListing, null ],
	];
	// Rejecting through the reason screen's form, by members and a guest: nothing changes.
	const rejects: Array< [ Sender, number, string | null, Expectation ] > = [
		[ 'otherCookie', context.ownListing, 'badbadbad0', denied ],
		[ 'memberCookie', context.adminListing, null, denied ],
		// A guest reaches no admin-post.php action of the plugin: WordPress answers 400.
		[ 'guest', context.ownListing, 'badbadbad0', { status: ANY_4XX } ],
	];
	for ( const [ as, id, nonce, expectation ] of rejects ) {
		const form: FormPair[] = [
			[ 'action', 'job_submit_block_reject' ],
			[ 'post[]', String( id ) ],
			[ 'reason', `Rejected by ${ as } ${ marker }` ],
		];
		if ( nonce ) {
			form.push( [ '_wpnonce', nonce ] );
		}
		rows.push( {
			name: `wp-admin → POST /wp-admin/admin-post.php action=job_submit_block_reject post ${ id } as ${ as }`,
			category: 'wp-admin',
			as,
			kind: 'admin',
			method: 'POST',
			path: '/wp-admin/admin-post.php',
			body: { form },
			keys: [],
			expect: expectation,
		} );
	}
	rows.push( {
		name: `wp-admin → GET approve as a guest`,
		category: 'wp-admin',
		as: 'guest',
		kind: 'admin',
		method: 'GET',
		path: `/wp-admin/admin-post.php?action=job_submit_block_approve&post=${ context.ownListing }`,
		keys: [],
		expect: { status: ANY_4XX },
	} );
	for ( const [ as, id, nonce ] of editPosts ) {
		const form: FormPair[] = [
			[ 'action', 'editpost' ],
			[ 'post_ID', String( id ) ],
			[ 'post_type', 'job_listing' ],
			[ 'post_title', `Hijacked ${ marker }` ],
			[ 'post_status', 'publish' ],
		];
		if ( nonce ) {
			form.push( [ '_wpnonce', nonce ] );
		}
		rows.push( {
			name: `wp-admin → POST /wp-admin/post.php action=editpost post ${ id } ${
				nonce ? 'with a made-up nonce' : 'without a nonce'
			} as ${ as }`,
			category: 'wp-admin',
			as,
			kind: 'admin',
			method: 'POST',
			path: '/wp-admin/post.php',
			body: { form },
			keys: [],
			expect: denied,
		} );
	}
	const ajax: Array< [ Sender, FormPair[] ] > = [
		[
			'otherCookie',
			[
				[ 'action', 'inline-save' ],
				[ 'post_ID', String( context.ownListing ) ],
				[ 'post_type', 'job_listing' ],
				[ 'post_title', `Hijacked ${ marker }` ],
				[ '_inline_edit', 'badbadbad0' ],
			],
		],
		[
			'memberCookie',
			[
				[ 'action', 'add-tag' ],
				[ 'taxonomy', 'job_listing_type' ],
				[ 'post_type', 'job_listing' ],
				[ 'tag-name', termName ],
				[ '_wpnonce_add-tag', 'badbadbad0' ],
			],
		],
		[
			'otherCookie',
			[
				[ 'action', 'sample-permalink' ],
				[ 'post_id', String( context.ownListing ) ],
				[ 'new_slug', `fuzz-${ marker }` ],
				[ 'samplepermalinknonce', 'badbadbad0' ],
			],
		],
	];
	for ( const [ as, form ] of ajax ) {
		rows.push( {
			name: `admin-ajax → POST action=${ form[ 0 ][ 1 ] } as ${ as }`,
			category: 'wp-admin',
			as,
			kind: 'ajax',
			method: 'POST',
			path: '/wp-admin/admin-ajax.php',
			body: { form },
			keys: [],
			expect: denied,
		} );
	}

	// XML-RPC: the same members, the login password, no REST request.
	const xmlRpc: Array< [ string, Sender, string, unknown[] ] > = [
		[
			'wp.newPost a listing',
			'member',
			'wp.newPost',
			[
				{
					post_type: 'job_listing',
					post_title: `XML-RPC ${ marker }`,
					post_content: marker,
					post_status: 'pending',
				},
			],
		],
		[
			'wp.newPost a published listing',
			'member',
			'wp.newPost',
			[
				{
					post_type: 'job_listing',
					post_title: `XML-RPC ${ marker }`,
					post_content: marker,
					post_status: 'publish',
				},
			],
		],
		[
			'wp.newPost a listing',
			'author',
			'wp.newPost',
			[
				{
					post_type: 'job_listing',
					post_title: `XML-RPC ${ marker }`,
					post_content: marker,
				},
			],
		],
		[
			'wp.editPost the own pending listing',
			'other',
			'wp.editPost',
			[ context.ownListing, { post_title: `XML-RPC ${ marker }` } ],
		],
		[
			'wp.newTerm a job type',
			'member',
			'wp.newTerm',
			[ { name: termName, taxonomy: 'job_listing_type' } ],
		],
	];
	for ( const [ label, as, method, params ] of xmlRpc ) {
		const username =
			context.usernames[ as as 'member' | 'other' | 'author' ];
		rows.push( {
			name: `XML-RPC ${ label } as ${ as }`,
			category: 'xml-rpc',
			as,
			kind: 'xmlrpc',
			method: 'POST',
			path: '/xmlrpc.php',
			body: {
				raw: xmlRpcCall( method, [
					1,
					username,
					'password',
					...( params as Array<
						Parameters< typeof xmlRpcCall >[ 1 ][ number ]
					> ),
				] ),
				type: 'text/xml',
			},
			keys: [],
			expect: { status: ANY_4XX },
		} );
	}

	// The form without JavaScript: posted to its page with the rendered hidden inputs.
	const formPost = (
		as: 'memberCookie' | 'otherCookie' | 'authorCookie',
		label: string,
		category: string,
		change: Record< string, FormPair[ 1 ] | FormPair[ 1 ][] | null >,
		expectation: Partial< Expectation > = {}
	) => {
		const rendered = context.forms[ as ];
		const key = newKey();
		const fields: Record< string, FormPair[ 1 ] | FormPair[ 1 ][] | null > =
			{
				job_submit_form: rendered.token,
				job_submit_nonce: rendered.nonce,
				job_submit_hp: '',
				job_submit_key: key,
				'job[title]': `Fuzz gardener ${ marker }`,
				'job[description]': `Tend the roses (${ marker }).`,
				'job[company_name]': 'Green Ltd',
				'job[job_location]': 'Lisbon',
				'job[application]': 'jobs@green.example',
				...change,
			};
		const pairs: FormPair[] = [];
		for ( const [ name, value ] of Object.entries( fields ) ) {
			if ( Array.isArray( value ) ) {
				value.forEach( ( item ) =>
					pairs.push( [ `${ name }[]`, item ] )
				);
			} else if ( value !== null ) {
				pairs.push( [ name, value ] );
			}
		}
		const sentKey = fields.job_submit_key;
		rows.push( {
			name: `no-JS form: ${ label } → POST ${ context.formPage } as ${ as }`,
			category,
			as,
			kind: 'form',
			method: 'POST',
			path: context.formPage,
			body: { form: pairs },
			keys: typeof sentKey === 'string' ? [ sentKey ] : [],
			expect: { status: 400, ...expectation },
		} );
	};
	const formFields: Array<
		[
			string,
			string,
			Record< string, FormPair[ 1 ] | FormPair[ 1 ][] | null >,
			RegExp?,
		]
	> = [
		[ 'title spaces', 'title', { 'job[title]': '   ' }, REQUIRED.title ],
		[
			'title <script>x</script>',
			'title',
			{ 'job[title]': '<script>x</script>' },
			REQUIRED.title,
		],
		[ 'title %AB%CD', 'title', { 'job[title]': '%AB%CD' }, REQUIRED.title ],
		[
			'title of invalid UTF-8',
			'title',
			{ 'job[title]': encoded( '%C3%28' ) },
		],
		[
			'title as a list',
			'title',
			{ 'job[title]': null, 'job[title][]': 'Fuzz' },
		],
		[
			'title 201 characters',
			'title',
			{ 'job[title]': 'x'.repeat( 201 ) },
			atMost( 200 ),
		],
		[
			'description <p>&nbsp;</p>',
			'description',
			{ 'job[description]': '<p>&nbsp;</p>' },
			REQUIRED.description,
		],
		[
			'description empty',
			'description',
			{ 'job[description]': '' },
			REQUIRED.description,
		],
		[
			'how to apply call me',
			'application',
			{ 'job[application]': 'call me' },
			EMAIL_OR_URL,
		],
		[
			'how to apply <script>x</script>',
			'application',
			{ 'job[application]': '<script>x</script>' },
			NOT_AN_ADDRESS,
		],
		[
			'company website javascript:',
			'company_website',
			{ 'job[company_website]': 'javascript:alert(1)' },
			WEB_ADDRESS,
		],
		[
			'company name 201 characters',
			'company_name',
			{ 'job[company_name]': 'x'.repeat( 201 ) },
			atMost( 200 ),
		],
		[
			'salary 51 characters',
			'job_salary',
			{ 'job[job_salary]': 'x'.repeat( 51 ) },
			atMost( 50 ),
		],
		[
			'an unknown job type',
			'job_type',
			{ 'job[job_type]': [ '999999' ] },
			NO_LONGER_AVAILABLE,
		],
		[ 'a job type word', 'job_type', { 'job[job_type]': [ 'abc' ] } ],
		[
			'21 distinct job types',
			'job_type',
			{ 'job[job_type]': unknownIds( 21 ).map( String ) },
		],
		[
			'an unknown category',
			'job_category',
			{ 'job[job_category]': [ '999999' ] },
			NO_LONGER_AVAILABLE,
		],
	];
	for ( const [ label, field, change, message ] of formFields ) {
		formPost( 'memberCookie', label, 'no-JS form', change, {
			field,
			message,
		} );
	}
	formPost(
		'otherCookie',
		'title <script>x</script>',
		'no-JS form',
		{
			'job[title]': '<script>x</script>',
		},
		{ field: 'title', message: REQUIRED.title }
	);
	formPost(
		'authorCookie',
		'how to apply call me',
		'no-JS form',
		{
			'job[application]': 'call me',
		},
		{ field: 'application', message: EMAIL_OR_URL }
	);
	// The form's edit mode: the listing it names is saved under the same gate as any update.
	const editModes: Array<
		[ string, 'memberCookie' | 'otherCookie', number ]
	> = [
		[ 'another member’s listing', 'memberCookie', context.ownListing ],
		[ 'the administrator’s listing', 'otherCookie', context.adminListing ],
		[
			'own live listing, which the site does not let its author edit',
			'otherCookie',
			context.liveListing,
		],
	];
	for ( const [ label, as, id ] of editModes ) {
		formPost(
			as,
			`edit mode: ${ label }`,
			'no-JS form',
			{ job_listing_id: String( id ), job_submit_key: null },
			{ status: 403 }
		);
	}
	formPost( 'memberCookie', 'honeypot filled', 'honeypot', {
		job_submit_hp: 'I am a bot',
	} );
	formPost( 'memberCookie', 'honeypot padded', 'honeypot', {
		job_submit_hp: ' x ',
	} );
	// A form whose nonce fails is not a REST error: 400 by the contract's letter, 403 as
	// REST answers a bad nonce; either is a refusal.
	const staleNonce = { status: [ 400, 403 ] };
	for ( const [ label, nonce ] of [
		[ 'no nonce', null ],
		[ 'a made-up nonce', 'badbadbad0' ],
		[ 'another member’s form nonce', context.forms.otherCookie.nonce ],
		[ 'the wp_rest nonce in place of the form’s', context.memberRestNonce ],
	] as const ) {
		formPost(
			'memberCookie',
			label,
			'authentication',
			{ job_submit_nonce: nonce },
			staleNonce
		);
	}
	for ( const [ label, value ] of forgedTokens ) {
		if ( typeof value === 'string' ) {
			formPost( 'memberCookie', `token ${ label }`, 'form token', {
				job_submit_form: value,
			} );
		}
	}
	formPost( 'memberCookie', 'token as a list', 'form token', {
		job_submit_form: [ token ],
	} );
	for ( const [ label, key ] of [
		[ '101 characters', 'k'.repeat( 101 ) ],
		[ 'an inner space', 'a b' ],
		[ 'Cyrillic', 'ключ' ],
		[ 'a control character', 'a\u0001b' ],
	] as const ) {
		formPost( 'memberCookie', `key of ${ label }`, 'idempotency keys', {
			job_submit_key: key,
		} );
	}

	// Batches holding several bad requests, and batch envelopes that are wrong themselves.
	{
		const keys = [ newKey(), newKey(), newKey() ];
		rows.push( {
			name: 'a batch of three bad creates (script title, slug, _featured) as member',
			category: 'batch',
			as: 'member',
			kind: 'batch',
			method: 'POST',
			path: BATCH,
			body: {
				json: batchBody( [
					{
						path: BATCH_SPELLINGS[ 0 ],
						body: listing( { title: '<script>x</script>' } ),
						headers: { 'Idempotency-Key': keys[ 0 ] },
					},
					{
						path: BATCH_SPELLINGS[ 1 ],
						body: listing( { slug: `fuzz-${ marker }` } ),
						headers: { 'Idempotency-Key': keys[ 1 ] },
					},
					{
						path: BATCH_SPELLINGS[ 2 ],
						body: listing( { meta: { _featured: 1 } } ),
						headers: { 'Idempotency-Key': keys[ 2 ] },
					},
				] ),
			},
			keys,
			expect: { status: ANY_4XX },
			each: [
				invalid( [ 'title' ], REQUIRED.title ),
				invalid( [ 'slug' ] ),
				{ status: 403, code: 'rest_cannot_update' },
			],
		} );
		rows.push( {
			name: 'a batch of two guests’ creates as guest',
			category: 'batch',
			as: 'guest',
			kind: 'batch',
			method: 'POST',
			path: BATCH,
			body: {
				json: batchBody( [
					{ path: BATCH_SPELLINGS[ 0 ], body: listing() },
					{ path: BATCH_SPELLINGS[ 1 ], body: listing() },
				] ),
			},
			keys: [],
			expect: { status: 401 },
		} );
		rows.push( {
			name: 'a batch whose sub-request path is a ?rest_route= URL as member',
			category: 'batch',
			as: 'member',
			kind: 'batch',
			method: 'POST',
			path: BATCH,
			body: {
				json: batchBody( [
					{
						path: '/?rest_route=/wp/v2/job-listings',
						body: listing( { title: '' } ),
					},
				] ),
			},
			keys: [],
			expect: { status: ANY_4XX },
		} );
		rows.push( {
			name: 'a batch of 26 bad creates (over the batch limit) as member',
			category: 'batch',
			as: 'member',
			kind: 'rest',
			method: 'POST',
			path: BATCH,
			body: {
				json: batchBody(
					Array.from( { length: 26 }, () => ( {
						path: BATCH_SPELLINGS[ 1 ],
						body: listing( { title: '' } ),
					} ) )
				),
			},
			keys: [],
			expect: { status: 400 },
		} );
		rows.push( {
			name: 'a batch whose requests is a string as memberCookie',
			category: 'batch',
			as: 'memberCookie',
			kind: 'rest',
			method: 'POST',
			path: BATCH,
			body: { json: { requests: 'x' } },
			keys: [],
			expect: { status: 400 },
		} );
	}

	// Replays: the same bad request again, at once, under one key.
	for ( const copy of [ 1, 2 ] ) {
		write( {
			name: `replay ${ copy } of a create with a bad key header`,
			category: 'replays',
			as: 'member',
			route: ROUTES[ 1 ],
			json: listing(),
			headers: { 'Idempotency-Key': 'replay key' },
			keys: [ 'replay key' ],
			expect: keyInvalid,
		} );
	}
	const shared = newKey();
	const sharedUses: Array<
		[ string, Record< string, unknown >, Expectation ]
	> = [
		[
			'a script title',
			{ title: '<script>x</script>' },
			invalid( [ 'title' ], REQUIRED.title ),
		],
		[
			'the honeypot',
			{ job_submit_hp: 'bot' },
			{ status: 400, code: 'job_submit_rejected' },
		],
		[
			'admin-only meta',
			{ meta: { _filled: 1 } },
			{ status: 403, code: 'rest_cannot_update' },
		],
		[
			'a forbidden slug',
			{ slug: `fuzz-${ marker }` },
			invalid( [ 'slug' ] ),
		],
	];
	sharedUses.forEach( ( [ label, change, expectation ], index ) => {
		write( {
			name: `one valid key reused: ${ label }`,
			category: 'replays',
			as: 'member',
			route: ROUTES[ index * 2 ],
			json: listing( change ),
			headers: { 'Idempotency-Key': shared },
			keys: [ shared ],
			expect: expectation,
		} );
	} );
	const inFlight = newKey();
	for ( const copy of [ 1, 2, 3 ] ) {
		write( {
			name: `replay ${ copy } of an invalid create under one key, all at once`,
			category: 'replays',
			as: 'memberCookie',
			route: ROUTES[ 4 ],
			json: listing( { content: '<p>&nbsp;</p>' } ),
			headers: { 'Idempotency-Key': inFlight },
			keys: [ inFlight ],
			expect: invalid( [ 'description' ], REQUIRED.description ),
		} );
	}
	for ( const copy of [ 1, 2 ] ) {
		formPost(
			'memberCookie',
			`replay ${ copy } of a spaces-only title`,
			'replays',
			{
				'job[title]': '   ',
				job_submit_key: `fz-${ marker }-form-replay`,
			},
			{ field: 'title', message: REQUIRED.title }
		);
	}
	rows.push( ...logoRows( context ) );

	return rows;
}
