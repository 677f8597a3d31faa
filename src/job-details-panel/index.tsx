/**
 * WordPress dependencies
 */
import { registerPlugin } from '@wordpress/plugins';

/**
 * Internal dependencies
 */
import JobDetailsPanel from './job-details-panel';

// Enqueued only where a moderator edits a job listing (includes/admin/job-details-panel.php).
registerPlugin( 'job-submit-block-job-details', { render: JobDetailsPanel } );
