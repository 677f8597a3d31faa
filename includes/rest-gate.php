<?php
/**
 * The one gate of every REST write that touches job listings or their terms.
 *
 * What a request touches is decided by the controller WordPress matched it to, never by the
 * URL's text: WordPress matches routes case-insensitively, and `?rest_route=`, the batch
 * endpoint and internal requests reach the same handlers under other spellings. So every
 * path into the listings controller (and its autosaves and revisions, and the two
 * taxonomies' term controllers) meets the same rules here.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Core parameters of a listing that only moderators may set: a member's listing is dated
 * when it is made, at its own address, visible to the moderators and shown with the theme's
 * template; its featured image is the logo its member uploaded through the logo route.
 */
const JOB_SUBMIT_BLOCK_MODERATOR_PARAMS = array( 'date', 'date_gmt', 'slug', 'password', 'template', 'featured_media' );

/**
 * The taxonomies of job listings that this gate guards.
 *
 * @return string[]
 */
function job_submit_block_listing_taxonomies() {
	return array( 'job_listing_type', 'job_listing_category' );
}

/**
 * What a route handler serves, by its controller: 'listing' (the listings controller),
 * 'listing-autosave', 'listing-revision', 'term' (a job type or category), or ''.
 *
 * @param array $handler The route handler WordPress matched.
 * @return string
 */
function job_submit_block_handler_subject( $handler ) {
	$callback = $handler['callback'] ?? null;
	if ( ! is_array( $callback ) || ! isset( $callback[0] ) || ! is_object( $callback[0] ) ) {
		return '';
	}
	$controller = $callback[0];
	$type       = get_post_type_object( 'job_listing' );
	if ( $type && $type->show_in_rest ) {
		$controllers = array(
			'listing'          => $type->get_rest_controller(),
			'listing-autosave' => $type->get_autosave_rest_controller(),
			'listing-revision' => $type->get_revisions_rest_controller(),
		);
		foreach ( $controllers as $subject => $candidate ) {
			if ( $candidate === $controller ) {
				return $subject;
			}
		}
	}
	foreach ( job_submit_block_listing_taxonomies() as $taxonomy ) {
		$object = get_taxonomy( $taxonomy );
		if ( $object && $object->show_in_rest && $object->get_rest_controller() === $controller ) {
			return 'term';
		}
	}
	return '';
}

/**
 * Whether a request changes something (anything but a read).
 *
 * @param WP_REST_Request $request The request.
 * @return bool
 */
function job_submit_block_is_write_request( $request ) {
	return ! in_array( $request->get_method(), array( 'GET', 'HEAD', 'OPTIONS' ), true );
}

/**
 * The listing a request to the listings controller writes: 0 for a create, the listing's ID
 * for an update, null when it writes none (a read, a delete, another controller).
 *
 * @param WP_REST_Request $request The request.
 * @param array           $handler The route handler WordPress matched.
 * @return int|null
 */
function job_submit_block_listing_write_target( $request, $handler ) {
	if ( 'listing' !== job_submit_block_handler_subject( $handler ) || ! in_array( $request->get_method(), array( 'POST', 'PUT', 'PATCH' ), true ) ) {
		return null;
	}
	$url_params = $request->get_url_params();
	return isset( $url_params['id'] ) ? (int) $url_params['id'] : 0;
}

/**
 * The gate (rest_request_before_callbacks): runs before WordPress checks the route's
 * permission, on every route handler, and stops a write that breaks the rules.
 *
 * Moderators may write terms, autosaves and revisions; nobody else may. A listing write is
 * checked in full (see job_submit_block_listing_write_problem()) when the user may make it
 * at all: a request the user may not make passes untouched and gets WordPress's own 401 or
 * 403 from the permission check that follows. Only an error can stop a request here.
 *
 * @param WP_REST_Response|WP_Error|mixed $response Null, or the error WordPress found so far.
 * @param array                           $handler  The route handler.
 * @param WP_REST_Request                 $request  The request.
 * @return WP_REST_Response|WP_Error|mixed
 */
function job_submit_block_gate_rest_request( $response, $handler, $request ) {
	$subject = job_submit_block_handler_subject( $handler );
	if ( '' === $subject ) {
		return $response;
	}
	if ( ! job_submit_block_is_write_request( $request ) ) {
		// A listing's autosaves hold a moderator's unsaved edit (WordPress lets whoever may
		// edit the listing read every user's); members have no editor to need them.
		$editor_only = in_array( $subject, array( 'listing-autosave', 'listing-revision' ), true );
		return $editor_only && ! job_submit_block_current_user_moderates() ? new WP_Error(
			'rest_forbidden',
			__( 'Only moderators may read the autosaves and revisions of a listing.', 'job-submit-block' ),
			array( 'status' => rest_authorization_required_code() )
		) : $response;
	}
	$moved = job_submit_block_moved_url_param( $request );
	if ( $moved ) {
		return $moved;
	}
	if ( 'listing' !== $subject ) {
		return job_submit_block_current_user_moderates() ? $response : new WP_Error(
			'rest_forbidden',
			'term' === $subject
				? __( 'Only moderators may change job types and categories.', 'job-submit-block' )
				: __( 'Job listings are edited through the job form.', 'job-submit-block' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}
	// A member's update or delete of a listing they own: what it does (edit, withdraw, fill,
	// relist) must be allowed for that listing now (see my-listings/policy.php).
	$item = (int) ( $request->get_url_params()['id'] ?? 0 );
	if ( $item ) {
		$refusal = job_submit_block_member_action_refusal( $request, $item );
		if ( $refusal ) {
			return $refusal;
		}
	}
	$target = job_submit_block_listing_write_target( $request, $handler );
	if ( null === $target ) {
		return $response;
	}
	// A body that is not JSON gets WordPress's own answer, which WordPress itself forgets
	// once anything has read the request's parameters before the route's checks.
	$invalid_json = job_submit_block_invalid_json_error( $request );
	if ( $invalid_json ) {
		return $invalid_json;
	}
	$is_create = 0 === $target;
	$type      = get_post_type_object( 'job_listing' );
	if ( $is_create ? ! current_user_can( $type->cap->create_posts ) : ! current_user_can( 'edit_post', $target ) ) {
		return $response;
	}
	$problem = job_submit_block_listing_write_problem( $request, $is_create );
	if ( null === $problem ) {
		return $response;
	}
	// WordPress still asks the route's permission check for the Allow header of the refusal,
	// and that check weighs every term sent: a refused request's terms are not worth it.
	foreach ( job_submit_block_fields_from( 'taxonomy' ) as $field ) {
		$request->set_param( $field['property'], null );
	}
	return $problem;
}

/**
 * The refusal of a request that names another item in its query or body than in its address.
 * WordPress reads `$request['id']` (and `parent`) from the JSON body, the form body or the
 * query string before the address, so `POST /wp/v2/job-listings/5?id=7` would update listing
 * 7, while everything here that reads the address would judge listing 5. No client has a
 * reason to send two, so such a request is refused rather than trusted either way.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_Error|null
 */
function job_submit_block_moved_url_param( $request ) {
	foreach ( $request->get_url_params() as $name => $value ) {
		$resolved = $request->get_param( $name );
		if ( ! is_scalar( $resolved ) || (string) $resolved !== (string) $value ) {
			return new WP_Error(
				'rest_invalid_param',
				/* translators: %s: a parameter's name, such as id. */
				sprintf( __( 'The request names another %s than its address.', 'job-submit-block' ), $name ),
				array(
					'status' => 400,
					'params' => array( $name => __( 'It must be the one in the address, or left out.', 'job-submit-block' ) ),
				)
			);
		}
	}
	return null;
}

/**
 * WordPress's rest_invalid_json error for a JSON request whose body does not parse, or
 * parses to something other than an object (WordPress would read no parameters from it).
 *
 * @param WP_REST_Request $request The request.
 * @return WP_Error|null
 */
function job_submit_block_invalid_json_error( $request ) {
	$body = (string) $request->get_body();
	if ( ! $request->is_json_content_type() || '' === trim( $body ) ) {
		return null;
	}
	$decoded = json_decode( $body, true );
	if ( JSON_ERROR_NONE === json_last_error() && is_array( $decoded ) ) {
		return null;
	}
	return new WP_Error(
		'rest_invalid_json',
		__( 'The request body must be a JSON object.', 'job-submit-block' ),
		array(
			'status'             => 400,
			'json_error_code'    => json_last_error(),
			'json_error_message' => json_last_error_msg(),
		)
	);
}

/**
 * What stops a listing write, if anything: the honeypot, an admin-only field, a parameter
 * only moderators may set, a malformed idempotency key or form identity, or a field.
 *
 * @param WP_REST_Request $request   The request.
 * @param bool            $is_create Whether the request creates a listing.
 * @return WP_Error|null
 */
function job_submit_block_listing_write_problem( $request, $is_create ) {
	$errors = array();
	if ( ! job_submit_block_current_user_moderates() ) {
		$honeypot = $request->get_param( 'job_submit_hp' );
		if ( null !== $honeypot && ( ! is_scalar( $honeypot ) || '' !== trim( (string) $honeypot ) ) ) {
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
		$body = $request->get_json_params() ?? array();
		foreach ( JOB_SUBMIT_BLOCK_MODERATOR_PARAMS as $param ) {
			if ( null !== $request->get_param( $param ) || array_key_exists( $param, (array) $body ) ) {
				$errors[ $param ] = __( 'Only moderators may set this.', 'job-submit-block' );
			}
		}
	}
	if ( $is_create ) {
		$key_error = job_submit_block_idempotency_key_error( $request );
		if ( null !== $key_error ) {
			$errors['idempotency_key'] = $key_error;
		}
	}
	$form = job_submit_block_request_form( $request );
	if ( is_wp_error( $form ) ) {
		$errors['job_submit_form'] = $form->get_error_message();
		$form                      = null;
	}
	$labels  = $form ? wp_list_pluck( $form['config']['fields'], 'label', 'key' ) : array();
	$errors += job_submit_block_validate_request( $request, $is_create, job_submit_block_required_fields_for( $request ), job_submit_block_form_term_limits( $form ), $labels );
	$errors  = job_submit_block_other_plugins_messages( $errors, $request, $is_create );
	return $errors ? job_submit_block_invalid_params_error( $errors ) : null;
}

/**
 * Lets other plugins refuse a listing write with their own messages (a CAPTCHA, an
 * anti-spam check), here in the gate, so that every path into a listing hears them: the
 * form's script, the no-JavaScript form and any REST client.
 *
 * @param array<string, string> $errors    The gate's messages keyed by field or parameter.
 * @param WP_REST_Request       $request   The request.
 * @param bool                  $is_create Whether the request creates a listing.
 * @return array<string, string> The gate's messages and those the plugins added.
 */
function job_submit_block_other_plugins_messages( $errors, $request, $is_create ) {
	/**
	 * Filters the messages that refuse a listing write, before anything is written: add one
	 * to refuse it. Runs on every create and update of a listing through REST by someone
	 * allowed to make it (moderators too), after the plugin's own checks.
	 *
	 * A message keyed by a field key is shown under that field; one keyed by 'form' is about
	 * the submission as a whole and is shown in the form's status area. The request answers
	 * 400 rest_invalid_param with the messages in data.params. The plugin's own messages
	 * cannot be taken away here.
	 *
	 * @param array<string, string> $messages  Messages keyed by field key, or 'form'; empty
	 *                                         when the plugin found nothing wrong.
	 * @param WP_REST_Request       $request   The request; job_submit_block_request_form()
	 *                                         reads the form it came from.
	 * @param bool                  $is_create Whether it creates a listing.
	 */
	$filtered = apply_filters( 'job_submit_block_validate_listing', $errors, $request, $is_create );
	if ( ! is_array( $filtered ) ) {
		return $errors;
	}
	$added = array();
	foreach ( $filtered as $key => $message ) {
		if ( is_string( $key ) && is_string( $message ) && '' !== trim( $message ) ) {
			$added[ $key ] = $message;
		}
	}
	return $errors + $added;
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
	// A member marks their own live listing filled, and nothing else (see the policy).
	$post_id    = (int) ( $request->get_url_params()['id'] ?? 0 );
	$post       = $post_id ? get_post( $post_id ) : null;
	$may_fill   = $post && 'fill' === job_submit_block_requested_member_action( $request, $post ) && job_submit_block_member_may( 'fill', $post );
	$member_set = $may_fill ? array( '_filled' ) : array();
	foreach ( job_submit_block_fields_from( 'meta' ) as $field ) {
		if ( $field['adminOnly'] && array_key_exists( $field['property'], $meta ) && ! in_array( $field['property'], $member_set, true ) ) {
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
 * Lists only the member's own listings when a non-moderator asks for statuses that are not
 * public (rest_job_listing_query), so that neither the body nor X-WP-Total nor
 * X-WP-TotalPages tell anything of other members' listings.
 *
 * @param array           $args    WP_Query arguments.
 * @param WP_REST_Request $request The request.
 * @return array
 */
function job_submit_block_scope_listing_query( $args, $request ) {
	unset( $request );
	if ( job_submit_block_current_user_moderates() ) {
		return $args;
	}
	$statuses = (array) ( $args['post_status'] ?? 'publish' );
	if ( array( 'publish' ) !== array_values( array_unique( $statuses ) ) ) {
		$user_id = get_current_user_id();
		// Author 0 would mean any author: a visitor without an account sees none.
		$args['author']         = $user_id;
		$args['author__in']     = array();
		$args['author__not_in'] = array();
		if ( ! $user_id ) {
			$args['post__in'] = array( 0 );
		}
	}
	return $args;
}
