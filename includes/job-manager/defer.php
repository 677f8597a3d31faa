<?php
/**
 * Where WP Job Manager is active, it is the authority on what both plugins do: who may
 * assign its job types and categories, how long listings run and whether they need
 * approval, the listings screen, the settings screen, the pending count and the e-mails
 * about new submissions. The block keeps the form, the REST gate and its own settings.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether WP Job Manager is active (loaded by now: checked from plugins_loaded on).
 *
 * @return bool
 */
function job_submit_block_job_manager_active() {
	return class_exists( 'WP_Job_Manager', false );
}

/**
 * Swaps the block's own handling for WP Job Manager's where WP Job Manager is active
 * (plugins_loaded, when every plugin is loaded whatever its name's order).
 */
function job_submit_block_defer_to_job_manager() {
	if ( ! job_submit_block_job_manager_active() ) {
		return;
	}

	// Its capabilities decide; members of the block's roles may assign terms through REST.
	add_filter( 'map_meta_cap', 'job_submit_block_job_manager_assign_term_caps', 10, 4 );

	// Its listing duration and expiry check: one expiry date, one job that expires listings.
	remove_action( 'transition_post_status', 'job_submit_block_date_expiry_on_publish' );
	remove_action( JOB_SUBMIT_BLOCK_HOURLY_EVENT, 'job_submit_block_run_hourly_maintenance' );
	add_action( JOB_SUBMIT_BLOCK_HOURLY_EVENT, 'job_submit_block_forget_old_idempotency_keys' );

	// Its approval setting decides whether members' listings are published at once.
	add_filter( 'pre_option_job_submit_block_auto_publish', 'job_submit_block_job_manager_auto_publish' );

	// Its submission action (and its e-mail to the administrator) at submission, once.
	add_filter( 'rest_pre_insert_job_listing', 'job_submit_block_job_manager_mark_submission', 20, 2 );
	add_action( 'rest_after_insert_job_listing', 'job_submit_block_job_manager_salary_defaults', 5, 3 );

	// Its settings on editing pending and published listings hold for members.
	add_filter( 'job_submit_block_member_may_edit_listing', 'job_submit_block_job_manager_may_edit', 10, 4 );

	// Its listing columns, pending count and Settings entry are the only ones.
	remove_filter( 'manage_job_listing_posts_columns', 'job_submit_block_listing_columns' );
	remove_action( 'manage_job_listing_posts_custom_column', 'job_submit_block_listing_column' );
	remove_action( 'admin_menu', 'job_submit_block_menu_pending_count', 99 );
	remove_action( 'admin_menu', 'job_submit_block_add_settings_page' );
	add_action( 'admin_menu', 'job_submit_block_add_settings_page_under_settings' );
}

/**
 * Members' listings are published at once when WP Job Manager does not require approval
 * (pre_option_job_submit_block_auto_publish).
 *
 * @return int 1 or 0.
 */
function job_submit_block_job_manager_auto_publish() {
	return get_option( 'job_manager_submission_requires_approval', '1' ) ? 0 : 1;
}
