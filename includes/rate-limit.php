<?php
/**
 * The per-member sliding-window limit on new listings.
 *
 * Each member's creates are logged when they happen, by the server's clock, in one user meta
 * row: a date the client sends cannot move a create out of the window, and deleting a
 * listing does not take its create back. The log is read from and written to the database
 * directly, under the member's submission lock (below), so concurrent requests on any number
 * of web servers, with any object cache, see each other's creates.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_RATE_WINDOW = HOUR_IN_SECONDS;

const JOB_SUBMIT_BLOCK_CREATE_LOG = '_job_submit_block_recent_creates';

/**
 * The times of the member's creates (or of what else a log counts) within the window,
 * newest first.
 *
 * @param int    $user_id The member.
 * @param string $log     The user meta key of the log: creates by default, or logo uploads.
 * @return int[] Unix times.
 */
function job_submit_block_recent_creates( $user_id, $log = JOB_SUBMIT_BLOCK_CREATE_LOG ) {
	global $wpdb;
	$stored = $wpdb->get_var( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- read and written in the database under the member's lock, past any object cache (see above).
		$wpdb->prepare( "SELECT meta_value FROM {$wpdb->usermeta} WHERE user_id = %d AND meta_key = %s LIMIT 1", $user_id, $log )
	);
	$times  = json_decode( (string) $stored, true );
	$since  = time() - JOB_SUBMIT_BLOCK_RATE_WINDOW;
	$times  = array_values(
		array_filter(
			array_map( 'intval', is_array( $times ) ? $times : array() ),
			static function ( $time ) use ( $since ) {
				return $time > $since;
			}
		)
	);
	rsort( $times );
	return $times;
}

/**
 * Logs a create (or what else a log counts) by the member, now. Called under the member's
 * submission lock.
 *
 * @param int    $user_id The member.
 * @param string $log     The user meta key of the log: creates by default, or logo uploads.
 */
function job_submit_block_log_create( $user_id, $log = JOB_SUBMIT_BLOCK_CREATE_LOG ) {
	global $wpdb;
	// Only as many entries as any limit can ask about; older ones have left the window.
	$times = array_slice( job_submit_block_recent_creates( $user_id, $log ), 0, 1000 );
	array_unshift( $times, time() );
	$value   = (string) wp_json_encode( $times );
	$meta_id = $wpdb->get_var( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- read and written in the database under the member's lock, past any object cache (see above).
		$wpdb->prepare( "SELECT umeta_id FROM {$wpdb->usermeta} WHERE user_id = %d AND meta_key = %s LIMIT 1", $user_id, $log )
	);
	if ( $meta_id ) {
		$wpdb->update( $wpdb->usermeta, array( 'meta_value' => $value ), array( 'umeta_id' => (int) $meta_id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.SlowDBQuery -- one row by its ID, under the member's lock (see above).
	} else {
		$wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- read and written in the database under the member's lock, past any object cache (see above).
			$wpdb->usermeta,
			array(
				'user_id'    => $user_id,
				'meta_key'   => $log, // phpcs:ignore WordPress.DB.SlowDBQuery -- a column of the row inserted, not a query.
				'meta_value' => $value, // phpcs:ignore WordPress.DB.SlowDBQuery -- a column of the row inserted, not a query.
			)
		);
	}
	wp_cache_delete( $user_id, 'user_meta' );
}

/**
 * Seconds until the member may submit again; 0 when they may now.
 *
 * @param int $user_id The member.
 * @return int
 */
function job_submit_block_rate_limit_wait( $user_id ) {
	return job_submit_block_window_wait( $user_id, job_submit_block_rate_limit( $user_id ) );
}

/**
 * Seconds until the member is below a limit on a log again; 0 when they are now.
 *
 * @param int    $user_id The member.
 * @param int    $limit   How many entries the window allows; 0 for no limit.
 * @param string $log     The user meta key of the log: creates by default, or logo uploads.
 * @return int
 */
function job_submit_block_window_wait( $user_id, $limit, $log = JOB_SUBMIT_BLOCK_CREATE_LOG ) {
	if ( 0 === $limit ) {
		return 0;
	}
	$recent = job_submit_block_recent_creates( $user_id, $log );
	if ( count( $recent ) < $limit ) {
		return 0;
	}
	// The window frees a place when the oldest of the last $limit creates leaves it.
	return max( 1, $recent[ $limit - 1 ] + JOB_SUBMIT_BLOCK_RATE_WINDOW - time() );
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
		$taken = $wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- read and written in the database under the member's lock, past any object cache (see above).
			$wpdb->prepare( "INSERT IGNORE INTO {$wpdb->options} ( option_name, option_value, autoload ) VALUES ( %s, %s, 'off' )", $name, (string) time() )
		);
		if ( 1 === $taken ) {
			return true;
		}
		$held  = $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", $name ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- read and written in the database under the member's lock, past any object cache (see above).
		$since = (int) $held;
		if ( $since && $since < time() - 30 ) {
			// Only the lock that was read: another waiter may have taken it over since, and
			// deleting theirs would let a third in beside them.
			$wpdb->delete( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- read and written in the database under the member's lock, past any object cache (see above).
				$wpdb->options,
				array(
					'option_name'  => $name,
					'option_value' => $held,
				)
			);
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
	$wpdb->delete( $wpdb->options, array( 'option_name' => 'job_submit_block_lock_' . $user_id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- read and written in the database under the member's lock, past any object cache (see above).
}
