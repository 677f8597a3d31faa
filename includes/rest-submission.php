<?php
/**
 * The rules of a listing write through REST, whatever the client sends: field validation
 * with one message per field, honeypot, rate limit and idempotency before anything is
 * written; status, author and content decided by the server when it is written.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether a request writes a listing, and which.
 *
 * @param WP_REST_Request $request The request.
 * @return int|null Null when it does not; 0 for a create; the listing's ID for an update.
 */
function job_submit_block_listing_write_target( $request ) {
	if ( ! in_array( $request->get_method(), array( 'POST', 'PUT', 'PATCH' ), true ) ) {
		return null;
	}
	$type = get_post_type_object( 'job_listing' );
	if ( ! $type || ! $type->show_in_rest ) {
		return null;
	}
	$base = '/' . trim( ( $type->rest_namespace ?: 'wp/v2' ) . '/' . ( $type->rest_base ?: $type->name ), '/' );
	if ( ! preg_match( '#^' . preg_quote( $base, '#' ) . '(?:/(\d+))?/?$#', $request->get_route(), $matches ) ) {
		return null;
	}
	return isset( $matches[1] ) ? (int) $matches[1] : 0;
}

/**
 * Idempotency keys claimed by the requests of this PHP process, by request.
 *
 * @param WP_REST_Request $request The request.
 * @param string|null     $key     The key to remember; null to read; '' to forget.
 * @return string The key claimed for the request, or ''.
 */
function job_submit_block_claimed_key( $request, $key = null ) {
	static $claims = array();
	$id = spl_object_id( $request );
	if ( null !== $key ) {
		$claims[ $id ] = $key;
	}
	return $claims[ $id ] ?? '';
}

/**
 * Checks a listing write before WordPress checks permissions (rest_request_before_callbacks):
 * the honeypot, admin-only fields and every field, so that bad input gets one message per
 * field in place of WordPress's single schema message, before anything is written.
 *
 * Permission checks run after this filter, so a request the user may not make passes through
 * untouched and gets WordPress's own 401 or 403. Only an error can stop the request here.
 *
 * @param WP_REST_Response|WP_Error|mixed $response Null, or the error WordPress found so far.
 * @param array                           $handler  The route handler.
 * @param WP_REST_Request                 $request  The request.
 * @return WP_REST_Response|WP_Error|mixed
 */
function job_submit_block_check_listing_write( $response, $handler, $request ) {
	$target = job_submit_block_listing_write_target( $request );
	if ( null === $target ) {
		return $response;
	}
	$is_create = 0 === $target;
	$type      = get_post_type_object( 'job_listing' );
	if ( $is_create ? ! current_user_can( $type->cap->create_posts ) : ! current_user_can( 'edit_post', $target ) ) {
		return $response;
	}
	$problem = job_submit_block_listing_write_problem( $request, $is_create );
	return null === $problem ? $response : $problem;
}

/**
 * What stops a listing write, if anything: the honeypot, an admin-only field, or a field.
 *
 * @param WP_REST_Request $request   The request.
 * @param bool            $is_create Whether the request creates a listing.
 * @return WP_Error|null
 */
function job_submit_block_listing_write_problem( $request, $is_create ) {
	if ( ! job_submit_block_current_user_moderates() ) {
		if ( '' !== trim( (string) $request->get_param( 'job_submit_hp' ) ) ) {
			return new WP_Error( 'job_submit_rejected', __( 'Your submission could not be accepted.', 'job-submit-block' ), array( 'status' => 400 ) );
		}
		$forbidden = job_submit_block_admin_only_meta_sent( $request );
		if ( $forbidden ) {
			// WordPress would refuse this meta only after inserting the post; refuse it first.
			return new WP_Error(
				'rest_cannot_update',
				/* translators: %s: custom field key. */
				sprintf( __( 'Sorry, you are not allowed to edit the %s custom field.', 'job-submit-block' ), $forbidden ),
				array(
					'key'    => $forbidden,
					'status' => rest_authorization_required_code(),
				)
			);
		}
	}
	$errors = job_submit_block_validate_request( $request, $is_create, job_submit_block_required_fields_for( $request ) );
	return $errors ? job_submit_block_invalid_params_error( $errors ) : null;
}

/**
 * Answers a permitted create without running it when its idempotency key already made a
 * listing, or when the member is over the rate limit (rest_dispatch_request: it runs after
 * the permission checks, and what it returns answers in place of the route).
 *
 * @param mixed           $result  Null, or an answer another plugin gave.
 * @param WP_REST_Request $request The request.
 * @return mixed Null to let the route create the listing.
 */
function job_submit_block_dispatch_listing_create( $result, $request ) {
	if ( null !== $result || 0 !== job_submit_block_listing_write_target( $request ) ) {
		return $result;
	}
	$user_id = get_current_user_id();
	$key     = job_submit_block_idempotency_key( $request );
	if ( '' !== $key ) {
		$claim = job_submit_block_claim_idempotency_key( $user_id, $key );
		if ( is_int( $claim ) ) {
			return $claim ? job_submit_block_replayed_response( $claim, $request ) : new WP_Error(
				'job_submit_in_progress',
				__( 'This listing is already being submitted. Please wait a moment.', 'job-submit-block' ),
				array( 'status' => 409 )
			);
		}
		job_submit_block_claimed_key( $request, $key );
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
	$id = spl_object_id( $request );
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
 * The first admin-only meta key a request sends, if any.
 *
 * @param WP_REST_Request $request The request.
 * @return string Empty when none.
 */
function job_submit_block_admin_only_meta_sent( $request ) {
	$meta = $request->get_param( 'meta' );
	if ( ! is_array( $meta ) ) {
		return '';
	}
	foreach ( job_submit_block_fields_from( 'meta' ) as $field ) {
		if ( $field['adminOnly'] && array_key_exists( $field['property'], $meta ) ) {
			return $field['property'];
		}
	}
	return '';
}

/**
 * The fields a request must fill: the definition's required fields, plus those the form it
 * came from requires (see form-config.php).
 *
 * @param WP_REST_Request $request The request.
 * @return string[] Field keys.
 */
function job_submit_block_required_fields_for( $request ) {
	/**
	 * Filters which fields a listing write must fill.
	 *
	 * @param string[]        $required Field keys.
	 * @param WP_REST_Request $request  The request.
	 */
	return (array) apply_filters( 'job_submit_block_required_fields', job_submit_block_required_field_keys(), $request );
}

/**
 * The answer to a create whose idempotency key already created a listing: that listing.
 *
 * @param int             $post_id The listing.
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response
 */
function job_submit_block_replayed_response( $post_id, $request ) {
	$controller = get_post_type_object( 'job_listing' )->get_rest_controller();
	$request->set_param( 'context', 'edit' );
	$response = rest_ensure_response( $controller->prepare_item_for_response( get_post( $post_id ), $request ) );
	$response->set_status( 200 );
	$response->header( 'Idempotent-Replayed', 'true' );
	return $response;
}

/**
 * After a create ran (rest_request_after_callbacks): releases the member's submission lock,
 * and the idempotency key of a create that failed, so that a retry may create.
 *
 * @param WP_REST_Response|WP_Error|mixed $response The result.
 * @param array                           $handler  The route handler.
 * @param WP_REST_Request                 $request  The request.
 * @return WP_REST_Response|WP_Error|mixed
 */
function job_submit_block_release_failed_claim( $response, $handler, $request ) {
	// The listing is written (or failed): the member's next create may be counted.
	job_submit_block_release_member_lock( $request );
	$key = job_submit_block_claimed_key( $request );
	if ( '' !== $key && ( is_wp_error( $response ) || ( $response instanceof WP_REST_Response && $response->is_error() ) ) ) {
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
 * Decides status, author and content of a member's listing (rest_pre_insert_job_listing).
 *
 * Members' listings are created pending (auto-publish publishes them once their meta and
 * terms are written, in job_submit_block_after_listing_insert()); an update keeps the
 * listing's status. Moderators are trusted with what they send.
 *
 * @param stdClass        $prepared The post about to be written.
 * @param WP_REST_Request $request  The request.
 * @return stdClass
 */
function job_submit_block_prepare_member_listing( $prepared, $request ) {
	if ( job_submit_block_current_user_moderates() ) {
		return $prepared;
	}
	if ( empty( $prepared->ID ) ) {
		$prepared->post_status = 'pending';
		$prepared->post_author = get_current_user_id();
	} elseif ( isset( $prepared->post_status ) ) {
		$prepared->post_status = get_post_status( $prepared->ID );
	}
	if ( isset( $prepared->post_title ) ) {
		$prepared->post_title = sanitize_text_field( $prepared->post_title );
	}
	if ( isset( $prepared->post_content ) ) {
		$prepared->post_content = wp_kses( $prepared->post_content, job_submit_block_description_allowed_html() );
	}
	return $prepared;
}

/**
 * After a listing was written with its meta and terms (rest_after_insert_job_listing): marks
 * members' listings as front-end submissions, as WP Job Manager does, records the
 * idempotency key, and publishes the listing (auto-publish) or tells the moderators.
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
		update_post_meta( $post->ID, '_public_submission', 1 );
	}
	$key = job_submit_block_claimed_key( $request );
	if ( '' !== $key ) {
		job_submit_block_complete_idempotency_key( get_current_user_id(), $key, $post->ID );
		job_submit_block_claimed_key( $request, '' );
	}
	if ( $member && job_submit_block_setting( 'job_submit_block_auto_publish' ) ) {
		// Published only now, complete: the member's meta and terms are written.
		wp_publish_post( $post );
	} elseif ( 'pending' === $post->post_status ) {
		job_submit_block_notify_moderators( $post );
	}
}
