<?php
/**
 * Removes the plugin's settings and bookkeeping when it is deleted. Job listings are the
 * site's content and stay; capabilities were never written into roles.
 *
 * @package JobSubmitBlock
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

foreach ( array(
	'job_submit_block_roles',
	'job_submit_block_auto_publish',
	'job_submit_block_duration_days',
	'job_submit_block_rate_limit',
	'job_submit_block_notification_email',
	'job_submit_block_email_new_listing',
	'job_submit_block_email_listing_approved',
	'job_submit_block_email_listing_rejected',
	'job_submit_block_job_types_seeded',
) as $job_submit_block_option ) {
	delete_option( $job_submit_block_option );
}

global $wpdb;
foreach ( array( 'job_submit_block_idem_', 'job_submit_block_lock_' ) as $job_submit_block_prefix ) {
	$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( $job_submit_block_prefix ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- options by name prefix, which the options API cannot delete; once, at uninstall.
}
// Each member's log of recent creates, kept for the hourly limit.
delete_metadata( 'user', 0, '_job_submit_block_recent_creates', '', true );
wp_clear_scheduled_hook( 'job_submit_block_hourly' );
