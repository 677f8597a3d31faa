/**
 * What the data layer is made of and what a save runs of it: each script the form loads on
 * intent, by package, gzipped, with the share of its code that ran while loading and while
 * saving one listing (Chromium's precise coverage: the bytes of the functions that were
 * called at least once).
 */

import { gzipSync } from 'node:zlib';

const PACKAGE =
	/\/(?:js\/dist\/(?:vendor\/)?|build\/)([a-z0-9-]+?)(?:\.min)?\.js/;

/**
 * Bytes of source inside functions that ran (their outermost ranges with a count > 0).
 *
 * @param {{functions: Array<{ranges: Array<{startOffset: number, endOffset: number, count: number}>}>}} entry
 */
function executedBytes( entry ) {
	const ran = [];
	for ( const fn of entry.functions ) {
		const [ outer ] = fn.ranges;
		if ( outer && outer.count > 0 && fn.functionName !== '' ) {
			ran.push( [ outer.startOffset, outer.endOffset ] );
		}
	}
	ran.sort( ( a, b ) => a[ 0 ] - b[ 0 ] );
	let total = 0;
	let end = -1;
	for ( const [ from, to ] of ran ) {
		if ( to <= end ) {
			continue;
		}
		total += to - Math.max( from, end );
		end = to;
	}
	return total;
}

/**
 * Opens the form, loads the data layer on intent and saves one listing, recording coverage.
 *
 * @param {import('@playwright/test').BrowserContext} context The member's context.
 * @param {string}                                    url     The form's page.
 */
export async function dataLayerBreakdown( context, url ) {
	const page = await context.newPage();
	await page.addInitScript( () => window.localStorage.clear() );
	await page.goto( url );
	await page.coverage.startJSCoverage( {
		resetOnNavigation: false,
		reportAnonymousScripts: false,
	} );
	await page.getByLabel( 'Job title' ).fill( 'Breakdown Gardener' );
	await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );
	const loaded = await page.coverage.stopJSCoverage();
	await page.coverage.startJSCoverage( { resetOnNavigation: false } );
	await page.getByLabel( 'Job description' ).fill( 'Tend the roses.' );
	await page.getByLabel( /How to apply/ ).fill( 'jobs@green.example' );
	await page.getByRole( 'button', { name: 'Submit job' } ).click();
	await page
		.locator( '.wp-block-job-submit-block-form__notice.is-success' )
		.waitFor();
	const saved = await page.coverage.stopJSCoverage();
	await page.close();

	const bySaved = new Map( saved.map( ( entry ) => [ entry.url, entry ] ) );
	return loaded
		.filter( ( entry ) => PACKAGE.test( entry.url ) && entry.source )
		.map( ( entry ) => {
			const ranOnSave = bySaved.get( entry.url );
			return {
				name: entry.url.match( PACKAGE )[ 1 ],
				gzipBytes: gzipSync( entry.source, { level: 9 } ).length,
				bytes: entry.source.length,
				loadRan: executedBytes( entry ),
				saveRan: ranOnSave ? executedBytes( ranOnSave ) : 0,
			};
		} )
		.sort( ( a, b ) => b.gzipBytes - a.gzipBytes );
}

/**
 * The breakdown as a Markdown table.
 *
 * @param {Awaited<ReturnType<typeof dataLayerBreakdown>>} scripts
 */
export function breakdownTable( scripts ) {
	const kb = ( bytes ) => `${ ( bytes / 1024 ).toFixed( 1 ) } KB`;
	const share = ( part, whole ) =>
		whole ? `${ Math.round( ( 100 * part ) / whole ) } %` : '–';
	const lines = [
		'| Script (package) | Gzipped | Code run while loading | Code run by the save |',
		'| --- | --- | --- | --- |',
		...scripts.map(
			( s ) =>
				`| ${ s.name } | ${ kb( s.gzipBytes ) } | ${ share(
					s.loadRan,
					s.bytes
				) } | ${ share( s.saveRan, s.bytes ) } |`
		),
	];
	const total = scripts.reduce( ( sum, s ) => sum + s.gzipBytes, 0 );
	const unusedBySave = scripts
		.filter( ( s ) => s.saveRan === 0 )
		.reduce( ( sum, s ) => sum + s.gzipBytes, 0 );
	lines.push(
		`| **all ${ scripts.length } scripts** | ${ kb(
			total
		) } | | ${ kb( unusedBySave ) } in scripts the save never calls into |`
	);
	return lines.join( '\n' );
}
