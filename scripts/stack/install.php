<?php
/**
 * Prepares the production-like stack's site with PHP's command line, run by
 * scripts/stack/stack.mjs at each start in two steps, each its own process:
 *
 *   php install.php <wordpress dir> <site url> install
 *     installs WordPress when it is not installed yet, activates the theme and this plugin;
 *   php install.php <wordpress dir> <site url> seed
 *     loads the site as a request would (the plugin now active, its hooks run) and seeds the
 *     same accounts and demo page as the Playground sites.
 *
 * @package JobSubmitBlock
 */

if ( 'cli' !== PHP_SAPI || $argc < 4 ) {
	fwrite( STDERR, "Usage: php install.php <wordpress dir> <site url> install|seed\n" );
	exit( 1 );
}
list( , $wordpress_dir, $site_url, $step ) = $argv;

$address                = parse_url( $site_url );
$_SERVER['HTTP_HOST']   = $address['host'] . ( isset( $address['port'] ) ? ':' . $address['port'] : '' );
$_SERVER['SERVER_NAME'] = $address['host'];
$_SERVER['REQUEST_URI'] = '/';

if ( 'install' === $step ) {
	// Without it, loading an uninstalled site redirects to the installer and exits.
	define( 'WP_INSTALLING', true );
	require_once $wordpress_dir . '/wp-load.php';
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
	$activated = activate_plugin( 'job-submit-block/job-submit-block.php' );
	if ( is_wp_error( $activated ) ) {
		fwrite( STDERR, 'stack: ' . $activated->get_error_message() . "\n" );
		exit( 1 );
	}
	exit( 0 );
}

require_once $wordpress_dir . '/wp-load.php';
require __DIR__ . '/../wordpress/seed.php';
