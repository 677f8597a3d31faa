<?php
/**
 * Seeds a site where WP Job Manager runs beside the plugin, idempotently: its settings as a
 * site owner would set them (a listing duration other than the plugin's own default, so that
 * the specs see whose applies), and pages with its [jobs], [job_dashboard] and
 * [submit_job_form] shortcodes. Runs after seed.php, with WP Job Manager active: inside
 * Playground as a Blueprint runPHP step, and on the production-like stack from
 * scripts/stack/install.php.
 *
 * @package JobSubmitBlock
 */

if ( ! defined( 'ABSPATH' ) ) {
	require_once '/wordpress/wp-load.php';
}

require_once ABSPATH . 'wp-admin/includes/plugin.php';
if ( ! is_plugin_active( 'wp-job-manager/wp-job-manager.php' ) ) {
	return;
}

$job_submit_block_job_manager_options = array(
	'job_manager_submission_duration'               => 45,
	'job_manager_submission_requires_approval'      => 1,
	'job_manager_user_can_edit_pending_submissions' => 0,
	'job_manager_user_edit_published_submissions'   => 'yes',
	'job_manager_enable_types'                      => 1,
	'job_manager_enable_categories'                 => 1,
	'job_manager_enable_remote_position'            => 1,
	'job_manager_enable_salary'                     => 1,
	'job_manager_enable_salary_currency'            => 1,
	'job_manager_default_salary_currency'           => 'EUR',
	'job_manager_enable_salary_unit'                => 1,
	'job_manager_default_salary_unit'               => 'YEAR',
	'job_manager_user_requires_account'             => 1,
	'job_manager_enable_registration'               => 0,
);
foreach ( $job_submit_block_job_manager_options as $job_submit_block_option => $job_submit_block_value ) {
	update_option( $job_submit_block_option, $job_submit_block_value );
}
// The setup wizard's notice would cover the screens the specs read.
delete_option( 'job_manager_admin_notices' );

$job_submit_block_job_manager_pages = array(
	'jobs'          => array( 'Jobs', '[jobs]', 'job_manager_jobs_page_id' ),
	'job-dashboard' => array( 'Job Dashboard', '[job_dashboard]', 'job_manager_job_dashboard_page_id' ),
	'submit-job'    => array( 'Submit a Job (WP Job Manager)', '[submit_job_form]', 'job_manager_submit_job_form_page_id' ),
);
foreach ( $job_submit_block_job_manager_pages as $job_submit_block_slug => list( $job_submit_block_title, $job_submit_block_content, $job_submit_block_option ) ) {
	$job_submit_block_page = get_page_by_path( $job_submit_block_slug );
	$job_submit_block_id   = $job_submit_block_page ? $job_submit_block_page->ID : wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_title'   => $job_submit_block_title,
			'post_name'    => $job_submit_block_slug,
			'post_author'  => get_user_by( 'login', 'admin' )->ID,
			'post_content' => '<!-- wp:shortcode -->' . $job_submit_block_content . '<!-- /wp:shortcode -->',
		)
	);
	update_option( $job_submit_block_option, $job_submit_block_id );
}

flush_rewrite_rules( false );
