/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { JobFormAttributes } from './types';

/** The block's texts that fall back to a translated default when left empty. */
export type MessageKey =
	'submitLabel' | 'successMessage' | 'loggedOutMessage' | 'notAllowedMessage';

/**
 * What visitors read when the site builder left a text empty: the same defaults as
 * includes/form-config.php and includes/form-submission.php give on the page.
 */
export function messageDefaults(): Record< MessageKey, string > {
	return {
		submitLabel: __( 'Submit job', 'job-submit-block' ),
		successMessage: __(
			'Thank you! Your job listing has been submitted and is awaiting review.',
			'job-submit-block'
		),
		loggedOutMessage: __(
			'Please log in to post a job.',
			'job-submit-block'
		),
		notAllowedMessage: __(
			'Your account cannot post jobs on this site. Please contact the site owner if you think it should.',
			'job-submit-block'
		),
	};
}

/** The message attributes of the block. */
export type MessageAttributes = Pick< JobFormAttributes, MessageKey >;
