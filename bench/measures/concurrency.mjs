/**
 * Concurrency: N members each submitting K listings at once, plus one over their limit.
 */

import { listingPayload } from '../lib/site-client.mjs';
import { percentile } from '../lib/stats.mjs';

/**
 * Sends every member's K+1 creates at once, each with its own idempotency key, and checks
 * that exactly K per member were created: no duplicate, no lost request, the (K+1)th refused
 * by the member's own rate limit.
 *
 * @param {Array<{id: number, client: {rest: Function}}>} members   The members, logged in.
 * @param {number}                                        perMember K.
 * @param {{rest: Function}}                              admin     The administrator's client.
 */
export async function burst( members, perMember, admin ) {
	const latencies = [];
	const statuses = {};
	const start = performance.now();
	await Promise.all(
		members.flatMap( ( member ) =>
			Array.from( { length: perMember + 1 }, async ( _, index ) => {
				const sent = performance.now();
				const { status } = await member.client.rest(
					'POST',
					'/wp/v2/job-listings',
					{
						...listingPayload( `Burst ${ member.id }-${ index }` ),
						idempotency_key: `burst-${ member.id }-${ index }`,
					}
				);
				latencies.push( performance.now() - sent );
				statuses[ status ] = ( statuses[ status ] ?? 0 ) + 1;
			} )
		)
	);
	const seconds = ( performance.now() - start ) / 1000;

	let stored = 0;
	const duplicates = [];
	for ( const member of members ) {
		const { body } = await admin.rest(
			'GET',
			`/wp/v2/job-listings?author=${ member.id }&status=any&per_page=100&context=edit`
		);
		stored += body.length;
		const titles = body.map( ( listing ) => listing.title.raw );
		if ( new Set( titles ).size !== titles.length ) {
			duplicates.push( member.id );
		}
	}
	return {
		createsPerSecond: ( statuses[ 201 ] ?? 0 ) / seconds,
		p50: percentile( latencies, 50 ),
		p95: percentile( latencies, 95 ),
		statuses,
		stored,
		expected: members.length * perMember,
		duplicates,
	};
}
