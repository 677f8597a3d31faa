/**
 * WordPress dependencies
 */
import { useEntityRecords } from '@wordpress/core-data';

/**
 * Internal dependencies
 */
// Shared with includes/editor-preload.php, which preloads exactly this query.
import termQuery from './term-query.json';

/** A term as the form offers it. */
export interface JobTerm {
	id: number;
	name: string;
}

/**
 * The terms of a job taxonomy, loaded with core-data.
 *
 * @param taxonomy The taxonomy name.
 */
export function useJobTerms( taxonomy: string ): {
	terms: JobTerm[];
	isResolving: boolean;
} {
	const { records, isResolving } = useEntityRecords< JobTerm >(
		'taxonomy',
		taxonomy,
		termQuery
	);
	return { terms: records ?? [], isResolving };
}
