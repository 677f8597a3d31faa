<?php
/**
 * Plugin Name: Offline machine (stack and the WP Job Manager test site)
 * Description: These sites run on machines without access to wordpress.org. WordPress's update checks and language lists would only wait and log failures there, so they are not run.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

// Where core hooks its update checks (wp-includes/update.php).
$job_submit_block_update_checks = array(
	'_maybe_update_core'        => array( 'admin_init' ),
	'_maybe_update_plugins'     => array( 'admin_init' ),
	'_maybe_update_themes'      => array( 'admin_init' ),
	'wp_version_check'          => array( 'wp_version_check' ),
	'wp_update_plugins'         => array( 'wp_update_plugins', 'load-plugins.php', 'load-update.php', 'load-update-core.php' ),
	'wp_update_themes'          => array( 'wp_update_themes', 'load-themes.php', 'load-update.php', 'load-update-core.php' ),
	'wp_maybe_auto_update'      => array( 'wp_maybe_auto_update' ),
	'wp_schedule_update_checks' => array( 'init' ),
);
foreach ( $job_submit_block_update_checks as $job_submit_block_callback => $job_submit_block_hooks ) {
	foreach ( $job_submit_block_hooks as $job_submit_block_hook ) {
		remove_action( $job_submit_block_hook, $job_submit_block_callback );
	}
}
unset( $job_submit_block_update_checks, $job_submit_block_callback, $job_submit_block_hooks, $job_submit_block_hook );

// The language lists of the settings and profile screens come from wordpress.org too: offline,
// only the languages installed are offered, without a warning in the debug log.
add_filter(
	'translations_api',
	static function ( $result, $type ) {
		return false === $result && 'core' === $type ? array( 'translations' => array() ) : $result;
	},
	10,
	2
);
