<?php
/**
 * The doors into listings outside REST. Members hold the job listing capabilities only
 * while WordPress serves a REST request (see capabilities.php), so wp-admin's menu, list,
 * editor and the admin bar's "New" item already leave them out; these close what remains:
 * WordPress answers some of those screens with a 500 when a capability is missing, and a
 * term can be created by code that checks no capability.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Refuses wp-admin's listing and job-term screens to everyone but moderators, with a 403,
 * before the screen runs (current_screen: WordPress has resolved the post type, from the
 * post being edited where there is one).
 *
 * @param WP_Screen $screen The screen.
 */
function job_submit_block_close_admin_screens( $screen ) {
	$listing_screen = 'job_listing' === $screen->post_type && in_array( $screen->base, array( 'edit', 'post' ), true );
	$term_screen    = in_array( $screen->taxonomy, job_submit_block_listing_taxonomies(), true );
	if ( ( $listing_screen || $term_screen ) && ! job_submit_block_current_user_moderates() ) {
		wp_die(
			esc_html__( 'Job listings are posted and managed from the site\'s pages, not here.', 'job-submit-block' ),
			esc_html__( 'Not allowed', 'job-submit-block' ),
			array(
				'response'  => 403,
				'back_link' => true,
			)
		);
	}
}

/**
 * Keeps the job types and categories the moderators' (pre_insert_term): WordPress lets
 * anyone who may assign terms of a flat taxonomy create new ones, through REST or through a
 * post's terms given by name.
 *
 * @param string|WP_Error $term     The term's name, or an error already found.
 * @param string          $taxonomy The taxonomy.
 * @return string|WP_Error
 */
function job_submit_block_refuse_member_terms( $term, $taxonomy ) {
	if ( is_wp_error( $term ) || ! in_array( $taxonomy, job_submit_block_listing_taxonomies(), true ) ) {
		return $term;
	}
	if ( is_user_logged_in() && ! job_submit_block_current_user_moderates() ) {
		return new WP_Error(
			'rest_cannot_create',
			__( 'Only moderators may change job types and categories.', 'job-submit-block' ),
			array( 'status' => 403 )
		);
	}
	return $term;
}

/**
 * Adds the default job types when an administrator first opens wp-admin after an update
 * that the activation did not run for (admin_init runs for every visitor of admin-ajax.php
 * too, and only moderators may create terms).
 */
function job_submit_block_seed_job_types_for_admin() {
	if ( current_user_can( 'manage_options' ) ) {
		job_submit_block_seed_job_types();
	}
}
