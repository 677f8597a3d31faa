/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * A term of a job taxonomy by name, created when missing.
 *
 * @param requestUtils The admin's request utilities.
 * @param restBase     'job-types' or 'job-categories'.
 * @param name         The term's name.
 */
export async function jobTerm(
	requestUtils: RequestUtils,
	restBase: 'job-types' | 'job-categories',
	name: string
): Promise< number > {
	const found = ( await requestUtils.rest( {
		path: `/wp/v2/${ restBase }`,
		params: { search: name, hide_empty: false },
	} ) ) as Array< { id: number; name: string } >;
	const term = found.find( ( candidate ) => candidate.name === name );
	if ( term ) {
		return term.id;
	}
	const created = ( await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/${ restBase }`,
		data: { name },
	} ) ) as { id: number };
	return created.id;
}
