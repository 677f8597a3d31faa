<?php
/**
 * Plugin Name: Job Submit Block Test Dead Requests
 * Description: Test only. Lets administrators leave behind what a request that died in the middle of a create leaves: its claim on an idempotency key with no listing made, or its member's submission lock, as old as asked; or have the next logo upload end its request, as a fatal error would.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'rest_api_init',
	static function () {
		register_rest_route(
			'job-submit-block-test/v1',
			'/dead-request',
			array(
				'methods'             => 'POST',
				'permission_callback' => static function () {
					return current_user_can( 'manage_options' );
				},
				'callback'            => static function ( WP_REST_Request $request ) {
					global $wpdb;
					$user_id = (int) $request['user'];
					$since   = time() - (int) $request['age'];
					if ( is_string( $request['key'] ) && '' !== $request['key'] ) {
						$name  = job_submit_block_idempotency_option( $user_id, $request['key'] );
						$value = maybe_serialize(
							array(
								'post' => 0,
								'time' => $since,
							)
						);
					} else {
						$name  = 'job_submit_block_lock_' . $user_id;
						$value = (string) $since;
					}
					// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- test only: the row a dead request leaves.
					$wpdb->query( $wpdb->prepare( "REPLACE INTO {$wpdb->options} ( option_name, option_value, autoload ) VALUES ( %s, %s, 'off' )", $name, $value ) );
					return array( 'left' => $name );
				},
			)
		);
		register_rest_route(
			'job-submit-block-test/v1',
			'/dead-request/next-logo',
			array(
				'methods'             => 'POST',
				'permission_callback' => static function () {
					return current_user_can( 'manage_options' );
				},
				'callback'            => static function () {
					update_option( 'job_submit_block_test_die_at_logo', 1, false );
					return array( 'armed' => true );
				},
			)
		);
	}
);

// The next logo upload, once armed, ends the request where it stands, as a fatal error would.
add_filter(
	'rest_pre_dispatch',
	static function ( $result, $server, $request ) {
		if ( preg_match( '#/listings/\d+/logo$#', $request->get_route() ) && get_option( 'job_submit_block_test_die_at_logo' ) ) {
			delete_option( 'job_submit_block_test_die_at_logo' );
			exit;
		}
		return $result;
	},
	10,
	3
);
