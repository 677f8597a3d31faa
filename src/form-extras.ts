/**
 * The form's extras, loaded when a member first uses the form: the description's formatting
 * toolbar and the listing preview. A script of its own (registered by the server, with its
 * translations) rather than a webpack chunk: guests and idle visitors pay neither for it nor
 * for a chunk loader, and WordPress translates its strings as it does the view script's.
 */

/**
 * Internal dependencies
 */
import { showPreview } from './listing-preview/listing-preview';
import { enhanceDescription } from './rich-description/rich-description';

window.jobSubmitBlockFormExtras = { enhanceDescription, showPreview };
