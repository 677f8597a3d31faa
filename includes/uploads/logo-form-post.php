<?php
/**
 * The company logo without JavaScript: the form posts the file with the listing, the file is
 * checked with the listing's fields (one answer with every message), and once the listing is
 * created the file goes through the logo route inside WordPress, as the script sends it.
 * If the logo is refused even then, the new listing is deleted: no listing without the logo
 * the member sent, and the form comes back with the message.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The logo posted with the form, if any, checked now so that its message comes with the
 * listing's other messages: a refusal is added to the create's through
 * job_submit_block_validate_listing.
 *
 * @param array|null      $form    The form identity, or null.
 * @param WP_REST_Request $request The create the form is about to send.
 * @return array|null The posted file, when there is one to store after the create.
 */
function job_submit_block_posted_logo( $form, $request ) {
	$fields = $form ? job_submit_block_form_config( $form['rules'] )['fields'] : array();
	$field  = wp_list_filter( $fields, array( 'control' => 'file' ) );
	$field  = $field ? reset( $field ) : null;
	if ( ! $field ) {
		return null;
	}
	// phpcs:ignore WordPress.Security.NonceVerification.Missing, WordPress.Security.ValidatedSanitizedInput -- the nonce was verified by the caller; the file is checked from its bytes.
	$file    = isset( $_FILES['job_submit_logo'] ) && is_array( $_FILES['job_submit_logo'] ) ? $_FILES['job_submit_logo'] : null;
	$given   = $file && UPLOAD_ERR_NO_FILE !== (int) ( $file['error'] ?? UPLOAD_ERR_NO_FILE );
	$problem = '';
	if ( $given ) {
		$checked = job_submit_block_check_logo_file( $file );
		if ( is_wp_error( $checked ) ) {
			$problem = $checked->get_error_message();
		} elseif ( ! job_submit_block_current_user_moderates() && job_submit_block_logo_budget_wait( get_current_user_id() ) > 0 ) {
			$problem = __( 'You have uploaded many logos this hour. Please try again later.', 'job-submit-block' );
		}
	} elseif ( $field['required'] && ! job_submit_block_updates_listing_with_logo( $request ) ) {
		/* translators: %s: field label. */
		$problem = sprintf( __( '%s is required.', 'job-submit-block' ), $field['label'] );
	}
	if ( '' !== $problem ) {
		add_filter(
			'job_submit_block_validate_listing',
			static function ( $messages, $checked_request ) use ( $request, $field, $problem ) {
				if ( $checked_request === $request ) {
					$messages[ $field['key'] ] = $problem;
				}
				return $messages;
			},
			10,
			2
		);
	}
	return $given && '' === $problem ? $file : null;
}

/**
 * Whether the form's request updates a listing that has a logo already: a file input cannot
 * be filled in again, and a save that sends no new logo keeps the one the listing has.
 *
 * @param WP_REST_Request $request The request the form built (an update names its listing).
 * @return bool
 */
function job_submit_block_updates_listing_with_logo( $request ) {
	if ( ! preg_match( '#^/wp/v2/job-listings/(\d+)$#', $request->get_route(), $match ) ) {
		return false;
	}
	return (bool) get_post_thumbnail_id( (int) $match[1] );
}

/**
 * Sends the posted logo of a listing just created (or saved) through the logo route; when it
 * is refused, answers with the refusal on the logo field, and deletes a listing just created
 * so that none is left without the logo the member chose. A saved listing keeps its changes.
 *
 * @param WP_REST_Response $created   The create's (or save's) answer.
 * @param array|null       $file      The posted file, or null when none.
 * @param bool             $is_create Whether the answer is of a create.
 * @return WP_REST_Response The answer, or the refusal.
 */
function job_submit_block_store_posted_logo( $created, $file, $is_create = true ) {
	$data = $created->get_data();
	if ( null === $file || $created->is_error() || empty( $data['id'] ) ) {
		return $created;
	}
	$upload = new WP_REST_Request( 'POST', '/' . JOB_SUBMIT_BLOCK_REST_NAMESPACE . '/listings/' . (int) $data['id'] . '/logo' );
	$upload->set_file_params( array( 'logo' => $file ) );
	job_submit_block_serving_rest( true );
	$stored = rest_do_request( $upload );
	job_submit_block_serving_rest( false );
	if ( ! $stored->is_error() ) {
		return $created;
	}
	if ( $is_create ) {
		wp_delete_post( (int) $data['id'], true );
	}
	$refusal = $stored->get_data();
	return rest_convert_error_to_response(
		job_submit_block_invalid_params_error( array( 'company_logo' => (string) ( $refusal['message'] ?? __( 'The logo could not be stored.', 'job-submit-block' ) ) ) )
	);
}
