<?php
/**
 * Seeds a local site idempotently: the accounts, the demo pages, the demo listings that the
 * README names, and the member's own listings in several states.
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

$job_submit_block_form_page = get_page_by_path( 'post-a-job' );
if ( ! $job_submit_block_form_page ) {
	$job_submit_block_form_page = get_post(
		wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Post a job',
				'post_name'    => 'post-a-job',
				'post_author'  => get_user_by( 'login', 'admin' )->ID,
				'post_content' => '<!-- wp:job-submit-block/form /-->',
			)
		)
	);
}

if ( ! get_page_by_path( 'my-job-listings' ) ) {
	wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_title'   => 'My job listings',
			'post_name'    => 'my-job-listings',
			'post_author'  => get_user_by( 'login', 'admin' )->ID,
			'post_content' => sprintf( '<!-- wp:job-submit-block/my-listings {"formPageId":%d,"align":"wide"} /-->', $job_submit_block_form_page->ID ),
		)
	);
}

// The member's listings, one in each state the list shows, made once.
$job_submit_block_member = get_user_by( 'login', 'member' );
if ( post_type_exists( 'job_listing' ) && ! get_posts(
	array(
		'post_type'   => 'job_listing',
		'post_status' => 'any',
		'author'      => $job_submit_block_member->ID,
		'fields'      => 'ids',
		'numberposts' => 1,
	)
) ) {
	$job_submit_block_demo = array(
		array( 'Lighthouse Keeper', 'pending', 0, '' ),
		array( 'Harbour Pilot', 'publish', 0, '+20 days' ),
		array( 'Ferry Captain', 'publish', 1, '+12 days' ),
		array( 'Net Mender', 'expired', 0, '-3 days' ),
	);
	foreach ( $job_submit_block_demo as $job_submit_block_index => list( $job_submit_block_title, $job_submit_block_status, $job_submit_block_filled, $job_submit_block_expires ) ) {
		wp_insert_post(
			array(
				'post_type'    => 'job_listing',
				'post_status'  => $job_submit_block_status,
				'post_title'   => $job_submit_block_title,
				'post_content' => 'A demo listing of the member.',
				'post_author'  => $job_submit_block_member->ID,
				'post_date'    => gmdate( 'Y-m-d H:i:s', time() - ( $job_submit_block_index + 1 ) * 5 * DAY_IN_SECONDS ),
				'meta_input'   => array(
					'_company_name'      => 'Coast Guard Co',
					'_job_location'      => 'Sagres',
					'_application'       => 'jobs@coast.example',
					'_filled'            => $job_submit_block_filled,
					'_job_expires'       => '' === $job_submit_block_expires ? '' : gmdate( 'Y-m-d', strtotime( $job_submit_block_expires ) ),
					'_public_submission' => 1,
				),
			)
		);
	}
}
require JOB_SUBMIT_BLOCK_DIR . 'scripts/wordpress/demo-listings.php';

flush_rewrite_rules( false );
