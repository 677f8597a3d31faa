/**
 * The data layer's `@wordpress/block-editor`. core-data reads the block editor's store only in
 * editor paths (saveDirtyEntities marking the last change persistent, block selection in
 * real-time collaboration and its awareness), and its private APIs only for footnotes; a
 * job listing's save runs none of them.
 */

/**
 * Internal dependencies
 */
import { notInDataLayer } from './not-in-data-layer';

const PACKAGE = '@wordpress/block-editor';

export const store = notInDataLayer( PACKAGE, 'store' );
export const privateApis = notInDataLayer( PACKAGE, 'privateApis' );
