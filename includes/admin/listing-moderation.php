<?php
/**
 * Approving and rejecting listings awaiting review: who may, and what each does. The screens
 * and links that ask for them are in moderation-actions.php and reject-screen.php.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether the current user may approve or reject a listing: a moderator who may publish it
 * (the same capabilities the REST route asks of a status change), and it awaits review.
 *
 * @param WP_Post|null $post The listing.
 * @return bool
 */
function job_submit_block_may_moderate_listing( $post ) {
	if ( ! $post instanceof WP_Post || 'job_listing' !== $post->post_type || 'pending' !== $post->post_status ) {
		return false;
	}
	$type = get_post_type_object( 'job_listing' );
	return job_submit_block_current_user_moderates()
		&& current_user_can( 'edit_post', $post->ID )
		&& current_user_can( $type->cap->publish_posts );
}

/**
 * Publishes a listing awaiting review. The author hears of it through the approval e-mail
 * (notifications.php), and the listing gets its expiry date (expiry.php), as when a
 * moderator publishes it in the editor.
 *
 * @param WP_Post $post The listing.
 * @return bool Whether it was published.
 */
function job_submit_block_approve_listing( $post ) {
	$result = wp_update_post(
		array(
			'ID'          => $post->ID,
			'post_status' => 'publish',
		),
		true
	);
	return ! is_wp_error( $result ) && 'publish' === get_post_status( $post->ID );
}

/**
 * Rejects a listing awaiting review: it goes to the Trash, where a moderator can still
 * restore it, and its author is told why.
 *
 * @param WP_Post $post   The listing.
 * @param string  $reason The moderator's reason; '' for none.
 * @return bool Whether it was rejected.
 */
function job_submit_block_reject_listing( $post, $reason ) {
	if ( ! wp_trash_post( $post->ID ) ) {
		return false;
	}
	job_submit_block_notify_author_rejected( $post, $reason );
	return true;
}
