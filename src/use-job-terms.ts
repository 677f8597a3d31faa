/**
 * WordPress dependencies
 */
import { useEntityRecords } from '@wordpress/core-data';

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
		{ per_page: 100, hide_empty: false, orderby: 'name', context: 'view' }
	);
	return { terms: records ?? [], isResolving };
}
