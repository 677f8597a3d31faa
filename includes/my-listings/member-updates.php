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
	if ( ! $record || 'pending' !== get_post_status( $post ) || 'pending' === $record[0] ) {
		return;
	}
	job_submit_block_notify_moderators_of_member( get_post( $post->ID ), 'relist' === $record[1] ? 'relisted' : 'edited' );
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
