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
 * Moves published listings whose expiry date has passed to the expired status.
 *
 * @return int How many listings expired.
 */
function job_submit_block_expire_listings() {
	$ids = get_posts(
		array(
			'post_type'        => 'job_listing',
			'post_status'      => 'publish',
			'fields'           => 'ids',
			'posts_per_page'   => 200, // phpcs:ignore WordPress.WP.PostsPerPage -- a bounded batch per hourly run; the rest expire in the next.
			'no_found_rows'    => true,
			'suppress_filters' => true,
			'meta_query'       => array( // phpcs:ignore WordPress.DB.SlowDBQuery -- hourly, in the background; the expiry date is a meta value, as in WP Job Manager.
				array(
					'key'     => '_job_expires',
					'value'   => current_time( 'Y-m-d' ),
					'compare' => '<',
					'type'    => 'DATE',
				),
				array(
					'key'     => '_job_expires',
					'value'   => '',
					'compare' => '!=',
				),
			),
		)
	);
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
