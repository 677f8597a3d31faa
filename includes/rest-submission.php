<?php
/**
 * A listing create through REST once the gate (rest-gate.php) let it through: rate limit and
 * idempotency before anything is written; status, author and content decided by the server
 * when it is written; nothing left behind when it fails.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/** Meta of a listing created without JavaScript whose announcement waits for its logo. */
const JOB_SUBMIT_BLOCK_UNANNOUNCED_META = '_job_submit_block_unannounced';

/**
 * Idempotency keys claimed by the requests of this PHP process, by request.
 *
 * @param WP_REST_Request $request The request.
 * @param string|null     $key     The key to remember; null to read; '' to forget.
 * @return string The key claimed for the request, or ''.
 */
function job_submit_block_claimed_key( $request, $key = null ) {
	static $claims = array();
	$id            = spl_object_id( $request );
	if ( null !== $key ) {
		$claims[ $id ] = $key;
	}
	return $claims[ $id ] ?? '';
}

/**
 * What the create that claimed a key asked for (job_submit_block_listing_fingerprint()), by
 * request, for the record of the listing it makes.
 *
 * @param WP_REST_Request $request     The request.
 * @param string|null     $fingerprint The digest to remember; null to read.
 * @return string
 */
function job_submit_block_claimed_fingerprint( $request, $fingerprint = null ) {
	static $fingerprints = array();
	$id                  = spl_object_id( $request );
	if ( null !== $fingerprint ) {
		$fingerprints[ $id ] = $fingerprint;
	}
	return $fingerprints[ $id ] ?? '';
}

/**
 * Answers a permitted create without running it when its idempotency key already made a
 * listing, or when the member is over the rate limit (rest_dispatch_request: it runs after
 * the permission checks, and what it returns answers in place of the route).
 *
 * @param mixed           $result  Null, or an answer another plugin gave.
 * @param WP_REST_Request $request The request.
 * @param string          $route   The route matched.
 * @param array           $handler The route handler.
 * @return mixed Null to let the route create the listing.
 */
function job_submit_block_dispatch_listing_create( $result, $request, $route, $handler ) {
	unset( $route );
	if ( null !== $result || 0 !== job_submit_block_listing_write_target( $request, $handler ) ) {
		return $result;
	}
	$user_id = get_current_user_id();
	$key     = job_submit_block_idempotency_key( $request );
	if ( '' !== $key ) {
		$fingerprint = job_submit_block_listing_fingerprint( $request );
		$claim       = job_submit_block_claim_idempotency_key( $user_id, $key, $fingerprint );
		if ( is_int( $claim ) && $claim && job_submit_block_idempotency_key_reused( $user_id, $key, $fingerprint ) ) {
			return job_submit_block_reused_key_error( $claim );
		}
		if ( is_int( $claim ) ) {
			return $claim ? job_submit_block_replayed_response( $claim, $request ) : new WP_Error(
				'job_submit_in_progress',
				__( 'This listing is already being submitted. Please wait a moment.', 'job-submit-block' ),
				array( 'status' => 409 )
			);
		}
		job_submit_block_claimed_key( $request, $key );
		// Kept as it is now: what the create asked for, before anything handles it.
		job_submit_block_claimed_fingerprint( $request, $fingerprint );
	}
	if ( ! job_submit_block_current_user_moderates() && job_submit_block_rate_limit( $user_id ) > 0 ) {
		if ( ! job_submit_block_lock_member( $user_id ) ) {
			return job_submit_block_release_claim(
				$request,
				new WP_Error( 'job_submit_in_progress', __( 'Your other listings are still being submitted. Please try again in a moment.', 'job-submit-block' ), array( 'status' => 409 ) )
			);
		}
		job_submit_block_holds_lock( $request, true );
		$wait = job_submit_block_rate_limit_wait( $user_id );
		if ( $wait > 0 ) {
			return job_submit_block_release_claim( $request, job_submit_block_rate_limited_response( $wait ) );
		}
	}
	return null;
}

/**
 * Whether this request holds its member's submission lock (see rate-limit.php).
 *
 * @param WP_REST_Request $request The request.
 * @param bool|null       $holds   True or false to record; null to read.
 * @return bool
 */
function job_submit_block_holds_lock( $request, $holds = null ) {
	static $holders = array();
	$id             = spl_object_id( $request );
	if ( null !== $holds ) {
		$holders[ $id ] = $holds;
	}
	return ! empty( $holders[ $id ] );
}

/**
 * Releases what a create that will not run holds (its idempotency key and the member's
 * lock) and passes its answer on.
 *
 * @param WP_REST_Request           $request The request.
 * @param WP_Error|WP_REST_Response $answer  The answer.
 * @return WP_Error|WP_REST_Response
 */
function job_submit_block_release_claim( $request, $answer ) {
	$key = job_submit_block_claimed_key( $request );
	if ( '' !== $key ) {
		job_submit_block_release_idempotency_key( get_current_user_id(), $key );
		job_submit_block_claimed_key( $request, '' );
	}
	job_submit_block_release_member_lock( $request );
	return $answer;
}

/**
 * Releases the member's submission lock if this request holds it.
 *
 * @param WP_REST_Request $request The request.
 */
function job_submit_block_release_member_lock( $request ) {
	if ( job_submit_block_holds_lock( $request ) ) {
		job_submit_block_unlock_member( get_current_user_id() );
		job_submit_block_holds_lock( $request, false );
	}
}

/**
 * The answer to a create whose idempotency key made a listing with other content: replaying
 * that listing would tell the sender their changes are stored when they are not, and making
 * a second one would break the key's promise. The listing is named when the member may read
 * it, with whether they may edit it now, so that a client can send the changes to it
 * instead (the form does, when it sent the first create itself; see src/sent-keys.ts).
 *
 * @param int $post_id The listing the key made.
 * @return WP_Error
 */
function job_submit_block_reused_key_error( $post_id ) {
	$post = get_post( $post_id );
	$data = array( 'status' => 409 );
	if ( $post && get_post_type_object( 'job_listing' )->get_rest_controller()->check_read_permission( $post ) ) {
		$data['listing'] = $post_id;
		// Whether the changes may go to it: a site may keep members from editing a listing
		// under review (WP Job Manager's default) or once live.
		$data['editable'] = job_submit_block_current_user_moderates() || job_submit_block_member_may( 'edit', $post );
	}
	return new WP_Error(
		'job_submit_key_reused',
		__( 'This listing was already submitted, without these changes. Make them to the submitted listing, or send them as a new listing.', 'job-submit-block' ),
		$data
	);
}

/**
 * The answer to a create whose idempotency key already created a listing: that listing as
 * the member may see it now. A moderator may since have reassigned it, published it or
 * protected it with a password, so it is read with the member's permissions of today, in
 * the edit context only while they may edit it.
 *
 * @param int             $post_id The listing.
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function job_submit_block_replayed_response( $post_id, $request ) {
	$controller = get_post_type_object( 'job_listing' )->get_rest_controller();
	$post       = get_post( $post_id );
	if ( ! $controller->check_read_permission( $post ) ) {
		return new WP_Error(
			'job_submit_already_submitted',
			__( 'This listing was already submitted.', 'job-submit-block' ),
			array( 'status' => 409 )
		);
	}
	$read = new WP_REST_Request( 'GET', $request->get_route() );
	// Members may touch their published listings for the actions the policy allows, which is
	// not reading them as an editor: the edit context only while the member may edit it.
	$may_edit = job_submit_block_current_user_moderates() || job_submit_block_member_may( 'edit', $post );
	$read->set_param( 'context', $may_edit && current_user_can( 'edit_post', $post_id ) ? 'edit' : 'view' );
	$read->set_param( '_fields', $request->get_param( '_fields' ) );
	$response = rest_ensure_response( $controller->prepare_item_for_response( $post, $read ) );
	$response->set_status( 200 );
	$response->header( 'Idempotent-Replayed', 'true' );
	return $response;
}

/**
 * Keeps a password-protected listing's details (company, salary, how to apply: its meta)
 * from readers without the password (rest_prepare_job_listing), as WordPress keeps its
 * content: shown to who may edit the listing, or who sends the right `password`.
 *
 * @param WP_REST_Response $response The listing as it is about to be answered.
 * @param WP_Post          $post     The listing.
 * @param WP_REST_Request  $request  The request.
 * @return WP_REST_Response
 */
function job_submit_block_hide_protected_details( $response, $post, $request ) {
	$data = $response->get_data();
	if ( '' === $post->post_password || ! is_array( $data ) || ! isset( $data['meta'] ) || current_user_can( 'edit_post', $post->ID ) ) {
		return $response;
	}
	$sent = $request['password'];
	if ( is_string( $sent ) && '' !== $sent && hash_equals( $post->post_password, $sent ) ) {
		return $response;
	}
	unset( $data['meta'] );
	$response->set_data( $data );
	return $response;
}

/**
 * Keeps a listing's password from everyone but moderators (rest_prepare_job_listing): a
 * member reads their own listing in the edit context, and its password is the moderators'
 * to set and to share.
 *
 * @param WP_REST_Response $response The listing as it is about to be answered.
 * @return WP_REST_Response
 */
function job_submit_block_hide_listing_password( $response ) {
	$data = $response->get_data();
	if ( is_array( $data ) && array_key_exists( 'password', $data ) && ! job_submit_block_current_user_moderates() ) {
		unset( $data['password'] );
		$response->set_data( $data );
	}
	return $response;
}

/**
 * The listing this request's create inserted, remembered until the request ends.
 *
 * @param WP_REST_Request $request The request.
 * @param int|null        $post_id The listing to remember; null to read; 0 to forget.
 * @return int
 */
function job_submit_block_inserted_listing( $request, $post_id = null ) {
	static $inserted = array();
	$id              = spl_object_id( $request );
	if ( null !== $post_id ) {
		$inserted[ $id ] = $post_id;
	}
	return $inserted[ $id ] ?? 0;
}

/**
 * Remembers the listing a create just inserted, before its meta and terms are written
 * (rest_insert_job_listing), so that a failure after this point leaves nothing behind.
 *
 * @param WP_Post         $post     The listing.
 * @param WP_REST_Request $request  The request.
 * @param bool            $creating Whether it was created.
 */
function job_submit_block_track_inserted_listing( $post, $request, $creating ) {
	if ( $creating ) {
		job_submit_block_inserted_listing( $request, $post->ID );
	}
}

/**
 * After a create ran (rest_request_after_callbacks): releases the member's submission lock;
 * when the create failed, deletes what it may have written (a listing whose meta or terms
 * were refused is half a listing) and releases its idempotency key, so that a retry may
 * create.
 *
 * @param WP_REST_Response|WP_Error|mixed $response The result.
 * @param array                           $handler  The route handler.
 * @param WP_REST_Request                 $request  The request.
 * @return WP_REST_Response|WP_Error|mixed
 */
function job_submit_block_release_failed_claim( $response, $handler, $request ) {
	unset( $handler );
	// The listing is written (or failed): the member's next create may be counted.
	job_submit_block_release_member_lock( $request );
	$failed = is_wp_error( $response ) || ( $response instanceof WP_REST_Response && $response->is_error() );
	if ( ! $failed ) {
		return $response;
	}
	$half_written = job_submit_block_inserted_listing( $request );
	if ( $half_written ) {
		wp_delete_post( $half_written, true );
		job_submit_block_inserted_listing( $request, 0 );
	}
	$key = job_submit_block_claimed_key( $request );
	if ( '' !== $key ) {
		job_submit_block_release_idempotency_key( get_current_user_id(), $key );
		job_submit_block_claimed_key( $request, '' );
	}
	return $response;
}

/**
 * The allowed HTML of a member's job description: paragraphs, lists, emphasis and links.
 *
 * @return array
 */
function job_submit_block_description_allowed_html() {
	return array(
		'p'      => array(),
		'br'     => array(),
		'ul'     => array(),
		'ol'     => array(),
		'li'     => array(),
		'strong' => array(),
		'b'      => array(),
		'em'     => array(),
		'i'      => array(),
		'a'      => array( 'href' => true ),
	);
}

/**
 * A description as HTML paragraphs: plain text (no block-level tags, no block markup) gets
 * wpautop()'s paragraphs and line breaks, so that WordPress's editors and WP Job Manager's
 * show what the listing's page shows. HTML with paragraphs, lists or blocks is kept as sent.
 *
 * @param string $content The description as sent.
 * @return string
 */
function job_submit_block_description_paragraphs( $content ) {
	$content = (string) $content;
	if ( '' === trim( $content ) || preg_match( '/<!--\s*wp:|<(?:p|div|ul|ol|li|h[1-6]|blockquote|pre|table|figure|hr|section|article)\b/i', $content ) ) {
		return $content;
	}
	return wpautop( $content );
}

/**
 * Decides status, author and content of a member's listing (rest_pre_insert_job_listing).
 *
 * Members' listings are created pending (auto-publish publishes them once their meta and
 * terms are written, in job_submit_block_after_listing_insert()); an update's status is
 * the policy's (a relist or an edit sent back to review). Moderators are trusted with what they send.
 *
 * @param stdClass        $prepared The post about to be written.
 * @param WP_REST_Request $request  The request.
 * @return stdClass
 */
function job_submit_block_prepare_member_listing( $prepared, $request ) {
	if ( job_submit_block_current_user_moderates() ) {
		if ( isset( $prepared->post_content ) ) {
			$prepared->post_content = job_submit_block_description_paragraphs( $prepared->post_content );
		}
		return $prepared;
	}
	if ( empty( $prepared->ID ) ) {
		$prepared->post_status = 'pending';
		$prepared->post_author = get_current_user_id();
	} else {
		// The gate let this update through as one of the member's actions: its status is
		// the server's to decide (see my-listings/policy.php).
		$before                = get_post( $prepared->ID );
		$action                = job_submit_block_requested_member_action( $request, $before );
		$prepared->post_status = job_submit_block_status_after_member_update( $before, $action );
		job_submit_block_member_update_record( $request, array( $before->post_status, $action ) );
		if ( 'relist' === $action ) {
			// A relisted listing runs for a new duration from when it is published again.
			// WP Job Manager dates a listing on publish only when it has no date, and clears
			// one in the past, which would leave it live for good; the plugin's own dating
			// would date it either way.
			delete_post_meta( $before->ID, '_job_expires' );
		}
	}
	if ( isset( $prepared->post_title ) ) {
		$prepared->post_title = sanitize_text_field( $prepared->post_title );
	}
	if ( isset( $prepared->post_content ) ) {
		// Members' links are user-generated content, marked as core marks commenters' links.
		$prepared->post_content = job_submit_block_inert_markup( wp_unslash( wp_rel_ugc( wp_slash( wp_kses( job_submit_block_description_paragraphs( $prepared->post_content ), job_submit_block_description_allowed_html() ) ) ) ) );
	}
	return $prepared;
}

/**
 * A member's description with nothing left for WordPress to run when it shows the listing:
 * the listing's page renders its content through `the_content`, which renders block comments
 * (`<!-- wp:latest-posts /-->`) as blocks and `[audio]` as a shortcode, and wp_kses() keeps
 * both. Comments go (a description is paragraphs, lists and links); square brackets become
 * their character references, so what the member typed still reads as typed.
 *
 * @param string $html The description, already filtered to the allowed HTML.
 * @return string
 */
function job_submit_block_inert_markup( $html ) {
	$html = (string) preg_replace( '/<!--.*?(?:-->|$)/s', '', $html );
	return str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), $html );
}

/**
 * After a listing was written with its meta and terms (rest_after_insert_job_listing): counts
 * members' creates against the hourly limit, records the idempotency key, tells other plugins (see listing-events.php), and publishes the listing
 * (auto-publish) or tells the moderators.
 *
 * @param WP_Post         $post     The listing.
 * @param WP_REST_Request $request  The request.
 * @param bool            $creating Whether it was created.
 */
function job_submit_block_after_listing_insert( $post, $request, $creating ) {
	if ( ! $creating ) {
		return;
	}
	$member = ! job_submit_block_current_user_moderates();
	if ( $member ) {
		job_submit_block_log_create( get_current_user_id() );
		// The form sends the logo just after the create, whatever the listing's status by then.
		job_submit_block_open_logo_window( $post->ID );
	}
	// Complete: nothing to take back if the request fails from here on.
	job_submit_block_inserted_listing( $request, 0 );
	$key = job_submit_block_claimed_key( $request );
	if ( '' !== $key ) {
		job_submit_block_complete_idempotency_key( get_current_user_id(), $key, $post->ID, job_submit_block_claimed_fingerprint( $request ) );
		job_submit_block_claimed_key( $request, '' );
	}
	if ( job_submit_block_holding_announcement() ) {
		// The form without JavaScript stores its logo after the create, and deletes the
		// listing if the logo is refused even then: nobody hears of it before it is whole.
		// Marked on the listing, so that a request that dies before the logo is stored
		// leaves the announcement owed to the form's next send (a replay).
		update_post_meta( $post->ID, JOB_SUBMIT_BLOCK_UNANNOUNCED_META, 1 );
		return;
	}
	job_submit_block_announce_listing( $post, $request );
}

/**
 * Tells the world of a member's new listing, now complete: the listing_submitted action,
 * then auto-publish, or the moderators' mail.
 *
 * @param WP_Post         $post    The listing: the object the REST controller answers with,
 *                                 which auto-publish changes in place, so that the create's
 *                                 answer says `publish`.
 * @param WP_REST_Request $request The create.
 */
function job_submit_block_announce_listing( $post, $request ) {
	delete_post_meta( $post->ID, JOB_SUBMIT_BLOCK_UNANNOUNCED_META );
	job_submit_block_announce_submitted( get_post( $post->ID ), $request );
	if ( ! job_submit_block_current_user_moderates() && job_submit_block_setting( 'job_submit_block_auto_publish' ) ) {
		// Published only now, complete: the member's meta and terms are written.
		wp_publish_post( $post );
	} elseif ( 'pending' === $post->post_status && ! job_submit_block_job_manager_active() ) {
		// Where WP Job Manager is active, its own mail to the administrator tells them.
		job_submit_block_notify_moderators( $post );
	}
}

/**
 * Whether this request holds back the announcement of the listing it creates (a no-JavaScript
 * post with a logo, until the logo is stored: see form-submission.php).
 *
 * @param bool|null $hold True or false to set; null to read.
 * @return bool
 */
function job_submit_block_holding_announcement( $hold = null ) {
	static $holding = false;
	if ( null !== $hold ) {
		$holding = $hold;
	}
	return $holding;
}
