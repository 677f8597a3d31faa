<?php
/**
 * Prepares the production-like stack's site with PHP's command line.
 *
 * Run by scripts/stack/stack.mjs at each start in two steps, each its own process:
 *
 *   php install.php <WordPress dir> <site url> install
 *     installs WordPress when it is not installed yet, activates the theme and this plugin;
 *   php install.php <WordPress dir> <site url> seed
 *     loads the site as a request would (the plugin now active, its hooks run) and seeds the
 *     same accounts and demo page as the Playground sites;
 *   php install.php <WordPress dir> <site url> job-manager-on|job-manager-off
 *     activates WP Job Manager and seeds its settings and pages, or deactivates it; prints
 *     was-active or was-inactive.
 *
 * @package JobSubmitBlock
 */

if ( 'cli' !== PHP_SAPI || $argc < 4 ) {
	fwrite( STDERR, "Usage: php install.php <WordPress dir> <site url> install|seed|job-manager-on|job-manager-off\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite -- WordPress is not loaded; a message on a command line's standard error.
	exit( 1 );
}
list( , $job_submit_block_wordpress_dir, $job_submit_block_site_url, $job_submit_block_step ) = $argv;

$job_submit_block_address = parse_url( $job_submit_block_site_url ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url -- WordPress is not loaded yet, and PHP 7.4+ parses URLs consistently.
$_SERVER['HTTP_HOST']     = $job_submit_block_address['host'] . ( isset( $job_submit_block_address['port'] ) ? ':' . $job_submit_block_address['port'] : '' );
$_SERVER['SERVER_NAME']   = $job_submit_block_address['host'];
$_SERVER['REQUEST_URI']   = '/';

if ( 'install' === $job_submit_block_step ) {
	// Without it, loading an uninstalled site redirects to the installer and exits.
	define( 'WP_INSTALLING', true ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedConstantFound -- WordPress's own constant.
	require_once $job_submit_block_wordpress_dir . '/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	require_once ABSPATH . 'wp-admin/includes/plugin.php';

	if ( ! is_blog_installed() ) {
		// The installer mails the new site's details; there is no one to send them to.
		add_filter( 'pre_wp_mail', '__return_true' );
		wp_install( 'Job Submit Block', 'admin', 'admin@example.com', true, '', 'password' );
		echo "stack: WordPress installed\n";
	}
	if ( 'twentytwentyfive' !== get_stylesheet() ) {
		switch_theme( 'twentytwentyfive' );
	}
	$job_submit_block_activated = activate_plugin( 'job-submit-block/job-submit-block.php' );
	if ( is_wp_error( $job_submit_block_activated ) ) {
		fwrite( STDERR, 'stack: ' . $job_submit_block_activated->get_error_message() . "\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite -- a message on a command line's standard error, not a file.
		exit( 1 );
	}
	exit( 0 );
}

require_once $job_submit_block_wordpress_dir . '/wp-load.php';
if ( 'seed' === $job_submit_block_step ) {
	require __DIR__ . '/../wordpress/seed.php';
	exit( 0 );
}

require_once ABSPATH . 'wp-admin/includes/plugin.php';
$job_submit_block_job_manager = 'wp-job-manager/wp-job-manager.php';
echo is_plugin_active( $job_submit_block_job_manager ) ? "was-active\n" : "was-inactive\n";
if ( 'job-manager-off' === $job_submit_block_step ) {
	deactivate_plugins( $job_submit_block_job_manager );
	exit( 0 );
}
$job_submit_block_activated = activate_plugin( $job_submit_block_job_manager );
if ( is_wp_error( $job_submit_block_activated ) ) {
	fwrite( STDERR, 'stack: ' . $job_submit_block_activated->get_error_message() . "\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite -- a message on a command line's standard error, not a file.
	exit( 1 );
}
require __DIR__ . '/../wordpress/seed-job-manager.php';
