<?php
/**
 * The per-member sliding-window limit on new listings.
 *
 * The listings themselves are the log: counting the member's listings created in the last
 * hour needs no counter to keep in step, and holds with any object cache and on any number
 * of web servers.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_RATE_WINDOW = HOUR_IN_SECONDS;

/**
 * Seconds until the member may submit again; 0 when they may now.
 *
 * @param int $user_id The member.
 * @return int
 */
function job_submit_block_rate_limit_wait( $user_id ) {
	$limit = job_submit_block_rate_limit( $user_id );
	if ( 0 === $limit ) {
		return 0;
	}
	global $wpdb;
	// post_date, not post_date_gmt: WordPress leaves the GMT date empty until publication.
	$since = wp_date( 'Y-m-d H:i:s', time() - JOB_SUBMIT_BLOCK_RATE_WINDOW );
	// Read from the database, not a cache: concurrent requests must see each other's posts.
	$recent = $wpdb->get_col( // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$wpdb->prepare(
			"SELECT post_date FROM {$wpdb->posts}
			WHERE post_type = 'job_listing' AND post_author = %d AND post_date > %s
			AND post_status NOT IN ( 'auto-draft', 'inherit' )
			ORDER BY post_date DESC LIMIT %d",
			$user_id,
			$since,
			$limit
		)
	);
	if ( count( $recent ) < $limit ) {
		return 0;
	}
	$oldest_counted = (int) get_gmt_from_date( end( $recent ), 'U' );
	return max( 1, $oldest_counted + JOB_SUBMIT_BLOCK_RATE_WINDOW - time() );
}

/**
 * The 429 answer for a member over the limit.
 *
 * @param int $wait Seconds until they may submit again.
 * @return WP_REST_Response
 */
function job_submit_block_rate_limited_response( $wait ) {
	$response = rest_convert_error_to_response(
		new WP_Error(
			'job_submit_rate_limited',
			sprintf(
				/* translators: %d: minutes to wait. */
				_n(
					'You have submitted several listings in a short time. Please try again in %d minute.',
					'You have submitted several listings in a short time. Please try again in %d minutes.',
					(int) ceil( $wait / MINUTE_IN_SECONDS ),
					'job-submit-block'
				),
				(int) ceil( $wait / MINUTE_IN_SECONDS )
			),
			array(
				'status'      => 429,
				'retry_after' => $wait,
			)
		)
	);
	$response->header( 'Retry-After', (string) $wait );
	return $response;
}
