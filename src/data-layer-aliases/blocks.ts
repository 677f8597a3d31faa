/**
 * The data layer's `@wordpress/blocks`. core-data parses and serializes post content as
 * blocks only for the `blocks` transient edit of the post types it loads from /wp/v2/types,
 * for real-time collaboration and for its block types cache. The data layer declares the job
 * listing entity itself, without block edits or collaboration (src/data-layer.ts), so a save
 * never calls them.
 */

/**
 * Internal dependencies
 */
import { notInDataLayer } from './not-in-data-layer';

const PACKAGE = '@wordpress/blocks';

export const parse = notInDataLayer( PACKAGE, 'parse' );
export const __unstableSerializeAndClean = notInDataLayer(
	PACKAGE,
	'__unstableSerializeAndClean'
);
export const getBlockTypes = notInDataLayer( PACKAGE, 'getBlockTypes' );
export const isUnmodifiedBlock = notInDataLayer( PACKAGE, 'isUnmodifiedBlock' );
export const store = notInDataLayer( PACKAGE, 'store' );
