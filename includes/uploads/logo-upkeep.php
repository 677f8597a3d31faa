<?php
/**
 * Keeping logos in bounds: a member's hourly upload budget, a listing's logo deleted with
 * the listing (a create that fails takes its logo with it), and logos that are not the
 * featured image of what they are attached to (their listing is gone, or it no longer shows
 * them) deleted by the hourly maintenance once a day old.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_LOGO_LOG = '_job_submit_block_recent_logos';

/**
 * Seconds until the member may upload another logo; 0 when they may now. The uploads are
 * logged as creates are, for the hourly limit (see rate-limit.php).
 *
 * @param int $user_id The member.
 * @return int
 */
function job_submit_block_logo_budget_wait( $user_id ) {
	return job_submit_block_window_wait( $user_id, (int) job_submit_block_logo_limits()['perHour'], JOB_SUBMIT_BLOCK_LOGO_LOG );
}

/**
 * Logs an upload by the member, now, under their submission lock so that concurrent uploads
 * each count.
 *
 * @param int $user_id The member.
 */
function job_submit_block_log_logo_upload( $user_id ) {
	$locked = job_submit_block_lock_member( $user_id );
	job_submit_block_log_create( $user_id, JOB_SUBMIT_BLOCK_LOGO_LOG );
	if ( $locked ) {
		job_submit_block_unlock_member( $user_id );
	}
}

/**
 * The logos uploaded for a listing: the logo attachments whose parent it is.
 *
 * @param int $post_id The listing.
 * @return int[] Attachment IDs.
 */
function job_submit_block_listing_logos( $post_id ) {
	return get_posts(
		array(
			'post_type'        => 'attachment',
			'post_status'      => 'any',
			'fields'           => 'ids',
			'posts_per_page'   => 20,
			'suppress_filters' => true,
			'post_parent'      => $post_id,
			'meta_key'         => JOB_SUBMIT_BLOCK_LOGO_META, // phpcs:ignore WordPress.DB.SlowDBQuery -- only when a listing is deleted, among its own attachments.
		)
	);
}

/**
 * Deletes a listing's logos with it (before_delete_post): before WordPress would hand them
 * on to no parent.
 *
 * @param int $post_id The post being deleted.
 */
function job_submit_block_delete_listing_logos( $post_id ) {
	if ( 'job_listing' !== get_post_type( $post_id ) ) {
		return;
	}
	foreach ( job_submit_block_listing_logos( $post_id ) as $attachment_id ) {
		wp_delete_attachment( $attachment_id, true );
	}
}

/**
 * Deletes logos more than a day old that are not the featured image of the post they are
 * attached to: attached to nothing (their listing is gone, as WordPress hands a deleted
 * post's attachments on to no parent), or no longer their listing's logo (a moderator or the
 * editor removed or replaced it). Runs with the hourly maintenance, a bounded batch each time
 * of only such logos, so logos in use never fill it.
 */
function job_submit_block_delete_orphaned_logos() {
	global $wpdb;
	$logos = $wpdb->get_col( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- hourly, in the background; a logo's parent and that parent's featured image, which WP_Query cannot join.
		$wpdb->prepare(
			"SELECT logo.ID FROM {$wpdb->posts} logo
			INNER JOIN {$wpdb->postmeta} made ON made.post_id = logo.ID AND made.meta_key = %s
			LEFT JOIN {$wpdb->postmeta} featured ON featured.post_id = logo.post_parent AND featured.meta_key = '_thumbnail_id' AND featured.meta_value = CAST( logo.ID AS CHAR )
			WHERE logo.post_type = 'attachment' AND logo.post_date_gmt < %s AND featured.meta_id IS NULL
			ORDER BY logo.ID LIMIT 100",
			JOB_SUBMIT_BLOCK_LOGO_META,
			gmdate( 'Y-m-d H:i:s', time() - DAY_IN_SECONDS )
		)
	);
	foreach ( $logos as $attachment_id ) {
		wp_delete_attachment( (int) $attachment_id, true );
	}
}
