/**
 * The data layer's `@wordpress/notices`. core-data dispatches to the notices store only from
 * its private saveDirtyEntities action (the site editor saving every changed entity at once);
 * the form saves one listing with saveEntityRecord and shows its own messages.
 */

/**
 * Internal dependencies
 */
import { notInDataLayer } from './not-in-data-layer';

export const store = notInDataLayer( '@wordpress/notices', 'store' );
