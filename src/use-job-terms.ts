/**
 * WordPress dependencies
 */
import { useEntityRecords } from '@wordpress/core-data';
import { useMemo } from '@wordpress/element';
import { decodeEntities } from '@wordpress/html-entities';

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
	// REST gives a term's name as HTML ("Sales &amp; Marketing"); the form prints it as text.
	const terms = useMemo(
		() =>
			( records ?? [] ).map( ( term ) => ( {
				...term,
				name: decodeEntities( term.name ),
			} ) ),
		[ records ]
	);
	return { terms, isResolving };
}
