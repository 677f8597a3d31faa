/**
 * Internal dependencies
 */
import type { FuzzRow } from './corpus';

/**
 * The first rows of the corpus, in order, that reach every route (kind and path, ids and
 * query string aside) and every sender at least once.
 *
 * Playground answers a few requests a second, so the whole corpus runs on the
 * production-like stack and this cover of it on Playground: each way in, and each way of
 * signing in, is still tried on the embedded runtime, without paying for every bad value
 * twice. What differs between the two runtimes is how a request reaches WordPress (the web
 * server, PHP in WebAssembly, SQLite), not how WordPress resolves it: the categories of bad
 * input, the methods and the query strings of a route are WordPress's own parsing and the
 * plugin's own rules, the same PHP on both, and are left to the stack.
 *
 * @param rows The whole corpus.
 */
export function coverOf( rows: FuzzRow[] ): FuzzRow[] {
	const reached = new Set< string >();
	return rows.filter( ( row ) => {
		const aspects = [
			`route ${ row.kind } ${ row.path
				.replace( /\?.*/, '' )
				.replace( /\d+/g, 'N' ) }`,
			`sender ${ row.as }`,
		].filter( ( aspect ) => ! reached.has( aspect ) );
		aspects.forEach( ( aspect ) => reached.add( aspect ) );
		return aspects.length > 0;
	} );
}
