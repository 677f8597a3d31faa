<?php
/**
 * A member's listing submitted the way WP Job Manager's add-ons expect: its
 * _public_submission flag is on the listing when it becomes pending (or published), so that
 * WP Job Manager fires job_manager_job_submitted once, at submission, and removes the flag;
 * and a salary gets WP Job Manager's default currency and unit when the form sent none.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Puts WP Job Manager's _public_submission flag into a member's new listing as it is
 * inserted (rest_pre_insert_job_listing, after the block decided its status), so that the
 * flag is there when WordPress reports the new status to WP Job Manager. WP Job Manager
 * then fires job_manager_job_submitted at the end of the request, when the meta and terms
 * are written, and deletes the flag, so that no later publication fires it again.
 *
 * @param stdClass        $prepared The post about to be written.
 * @param WP_REST_Request $request  The request.
 * @return stdClass
 */
function job_submit_block_job_manager_mark_submission( $prepared, $request ) {
	unset( $request );
	if ( empty( $prepared->ID ) && ! job_submit_block_current_user_moderates() ) {
		$prepared->meta_input = array( '_public_submission' => 1 );
	}
	return $prepared;
}

/**
 * Stores WP Job Manager's default salary currency and unit on a new listing with a salary
 * whose request named none (rest_after_insert_job_listing), so that WP Job Manager shows the
 * salary as the site is set up rather than in its own fallback currency.
 *
 * @param WP_Post         $post     The listing.
 * @param WP_REST_Request $request  The request.
 * @param bool            $creating Whether it was created.
 */
function job_submit_block_job_manager_salary_defaults( $post, $request, $creating ) {
	if ( ! $creating || '' === (string) get_post_meta( $post->ID, '_job_salary', true ) ) {
		return;
	}
	$sent     = (array) $request->get_param( 'meta' );
	$defaults = array(
		'_job_salary_currency' => 'job_manager_default_salary_currency',
		'_job_salary_unit'     => 'job_manager_default_salary_unit',
	);
	foreach ( $defaults as $meta_key => $option ) {
		$default = (string) get_option( $option, '' );
		if ( '' !== $default && ( ! isset( $sent[ $meta_key ] ) || '' === $sent[ $meta_key ] ) ) {
			update_post_meta( $post->ID, $meta_key, $default );
		}
	}
}

/**
 * Removes the _public_submission flag that earlier versions left on members' listings:
 * WP Job Manager would fire its submission action for such a listing when it is next
 * published (from expired, say). Only submitted listings lose it; WP Job Manager's own form
 * keeps it on listings still in preview. Runs once per site.
 */
function job_submit_block_forget_lingering_submission_flags() {
	if ( get_option( 'job_submit_block_submission_flags_cleared' ) ) {
		return;
	}
	$ids = get_posts(
		array(
			'post_type'        => 'job_listing',
			'post_status'      => array( 'pending', 'publish', 'expired', 'private', 'draft', 'trash' ),
			'fields'           => 'ids',
			'posts_per_page'   => -1, // phpcs:ignore WordPress.WP.PostsPerPage -- once per site, the IDs only.
			'no_found_rows'    => true,
			'suppress_filters' => true,
			'meta_key'         => '_public_submission', // phpcs:ignore WordPress.DB.SlowDBQuery -- once per site.
		)
	);
	foreach ( $ids as $id ) {
		delete_post_meta( $id, '_public_submission' );
	}
	update_option( 'job_submit_block_submission_flags_cleared', 1 );
}
