<?php
/**
 * A listing's `_filled` and `_featured` rows, 0 until set: WP Job Manager filters its lists
 * with meta queries on them (its *Hide filled positions*, `[jobs filled="false"]`, featured
 * first), and a listing without the row drops out of them. WP Job Manager adds the rows to
 * listings made while it is active; these are added to every listing, so that one made while
 * it was not shows the same once it is.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/** The flags every listing carries, with the value of a listing not filled, not featured. */
const JOB_SUBMIT_BLOCK_LISTING_FLAGS = array( '_filled', '_featured' );

/**
 * Gives a new listing its flags (wp_insert_post): whatever path made it, a member's form, a
 * moderator's editor or REST; a value sent with it is written over this one.
 *
 * @param int     $post_id The post.
 * @param WP_Post $post    The post.
 * @param bool    $update  Whether it existed before.
 */
function job_submit_block_add_listing_flags( $post_id, $post, $update ) {
	if ( $update || 'job_listing' !== $post->post_type ) {
		return;
	}
	foreach ( JOB_SUBMIT_BLOCK_LISTING_FLAGS as $key ) {
		add_post_meta( $post_id, $key, 0, true );
	}
}

/**
 * Gives the listings made before this version their flags; runs once per site (admin_init).
 */
function job_submit_block_add_lacking_listing_flags() {
	if ( get_option( 'job_submit_block_listing_flags_added' ) ) {
		return;
	}
	foreach ( JOB_SUBMIT_BLOCK_LISTING_FLAGS as $key ) {
		$ids = get_posts(
			array(
				'post_type'        => 'job_listing',
				'post_status'      => array( 'pending', 'publish', 'expired', 'private', 'draft', 'trash' ),
				'fields'           => 'ids',
				'posts_per_page'   => -1, // phpcs:ignore WordPress.WP.PostsPerPage -- once per site, the IDs only.
				'no_found_rows'    => true,
				'suppress_filters' => true,
				'meta_query'       => array( // phpcs:ignore WordPress.DB.SlowDBQuery -- once per site.
					array(
						'key'     => $key,
						'compare' => 'NOT EXISTS',
					),
				),
			)
		);
		foreach ( $ids as $id ) {
			add_post_meta( $id, $key, 0, true );
		}
	}
	update_option( 'job_submit_block_listing_flags_added', 1 );
}
