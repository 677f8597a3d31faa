<?php
/**
 * Idempotent creates: a retried or double-submitted request that carries the same key as an
 * earlier one gets the listing already created instead of a second one.
 *
 * The key is claimed with add_option(), an INSERT on a unique column: of two concurrent
 * requests exactly one wins, on any number of web servers and with any object cache.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_IDEMPOTENCY_PREFIX = 'job_submit_block_idem_';

/**
 * The request's idempotency key: the Idempotency-Key header or the idempotency_key parameter.
 *
 * @param WP_REST_Request $request The request.
 * @return string Empty when none was sent.
 */
function job_submit_block_idempotency_key( $request ) {
	$key = $request->get_header( 'idempotency_key' );
	if ( ! $key ) {
		$key = $request->get_param( 'idempotency_key' );
	}
	return is_string( $key ) ? substr( sanitize_text_field( $key ), 0, 100 ) : '';
}

/**
 * The option that records a member's key.
 *
 * @param int    $user_id The member.
 * @param string $key     The key.
 * @return string
 */
function job_submit_block_idempotency_option( $user_id, $key ) {
	return JOB_SUBMIT_BLOCK_IDEMPOTENCY_PREFIX . md5( $user_id . '|' . $key );
}

/**
 * Claims a key for a new create.
 *
 * @param int    $user_id The member.
 * @param string $key     The key.
 * @return int|true True when claimed; the listing's ID when the key already made one; 0 when
 *                  another request with the key is still running.
 */
function job_submit_block_claim_idempotency_key( $user_id, $key ) {
	$option = job_submit_block_idempotency_option( $user_id, $key );
	$record = array(
		'post' => 0,
		'time' => time(),
	);
	if ( add_option( $option, $record, '', false ) ) {
		return true;
	}
	wp_cache_delete( $option, 'options' );
	$existing = get_option( $option );
	$post_id  = is_array( $existing ) ? (int) $existing['post'] : 0;
	if ( $post_id && get_post( $post_id ) ) {
		return $post_id;
	}
	// A claim whose request died without creating anything is taken over after a minute.
	if ( ! is_array( $existing ) || $existing['time'] < time() - MINUTE_IN_SECONDS ) {
		update_option( $option, $record, false );
		return true;
	}
	return 0;
}

/**
 * Records the listing a claimed key created.
 *
 * @param int    $user_id The member.
 * @param string $key     The key.
 * @param int    $post_id The listing.
 */
function job_submit_block_complete_idempotency_key( $user_id, $key, $post_id ) {
	update_option(
		job_submit_block_idempotency_option( $user_id, $key ),
		array(
			'post' => $post_id,
			'time' => time(),
		),
		false
	);
}

/**
 * Releases a claimed key whose create failed, so that a retry may create.
 *
 * @param int    $user_id The member.
 * @param string $key     The key.
 */
function job_submit_block_release_idempotency_key( $user_id, $key ) {
	delete_option( job_submit_block_idempotency_option( $user_id, $key ) );
}

/**
 * Deletes key records older than a day; runs with the hourly maintenance event.
 */
function job_submit_block_forget_old_idempotency_keys() {
	global $wpdb;
	$names = $wpdb->get_col( // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s LIMIT 500", $wpdb->esc_like( JOB_SUBMIT_BLOCK_IDEMPOTENCY_PREFIX ) . '%' )
	);
	foreach ( $names as $name ) {
		$record = get_option( $name );
		if ( ! is_array( $record ) || $record['time'] < time() - DAY_IN_SECONDS ) {
			delete_option( $name );
		}
	}
}
