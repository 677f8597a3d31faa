/**
 * The benchmark's report: a Markdown table on the terminal and the same figures as JSON.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function format( value, unit ) {
	if ( value === null || value === undefined ) {
		return '–';
	}
	if ( unit === 'bytes' ) {
		return `${ ( value / 1024 ).toFixed( 1 ) } KB`;
	}
	if ( unit === 'ms' ) {
		return `${ Math.round( value ) } ms`;
	}
	return String( Math.round( value * 100 ) / 100 );
}

function cell( summary, unit ) {
	if ( ! summary ) {
		return '–';
	}
	if ( summary.min === summary.max ) {
		return format( summary.median, unit );
	}
	return `${ format( summary.median, unit ) } (${ format(
		summary.min,
		unit
	) }–${ format( summary.max, unit ) })`;
}

/**
 * Prints the rows as a Markdown table and writes them, with the run's context, as JSON.
 *
 * @param {Array<{figure: string, unit: string, value: object, baseline?: string, baselineValue?: object, note?: string}>} rows
 * @param {string}                                                                                                         jsonPath Where to write the JSON.
 * @param {Object}                                                                                                         context  What was measured where.
 */
export function report( rows, jsonPath, context ) {
	const lines = [
		'| Figure | Median (min–max) | Baseline | Baseline median (min–max) | Ratio |',
		'| --- | --- | --- | --- | --- |',
	];
	for ( const row of rows ) {
		const ratio =
			row.baselineValue && row.baselineValue.median
				? ( row.value.median / row.baselineValue.median ).toFixed( 2 )
				: '–';
		lines.push(
			`| ${ row.figure } | ${ cell( row.value, row.unit ) } | ${
				row.baseline ?? '–'
			} | ${ cell( row.baselineValue, row.unit ) } | ${ ratio } |`
		);
	}
	const table = lines.join( '\n' );
	console.log( `\n${ table }\n` );
	for ( const row of rows.filter( ( r ) => r.note ) ) {
		console.log( `- ${ row.figure }: ${ row.note }` );
	}
	mkdirSync( dirname( jsonPath ), { recursive: true } );
	writeFileSync(
		jsonPath,
		JSON.stringify( { ...context, rows }, null, '\t' ) + '\n'
	);
	return table;
}
