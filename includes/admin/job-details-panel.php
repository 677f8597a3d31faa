<?php
/**
 * The "Job details" panel of the block editor's document sidebar, for moderators editing a
 * listing: its script is enqueued only there, with the field definition the form block's
 * editor script gets (see editor-fields.php). The panel writes the listing's meta through the
 * editor's own save, so the gate checks it as it checks any REST write of a listing.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_DETAILS_PANEL_HANDLE = 'job-submit-block-job-details-panel';

/**
 * Enqueues the panel when a moderator edits a job listing (enqueue_block_editor_assets).
 */
function job_submit_block_enqueue_job_details_panel() {
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	// WP Job Manager's own listing data box edits the same meta there.
	if ( ! $screen || 'job_listing' !== $screen->post_type || ! job_submit_block_current_user_moderates() || job_submit_block_job_manager_active() ) {
		return;
	}
	$asset_file = JOB_SUBMIT_BLOCK_DIR . 'build/job-details-panel.asset.php';
	if ( ! file_exists( $asset_file ) ) {
		return;
	}
	$asset = require $asset_file;
	wp_enqueue_script(
		JOB_SUBMIT_BLOCK_DETAILS_PANEL_HANDLE,
		plugins_url( 'build/job-details-panel.js', JOB_SUBMIT_BLOCK_FILE ),
		$asset['dependencies'],
		$asset['version'],
		true
	);
	wp_add_inline_script( JOB_SUBMIT_BLOCK_DETAILS_PANEL_HANDLE, job_submit_block_editor_fields_script(), 'before' );
	wp_set_script_translations( JOB_SUBMIT_BLOCK_DETAILS_PANEL_HANDLE, 'job-submit-block', JOB_SUBMIT_BLOCK_DIR . 'languages' );
	if ( file_exists( JOB_SUBMIT_BLOCK_DIR . 'build/job-details-panel.css' ) ) {
		wp_enqueue_style(
			JOB_SUBMIT_BLOCK_DETAILS_PANEL_HANDLE,
			plugins_url( 'build/job-details-panel.css', JOB_SUBMIT_BLOCK_FILE ),
			array(),
			$asset['version']
		);
	}
}
