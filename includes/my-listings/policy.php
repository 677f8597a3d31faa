<?php
/**
 * What a member may do to their own listing once it is submitted: edit it, withdraw it,
 * mark it filled or not, relist it. One decision, asked by the gate for every REST update
 * and delete of a listing (rest-gate.php), by the My Job Listings block for the actions it
 * offers, and by the form for its edit mode, so that none of them can disagree.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/** What a member may do to a listing. */
const JOB_SUBMIT_BLOCK_MEMBER_ACTIONS = array( 'edit', 'withdraw', 'fill', 'relist' );

/**
 * What the site does with a member's edit of a live listing: 'no' (not allowed), 'review'
 * (allowed, and the listing goes back to review) or 'live' (allowed, and it stays live).
 *
 * @return string
 */
function job_submit_block_live_edit_policy() {
	$policy = (string) job_submit_block_setting( 'job_submit_block_live_edits' );
	$policy = in_array( $policy, array( 'no', 'review', 'live' ), true ) ? $policy : 'no';
	// Beside WP Job Manager, its "edits require approval" sends a live edit back to review too.
	return 'live' === $policy && job_submit_block_job_manager_moderates_live_edits() ? 'review' : $policy;
}

/**
 * A listing's state as its author reads it: 'pending', 'live', 'filled', 'expired',
 * 'withdrawn' (in the trash), or '' for any other.
 *
 * @param WP_Post $post The listing.
 * @return string
 */
function job_submit_block_listing_state( $post ) {
	switch ( $post->post_status ) {
		case 'pending':
			return 'pending';
		case 'publish':
			return (int) get_post_meta( $post->ID, '_filled', true ) ? 'filled' : 'live';
		case 'expired':
			return 'expired';
		case 'trash':
			return 'withdrawn';
	}
	return '';
}

/**
 * Whether a member may do something to a listing now: only its author, of a role allowed to
 * submit, and only in the states the action applies to. Moderators are not asked: they
 * may do anything through the usual capabilities.
 *
 * @param string      $action  'edit', 'withdraw', 'fill' or 'relist'.
 * @param int|WP_Post $post    The listing.
 * @param int|null    $user_id The member; the current user when null.
 * @return bool
 */
function job_submit_block_member_may( $action, $post, $user_id = null ) {
	// get_post() of 0 would be the page being served: no listing is asked about then.
	$post    = $post ? get_post( $post ) : null;
	$user_id = null === $user_id ? get_current_user_id() : (int) $user_id;
	$user    = get_userdata( $user_id );
	$allowed = false;
	if ( $post && $user && 'job_listing' === $post->post_type && (int) $post->post_author === $user_id && job_submit_block_is_member_user( $user ) ) {
		$state = job_submit_block_listing_state( $post );
		switch ( $action ) {
			case 'edit':
				$allowed = 'pending' === $state || ( in_array( $state, array( 'live', 'filled' ), true ) && 'no' !== job_submit_block_live_edit_policy() );
				break;
			case 'withdraw':
				$allowed = in_array( $state, array( 'pending', 'live', 'filled', 'expired' ), true );
				break;
			case 'fill':
				$allowed = in_array( $state, array( 'live', 'filled' ), true );
				break;
			case 'relist':
				$allowed = 'expired' === $state;
				break;
		}
	}
	/**
	 * Filters whether a member may edit, withdraw, fill or relist a listing now. The gate
	 * of REST writes, the My Job Listings block and the form's edit mode all ask here.
	 *
	 * @param bool    $allowed Whether the plugin allows it.
	 * @param WP_Post $post    The listing (null when it does not exist).
	 * @param int     $user_id The member.
	 * @param string  $action  'edit', 'withdraw', 'fill' or 'relist'.
	 */
	return (bool) apply_filters( 'job_submit_block_member_may_edit_listing', $allowed, $post, $user_id, $action );
}

/**
 * Parameters that say how a request is made or answered, not what it changes.
 */
const JOB_SUBMIT_BLOCK_REQUEST_BOOKKEEPING = array( 'id', 'context', 'rest_route', '_locale', '_method', '_envelope', '_fields', '_embed', '_jsonp', '_wpnonce' );

/**
 * What a request sends to change: its query, form and JSON parameters but the bookkeeping,
 * sorted by name.
 *
 * @param WP_REST_Request $request The request.
 * @return string[]
 */
function job_submit_block_request_changes( $request ) {
	$sent = array_keys( (array) $request->get_query_params() + (array) $request->get_body_params() + (array) $request->get_json_params() );
	$sent = array_values( array_diff( $sent, JOB_SUBMIT_BLOCK_REQUEST_BOOKKEEPING ) );
	sort( $sent );
	return $sent;
}

/**
 * Which action a member's REST update or delete of a listing is: a delete withdraws; a body
 * of `meta._filled` alone fills or unfills; a body of `status` alone relists an expired
 * listing; everything else edits, and meets every rule an edit meets.
 *
 * @param WP_REST_Request $request The request.
 * @param WP_Post         $post    The listing.
 * @return string
 */
function job_submit_block_requested_member_action( $request, $post ) {
	if ( 'DELETE' === $request->get_method() ) {
		return 'withdraw';
	}
	$changes = job_submit_block_request_changes( $request );
	$meta    = $request->get_param( 'meta' );
	if ( array( 'meta' ) === $changes && is_array( $meta ) && array( '_filled' ) === array_keys( $meta ) ) {
		return 'fill';
	}
	return array( 'status' ) === $changes && 'expired' === $post->post_status ? 'relist' : 'edit';
}

/**
 * Why a member's REST update or delete of their listing is refused, if it is; null when the
 * member may make it, or when it is not theirs to ask (WordPress's own permission check then
 * answers 401 or 403).
 *
 * @param WP_REST_Request $request The request.
 * @param int             $post_id The listing.
 * @return WP_Error|null
 */
function job_submit_block_member_action_refusal( $request, $post_id ) {
	$post = get_post( $post_id );
	$verb = 'DELETE' === $request->get_method() ? 'delete_post' : 'edit_post';
	if ( ! $post || job_submit_block_current_user_moderates() || ! current_user_can( $verb, $post_id ) ) {
		return null;
	}
	$action = job_submit_block_requested_member_action( $request, $post );
	if ( 'withdraw' === $action && rest_sanitize_boolean( $request->get_param( 'force' ) ) ) {
		return new WP_Error(
			'job_submit_withdraw_only',
			__( 'A withdrawn listing goes to the trash, where the site’s moderators may still see it.', 'job-submit-block' ),
			array( 'status' => 403 )
		);
	}
	if ( job_submit_block_member_may( $action, $post ) ) {
		return null;
	}
	$messages = array(
		'edit'     => __( 'This listing cannot be edited any more.', 'job-submit-block' ),
		'withdraw' => __( 'This listing cannot be withdrawn.', 'job-submit-block' ),
		'fill'     => __( 'Only a live listing can be marked filled.', 'job-submit-block' ),
		'relist'   => __( 'Only an expired listing can be relisted.', 'job-submit-block' ),
	);
	return new WP_Error( 'job_submit_not_allowed', $messages[ $action ], array( 'status' => 403 ) );
}

/**
 * The status a member's update leaves their listing in: a relisted listing goes back to
 * review (or live, with auto-publish); an edited live listing goes back to review when the
 * site says so; anything else keeps its status.
 *
 * @param WP_Post $post   The listing before the update.
 * @param string  $action What the update does.
 * @return string
 */
function job_submit_block_status_after_member_update( $post, $action ) {
	if ( 'relist' === $action ) {
		return job_submit_block_setting( 'job_submit_block_auto_publish' ) ? 'publish' : 'pending';
	}
	if ( 'edit' === $action && 'publish' === $post->post_status && 'review' === job_submit_block_live_edit_policy() ) {
		return 'pending';
	}
	return $post->post_status;
}
