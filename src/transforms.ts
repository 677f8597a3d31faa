/**
 * WordPress dependencies
 */
import { createBlock, type BlockConfiguration } from '@wordpress/blocks';

/**
 * Internal dependencies
 */
import type { JobFormAttributes } from './types';

const BLOCK_NAME = 'job-submit-block/form';
const SHORTCODE = 'submit_job_form';

/**
 * Whether a Shortcode block holds WP Job Manager's submission form and nothing else.
 *
 * @param attributes The Shortcode block's attributes (typed as this block's by the
 *                   transform's signature).
 */
function holdsSubmitJobForm( attributes: unknown ): boolean {
	const { text } = attributes as { text?: string };
	return new RegExp( `^\\s*\\[${ SHORTCODE }(\\s[^\\]]*)?\\]\\s*$` ).test(
		text ?? ''
	);
}

/**
 * Turns WP Job Manager's [submit_job_form] (in a Shortcode block, or as a shortcode in
 * classic content being converted to blocks) into this block, so a site can switch a page
 * in one click. The shortcode's attributes have no counterpart: the form starts with the
 * block's defaults.
 */
export const transforms: BlockConfiguration< JobFormAttributes >[ 'transforms' ] =
	{
		from: [
			{
				type: 'block',
				blocks: [ 'core/shortcode' ],
				isMatch: holdsSubmitJobForm,
				transform: () => createBlock( BLOCK_NAME ),
			},
			{
				type: 'shortcode',
				tag: SHORTCODE,
				transform: () => createBlock( BLOCK_NAME ),
			},
		],
	};
