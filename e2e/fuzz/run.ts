/**
 * Sends the corpus' rows, a few at a time, and judges each answer against its row: the
 * expected 4xx with a useful error, never a 5xx, never a success.
 */

/**
 * External dependencies
 */
import type { APIRequestContext, APIResponse } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ANY_4XX, type Expectation, type FuzzRow, type Sender } from './corpus';
import { formBody } from './encode';

/** A sender's client: its request context, its user (0 for guests), its REST nonce. */
export interface SenderClient {
	context: APIRequestContext;
	userId: number;
	nonce?: string;
}

/** How one row went. */
export interface Verdict {
	name: string;
	category: string;
	as: Sender;
	status: number;
	/** The start of the answer's body, for the report. */
	answer: string;
	problems: string[];
	ms: number;
}

/** A made-up nonce of the right shape. */
export const MADE_UP_NONCE = 'badbadbad0';

const COOKIE_SENDERS: Sender[] = [
	'memberCookie',
	'otherCookie',
	'authorCookie',
];

interface RestError {
	code?: unknown;
	message?: unknown;
	id?: unknown;
	data?: { status?: unknown; params?: Record< string, unknown > };
}

function statusMatches( status: number, expected: Expectation[ 'status' ] ) {
	if ( expected === ANY_4XX ) {
		return status >= 400 && status < 500;
	}
	return Array.isArray( expected )
		? expected.includes( status )
		: status === expected;
}

function describeStatus( expected: Expectation[ 'status' ] ) {
	return Array.isArray( expected )
		? expected.join( ' or ' )
		: `${ expected }`;
}

function short( text: string, length = 160 ) {
	const flat = text.replace( /\s+/g, ' ' ).trim();
	return flat.length > length ? `${ flat.slice( 0, length ) }…` : flat;
}

function parseJson( text: string ): unknown {
	try {
		return JSON.parse( text );
	} catch {
		return undefined;
	}
}

/**
 * What is wrong with a REST answer, given what the row expects.
 *
 * @param expect The expectation.
 * @param status The answer's status.
 * @param body   The answer's parsed body.
 */
export function restProblems(
	expect: Expectation,
	status: number,
	body: unknown
): string[] {
	const problems: string[] = [];
	const error = ( body ?? {} ) as RestError;
	const said =
		typeof error.code === 'string'
			? ` (${ error.code }: ${ short( String( error.message ), 100 ) })`
			: '';
	if ( status < 400 ) {
		const stored =
			typeof error.id === 'number' ? `, wrote record ${ error.id }` : '';
		return [ `answered ${ status }${ stored }${ said }` ];
	}
	if ( ! statusMatches( status, expect.status ) ) {
		problems.push(
			`answered ${ status }${ said }, expected ${ describeStatus(
				expect.status
			) }`
		);
	}
	if (
		typeof error.code !== 'string' ||
		! error.code ||
		typeof error.message !== 'string' ||
		! error.message
	) {
		problems.push( 'no error code and message in the body' );
		return problems;
	}
	if ( expect.code && error.code !== expect.code ) {
		problems.push( `code ${ error.code }, expected ${ expect.code }` );
	}
	if ( expect.params ) {
		const params = error.data?.params ?? {};
		const keys = Object.keys( params );
		for ( const param of expect.params ) {
			const message = params[ param ];
			if ( typeof message !== 'string' || ! message ) {
				problems.push(
					`no message for ${ param } in data.params (${
						keys.length ? keys.join( ', ' ) : 'none'
					})`
				);
			}
		}
		const extra = keys.filter(
			( key ) => ! expect.params!.includes( key )
		);
		if ( expect.exact !== false && extra.length ) {
			problems.push( `extra data.params: ${ extra.join( ', ' ) }` );
		}
		const first = params[ expect.params[ 0 ] ];
		if (
			expect.message &&
			typeof first === 'string' &&
			! expect.message.test( first )
		) {
			problems.push(
				`${ expect.params[ 0 ] } says “${ short( first, 100 ) }”, expected ${
					expect.message
				}`
			);
		}
	} else if ( expect.message && ! expect.message.test( error.message ) ) {
		problems.push(
			`says “${ short( error.message, 100 ) }”, expected ${ expect.message }`
		);
	}
	return problems;
}

function batchProblems( row: FuzzRow, status: number, text: string ) {
	const body = parseJson( text ) as
		{ responses?: Array< { status: number; body: unknown } > } | undefined;
	if ( status >= 400 && status < 500 ) {
		// The whole batch refused (its envelope, or the sender's authentication).
		return restProblems(
			{ ...row.expect, status: ANY_4XX, params: undefined },
			status,
			body
		);
	}
	if ( status !== 207 ) {
		return [ `batch answered ${ status }: ${ short( text ) }` ];
	}
	const sent =
		( row.body && 'json' in row.body
			? ( row.body.json as { requests?: unknown[] } ).requests?.length
			: 0 ) ?? 0;
	const responses = body?.responses;
	if ( ! Array.isArray( responses ) || responses.length !== sent ) {
		return [ `batch answered ${ short( text ) }` ];
	}
	return responses.flatMap( ( response, index ) =>
		restProblems(
			row.each?.[ index ] ?? row.expect,
			response.status,
			response.body
		).map( ( problem ) =>
			sent > 1 ? `request ${ index + 1 }: ${ problem }` : problem
		)
	);
}

function decodeHtml( text: string ) {
	return text
		.replace( /&#0?39;|&#8217;/g, '’' )
		.replace( /&quot;/g, '"' )
		.replace( /&lt;/g, '<' )
		.replace( /&gt;/g, '>' )
		.replace( /&amp;/g, '&' )
		.trim();
}

/**
 * The messages of a form page: the form's notice, and the message under each field.
 *
 * @param html The page.
 */
export function formMessages( html: string ) {
	const notice =
		/class="wp-block-job-submit-block-form__status[^"]*\bis-error\b[^"]*"[^>]*>([^<]*)</.exec(
			html
		);
	const fields: Record< string, string > = {};
	for ( const match of html.matchAll(
		/id="[^"]*-([a-z_]+)-error"[^>]*>([^<]*)<\/p>/g
	) ) {
		const text = decodeHtml( match[ 2 ] );
		if ( text && ! fields[ match[ 1 ] ] ) {
			fields[ match[ 1 ] ] = text;
		}
	}
	return { notice: notice ? decodeHtml( notice[ 1 ] ) : '', fields };
}

function formProblems( row: FuzzRow, response: APIResponse, text: string ) {
	const status = response.status();
	if ( status >= 300 && status < 400 ) {
		return [
			`answered ${ status } to ${ response.headers().location ?? '?' }`,
		];
	}
	const problems: string[] = [];
	const { notice, fields } = formMessages( text );
	if ( ! statusMatches( status, row.expect.status ) ) {
		problems.push(
			`answered ${ status }, expected ${ describeStatus(
				row.expect.status
			) }${ notice ? ` (notice: ${ short( notice, 80 ) })` : '' }`
		);
	}
	if ( ! text.includes( 'name="job_submit_form"' ) ) {
		problems.push( 'the form is not shown again' );
		return problems;
	}
	if ( ! notice && ! Object.keys( fields ).length ) {
		problems.push( 'no message on the form' );
	}
	const { field, message } = row.expect;
	if ( field ) {
		if ( ! fields[ field ] ) {
			problems.push(
				`no message under ${ field } (${
					Object.keys( fields ).join( ', ' ) || 'no field messages'
				}${ notice ? `; notice: ${ short( notice, 80 ) }` : '' })`
			);
		} else if ( message && ! message.test( fields[ field ] ) ) {
			problems.push(
				`${ field } says “${ fields[ field ] }”, expected ${ message }`
			);
		}
	}
	return problems;
}

/**
 * A refused action of the My Job Listings block without JavaScript: no redirect (which
 * means done), its 4xx, and the block's message saying so.
 *
 * @param row      The row.
 * @param response The answer.
 * @param text     Its body.
 */
function listProblems( row: FuzzRow, response: APIResponse, text: string ) {
	const status = response.status();
	if ( status >= 300 && status < 400 ) {
		return [
			`answered ${ status } to ${ response.headers().location ?? '?' }`,
		];
	}
	const problems: string[] = [];
	if ( ! statusMatches( status, row.expect.status ) ) {
		problems.push(
			`answered ${ status }, expected ${ describeStatus(
				row.expect.status
			) }`
		);
	}
	if (
		! /wp-block-job-submit-block-my-listings__status is-error"[^>]*><p>[^<]+/.test(
			text
		)
	) {
		problems.push( 'no message on the list' );
	}
	return problems;
}

function adminProblems( row: FuzzRow, response: APIResponse, text: string ) {
	const status = response.status();
	if ( status >= 300 && status < 400 ) {
		return [
			`answered ${ status } to ${ response.headers().location ?? '?' }`,
		];
	}
	const problems: string[] = [];
	if ( ! statusMatches( status, row.expect.status ) ) {
		problems.push(
			`answered ${ status }${
				status === 200 ? ' (the screen was served)' : ''
			}, expected ${ describeStatus( row.expect.status ) }`
		);
	}
	if (
		status >= 400 &&
		! /wp-die-message|not allowed|link you followed has expired/i.test(
			text
		)
	) {
		problems.push( `no error message: ${ short( text ) }` );
	}
	return problems;
}

function ajaxProblems( row: FuzzRow, status: number, text: string ) {
	const problems: string[] = [];
	if ( ! statusMatches( status, row.expect.status ) ) {
		problems.push(
			`answered ${ status } “${ short( text, 80 ) }”, expected ${ describeStatus(
				row.expect.status
			) }`
		);
	} else if ( ! [ '-1', '0' ].includes( text.trim() ) ) {
		problems.push( `answered “${ short( text, 80 ) }”` );
	}
	return problems;
}

function xmlRpcProblems( status: number, text: string ) {
	if ( status >= 400 && status < 500 ) {
		return [];
	}
	if ( status !== 200 ) {
		return [ `answered ${ status }` ];
	}
	const fault = /<name>faultCode<\/name>\s*<value>\s*<int>(\d+)<\/int>/.exec(
		text
	);
	if ( ! fault ) {
		return [ `accepted: ${ short( text ) }` ];
	}
	const code = Number( fault[ 1 ] );
	const message =
		/<name>faultString<\/name>\s*<value>\s*<string>([^<]*)</.exec( text );
	if ( code < 400 || code >= 500 ) {
		return [ `fault ${ code } (${ message?.[ 1 ] ?? '' })` ];
	}
	return message?.[ 1 ] ? [] : [ `fault ${ code } without a message` ];
}

/**
 * Judges an answer.
 *
 * @param row      The row.
 * @param response The answer.
 */
export async function judge( row: FuzzRow, response: APIResponse ) {
	const status = response.status();
	const text = await response.text();
	if ( status >= 500 ) {
		return [ `answered ${ status }: ${ short( text ) }` ];
	}
	switch ( row.kind ) {
		case 'rest':
			return restProblems( row.expect, status, parseJson( text ) );
		case 'batch':
			return batchProblems( row, status, text );
		case 'form':
			return formProblems( row, response, text );
		case 'list':
			return listProblems( row, response, text );
		case 'admin':
			return adminProblems( row, response, text );
		case 'ajax':
			return ajaxProblems( row, status, text );
		case 'xmlrpc':
			return xmlRpcProblems( status, text );
	}
}

/**
 * Sends a row as its sender.
 *
 * @param row     The row.
 * @param senders Every sender's client.
 */
export function send( row: FuzzRow, senders: Record< Sender, SenderClient > ) {
	// XML-RPC carries its credentials in the call.
	const client = senders[ row.kind === 'xmlrpc' ? 'guest' : row.as ];
	const headers: Record< string, string > = { ...row.headers };
	if ( COOKIE_SENDERS.includes( row.as ) ) {
		const restCall = row.kind === 'rest' || row.kind === 'batch';
		const nonce = row.nonce ?? ( restCall ? 'valid' : 'none' );
		const foreign =
			row.as === 'otherCookie'
				? senders.memberCookie.nonce
				: senders.otherCookie.nonce;
		const value = {
			valid: client.nonce,
			none: undefined,
			wrong: MADE_UP_NONCE,
			foreign,
		}[ nonce ];
		if ( value ) {
			headers[ 'X-WP-Nonce' ] = value;
		}
	}
	const options: Parameters< APIRequestContext[ 'fetch' ] >[ 1 ] = {
		method: row.method,
		headers,
		maxRedirects: 0,
		failOnStatusCode: false,
		timeout: 90_000,
	};
	const body = row.body;
	if ( body && 'json' in body ) {
		headers[ 'Content-Type' ] = 'application/json';
		options.data = JSON.stringify( body.json );
	} else if ( body && 'raw' in body ) {
		headers[ 'Content-Type' ] = body.type;
		options.data = body.raw;
	} else if ( body && 'form' in body ) {
		headers[ 'Content-Type' ] = 'application/x-www-form-urlencoded';
		options.data = formBody( body.form );
	} else if ( body && 'multipart' in body ) {
		options.multipart = body.multipart;
	}
	return client.context.fetch( row.path, options );
}

/**
 * Sends a row and judges the answer.
 *
 * @param row     The row.
 * @param senders Every sender's client.
 */
async function sendAndJudge(
	row: FuzzRow,
	senders: Record< Sender, SenderClient >
): Promise< Verdict > {
	const began = Date.now();
	let status = 0;
	let answer = '';
	let problems: string[];
	try {
		const response = await send( row, senders );
		status = response.status();
		answer = short( await response.text(), 300 );
		problems = await judge( row, response );
	} catch ( error ) {
		problems = [
			`request failed: ${ short( ( error as Error ).message ) }`,
		];
	}
	return {
		name: row.name,
		category: row.category,
		as: row.as,
		status,
		answer,
		problems,
		ms: Date.now() - began,
	};
}

/**
 * Sends every row, keeping `concurrency` requests in flight (each of that many workers
 * takes the next row as soon as its last one is answered), and judges each answer.
 *
 * @param rows        The corpus.
 * @param senders     Every sender's client.
 * @param concurrency How many requests are in flight at once.
 * @return The verdicts, in the rows' order.
 */
export async function runCorpus(
	rows: FuzzRow[],
	senders: Record< Sender, SenderClient >,
	concurrency: number
): Promise< Verdict[] > {
	const verdicts: Verdict[] = new Array( rows.length );
	let next = 0;
	const worker = async () => {
		while ( next < rows.length ) {
			const index = next++;
			verdicts[ index ] = await sendAndJudge( rows[ index ], senders );
		}
	};
	await Promise.all( Array.from( { length: concurrency }, worker ) );
	return verdicts;
}

/**
 * Rows and failures by category, for the report.
 *
 * @param verdicts The verdicts.
 */
export function tally( verdicts: Verdict[] ) {
	const byCategory: Record< string, { rows: number; failed: number } > = {};
	for ( const verdict of verdicts ) {
		byCategory[ verdict.category ] ??= { rows: 0, failed: 0 };
		byCategory[ verdict.category ].rows++;
		if ( verdict.problems.length ) {
			byCategory[ verdict.category ].failed++;
		}
	}
	return byCategory;
}
