<?php
/**
 * WP Job Manager's settings on editing listings ("Allow Pending Edits", "Allow Published
 * Edits") decide whether a member may edit their listing, through the block's REST route as
 * in WP Job Manager's dashboard.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether WP Job Manager lets a member edit their listing now
 * (job_submit_block_member_may_edit_listing, where WP Job Manager is active). Withdrawing,
 * filling and relisting are not edits of the listing's text and stay as the block decided.
 * WP Job Manager's own functions answer, with the filters other plugins put on them.
 *
 * @param bool    $allowed What the block decided.
 * @param WP_Post $post    The listing.
 * @param int     $user_id The member.
 * @param string  $action  'edit', 'withdraw', 'fill' or 'relist'.
 * @return bool
 */
function job_submit_block_job_manager_may_edit( $allowed, $post, $user_id, $action ) {
	if ( ! $allowed || 'edit' !== $action ) {
		return $allowed;
	}
	// Its check of the listing and the editor reads the current user only.
	if ( get_current_user_id() === (int) $user_id && ! job_manager_user_can_edit_job( $post->ID ) ) {
		return false;
	}
	switch ( $post->post_status ) {
		case 'pending':
			return job_manager_user_can_edit_pending_submissions();
		case 'publish':
			return wpjm_user_can_edit_published_submissions();
	}
	return $allowed;
}

/**
 * Whether WP Job Manager, active, wants members' edits of live listings approved again
 * (its "Allow editing of published listings: Yes, but edits require admin approval").
 *
 * @return bool
 */
function job_submit_block_job_manager_moderates_live_edits() {
	return job_submit_block_job_manager_active()
		&& function_exists( 'wpjm_published_submission_edits_require_moderation' )
		&& wpjm_published_submission_edits_require_moderation();
}
