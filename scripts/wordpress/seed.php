<?php
/**
 * Seeds a local site idempotently: the accounts and the demo page that the README names.
 * Runs inside Playground as a Blueprint runPHP step at every start, and on the
 * production-like stack from scripts/stack/install.php, which has loaded WordPress already.
 *
 * @package JobSubmitBlock
 */

if ( ! defined( 'ABSPATH' ) ) {
	require_once '/wordpress/wp-load.php';
}

$accounts = array(
	array( 'admin', 'admin@example.com', 'administrator' ),
	array( 'member', 'member@example.com', 'subscriber' ),
);
foreach ( $accounts as list( $login, $email, $role ) ) {
	$user = get_user_by( 'login', $login );
	if ( ! $user ) {
		wp_insert_user(
			array(
				'user_login' => $login,
				'user_email' => $email,
				'user_pass'  => 'password',
				'role'       => $role,
			)
		);
		continue;
	}
	// Keep the documented password even if Playground's installer chose another.
	if ( ! wp_check_password( 'password', $user->user_pass, $user->ID ) ) {
		wp_set_password( 'password', $user->ID );
	}
	if ( ! in_array( $role, (array) $user->roles, true ) ) {
		$user->set_role( $role );
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

flush_rewrite_rules( false );
