<?php
/**
 * The Preview button beside Submit: the script shows the listing as it will look inside the
 * form, without a request. Without the script the button stays hidden and the form submits
 * as it always does.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The Preview button, hidden until the script takes the form over.
 *
 * @return string HTML.
 */
function job_submit_block_preview_button_html() {
	return sprintf(
		'<button type="button" class="wp-block-job-submit-block-form__preview-button wp-element-button" hidden>%s</button>',
		esc_html__( 'Preview', 'job-submit-block' )
	);
}

/**
 * Whether members must preview their listing before submitting it.
 *
 * @return bool
 */
function job_submit_block_preview_required() {
	return (bool) job_submit_block_setting( 'job_submit_block_preview_required' );
}
