/**
 * The data layer's `@wordpress/rich-text`. core-data uses it for footnotes in post content and
 * for real-time collaboration on rich text, neither of which a job listing's save runs.
 * Aliased, its module does not run either: it would register a `core/rich-text` store.
 */

/**
 * Internal dependencies
 */
import { notInDataLayer } from './not-in-data-layer';

const PACKAGE = '@wordpress/rich-text';

export const RichTextData = notInDataLayer( PACKAGE, 'RichTextData' );
export const create = notInDataLayer( PACKAGE, 'create' );
export const insert = notInDataLayer( PACKAGE, 'insert' );
export const toHTMLString = notInDataLayer( PACKAGE, 'toHTMLString' );
