<?php
/**
 * POST /job-submit-block/v1/listings/<id>/logo: one image, the company logo, for a listing
 * the member may edit (their own, while WordPress lets them edit it). Members never get
 * upload_files or the media library: this route is their only way to store a file, and it
 * stores only a checked, re-encoded image, attached to that listing as its featured image
 * (where WP Job Manager keeps a company logo). A new logo replaces the listing's previous
 * one, so a retried upload never leaves two.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_REST_NAMESPACE = 'job-submit-block/v1';

/**
 * On a logo attachment: the listing it was uploaded for.
 */
const JOB_SUBMIT_BLOCK_LOGO_META = '_job_submit_block_logo_for';

/**
 * On a listing a member just created: until when its first logo may follow the create, even
 * where the site's policy would not let the member edit it (a new listing published at once
 * while live edits are off, or WP Job Manager's pending edits off).
 */
const JOB_SUBMIT_BLOCK_LOGO_WINDOW_META = '_job_submit_block_logo_window';

/** How long the logo may follow the create of its listing. */
const JOB_SUBMIT_BLOCK_LOGO_WINDOW = 10 * MINUTE_IN_SECONDS;

/**
 * Registers the logo route (rest_api_init).
 */
function job_submit_block_register_logo_route() {
	register_rest_route(
		JOB_SUBMIT_BLOCK_REST_NAMESPACE,
		'/listings/(?P<id>[\d]+)/logo',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'job_submit_block_upload_logo',
			'permission_callback' => 'job_submit_block_may_upload_logo',
			'args'                => array(
				'id' => array(
					'description' => __( 'The listing the logo is for.', 'job-submit-block' ),
					'type'        => 'integer',
					'minimum'     => 1,
				),
			),
		)
	);
}

/**
 * Opens the window in which the logo of a listing a member just created may follow it.
 *
 * @param int $post_id The listing.
 */
function job_submit_block_open_logo_window( $post_id ) {
	update_post_meta( $post_id, JOB_SUBMIT_BLOCK_LOGO_WINDOW_META, time() + JOB_SUBMIT_BLOCK_LOGO_WINDOW );
}

/**
 * Whether the listing was just created and still waits for its first logo.
 *
 * @param WP_Post $post The listing.
 * @return bool
 */
function job_submit_block_logo_window_open( $post ) {
	$until = (int) get_post_meta( $post->ID, JOB_SUBMIT_BLOCK_LOGO_WINDOW_META, true );
	return $until >= time() && in_array( job_submit_block_listing_state( $post ), array( 'pending', 'live' ), true );
}

/**
 * Whether the current user may give this listing a logo: logged in, and allowed to edit it;
 * a member, only as the site's policy lets them edit it now (a new logo is an edit), or just
 * after creating it.
 *
 * @param WP_REST_Request $request The request.
 * @return true|WP_Error
 */
function job_submit_block_may_upload_logo( $request ) {
	if ( ! is_user_logged_in() ) {
		return new WP_Error( 'rest_not_logged_in', __( 'Please log in to add a logo.', 'job-submit-block' ), array( 'status' => 401 ) );
	}
	$post = get_post( (int) $request['id'] );
	// Another member's listing is answered as one that does not exist: nothing is told of it.
	if ( ! $post || 'job_listing' !== $post->post_type || ! current_user_can( 'edit_post', $post->ID ) ) {
		$own = $post && 'job_listing' === $post->post_type && get_current_user_id() === (int) $post->post_author;
		return new WP_Error(
			$own ? 'job_submit_logo_forbidden' : 'rest_post_invalid_id',
			$own ? __( 'This listing can no longer be changed.', 'job-submit-block' ) : __( 'You can add a logo only to your own listing.', 'job-submit-block' ),
			array( 'status' => $own ? 403 : 404 )
		);
	}
	if ( ! job_submit_block_current_user_moderates() && ! job_submit_block_logo_window_open( $post ) && ! job_submit_block_member_may( 'edit', $post ) ) {
		return new WP_Error( 'job_submit_logo_forbidden', __( 'This listing can no longer be changed.', 'job-submit-block' ), array( 'status' => 403 ) );
	}
	return true;
}

/**
 * Stores the uploaded logo for the listing.
 *
 * @param WP_REST_Request $request The request, with the image as the multipart field "logo".
 * @return WP_REST_Response|WP_Error
 */
function job_submit_block_upload_logo( $request ) {
	$post_id = (int) $request['id'];
	$user_id = get_current_user_id();
	if ( ! job_submit_block_current_user_moderates() ) {
		$wait = job_submit_block_logo_budget_wait( $user_id );
		if ( $wait > 0 ) {
			$refusal = new WP_Error(
				'job_submit_logo_rate_limited',
				sprintf(
					/* translators: %d: minutes to wait. */
					_n( 'You have uploaded many logos this hour. Please try again in %d minute.', 'You have uploaded many logos this hour. Please try again in %d minutes.', (int) ceil( $wait / MINUTE_IN_SECONDS ), 'job-submit-block' ),
					(int) ceil( $wait / MINUTE_IN_SECONDS )
				),
				array( 'status' => 429 )
			);
			$response = rest_convert_error_to_response( $refusal );
			$response->header( 'Retry-After', (string) $wait );
			return $response;
		}
	}
	$files = $request->get_file_params();
	$file  = $files['logo'] ?? null;
	$image = job_submit_block_check_logo_file( $file );
	if ( is_wp_error( $image ) ) {
		return $image;
	}
	// Counted once checked: a refused file does not use the budget, a stored one does.
	if ( ! job_submit_block_current_user_moderates() ) {
		job_submit_block_log_logo_upload( $user_id );
	}
	$clean = job_submit_block_reencode_logo( $file['tmp_name'], $image, $post_id );
	if ( is_wp_error( $clean ) ) {
		return $clean;
	}
	$before        = get_post( $post_id );
	$attachment_id = job_submit_block_attach_logo( $clean, $image, $post_id, $user_id );
	if ( is_wp_error( $attachment_id ) ) {
		wp_delete_file( $clean['file'] );
		return $attachment_id;
	}
	if ( ! job_submit_block_current_user_moderates() ) {
		job_submit_block_after_member_logo( $before );
	}
	$response = rest_ensure_response(
		array(
			'id'      => $attachment_id,
			'listing' => $post_id,
			'url'     => wp_get_attachment_url( $attachment_id ),
			'width'   => $image['width'],
			'height'  => $image['height'],
			'type'    => $image['mime'],
		)
	);
	$response->set_status( 201 );
	return $response;
}

/**
 * Makes the clean file an attachment of the listing and its featured image, and removes the
 * logo it replaces.
 *
 * @param array $clean   The re-encoded file and its address.
 * @param array $image   The image's type and size.
 * @param int   $post_id The listing.
 * @param int   $user_id The member.
 * @return int|WP_Error The attachment.
 */
function job_submit_block_attach_logo( $clean, $image, $post_id, $user_id ) {
	$attachment_id = wp_insert_attachment(
		array(
			// Not the listing's title: WordPress counts the media a search finds (X-WP-Total)
			// before it drops what the reader may not see, so a logo titled after a listing
			// under review would tell anyone that a listing of that title exists. The media
			// library shows the listing the logo was uploaded to.
			'post_title'     => __( 'Company logo', 'job-submit-block' ),
			'post_mime_type' => $image['mime'],
			'post_status'    => 'inherit',
			'post_author'    => $user_id,
			'guid'           => $clean['url'],
		),
		$clean['file'],
		$post_id,
		true
	);
	if ( is_wp_error( $attachment_id ) ) {
		return new WP_Error( 'job_submit_logo_storage', __( 'The logo could not be stored. Please try again later.', 'job-submit-block' ), array( 'status' => 500 ) );
	}
	update_post_meta( $attachment_id, JOB_SUBMIT_BLOCK_LOGO_META, $post_id );
	require_once ABSPATH . 'wp-admin/includes/image.php';
	wp_update_attachment_metadata( $attachment_id, wp_generate_attachment_metadata( $attachment_id, $clean['file'] ) );
	$previous = (int) get_post_thumbnail_id( $post_id );
	set_post_thumbnail( $post_id, $attachment_id );
	if ( $previous && $previous !== $attachment_id && (int) get_post_meta( $previous, JOB_SUBMIT_BLOCK_LOGO_META, true ) === $post_id ) {
		wp_delete_attachment( $previous, true );
	}
	return $attachment_id;
}

/**
 * After a member stored a logo: the listing's first logo closes the window its create opened;
 * any other is an edit, and leaves the listing in the status the policy gives an edit (back
 * in review, where the site says so, with the moderators told).
 *
 * @param WP_Post $before The listing before the logo.
 */
function job_submit_block_after_member_logo( $before ) {
	if ( job_submit_block_logo_window_open( $before ) ) {
		delete_post_meta( $before->ID, JOB_SUBMIT_BLOCK_LOGO_WINDOW_META );
		return;
	}
	$status = job_submit_block_status_after_member_update( $before, 'edit' );
	if ( $status === $before->post_status ) {
		return;
	}
	wp_update_post(
		array(
			'ID'          => $before->ID,
			'post_status' => $status,
		)
	);
	job_submit_block_tell_moderators_if_back_in_review( $before->ID, $before->post_status, 'edit' );
}
