<?php
/**
 * Idempotent creates: a retried or double-submitted request that carries the same key as an
 * earlier one gets the listing already created instead of a second one.
 *
 * The key is claimed with an INSERT IGNORE on the options table's unique option_name: of two
 * concurrent requests exactly one inserts, on any number of web servers and with any object
 * cache. (add_option() would not do: it upserts.) Reads go to the database for the same
 * reason.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_IDEMPOTENCY_PREFIX = 'job_submit_block_idem_';

/**
 * The request's idempotency key, exactly as sent: the Idempotency-Key header, else the
 * idempotency_key parameter.
 *
 * @param WP_REST_Request $request The request.
 * @return mixed The key; null when none was sent.
 */
function job_submit_block_sent_idempotency_key( $request ) {
	$key = $request->get_header( 'idempotency_key' );
	return null !== $key ? $key : $request->get_param( 'idempotency_key' );
}

/**
 * Why the request's idempotency key cannot be used, if it cannot: keys are compared
 * exactly, so one that would have to be cut or cleaned to be stored is refused instead.
 *
 * @param WP_REST_Request $request The request.
 * @return string|null The message; null when the key is fine or absent.
 */
function job_submit_block_idempotency_key_error( $request ) {
	$key = job_submit_block_sent_idempotency_key( $request );
	if ( null === $key || '' === $key ) {
		return null;
	}
	if ( ! is_string( $key ) || ! preg_match( '/^[\x21-\x7E]{1,100}$/', $key ) ) {
		return __( 'The idempotency key must be 1 to 100 visible ASCII characters.', 'job-submit-block' );
	}
	return null;
}

/**
 * The request's idempotency key, once job_submit_block_idempotency_key_error() accepted it.
 *
 * @param WP_REST_Request $request The request.
 * @return string Empty when none was sent.
 */
function job_submit_block_idempotency_key( $request ) {
	$key = job_submit_block_sent_idempotency_key( $request );
	return is_string( $key ) && null === job_submit_block_idempotency_key_error( $request ) ? $key : '';
}

/**
 * The option that records a member's key.
 *
 * @param int    $user_id The member.
 * @param string $key     The key.
 * @return string
 */
function job_submit_block_idempotency_option( $user_id, $key ) {
	return JOB_SUBMIT_BLOCK_IDEMPOTENCY_PREFIX . hash( 'sha256', $user_id . '|' . $key );
}

/**
 * What a create asks for, as a digest: the listing's own parameters (those of its schema:
 * title, content, meta, terms, …), in any order, without the request's bookkeeping (the key
 * itself, the form identity, the honeypot). Two creates with the same key and digest are one
 * create sent twice; with another digest, a second listing under a key already used.
 *
 * @param WP_REST_Request $request The create.
 * @return string
 */
function job_submit_block_listing_fingerprint( $request ) {
	$schema = get_post_type_object( 'job_listing' )->get_rest_controller()->get_item_schema();
	$params = array_intersect_key( $request->get_params(), $schema['properties'] ?? array() );
	unset( $params['idempotency_key'], $params['job_submit_form'], $params['job_submit_hp'] );
	return hash( 'sha256', (string) wp_json_encode( job_submit_block_sorted_keys( $params ) ) );
}

/**
 * An array with the keys of every object in it sorted, lists left in their order.
 *
 * @param mixed $value The value.
 * @return mixed
 */
function job_submit_block_sorted_keys( $value ) {
	if ( ! is_array( $value ) ) {
		return $value;
	}
	$value = array_map( 'job_submit_block_sorted_keys', $value );
	if ( ! wp_is_numeric_array( $value ) ) {
		ksort( $value );
	}
	return $value;
}

/**
 * Claims a key for a new create.
 *
 * @param int    $user_id     The member.
 * @param string $key         The key.
 * @param string $fingerprint What the create asks for (job_submit_block_listing_fingerprint()).
 * @return int|true True when claimed; the listing's ID when the key already made one; 0 when
 *                  another request with the key is still running.
 */
function job_submit_block_claim_idempotency_key( $user_id, $key, $fingerprint = '' ) {
	global $wpdb;
	$option   = job_submit_block_idempotency_option( $user_id, $key );
	$record   = maybe_serialize(
		array(
			'post' => 0,
			'time' => time(),
			'body' => $fingerprint,
		)
	);
	$inserted = $wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic claim in the database itself, past any object cache (see above).
		$wpdb->prepare( "INSERT IGNORE INTO {$wpdb->options} ( option_name, option_value, autoload ) VALUES ( %s, %s, 'off' )", $option, $record )
	);
	if ( 1 === $inserted ) {
		return true;
	}
	$stored   = $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", $option ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic claim in the database itself, past any object cache (see above).
	$existing = maybe_unserialize( $stored );
	$post_id  = is_array( $existing ) ? (int) $existing['post'] : 0;
	if ( $post_id && get_post( $post_id ) ) {
		return $post_id;
	}
	// A claim whose request died without creating anything is taken over after a minute: by
	// one request only, the one whose update still finds the claim it read (two retries in
	// different seconds would otherwise both rewrite it, and both create).
	if ( null !== $stored && ( ! is_array( $existing ) || $existing['time'] < time() - MINUTE_IN_SECONDS ) ) {
		$taken = $wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic claim in the database itself, past any object cache (see above).
			$wpdb->options,
			array( 'option_value' => $record ),
			array(
				'option_name'  => $option,
				'option_value' => $stored,
			)
		);
		return 1 === $taken ? true : 0;
	}
	return 0;
}

/**
 * Records the listing a claimed key created.
 *
 * @param int    $user_id     The member.
 * @param string $key         The key.
 * @param int    $post_id     The listing.
 * @param string $fingerprint What the create asked for (job_submit_block_listing_fingerprint()).
 */
function job_submit_block_complete_idempotency_key( $user_id, $key, $post_id, $fingerprint ) {
	global $wpdb;
	$wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic claim in the database itself, past any object cache (see above).
		$wpdb->options,
		array(
			'option_value' => maybe_serialize(
				array(
					'post' => $post_id,
					'time' => time(),
					'body' => $fingerprint,
				)
			),
		),
		array( 'option_name' => job_submit_block_idempotency_option( $user_id, $key ) )
	);
}

/**
 * Whether a create sent again with a key that made a listing asks for that listing, or for
 * another: what it asks for is compared with what the first create asked for. A key recorded
 * without that (before it was kept) is taken as the same create.
 *
 * @param int    $user_id     The member.
 * @param string $key         The key.
 * @param string $fingerprint What the create sent again asks for.
 * @return bool
 */
function job_submit_block_idempotency_key_reused( $user_id, $key, $fingerprint ) {
	global $wpdb;
	$record = maybe_unserialize(
		$wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", job_submit_block_idempotency_option( $user_id, $key ) ) ) // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic claim in the database itself, past any object cache (see above).
	);
	$first  = is_array( $record ) ? (string) ( $record['body'] ?? '' ) : '';
	return '' !== $first && ! hash_equals( $first, $fingerprint );
}

/**
 * Releases a claimed key whose create failed, so that a retry may create.
 *
 * @param int    $user_id The member.
 * @param string $key     The key.
 */
function job_submit_block_release_idempotency_key( $user_id, $key ) {
	global $wpdb;
	$wpdb->delete( $wpdb->options, array( 'option_name' => job_submit_block_idempotency_option( $user_id, $key ) ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic claim in the database itself, past any object cache (see above).
}

/**
 * Deletes key records older than a day; runs with the hourly maintenance event.
 */
function job_submit_block_forget_old_idempotency_keys() {
	global $wpdb;
	$names = $wpdb->get_col( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic claim in the database itself, past any object cache (see above).
		$wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s LIMIT 500", $wpdb->esc_like( JOB_SUBMIT_BLOCK_IDEMPOTENCY_PREFIX ) . '%' )
	);
	foreach ( $names as $name ) {
		$record = maybe_unserialize( $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", $name ) ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic claim in the database itself, past any object cache (see above).
		if ( ! is_array( $record ) || $record['time'] < time() - DAY_IN_SECONDS ) {
			$wpdb->delete( $wpdb->options, array( 'option_name' => $name ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic claim in the database itself, past any object cache (see above).
		}
	}
}
