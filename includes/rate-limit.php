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

/**
 * Takes the member's submission lock, so that concurrent creates are counted one after the
 * other: counting and creating are otherwise two steps, and two requests could both count
 * below the limit. The lock is a row inserted with INSERT IGNORE on the options table's
 * unique name, so it holds across web servers; a lock older than half a minute belonged to
 * a request that died and is taken over.
 *
 * @param int $user_id The member.
 * @return bool Whether the lock was taken within ten seconds.
 */
function job_submit_block_lock_member( $user_id ) {
	global $wpdb;
	$name     = 'job_submit_block_lock_' . $user_id;
	$deadline = microtime( true ) + 10;
	do {
		$taken = $wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery
			$wpdb->prepare( "INSERT IGNORE INTO {$wpdb->options} ( option_name, option_value, autoload ) VALUES ( %s, %s, 'off' )", $name, (string) time() )
		);
		if ( 1 === $taken ) {
			return true;
		}
		$since = (int) $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", $name ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		if ( $since && $since < time() - 30 ) {
			job_submit_block_unlock_member( $user_id );
			continue;
		}
		usleep( 100000 );
	} while ( microtime( true ) < $deadline );
	return false;
}

/**
 * Releases the member's submission lock.
 *
 * @param int $user_id The member.
 */
function job_submit_block_unlock_member( $user_id ) {
	global $wpdb;
	$wpdb->delete( $wpdb->options, array( 'option_name' => 'job_submit_block_lock_' . $user_id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
}
