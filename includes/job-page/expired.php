<?php
/**
 * Expired listings stay at their address, as WP Job Manager keeps them: everyone gets the
 * page (200) with "This listing has expired." and no way to apply, and search engines are
 * asked not to index it. Drafts and pending listings stay private.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Lets the main query of a single listing find it when it is expired (pre_get_posts).
 *
 * The expired status is not public, so WordPress would answer 404 to anyone who may not edit
 * the listing. Only when the requested listing is expired is that status named, which lets
 * it through for everyone; for every other listing WordPress's own per-post check stays, so
 * an editor still sees a pending listing at its address and visitors still get a 404.
 * Previews are left to WordPress.
 *
 * @param WP_Query $query The query being prepared.
 */
function job_submit_block_find_expired_listings( $query ) {
	if ( is_admin() || ! $query->is_main_query() || ! $query->is_singular() || $query->is_preview() ) {
		return;
	}
	if ( 'job_listing' !== $query->get( 'post_type' ) || '' !== $query->get( 'post_status' ) || ! job_submit_block_job_page_applies() ) {
		return;
	}
	$listing = $query->get( 'p' ) ? get_post( (int) $query->get( 'p' ) ) : get_page_by_path( (string) $query->get( 'name' ), OBJECT, 'job_listing' );
	if ( $listing instanceof WP_Post && 'job_listing' === $listing->post_type && 'expired' === $listing->post_status ) {
		$query->set( 'post_status', 'expired' );
	}
}

/**
 * Asks search engines not to index an expired listing (wp_robots).
 *
 * @param array $robots The robots directives.
 * @return array
 */
function job_submit_block_noindex_expired_listing( $robots ) {
	if ( is_singular( 'job_listing' ) && 'expired' === get_post_status( get_queried_object_id() ) ) {
		return wp_robots_no_robots( $robots );
	}
	return $robots;
}
