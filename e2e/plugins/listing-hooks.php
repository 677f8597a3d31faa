<?php
/**
 * Plugin Name: Job Submit Block Test Listing Hooks
 * Description: Test only. A CAPTCHA-like refusal through job_submit_block_validate_listing (a title with "spam-word" is refused for the whole form, one with "spam-field" on its title, one with "spam-tagline" on the company tagline), and a log of job_submit_block_listing_submitted and job_submit_block_listing_published that administrators read through REST.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'job_submit_block_validate_listing',
	static function ( $messages, $request, $is_create ) {
		$title = $request->get_param( 'title' );
		$title = is_array( $title ) ? (string) ( $title['raw'] ?? '' ) : (string) $title;
		if ( false !== strpos( $title, 'spam-word' ) ) {
			$messages['form'] = $is_create ? 'The anti-spam check refused this listing.' : 'The anti-spam check refused this change.';
		}
		if ( false !== strpos( $title, 'spam-field' ) ) {
			$messages['title'] = 'This title looks like spam.';
		}
		// A field the test's form hides: the message has nowhere to stand but the notice.
		if ( false !== strpos( $title, 'spam-tagline' ) ) {
			$messages['company_tagline'] = 'Taglines like this are refused.';
		}
		return $messages;
	},
	10,
	3
);

/**
 * Appends an event to the log.
 *
 * @param array $event The event.
 */
function job_submit_block_test_log_event( $event ) {
	$log   = get_option( 'job_submit_block_test_hook_log', array() );
	$log[] = $event;
	update_option( 'job_submit_block_test_hook_log', $log, false );
}

add_action(
	'job_submit_block_listing_submitted',
	static function ( $post, $request, $form ) {
		job_submit_block_test_log_event(
			array(
				'hook'   => 'submitted',
				'id'     => $post->ID,
				'status' => $post->post_status,
				'route'  => $request->get_route(),
				'form'   => is_array( $form ) ? $form['id'] : null,
				// Stored by then: the action comes after the meta.
				'meta'   => get_post_meta( $post->ID, '_company_name', true ),
			)
		);
	},
	10,
	3
);

add_action(
	'job_submit_block_listing_published',
	static function ( $post ) {
		job_submit_block_test_log_event(
			array(
				'hook'   => 'published',
				'id'     => $post->ID,
				'status' => $post->post_status,
				'meta'   => get_post_meta( $post->ID, '_company_name', true ),
			)
		);
	}
);

add_action(
	'rest_api_init',
	static function () {
		register_rest_route(
			'job-submit-block-test/v1',
			'/hook-log',
			array(
				array(
					'methods'             => 'GET',
					'permission_callback' => static function () {
						return current_user_can( 'manage_options' );
					},
					'callback'            => static function () {
						return get_option( 'job_submit_block_test_hook_log', array() );
					},
				),
				array(
					'methods'             => 'DELETE',
					'permission_callback' => static function () {
						return current_user_can( 'manage_options' );
					},
					'callback'            => static function () {
						delete_option( 'job_submit_block_test_hook_log' );
						return array( 'deleted' => true );
					},
				),
			)
		);
	}
);
