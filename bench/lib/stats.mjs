/**
 * Summaries of repeated measurements: each figure is the median of its runs, with min and max.
 */

/**
 * Runs a measurement after warm-up runs that are thrown away.
 *
 * @param {() => Promise<number>}            once    One measurement.
 * @param {{runs?: number, warmup?: number}} options How many runs.
 * @return {Promise<number[]>} The samples.
 */
export async function sample( once, { runs = 5, warmup = 1 } = {} ) {
	for ( let i = 0; i < warmup; i++ ) {
		await once();
	}
	const samples = [];
	for ( let i = 0; i < runs; i++ ) {
		samples.push( await once() );
	}
	return samples;
}

/**
 * The p-th percentile of samples (nearest rank).
 *
 * @param {number[]} samples The samples.
 * @param {number}   p       0 to 100.
 */
export function percentile( samples, p ) {
	const sorted = [ ...samples ].sort( ( a, b ) => a - b );
	const rank = Math.max( 1, Math.ceil( ( p / 100 ) * sorted.length ) );
	return sorted[ rank - 1 ];
}

/**
 * Median, min and max of samples.
 *
 * @param {number[]} samples The samples.
 */
export function summarize( samples ) {
	return {
		median: percentile( samples, 50 ),
		min: Math.min( ...samples ),
		max: Math.max( ...samples ),
		runs: samples.length,
	};
}
