<?php
/**
 * Plugin Name: Job Submit Block Test Theme Preview
 * Description: Test only. Serves a request with the installed theme its job_submit_block_test_theme cookie names, as the Customizer previews a theme, so that a spec sees a page in another theme without switching the site's.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

$job_submit_block_test_theme = isset( $_COOKIE['job_submit_block_test_theme'] ) ? sanitize_key( wp_unslash( $_COOKIE['job_submit_block_test_theme'] ) ) : '';
if ( '' !== $job_submit_block_test_theme && is_dir( get_theme_root() . '/' . $job_submit_block_test_theme ) ) {
	$job_submit_block_test_theme_name = static function () use ( $job_submit_block_test_theme ) {
		return $job_submit_block_test_theme;
	};
	add_filter( 'stylesheet', $job_submit_block_test_theme_name );
	add_filter( 'template', $job_submit_block_test_theme_name );
}
unset( $job_submit_block_test_theme );
