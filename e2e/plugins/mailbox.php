<?php
/**
 * Plugin Name: Job Submit Block Test Mailbox
 * Description: Test only. Keeps the mail WordPress sends instead of sending it, and lets administrators read it and run the hourly maintenance through REST.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'pre_wp_mail',
	static function ( $short_circuit, $mail ) {
		$kept   = get_option( 'job_submit_block_test_mailbox', array() );
		$kept[] = array(
			'to'      => (array) $mail['to'],
			'subject' => $mail['subject'],
			'message' => $mail['message'],
		);
		update_option( 'job_submit_block_test_mailbox', $kept, false );
		return true;
	},
	10,
	2
);

add_action(
	'rest_api_init',
	static function () {
		$admin_only = static function () {
			return current_user_can( 'manage_options' );
		};
		register_rest_route(
			'job-submit-block-test/v1',
			'/mails',
			array(
				array(
					'methods'             => 'GET',
					'permission_callback' => $admin_only,
					'callback'            => static function () {
						return get_option( 'job_submit_block_test_mailbox', array() );
					},
				),
				array(
					'methods'             => 'DELETE',
					'permission_callback' => $admin_only,
					'callback'            => static function () {
						delete_option( 'job_submit_block_test_mailbox' );
						return array( 'deleted' => true );
					},
				),
			)
		);
		register_rest_route(
			'job-submit-block-test/v1',
			'/maintenance',
			array(
				'methods'             => 'POST',
				'permission_callback' => $admin_only,
				'callback'            => static function () {
					do_action( 'job_submit_block_hourly' );
					return array( 'ran' => true );
				},
			)
		);
	}
);
