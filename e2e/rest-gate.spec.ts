/**
 * External dependencies
 */
import type { APIRequestContext, APIResponse } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	adminRequest,
	createMember,
	everyListingBy,
	expectInvalidParams,
	loggedInPage,
	uniqueWord,
	type RestError,
} from './utils/gate-helpers';
import { readListing } from './utils/listings';
import { LISTINGS, listingPayload } from './utils/rest-clients';
import { withSettings } from './utils/settings';

const meta = listingPayload().meta;

/**
 * The listings route spelled other ways than the canonical `/wp-json/wp/v2/job-listings`:
 * WordPress matches REST routes without regard to case, through pretty permalinks and
 * through `?rest_route=` alike.
 */
const SPELLINGS: Array< {
	name: string;
	collection: string;
	item: ( id: number ) => string;
} > = [
	{
		name: '/wp-json/wp/v2/Job-Listings',
		collection: '/wp-json/wp/v2/Job-Listings',
		item: ( id ) => `/wp-json/wp/v2/Job-Listings/${ id }`,
	},
	{
		name: '/wp-json/WP/V2/JOB-LISTINGS/',
		collection: '/wp-json/WP/V2/JOB-LISTINGS/',
		item: ( id ) => `/wp-json/WP/V2/JOB-LISTINGS/${ id }/`,
	},
	{
		name: '?rest_route=/wp/v2/Job-Listings',
		collection: '/?rest_route=/wp/v2/Job-Listings',
		item: ( id ) => `/?rest_route=/wp/v2/Job-Listings/${ id }`,
	},
];

/** One sub-request's answer in a batch. */
interface BatchAnswer {
	status: number;
	body: RestError & { id?: number };
}

/**
 * Sends one create through the batch endpoint, with the route spelled as given.
 *
 * @param client The member's client.
 * @param path   The route inside the batch.
 * @param body   The listing.
 */
async function batchCreate(
	client: APIRequestContext,
	path: string,
	body: Record< string, unknown >
): Promise< BatchAnswer > {
	const response = await client.post( '/wp-json/batch/v1', {
		data: { requests: [ { method: 'POST', path, body } ] },
	} );
	expect( response.status() ).toBe( 207 );
	const { responses } = ( await response.json() ) as {
		responses: BatchAnswer[];
	};
	return responses[ 0 ];
}

/**
 * A form identity with its last character changed.
 *
 * @param token The identity as the form carries it.
 */
function tamper( token: string ): string {
	const last = token.slice( -1 ) === 'a' ? 'b' : 'a';
	return token.slice( 0, -1 ) + last;
}

/**
 * The body of a JSON answer, for assertions on what it exposes.
 *
 * @param response The answer.
 */
async function bodyText( response: APIResponse ): Promise< string > {
	return ( await response.body() ).toString( 'utf8' );
}

test.describe( 'The gate: every spelling of the listings route', () => {
	test( 'an invalid listing sent to the route spelled another way gets the same field messages as the canonical route', async ( {
		requestUtils,
	} ) => {
		const { user, client } = await createMember( requestUtils );
		const invalid = {
			title: '',
			content: '',
			meta: { ...meta, _application: 'call me' },
		};

		const canonical = await expectInvalidParams(
			await client.post( LISTINGS, { data: invalid } ),
			[ 'title', 'description', 'application' ]
		);
		for ( const spelling of SPELLINGS ) {
			await test.step( spelling.name, async () => {
				const params = await expectInvalidParams(
					await client.post( spelling.collection, { data: invalid } ),
					[]
				);
				expect( params ).toEqual( canonical );
			} );
		}

		await test.step( 'batch/v1 with /wp/v2/Job-Listings', async () => {
			const answer = await batchCreate(
				client,
				'/wp/v2/Job-Listings',
				invalid
			);
			expect( answer.status ).toBe( 400 );
			expect( answer.body.data?.params ).toEqual( canonical );
		} );

		expect( await everyListingBy( requestUtils, user.id ) ).toEqual( [] );
		await client.dispose();
	} );

	test( 'the hourly limit counts creates whatever the spelling of the route', async ( {
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, {
			job_submit_block_rate_limit: 2,
		} );
		try {
			const { user, client } = await createMember( requestUtils );
			for ( let i = 0; i < 2; i++ ) {
				expect(
					(
						await client.post( LISTINGS, {
							data: listingPayload(),
						} )
					).status()
				).toBe( 201 );
			}
			const limited = await client.post( LISTINGS, {
				data: listingPayload(),
			} );
			expect( limited.status() ).toBe( 429 );

			for ( const spelling of SPELLINGS ) {
				await test.step( spelling.name, async () => {
					const response = await client.post( spelling.collection, {
						data: listingPayload(),
					} );
					expect( response.status() ).toBe( 429 );
					expect(
						( ( await response.json() ) as RestError ).code
					).toBe( 'job_submit_rate_limited' );
				} );
			}

			await test.step( 'batch/v1 with /wp/v2/Job-Listings', async () => {
				const answer = await batchCreate(
					client,
					'/wp/v2/Job-Listings',
					listingPayload()
				);
				expect( answer.status ).toBe( 429 );
			} );

			expect(
				await everyListingBy( requestUtils, user.id )
			).toHaveLength( 2 );
			await client.dispose();
		} finally {
			await restore();
		}
	} );

	test( 'an owner cannot empty the required fields of their pending listing through another spelling', async ( {
		requestUtils,
	} ) => {
		const { client } = await createMember( requestUtils );
		const created = await client.post( LISTINGS, {
			data: listingPayload(),
		} );
		expect( created.status() ).toBe( 201 );
		const { id } = ( await created.json() ) as { id: number };

		await expectInvalidParams(
			await client.post( `${ LISTINGS }/${ id }`, {
				data: { title: '' },
			} ),
			[ 'title' ]
		);
		for ( const spelling of SPELLINGS ) {
			await test.step( spelling.name, async () => {
				await expectInvalidParams(
					await client.post( spelling.item( id ), {
						data: { title: '', content: '' },
					} ),
					[ 'title', 'description' ]
				);
			} );
		}

		const stored = await readListing( requestUtils, id );
		expect( stored.title.raw ).toBe( 'Senior Gardener' );
		expect( stored.content.raw ).toContain( 'roses' );
		await client.dispose();
	} );
} );

test.describe( 'The gate: the hourly limit cannot be dodged', () => {
	let restore: () => Promise< void >;

	test.beforeEach( async ( { requestUtils } ) => {
		restore = await withSettings( requestUtils, {
			job_submit_block_rate_limit: 2,
		} );
	} );

	test.afterEach( async () => {
		await restore();
	} );

	test( 'a member may not back-date a listing, so back-dated creates cannot exceed the limit', async ( {
		requestUtils,
	} ) => {
		const { user, client } = await createMember( requestUtils );
		for ( const param of [ 'date', 'date_gmt', 'date', 'date_gmt' ] ) {
			await expectInvalidParams(
				await client.post( LISTINGS, {
					data: listingPayload( {
						[ param ]: '2001-01-01T00:00:00',
					} ),
				} ),
				[ param ]
			);
		}
		expect( await everyListingBy( requestUtils, user.id ) ).toEqual( [] );

		for ( let i = 0; i < 2; i++ ) {
			expect(
				(
					await client.post( LISTINGS, { data: listingPayload() } )
				).status()
			).toBe( 201 );
		}
		const limited = await client.post( LISTINGS, {
			data: listingPayload( { date: '2001-01-01T00:00:00' } ),
		} );
		expect( limited.status() ).toBeGreaterThanOrEqual( 400 );
		expect( limited.status() ).toBeLessThan( 500 );
		expect(
			(
				await client.post( LISTINGS, { data: listingPayload() } )
			).status()
		).toBe( 429 );
		expect( await everyListingBy( requestUtils, user.id ) ).toHaveLength(
			2
		);
		await client.dispose();
	} );

	test( 'deleting a listing does not give back its place under the limit', async ( {
		requestUtils,
	} ) => {
		const { user, client } = await createMember( requestUtils );
		const ids: number[] = [];
		for ( let i = 0; i < 2; i++ ) {
			const created = await client.post( LISTINGS, {
				data: listingPayload(),
			} );
			expect( created.status() ).toBe( 201 );
			ids.push( ( ( await created.json() ) as { id: number } ).id );
		}
		// Members may withdraw their own pending listing (to the trash).
		const deleted = await client.delete( `${ LISTINGS }/${ ids[ 0 ] }` );
		expect( deleted.status() ).toBe( 200 );
		expect(
			( await everyListingBy( requestUtils, user.id ) ).filter(
				( listing ) => listing.status !== 'trash'
			)
		).toHaveLength( 1 );

		const next = await client.post( LISTINGS, { data: listingPayload() } );
		expect( next.status() ).toBe( 429 );
		expect( ( ( await next.json() ) as RestError ).code ).toBe(
			'job_submit_rate_limited'
		);
		expect(
			( await everyListingBy( requestUtils, user.id ) ).filter(
				( listing ) => listing.status !== 'trash'
			)
		).toHaveLength( 1 );
		await client.dispose();
	} );
} );

test.describe( 'The gate: terms', () => {
	test( 'members cannot create, rename or delete job types and categories', async ( {
		requestUtils,
	} ) => {
		const { client } = await createMember( requestUtils );
		for ( const base of [ 'job-types', 'job-categories' ] ) {
			await test.step( base, async () => {
				const name = uniqueWord( 'MemberTerm' );
				const existing = ( await requestUtils.rest( {
					method: 'POST',
					path: `/wp/v2/${ base }`,
					data: { name: uniqueWord( 'AdminTerm' ) },
				} ) ) as { id: number; name: string };
				const named = async () =>
					( await requestUtils.rest( {
						path: `/wp/v2/${ base }`,
						params: { search: name, hide_empty: false },
					} ) ) as Array< { id: number } >;
				try {
					const created = await client.post(
						`/wp-json/wp/v2/${ base }`,
						{ data: { name } }
					);
					expect( created.status() ).toBe( 403 );
					expect( await named() ).toEqual( [] );

					const renamed = await client.post(
						`/wp-json/wp/v2/${ base }/${ existing.id }`,
						{ data: { name: 'Renamed by a member' } }
					);
					expect( renamed.status() ).toBe( 403 );
					const removed = await client.delete(
						`/wp-json/wp/v2/${ base }/${ existing.id }?force=true`
					);
					expect( removed.status() ).toBe( 403 );
					expect(
						(
							( await requestUtils.rest( {
								path: `/wp/v2/${ base }/${ existing.id }`,
							} ) ) as { name: string }
						 ).name
					).toBe( existing.name );
				} finally {
					// The admin's term, and any term the member managed to create.
					for ( const term of [ existing, ...( await named() ) ] ) {
						await adminRequest( requestUtils, {
							method: 'DELETE',
							path: `/wp/v2/${ base }/${ term.id }?force=true`,
						} );
					}
				}
			} );
		}
		await client.dispose();
	} );
} );

test.describe( 'The gate: values are checked as they will be stored', () => {
	const EMPTY: Array< {
		label: string;
		payload: Record< string, unknown >;
		field: string;
	} > = [
		{
			label: 'a title sent as the number 42',
			payload: listingPayload( { title: 42 } ),
			field: 'title',
		},
		{
			label: 'a title sent as true',
			payload: listingPayload( { title: true } ),
			field: 'title',
		},
		{
			label: 'a title that is only a script element',
			payload: listingPayload( { title: '<script>x</script>' } ),
			field: 'title',
		},
		{
			label: 'a title that is only percent-encoded octets',
			payload: listingPayload( { title: '%AB%CD' } ),
			field: 'title',
		},
		{
			label: 'a description that is only a non-breaking space',
			payload: listingPayload( { content: '<p>&nbsp;</p>' } ),
			field: 'description',
		},
	];

	for ( const { label, payload, field } of EMPTY ) {
		test( `${ label } is refused as empty and stores nothing`, async ( {
			requestUtils,
		} ) => {
			const { user, client } = await createMember( requestUtils );
			await expectInvalidParams(
				await client.post( LISTINGS, { data: payload } ),
				[ field ]
			);
			expect( await everyListingBy( requestUtils, user.id ) ).toEqual(
				[]
			);
			await client.dispose();
		} );
	}

	test( 'meta of the wrong type is refused with its field message, and the idempotency key stays free', async ( {
		requestUtils,
	} ) => {
		const { user, client } = await createMember( requestUtils );
		const headers = { 'Idempotency-Key': uniqueWord( 'wrong-type-' ) };

		await expectInvalidParams(
			await client.post( LISTINGS, {
				data: listingPayload( {
					meta: { ...meta, _company_name: 42 },
				} ),
				headers,
			} ),
			[ 'company_name' ]
		);
		expect( await everyListingBy( requestUtils, user.id ) ).toEqual( [] );

		const retried = await client.post( LISTINGS, {
			data: listingPayload(),
			headers,
		} );
		expect( retried.status() ).toBe( 201 );
		expect( retried.headers()[ 'idempotent-replayed' ] ).toBeUndefined();
		const stored = await everyListingBy( requestUtils, user.id );
		expect( stored ).toHaveLength( 1 );
		expect( stored[ 0 ].meta._company_name ).toBe( 'Green Ltd' );
		await client.dispose();
	} );

	test( 'links in a member’s description are marked nofollow ugc', async ( {
		requestUtils,
	} ) => {
		const { client } = await createMember( requestUtils );
		const created = await client.post( LISTINGS, {
			data: listingPayload( {
				content:
					'<p>See <a href="https://green.example/jobs">our jobs</a> and <a href="https://green.example/about" rel="follow">us</a>.</p>',
			} ),
		} );
		expect( created.status() ).toBe( 201 );
		const { id } = ( await created.json() ) as { id: number };

		const { raw } = ( await readListing( requestUtils, id ) ).content;
		const links = raw.match( /<a\s[^>]*>/g ) ?? [];
		expect( links ).toHaveLength( 2 );
		for ( const link of links ) {
			expect( link ).toMatch( /\srel="nofollow ugc"/ );
		}
		await client.dispose();
	} );

	test( 'a member’s description runs no shortcode and no block: it reads as typed', async ( {
		requestUtils,
	} ) => {
		const { client } = await createMember( requestUtils );
		const created = await client.post( LISTINGS, {
			data: listingPayload( {
				content:
					'<p>Hear [audio src="https://green.example/a.mp3"] here.</p><!-- wp:latest-posts /--><!-- wp:job-submit-block/my-listings /--><p>End</p><!-- open',
			} ),
		} );
		expect( created.status() ).toBe( 201 );
		const { id } = ( await created.json() ) as { id: number };

		const { raw, rendered } = ( await readListing( requestUtils, id ) )
			.content;
		// WordPress stores character references with three digits.
		expect( raw ).toBe(
			'<p>Hear &#091;audio src="https://green.example/a.mp3"&#093; here.</p><p>End</p>&lt;!-- open'
		);
		expect( rendered ).not.toMatch(
			/<audio|wp-block-latest-posts|wp-block-job-submit-block-my-listings/
		);
		expect( rendered ).toContain( '&#091;audio' );
		await client.dispose();
	} );
} );

test.describe( 'The gate: a listing’s autosaves', () => {
	test( 'a moderator’s unsaved edit of a member’s listing stays the moderators’', async ( {
		requestUtils,
	} ) => {
		const { client } = await createMember( requestUtils );
		const created = await client.post( LISTINGS, {
			data: listingPayload(),
		} );
		const { id } = ( await created.json() ) as { id: number };
		const note = uniqueWord( 'ModeratorNote' );
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ id }/autosaves`,
			data: { title: 'Senior Gardener', content: `<p>${ note }</p>` },
		} );

		const read = await client.get( `${ LISTINGS }/${ id }/autosaves` );
		expect( read.status() ).toBe( 403 );
		expect( await bodyText( read ) ).not.toContain( note );
		const moderators = ( await requestUtils.rest( {
			path: `/wp/v2/job-listings/${ id }/autosaves`,
		} ) ) as Array< { content: { rendered: string } } >;
		expect( moderators[ 0 ].content.rendered ).toContain( note );
		await client.dispose();
	} );
} );

test.describe( 'The gate: idempotency keys', () => {
	test( 'keys are compared exactly: a%41 and a%42 make two listings', async ( {
		requestUtils,
	} ) => {
		const { user, client } = await createMember( requestUtils );
		const stem = uniqueWord( 'k' );
		const ids: number[] = [];
		for ( const key of [ `${ stem }a%41`, `${ stem }a%42` ] ) {
			const response = await client.post( LISTINGS, {
				data: listingPayload(),
				headers: { 'Idempotency-Key': key },
			} );
			expect( response.status() ).toBe( 201 );
			expect(
				response.headers()[ 'idempotent-replayed' ]
			).toBeUndefined();
			ids.push( ( ( await response.json() ) as { id: number } ).id );
		}
		expect( ids[ 0 ] ).not.toBe( ids[ 1 ] );
		expect( await everyListingBy( requestUtils, user.id ) ).toHaveLength(
			2
		);
		await client.dispose();
	} );

	test( 'an over-long key is refused rather than cut short', async ( {
		requestUtils,
	} ) => {
		const { user, client } = await createMember( requestUtils );
		const shared = uniqueWord( 'long-' ).padEnd( 100, 'x' );
		for ( const tail of [ 'A', 'B' ] ) {
			await expectInvalidParams(
				await client.post( LISTINGS, {
					data: listingPayload(),
					headers: { 'Idempotency-Key': shared + tail.repeat( 50 ) },
				} ),
				[ 'idempotency_key' ]
			);
		}
		expect( await everyListingBy( requestUtils, user.id ) ).toEqual( [] );
		await client.dispose();
	} );

	test( 'a replay shows only what the member may read now: never the password a moderator gave the listing, nor its content once published behind it', async ( {
		requestUtils,
	} ) => {
		const { client } = await createMember( requestUtils );
		const key = uniqueWord( 'replay-password-' );
		const created = await client.post( LISTINGS, {
			data: listingPayload(),
			headers: { 'Idempotency-Key': key },
		} );
		expect( created.status() ).toBe( 201 );
		const { id } = ( await created.json() ) as { id: number };

		const secret = uniqueWord( 'ModeratorNote' );
		const password = uniqueWord( 'pw' );
		const replayOnce = () =>
			client.post( LISTINGS, {
				data: listingPayload(),
				headers: { 'Idempotency-Key': key },
			} );

		// Still pending, so the member may edit it and reads it in the edit context.
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ id }`,
			data: { password },
		} );
		const pending = await replayOnce();
		expect( pending.status() ).toBe( 200 );
		expect( await pending.json() ).not.toHaveProperty( 'password' );
		expect( await bodyText( pending ) ).not.toContain( password );

		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ id }`,
			data: {
				status: 'publish',
				content: `<p>Tend the roses. ${ secret }</p>`,
			},
		} );

		const replay = await replayOnce();
		expect( replay.status() ).toBe( 200 );
		expect( replay.headers()[ 'idempotent-replayed' ] ).toBe( 'true' );
		const body = ( await replay.json() ) as {
			id: number;
			password?: string;
			content?: { raw?: string; rendered?: string };
		};
		expect( body.id ).toBe( id );
		expect( body.password ).toBeUndefined();
		expect( body.content?.raw ).toBeUndefined();
		const text = await bodyText( replay );
		expect( text ).not.toContain( secret );
		expect( text ).not.toContain( password );
		await client.dispose();
	} );

	test( 'a replay shows only what the member may read now: nothing of a listing given to another author', async ( {
		requestUtils,
	} ) => {
		const { user, client } = await createMember( requestUtils );
		const other = await createMember( requestUtils );
		const key = uniqueWord( 'replay-author-' );
		const created = await client.post( LISTINGS, {
			data: listingPayload(),
			headers: { 'Idempotency-Key': key },
		} );
		expect( created.status() ).toBe( 201 );
		const { id } = ( await created.json() ) as { id: number };

		const secret = uniqueWord( 'Reassigned' );
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ id }`,
			data: {
				author: other.user.id,
				title: `Senior Gardener ${ secret }`,
				content: `<p>Tend the roses. ${ secret }</p>`,
			},
		} );

		const replay = await client.post( LISTINGS, {
			data: listingPayload(),
			headers: { 'Idempotency-Key': key },
		} );
		// The contract leaves the status of this replay open; what matters is that it makes
		// no second listing and shows nothing of this one.
		expect( replay.status() ).not.toBe( 201 );
		expect( replay.status() ).toBeLessThan( 500 );
		const body = ( await replay.json() ) as {
			title?: { raw?: string };
			content?: { raw?: string };
			meta?: unknown;
		};
		expect( body.title?.raw ).toBeUndefined();
		expect( body.content?.raw ).toBeUndefined();
		expect( await bodyText( replay ) ).not.toContain( secret );
		expect( await everyListingBy( requestUtils, user.id ) ).toEqual( [] );
		await client.dispose();
		await other.client.dispose();
	} );

	test( 'a malformed JSON body is refused as such and stores nothing', async ( {
		requestUtils,
	} ) => {
		const { user, client } = await createMember( requestUtils );
		// A Buffer is sent byte for byte; a string would be serialised as a JSON string.
		for ( const body of [
			'{"title": "Senior Gardener", "content": ',
			'"a JSON string, not an object"',
		] ) {
			const response = await client.post( LISTINGS, {
				headers: {
					'Content-Type': 'application/json',
					'Idempotency-Key': uniqueWord( 'bad-json-' ),
				},
				data: Buffer.from( body ),
			} );
			expect( response.status() ).toBe( 400 );
			expect( ( ( await response.json() ) as RestError ).code ).toBe(
				'rest_invalid_json'
			);
		}
		expect( await everyListingBy( requestUtils, user.id ) ).toEqual( [] );
		await client.dispose();
	} );
} );

test.describe( 'The gate: cheap attacks', () => {
	test( 'a term list of 5000 copies of one id is refused at once', async ( {
		requestUtils,
	} ) => {
		const [ jobType ] = ( await requestUtils.rest( {
			path: '/wp/v2/job-types',
			params: { per_page: 1, hide_empty: false },
		} ) ) as Array< { id: number } >;
		expect( jobType ).toBeDefined();
		const { user, client } = await createMember( requestUtils );

		const started = Date.now();
		const response = await client.post( LISTINGS, {
			data: listingPayload( {
				'job-types': Array( 5000 ).fill( jobType.id ),
			} ),
		} );
		const elapsed = Date.now() - started;
		await expectInvalidParams( response, [ 'job_type' ] );
		// Generous on purpose: the point is that it does not grind through 5000 lookups.
		expect( elapsed ).toBeLessThan( 10_000 );
		expect( await everyListingBy( requestUtils, user.id ) ).toEqual( [] );
		await client.dispose();
	} );

	test( 'the owner of a pending listing cannot write autosaves of it', async ( {
		requestUtils,
	} ) => {
		const { client } = await createMember( requestUtils );
		const created = await client.post( LISTINGS, {
			data: listingPayload(),
		} );
		expect( created.status() ).toBe( 201 );
		const { id } = ( await created.json() ) as { id: number };

		const autosave = await client.post( `${ LISTINGS }/${ id }/autosaves`, {
			data: { title: 'Autosaved', content: '<p>Autosaved.</p>' },
		} );
		expect( autosave.status() ).toBe( 403 );
		const stored = await readListing( requestUtils, id );
		expect( stored.title.raw ).toBe( 'Senior Gardener' );
		expect(
			await requestUtils.rest( {
				path: `/wp/v2/job-listings/${ id }/autosaves`,
			} )
		).toEqual( [] );
		await client.dispose();
	} );
} );

test.describe( 'The gate: settings through REST', () => {
	const INVALID: Array< [ string, unknown ] > = [
		[ 'job_submit_block_rate_limit', -5 ],
		[ 'job_submit_block_duration_days', -30 ],
		[ 'job_submit_block_roles', [ 'no-such-role' ] ],
	];

	for ( const [ name, value ] of INVALID ) {
		test( `${ name } = ${ JSON.stringify(
			value
		) } is refused and the setting kept`, async ( { requestUtils } ) => {
			const before = ( await requestUtils.rest( {
				path: '/wp/v2/settings',
			} ) ) as Record< string, unknown >;
			// Sets the value it has, so that whatever the request below does is put back.
			const restore = await withSettings( requestUtils, {
				[ name ]: before[ name ],
			} );
			try {
				const response = await adminRequest( requestUtils, {
					method: 'POST',
					path: '/wp/v2/settings',
					data: { [ name ]: value },
				} );
				expect( response.status() ).toBe( 400 );
				expect( ( ( await response.json() ) as RestError ).code ).toBe(
					'rest_invalid_param'
				);
				const after = ( await requestUtils.rest( {
					path: '/wp/v2/settings',
				} ) ) as Record< string, unknown >;
				expect( after[ name ] ).toEqual( before[ name ] );
			} finally {
				await restore();
			}
		} );
	}
} );

test.describe( 'The gate: forms outside the page’s own content', () => {
	test( 'a form inside a synced pattern keeps its required fields, and its identity cannot be forged', async ( {
		browser,
		requestUtils,
	} ) => {
		const pattern = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/blocks',
			data: {
				title: uniqueWord( 'Job form pattern ' ),
				status: 'publish',
				content:
					'<!-- wp:job-submit-block/form {"fields":{"company_name":{"required":true}}} /-->',
			},
		} ) ) as { id: number };
		const { id: pageId } = await requestUtils.createPage( {
			title: 'Jobs board, through a synced pattern',
			status: 'publish',
			content: `<!-- wp:block {"ref":${ pattern.id }} /-->`,
		} );
		const { user, client } = await createMember( requestUtils );

		const page = await loggedInPage( browser, user.username );
		await page.goto( `/?page_id=${ pageId }` );
		const identity = page.locator(
			'.wp-block-job-submit-block-form input[name="job_submit_form"]'
		);
		await expect( identity ).toHaveCount( 1 );
		await expect( identity ).toHaveValue( /\S/ );
		const token = await identity.evaluate(
			( input: HTMLInputElement ) => input.value
		);
		await page.context().close();

		const withoutCompany = { ...meta, _company_name: '' };
		await expectInvalidParams(
			await client.post( LISTINGS, {
				data: listingPayload( {
					meta: withoutCompany,
					job_submit_form: token,
				} ),
			} ),
			[ 'company_name' ]
		);

		for ( const forged of [
			tamper( token ),
			`${ pageId }:0`,
			`${ token }0`,
		] ) {
			await test.step( `identity ${ forged }`, async () => {
				await expectInvalidParams(
					await client.post( LISTINGS, {
						data: listingPayload( {
							meta: withoutCompany,
							job_submit_form: forged,
						} ),
					} ),
					[ 'job_submit_form' ]
				);
			} );
		}
		expect( await everyListingBy( requestUtils, user.id ) ).toEqual( [] );

		// The genuine identity with the company named goes through.
		const valid = await client.post( LISTINGS, {
			data: listingPayload( { job_submit_form: token } ),
		} );
		expect( valid.status() ).toBe( 201 );
		await client.dispose();
	} );
} );
