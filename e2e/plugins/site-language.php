<?php
/**
 * Plugin Name: Job Submit Block Test Site Language
 * Description: Test-only: lets the end-to-end suite switch the site's language through REST, as an administrator would under Settings → General.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'rest_api_init',
	static function () {
		register_rest_route(
			'job-submit-block-test/v1',
			'/language',
			array(
				'methods'             => 'POST',
				'permission_callback' => static function () {
					return current_user_can( 'manage_options' );
				},
				'args'                => array(
					'locale' => array(
						'type'    => 'string',
						'pattern' => '^([a-z]{2}_[A-Z]{2})?$',
					),
				),
				'callback'            => static function ( WP_REST_Request $request ) {
					// '' is English, as the General settings screen stores it.
					update_option( 'WPLANG', (string) $request['locale'] );
					return array( 'locale' => get_option( 'WPLANG' ) );
				},
			)
		);
	}
);

// With a language installed, wp-login.php's language switcher asks wordpress.org which
// languages exist; the test machines are offline, so the answer is: none to download.
add_filter(
	'translations_api',
	static function ( $result ) {
		return false === $result ? array( 'translations' => array() ) : $result;
	}
);
