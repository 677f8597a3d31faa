<?php
/**
 * Removes the plugin's settings and bookkeeping when it is deleted. Job listings are the
 * site's content and stay; capabilities were never written into roles.
 *
 * @package JobSubmitBlock
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
// Every option of the plugin (settings, flags, idempotency keys, member locks) starts with
// its prefix: deleting by prefix removes options added later too, without a list to keep.
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( 'job_submit_block_' ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- options by name prefix, which the options API cannot delete; once, at uninstall.
wp_cache_delete( 'alloptions', 'options' );

// Each member's logs of recent creates and logo uploads, kept for the hourly limits.
foreach ( array( '_job_submit_block_recent_creates', '_job_submit_block_recent_logos' ) as $job_submit_block_key ) {
	delete_metadata( 'user', 0, $job_submit_block_key, '', true );
}
// On listings, the sent expiry warning, the time a new listing's first logo may follow it
// until and the mark of one whose announcement waits for its logo; on uploaded logos, the
// listing they were sent for.
foreach ( array( '_job_submit_block_expiry_notice_sent', '_job_submit_block_logo_window', '_job_submit_block_unannounced', '_job_submit_block_logo_for' ) as $job_submit_block_key ) {
	delete_metadata( 'post', 0, $job_submit_block_key, '', true );
}
wp_clear_scheduled_hook( 'job_submit_block_hourly' );
