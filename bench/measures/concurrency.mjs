/**
 * Concurrency: N members each submitting K listings at once, plus one over their limit, then
 * each retrying one of its creates with the same idempotency key.
 */

import { listingPayload } from '../lib/site-client.mjs';
import { percentile } from '../lib/stats.mjs';

/**
 * Sends every member's K+1 creates at once, each with its own idempotency key, and checks
 * that exactly K per member were created: no duplicate, no lost request, the (K+1)th refused
 * by the member's own rate limit. Then each member sends one of its created listings again
 * with the same key, as a client retries after an unclear failure: it must get the listing
 * it made back, whichever node (X-Stack-Node, on the stack) serves the retry.
 *
 * @param {Array<{id: number, client: {rest: Function}}>} members   The members, logged in.
 * @param {number}                                        perMember K.
 * @param {{rest: Function}}                              admin     The administrator's client.
 */
export async function burst( members, perMember, admin ) {
	const latencies = [];
	const statuses = {};
	const created = new Map();
	const start = performance.now();
	await Promise.all(
		members.flatMap( ( member ) =>
			Array.from( { length: perMember + 1 }, async ( _, index ) => {
				const key = `burst-${ member.id }-${ index }`;
				const sent = performance.now();
				const { status, headers } = await member.client.rest(
					'POST',
					'/wp/v2/job-listings',
					{
						...listingPayload( `Burst ${ member.id }-${ index }` ),
						idempotency_key: key,
					}
				);
				latencies.push( performance.now() - sent );
				statuses[ status ] = ( statuses[ status ] ?? 0 ) + 1;
				if ( status === 201 && ! created.has( member ) ) {
					created.set( member, {
						key,
						index,
						node: headers[ 'x-stack-node' ],
					} );
				}
			} )
		)
	);
	const seconds = ( performance.now() - start ) / 1000;

	const retries = { replayed: 0, otherNode: 0, nodes: new Set() };
	for ( const [ member, first ] of created ) {
		// Sent again until a retry lands on another node than the create did (round robin
		// makes that the first or second try when there are two); every try must replay.
		let status, headers;
		let replays = true;
		for ( let attempt = 0; attempt < 4; attempt++ ) {
			( { status, headers } = await member.client.rest(
				'POST',
				'/wp/v2/job-listings',
				{
					...listingPayload(
						`Burst ${ member.id }-${ first.index }`
					),
					idempotency_key: first.key,
				}
			) );
			replays &&=
				status === 200 && headers[ 'idempotent-replayed' ] === 'true';
			if ( headers[ 'x-stack-node' ] !== first.node ) {
				break;
			}
		}
		if ( replays ) {
			retries.replayed++;
		}
		retries.nodes.add( first.node );
		retries.nodes.add( headers[ 'x-stack-node' ] );
		if (
			headers[ 'x-stack-node' ] &&
			headers[ 'x-stack-node' ] !== first.node
		) {
			retries.otherNode++;
		}
	}

	let stored = 0;
	const duplicates = [];
	const counts = [];
	for ( const member of members ) {
		const { body } = await admin.rest(
			'GET',
			`/wp/v2/job-listings?author=${ member.id }&status=any&per_page=100&context=edit`
		);
		stored += body.length;
		counts.push( body.length );
		const titles = body.map( ( listing ) => listing.title.raw );
		if ( new Set( titles ).size !== titles.length ) {
			duplicates.push( member.id );
		}
	}
	retries.nodes.delete( undefined );
	return {
		createsPerSecond: ( statuses[ 201 ] ?? 0 ) / seconds,
		p50: percentile( latencies, 50 ),
		p95: percentile( latencies, 95 ),
		statuses,
		stored,
		expected: members.length * perMember,
		exactPerMember: counts.every( ( count ) => count === perMember ),
		duplicates,
		retries: {
			sent: created.size,
			replayed: retries.replayed,
			otherNode: retries.otherNode,
			nodes: retries.nodes.size,
		},
	};
}
