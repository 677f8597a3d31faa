/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';
import { listingsBy } from './utils/listings';
import { withSettings } from './utils/settings';

const DEAD_REQUESTS = 'job-submit-block-test-dead-requests';

test.describe( 'Abuse protection', () => {
	test( 'a member over the hourly limit gets 429 with Retry-After, and another member does not', async ( {
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, {
			job_submit_block_rate_limit: 2,
		} );
		try {
			const member = await createUser( requestUtils, 'subscriber' );
			const client = await applicationPasswordClient(
				requestUtils,
				member
			);
			for ( let i = 0; i < 2; i++ ) {
				const created = await client.post( LISTINGS, {
					data: listingPayload(),
				} );
				expect( created.status() ).toBe( 201 );
			}
			const limited = await client.post( LISTINGS, {
				data: listingPayload(),
			} );
			expect( limited.status() ).toBe( 429 );
			expect( ( await limited.json() ).code ).toBe(
				'job_submit_rate_limited'
			);
			const retryAfter = Number( limited.headers()[ 'retry-after' ] );
			expect( retryAfter ).toBeGreaterThan( 3000 );
			expect( retryAfter ).toBeLessThanOrEqual( 3600 );

			const other = await applicationPasswordClient(
				requestUtils,
				await createUser( requestUtils, 'subscriber' )
			);
			expect(
				(
					await other.post( LISTINGS, { data: listingPayload() } )
				).status()
			).toBe( 201 );

			const stored = await listingsBy( requestUtils, member.id );
			expect( stored ).toHaveLength( 2 );
			await client.dispose();
			await other.dispose();
		} finally {
			await restore();
		}
	} );

	test( 'the same idempotency key, sent again or twice at once, makes one listing', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		const key = `key-${ Date.now() }`;

		const [ first, second ] = await Promise.all(
			[ 0, 1 ].map( () =>
				client.post( LISTINGS, {
					data: listingPayload(),
					headers: { 'Idempotency-Key': key },
				} )
			)
		);
		const statuses = [ first.status(), second.status() ].sort();
		// The loser of the race either waits for the winner's listing or is told to retry.
		expect( [
			[ 200, 201 ],
			[ 201, 409 ],
		] ).toContainEqual( statuses );

		const retried = await client.post( LISTINGS, {
			data: { ...listingPayload(), idempotency_key: key },
		} );
		expect( retried.status() ).toBe( 200 );
		expect( retried.headers()[ 'idempotent-replayed' ] ).toBe( 'true' );
		const created = [ first, second ].find(
			( response ) => response.status() === 201
		);
		expect( ( await retried.json() ).id ).toBe(
			( await created!.json() ).id
		);

		const stored = await listingsBy( requestUtils, member.id );
		expect( stored ).toHaveLength( 1 );

		const otherKey = await client.post( LISTINGS, {
			data: listingPayload(),
			headers: { 'Idempotency-Key': `${ key }-other` },
		} );
		expect( otherKey.status() ).toBe( 201 );
		await client.dispose();
	} );

	test( 'the same key with other content is refused, naming the listing it made; the same content in another order replays', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		const headers = { 'Idempotency-Key': `other-${ Date.now() }` };
		const first = await client.post( LISTINGS, {
			data: listingPayload(),
			headers,
		} );
		expect( first.status() ).toBe( 201 );
		const { id } = ( await first.json() ) as { id: number };

		const changed = await client.post( LISTINGS, {
			data: listingPayload( { title: 'Head Gardener' } ),
			headers,
		} );
		expect( changed.status() ).toBe( 409 );
		expect( await changed.json() ).toMatchObject( {
			code: 'job_submit_key_reused',
			data: { status: 409, listing: id },
		} );

		// The same listing, its keys and meta sent in another order: one create sent twice.
		const { meta, ...rest } = listingPayload();
		const reordered = Object.fromEntries(
			Object.entries( {
				...rest,
				meta: Object.fromEntries( Object.entries( meta ).reverse() ),
			} ).reverse()
		);
		const again = await client.post( LISTINGS, {
			data: reordered,
			headers,
		} );
		expect( again.status() ).toBe( 200 );
		expect( again.headers()[ 'idempotent-replayed' ] ).toBe( 'true' );

		const stored = await listingsBy( requestUtils, member.id );
		expect( stored.map( ( listing ) => listing.title.raw ) ).toEqual( [
			'Senior Gardener',
		] );
		await client.dispose();
	} );

	test( 'what a create that died leaves behind is taken over: its key after a minute, its member’s lock after half a minute', async ( {
		requestUtils,
	} ) => {
		await requestUtils.activatePlugin( DEAD_REQUESTS );
		const restore = await withSettings( requestUtils, {
			job_submit_block_rate_limit: 5,
		} );
		try {
			const member = await createUser( requestUtils, 'subscriber' );
			const client = await applicationPasswordClient(
				requestUtils,
				member
			);
			const leave = ( data: { key?: string; age: number } ) =>
				requestUtils.rest( {
					method: 'POST',
					path: '/job-submit-block-test/v1/dead-request',
					data: { user: member.id, ...data },
				} );
			const send = ( key: string ) =>
				client.post( LISTINGS, {
					data: listingPayload(),
					headers: { 'Idempotency-Key': key },
				} );

			// Claimed a minute ago, nothing made: the retry creates, once.
			const dead = `dead-${ Date.now() }`;
			await leave( { key: dead, age: 61 } );
			expect( ( await send( dead ) ).status() ).toBe( 201 );
			const replay = await send( dead );
			expect( replay.status() ).toBe( 200 );
			expect( replay.headers()[ 'idempotent-replayed' ] ).toBe( 'true' );

			// Claimed half a minute ago: its request may still be running.
			const running = `running-${ Date.now() }`;
			await leave( { key: running, age: 30 } );
			const waiting = await send( running );
			expect( waiting.status() ).toBe( 409 );
			expect( ( await waiting.json() ).code ).toBe(
				'job_submit_in_progress'
			);

			// The member's submission lock, held half a minute by a request that died.
			await leave( { age: 31 } );
			expect(
				( await send( `after-lock-${ Date.now() }` ) ).status()
			).toBe( 201 );
			expect( await listingsBy( requestUtils, member.id ) ).toHaveLength(
				2
			);
			await client.dispose();
		} finally {
			await restore();
			await requestUtils.deactivatePlugin( DEAD_REQUESTS );
		}
	} );

	test( 'a key whose create failed validation may be used again once the input is fixed', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		const headers = { 'Idempotency-Key': `fix-${ Date.now() }` };
		const invalid = await client.post( LISTINGS, {
			data: listingPayload( { title: '' } ),
			headers,
		} );
		expect( invalid.status() ).toBe( 400 );
		const fixed = await client.post( LISTINGS, {
			data: listingPayload(),
			headers,
		} );
		expect( fixed.status() ).toBe( 201 );
		await client.dispose();
	} );

	test( 'concurrent creates by one member stop exactly at the limit', async ( {
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, {
			job_submit_block_rate_limit: 3,
		} );
		try {
			const member = await createUser( requestUtils, 'subscriber' );
			const client = await applicationPasswordClient(
				requestUtils,
				member
			);
			const responses = await Promise.all(
				Array.from( { length: 6 }, ( _, index ) =>
					client.post( LISTINGS, {
						data: listingPayload( { title: `Burst ${ index }` } ),
						timeout: 120_000,
					} )
				)
			);
			const statuses = responses.map( ( response ) => response.status() );
			expect(
				statuses.filter( ( status ) => status === 201 )
			).toHaveLength( 3 );
			expect(
				statuses.filter(
					( status ) => ! [ 201, 409, 429 ].includes( status )
				)
			).toEqual( [] );
			const stored = await listingsBy( requestUtils, member.id );
			expect( stored ).toHaveLength( 3 );
			await client.dispose();
		} finally {
			await restore();
		}
	} );
} );
