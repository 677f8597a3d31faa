<?php
/**
 * What other plugins hear about listings: a listing submitted through the job form or by a
 * member (job_submit_block_listing_submitted), and a listing published
 * (job_submit_block_listing_published).
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Announces a listing just created through REST, once it is complete (meta, terms and
 * idempotency key stored), when a member made it or it came through the job form (the script
 * or the no-JavaScript path). Called by job_submit_block_after_listing_insert(), before
 * auto-publish.
 *
 * @param WP_Post         $post    The listing.
 * @param WP_REST_Request $request The request that created it.
 */
function job_submit_block_announce_submitted( $post, $request ) {
	$form = job_submit_block_request_form( $request );
	$form = is_array( $form ) ? $form : null;
	// A moderator writing listings in wp-admin or through REST is not submitting one.
	if ( null === $form && job_submit_block_current_user_moderates() ) {
		return;
	}
	/**
	 * Fires after a listing submitted by a member, or through the job form, is stored with its
	 * meta and terms: pending, or about to be published when auto-publish is on (then
	 * job_submit_block_listing_published follows). Not fired for a create answered from its
	 * idempotency key.
	 *
	 * @param WP_Post         $post    The listing.
	 * @param WP_REST_Request $request The REST request that created it (the no-JavaScript
	 *                                 form sends one too).
	 * @param array|null      $form    The form it came from, as its signed identity says
	 *                                 (id, url, rules: see job_submit_block_request_form()),
	 *                                 or null for a client that named no form.
	 */
	do_action( 'job_submit_block_listing_submitted', $post, $request, $form );
}

/**
 * Announces a listing that has just become published (wp_after_insert_post: its meta and
 * terms are stored by then), whoever published it and however: a moderator, auto-publish, a
 * scheduled date. Edits of a published listing are not announced, nor is one publication
 * twice: WordPress may report the same one twice in a request (auto-publish inside a REST
 * create).
 *
 * @param int          $post_id     The post ID.
 * @param WP_Post      $post        The post.
 * @param bool         $update      Whether it existed before.
 * @param WP_Post|null $post_before The post before, when it existed.
 */
function job_submit_block_announce_published( $post_id, $post, $update, $post_before ) {
	static $announced = array();
	unset( $update );
	if ( 'job_listing' !== $post->post_type || 'publish' !== $post->post_status || isset( $announced[ $post_id ] ) ) {
		return;
	}
	if ( $post_before instanceof WP_Post && 'publish' === $post_before->post_status ) {
		return;
	}
	$announced[ $post_id ] = true;
	/**
	 * Fires once when a job listing is published, after its meta and terms are stored.
	 *
	 * @param WP_Post $post The listing.
	 */
	do_action( 'job_submit_block_listing_published', $post );
}
