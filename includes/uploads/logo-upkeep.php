<?php
/**
 * Keeping logos in bounds: a member's hourly upload budget, a listing's logo deleted with
 * the listing (a create that fails takes its logo with it), and logos left attached to no
 * listing (their listing is gone, or they never became its logo) deleted by the hourly
 * maintenance once a day old. A logo replaced on a listing stays attached to it, in the
 * media library, until the listing is deleted.
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
 * The logos uploaded for a listing.
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
			'meta_key'         => JOB_SUBMIT_BLOCK_LOGO_META, // phpcs:ignore WordPress.DB.SlowDBQuery -- only when a listing is deleted.
			'meta_value'       => (string) $post_id, // phpcs:ignore WordPress.DB.SlowDBQuery -- only when a listing is deleted.
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
 * Deletes logos more than a day old that are attached to no listing: their listing is gone
 * (WordPress hands a deleted post's attachments on to no parent), or they were uploaded and
 * never became their listing's logo. Logos still attached to a listing are kept with it.
 * Runs with the hourly maintenance, a bounded batch each time.
 */
function job_submit_block_delete_orphaned_logos() {
	$logos = get_posts(
		array(
			'post_type'        => 'attachment',
			'post_status'      => 'any',
			'fields'           => 'ids',
			'posts_per_page'   => 100, // phpcs:ignore WordPress.WP.PostsPerPage -- a bounded batch per hourly run.
			'suppress_filters' => true,
			'post_parent'      => 0,
			'meta_key'         => JOB_SUBMIT_BLOCK_LOGO_META, // phpcs:ignore WordPress.DB.SlowDBQuery -- hourly, in the background.
			'date_query'       => array(
				array(
					'column' => 'post_date_gmt',
					'before' => gmdate( 'Y-m-d H:i:s', time() - DAY_IN_SECONDS ),
				),
			),
		)
	);
	foreach ( $logos as $attachment_id ) {
		$listing = (int) get_post_meta( $attachment_id, JOB_SUBMIT_BLOCK_LOGO_META, true );
		if ( 'job_listing' !== get_post_type( $listing ) || (int) get_post_thumbnail_id( $listing ) !== $attachment_id ) {
			wp_delete_attachment( $attachment_id, true );
		}
	}
}
