<?php
/**
 * Where the plugin shapes listing pages itself: on sites where it registered the job_listing
 * post type. WP Job Manager renders its own single listings, archive and expired listings.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether the plugin renders listing pages, their expired state and the archive address.
 *
 * @return bool
 */
function job_submit_block_job_page_applies() {
	/**
	 * Filters whether the plugin renders listing pages (the Job details on single listings,
	 * expired listings answering with a notice, the archive address setting).
	 *
	 * @param bool $applies True unless WP Job Manager is active.
	 */
	return (bool) apply_filters( 'job_submit_block_job_page_applies', ! job_submit_block_job_manager_active() );
}
