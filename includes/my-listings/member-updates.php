<?php
/**
 * What follows a member's update or withdrawal of their own listing: the moderators hear of
 * a listing that comes back to review (edited while live, or relisted) and of one withdrawn.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The status a member's update found and what it did, by request (set while it is prepared).
 *
 * @param WP_REST_Request $request The request.
 * @param array|null      $record  array( status before, action ) to record; null to read.
 * @return array|null
 */
function job_submit_block_member_update_record( $request, $record = null ) {
	static $records = array();
	$id             = spl_object_id( $request );
	if ( null !== $record ) {
		$records[ $id ] = $record;
	}
	return $records[ $id ] ?? null;
}

/**
 * Tells the moderators when a member's update put a listing back in review
 * (rest_after_insert_job_listing).
 *
 * @param WP_Post         $post     The listing.
 * @param WP_REST_Request $request  The request.
 * @param bool            $creating Whether it was created.
 */
function job_submit_block_after_member_update( $post, $request, $creating ) {
	$record = $creating ? null : job_submit_block_member_update_record( $request );
	if ( $record ) {
		job_submit_block_tell_moderators_if_back_in_review( $post->ID, $record[0], $record[1] );
	}
}

/**
 * Tells the moderators of a member's edit or relist that put the listing back in review: it
 * waits for them now and did not before. The REST update and the logo route both end here,
 * so a member's change reaches the moderators the same way whichever path made it.
 *
 * @param int    $post_id       The listing, as saved.
 * @param string $status_before Its status before the member's change.
 * @param string $action        The policy's action: 'edit' or 'relist'.
 */
function job_submit_block_tell_moderators_if_back_in_review( $post_id, $status_before, $action ) {
	$post = get_post( $post_id );
	if ( ! $post || 'pending' !== $post->post_status || 'pending' === $status_before ) {
		return;
	}
	job_submit_block_notify_moderators_of_member( $post, 'relist' === $action ? 'relisted' : 'edited' );
}

/**
 * Tells the moderators when a member withdrew a listing (rest_delete_job_listing).
 *
 * @param WP_Post          $post     The listing, now in the trash.
 * @param WP_REST_Response $response The answer.
 * @param WP_REST_Request  $request  The request.
 */
function job_submit_block_after_member_withdraw( $post, $response, $request ) {
	unset( $response, $request );
	if ( ! job_submit_block_current_user_moderates() ) {
		job_submit_block_notify_moderators_of_member( $post, 'withdrawn' );
	}
}
