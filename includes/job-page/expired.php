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
 * Lets the main query of a single listing find it when it is published or expired
 * (pre_get_posts).
 *
 * The expired status is not public, so WordPress would answer 404 to anyone who may not edit
 * the listing. Naming the statuses the page may show makes WordPress's own status check let
 * exactly those through; every other status stays out of the query. Previews are left to
 * WordPress, which shows drafts and pending listings only to who may edit them.
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
	$statuses = array( 'publish', 'expired' );
	if ( current_user_can( get_post_type_object( 'job_listing' )->cap->read_private_posts ) ) {
		$statuses[] = 'private';
	}
	$query->set( 'post_status', $statuses );
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
