<?php
/**
 * Listing lifetimes: the server dates a listing's expiry when it is published, and an hourly
 * event moves listings past that date to the expired status.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_HOURLY_EVENT = 'job_submit_block_hourly';

/**
 * Sets the expiry date of a listing being published, unless a moderator chose one that is
 * still ahead (transition_post_status).
 *
 * @param string  $new_status The new status.
 * @param string  $old_status The old status.
 * @param WP_Post $post       The post.
 */
function job_submit_block_date_expiry_on_publish( $new_status, $old_status, $post ) {
	if ( 'job_listing' !== $post->post_type || 'publish' !== $new_status || 'publish' === $old_status ) {
		return;
	}
	$today   = current_time( 'Y-m-d' );
	$expires = (string) get_post_meta( $post->ID, '_job_expires', true );
	if ( '' !== $expires && $expires > $today ) {
		return;
	}
	$days = max( 1, (int) job_submit_block_setting( 'job_submit_block_duration_days' ) );
	update_post_meta( $post->ID, '_job_expires', wp_date( 'Y-m-d', time() + $days * DAY_IN_SECONDS ) );
}

/**
 * Published listings whose expiry date is from one date to another, both included: a bounded
 * batch for one hourly run, earliest date first (the rest come in the next run).
 *
 * With a meta key, listings whose author was already told of their very expiry date (the
 * date that meta keeps) are left out, so a batch never fills up with listings already done;
 * a listing whose date changed since comes back.
 *
 * @param string $from      First date, YYYY-MM-DD.
 * @param string $to        Last date, YYYY-MM-DD.
 * @param string $told_meta Meta key keeping the expiry date an author was told of; '' for none.
 * @return int[] Listing IDs.
 */
function job_submit_block_listings_expiring_between( $from, $to, $told_meta = '' ) {
	global $wpdb;
	// The told date is compared with the listing's own expiry date, which a meta query cannot.
	$ids = $wpdb->get_col( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- hourly, in the background; a join of two meta values that WP_Query cannot express.
		$wpdb->prepare(
			"SELECT DISTINCT p.ID FROM {$wpdb->posts} p
			INNER JOIN {$wpdb->postmeta} expires ON expires.post_id = p.ID AND expires.meta_key = '_job_expires'
			LEFT JOIN {$wpdb->postmeta} told ON told.post_id = p.ID AND told.meta_key = %s AND told.meta_value = expires.meta_value
			WHERE p.post_type = 'job_listing' AND p.post_status = 'publish' AND expires.meta_value <> ''
			AND CAST( expires.meta_value AS DATE ) BETWEEN %s AND %s AND told.meta_id IS NULL
			ORDER BY expires.meta_value LIMIT 200",
			$told_meta,
			$from,
			$to
		)
	);
	return array_map( 'intval', $ids );
}

/**
 * Moves published listings whose expiry date has passed to the expired status.
 *
 * @return int How many listings expired.
 */
function job_submit_block_expire_listings() {
	$ids = job_submit_block_listings_expiring_between( '1000-01-01', gmdate( 'Y-m-d', strtotime( current_time( 'Y-m-d' ) . ' -1 day' ) ) );
	foreach ( $ids as $id ) {
		wp_update_post(
			array(
				'ID'          => $id,
				'post_status' => 'expired',
			)
		);
	}
	return count( $ids );
}

/**
 * The hourly maintenance: expiring listings and forgetting old idempotency keys.
 */
function job_submit_block_run_hourly_maintenance() {
	job_submit_block_expire_listings();
	job_submit_block_forget_old_idempotency_keys();
}

/**
 * Schedules the hourly maintenance when it is not scheduled.
 */
function job_submit_block_schedule_maintenance() {
	if ( ! wp_next_scheduled( JOB_SUBMIT_BLOCK_HOURLY_EVENT ) ) {
		wp_schedule_event( time() + HOUR_IN_SECONDS, 'hourly', JOB_SUBMIT_BLOCK_HOURLY_EVENT );
	}
}

/**
 * Removes the scheduled maintenance when the plugin is deactivated.
 */
function job_submit_block_unschedule_maintenance() {
	wp_clear_scheduled_hook( JOB_SUBMIT_BLOCK_HOURLY_EVENT );
}
