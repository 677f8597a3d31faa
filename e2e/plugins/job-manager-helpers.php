<?php
/**
 * Plugin Name: Job Submit Block Test Job Manager Helpers
 * Description: Test only. Lets administrators set WP Job Manager's settings, run its expiry check, read a listing's private meta (and delete one, as a listing of an earlier version lacks it) and list the scheduled events through REST, where WP Job Manager offers none of it.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'rest_api_init',
	static function () {
		$admin_only = static function () {
			return current_user_can( 'manage_options' );
		};
		register_rest_route(
			'job-submit-block-test/v1',
			'/job-manager-options',
			array(
				'methods'             => 'POST',
				'permission_callback' => $admin_only,
				'callback'            => static function ( WP_REST_Request $request ) {
					$before = array();
					foreach ( (array) $request->get_json_params() as $name => $value ) {
						if ( 0 === strpos( (string) $name, 'job_manager_' ) ) {
							$before[ $name ] = get_option( $name );
							update_option( $name, $value );
						}
					}
					return $before;
				},
			)
		);
		register_rest_route(
			'job-submit-block-test/v1',
			'/job-manager-expiry-check',
			array(
				'methods'             => 'POST',
				'permission_callback' => $admin_only,
				'callback'            => static function () {
					do_action( 'job_manager_check_for_expired_jobs' ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WP Job Manager's own hourly event, run now.
					return array( 'ran' => true );
				},
			)
		);
		register_rest_route(
			'job-submit-block-test/v1',
			'/post-meta/(?P<id>\d+)/(?P<key>[_a-z]+)',
			array(
				'methods'             => 'DELETE',
				'permission_callback' => $admin_only,
				'callback'            => static function ( WP_REST_Request $request ) {
					// What a listing made by an earlier version lacks; and the mark that the
					// plugin gave the earlier listings theirs, so that it does it again.
					delete_option( 'job_submit_block_listing_flags_added' );
					return delete_post_meta( (int) $request['id'], $request['key'] );
				},
			)
		);
		register_rest_route(
			'job-submit-block-test/v1',
			'/post-meta/(?P<id>\d+)',
			array(
				'methods'             => 'GET',
				'permission_callback' => $admin_only,
				'callback'            => static function ( WP_REST_Request $request ) {
					return array_map(
						static function ( $values ) {
							return $values[0];
						},
						get_post_meta( (int) $request['id'] )
					);
				},
			)
		);
		register_rest_route(
			'job-submit-block-test/v1',
			'/scheduled-events',
			array(
				'methods'             => 'GET',
				'permission_callback' => $admin_only,
				'callback'            => static function () {
					$hooks = array();
					foreach ( (array) _get_cron_array() as $events ) {
						$hooks = array_merge( $hooks, array_keys( (array) $events ) );
					}
					return array_values( array_unique( $hooks ) );
				},
			)
		);
	}
);
