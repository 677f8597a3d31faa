<?php
/**
 * Seeds a local site idempotently: the accounts, the demo page and the demo listings that the
 * README names.
 * Runs inside Playground as a Blueprint runPHP step at every start, and on the
 * production-like stack from scripts/stack/install.php, which has loaded WordPress already.
 *
 * @package JobSubmitBlock
 */

if ( ! defined( 'ABSPATH' ) ) {
	require_once '/wordpress/wp-load.php';
}

$job_submit_block_accounts = array(
	array( 'admin', 'admin@example.com', 'administrator' ),
	array( 'member', 'member@example.com', 'subscriber' ),
);
foreach ( $job_submit_block_accounts as list( $job_submit_block_login, $job_submit_block_email, $job_submit_block_role ) ) {
	$job_submit_block_user = get_user_by( 'login', $job_submit_block_login );
	if ( ! $job_submit_block_user ) {
		wp_insert_user(
			array(
				'user_login' => $job_submit_block_login,
				'user_email' => $job_submit_block_email,
				'user_pass'  => 'password',
				'role'       => $job_submit_block_role,
			)
		);
		continue;
	}
	// Keep the documented password even if Playground's installer chose another.
	if ( ! wp_check_password( 'password', $job_submit_block_user->user_pass, $job_submit_block_user->ID ) ) {
		wp_set_password( 'password', $job_submit_block_user->ID );
	}
	if ( ! in_array( $job_submit_block_role, (array) $job_submit_block_user->roles, true ) ) {
		$job_submit_block_user->set_role( $job_submit_block_role );
	}
}

update_option( 'permalink_structure', '/%postname%/' );
update_option( 'blogname', 'Job Submit Block' );
// Avatars come from gravatar.com, which a local, offline site cannot reach.
update_option( 'show_avatars', 0 );

if ( ! get_page_by_path( 'post-a-job' ) ) {
	wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_title'   => 'Post a job',
			'post_name'    => 'post-a-job',
			'post_author'  => get_user_by( 'login', 'admin' )->ID,
			'post_content' => '<!-- wp:job-submit-block/form /-->',
		)
	);
}

require JOB_SUBMIT_BLOCK_DIR . 'scripts/wordpress/demo-listings.php';

flush_rewrite_rules( false );
