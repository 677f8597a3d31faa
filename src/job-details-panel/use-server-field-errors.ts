/**
 * WordPress dependencies
 */
import { store as coreStore } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { useMemo } from '@wordpress/element';

/** The shape of the server's refusal of a listing (rest_invalid_param). */
interface SaveError {
	data?: { params?: Record< string, unknown > };
}

/**
 * The server's messages of the listing's last failed save, keyed by field key (its
 * rest_invalid_param answer): the server has the last word on every rule, including those the
 * browser does not check (a pattern, a term removed meanwhile, another plugin's refusal).
 */
export function useServerFieldErrors(): Record< string, string > {
	const error = useSelect( ( select ) => {
		const { getCurrentPostId } = select( editorStore ) as {
			getCurrentPostId: () => number;
		};
		return select( coreStore ).getLastEntitySaveError(
			'postType',
			'job_listing',
			getCurrentPostId()
		) as SaveError | undefined;
	}, [] );
	return useMemo(
		() =>
			Object.fromEntries(
				Object.entries( error?.data?.params ?? {} ).filter(
					( entry ): entry is [ string, string ] =>
						typeof entry[ 1 ] === 'string'
				)
			),
		[ error ]
	);
}
