<?php
/**
 * The form without JavaScript: it posts to its own page, where the listing is created through
 * the same REST route the script uses (one validation path, the same messages), then the
 * browser is sent on (post/redirect/get) or the form is shown again with the input kept.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The identity of the next form block rendered for a post: "{post ID}:{index}", in document
 * order, as job_submit_block_find_form_attributes() finds it again.
 *
 * @param int $post_id The post holding the block.
 * @return string
 */
function job_submit_block_next_form_id( $post_id ) {
	static $counts = array();
	$counts[ $post_id ] = isset( $counts[ $post_id ] ) ? $counts[ $post_id ] + 1 : 0;
	return $post_id . ':' . $counts[ $post_id ];
}

/**
 * The outcome of this request's form post for a form, if it was posted.
 *
 * @param string     $form_id The form.
 * @param array|null $result  The outcome to record; null to read.
 * @return array Empty, or created (a post ID), or values, errors and notice.
 */
function job_submit_block_no_script_result( $form_id, $result = null ) {
	static $results = array();
	if ( null !== $result ) {
		$results[ $form_id ] = $result;
	}
	if ( isset( $results[ $form_id ] ) ) {
		return $results[ $form_id ];
	}
	$created = isset( $_GET['job_submitted'], $_GET['job_form'] ) && $form_id === $_GET['job_form'] ? absint( $_GET['job_submitted'] ) : 0; // phpcs:ignore WordPress.Security.NonceVerification -- only shows the member's own listing.
	if ( $created && get_current_user_id() === (int) get_post_field( 'post_author', $created ) ) {
		return array( 'created' => $created );
	}
	return array();
}

/**
 * Handles a form posted without JavaScript (template_redirect, before any output).
 */
function job_submit_block_handle_form_post() {
	if ( 'POST' !== ( $_SERVER['REQUEST_METHOD'] ?? '' ) || ! isset( $_POST['job_submit_form'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification -- checked below.
		return;
	}
	$form_id = sanitize_text_field( wp_unslash( $_POST['job_submit_form'] ) ); // phpcs:ignore WordPress.Security.NonceVerification
	$posted  = isset( $_POST['job'] ) && is_array( $_POST['job'] ) ? wp_unslash( $_POST['job'] ) : array(); // phpcs:ignore WordPress.Security.NonceVerification, WordPress.Security.ValidatedSanitizedInput -- validated and sanitized by the REST route.
	$values  = job_submit_block_values_from_post( $posted );

	if ( ! is_user_logged_in() ) {
		return;
	}
	if ( ! wp_verify_nonce( sanitize_text_field( wp_unslash( $_POST['job_submit_nonce'] ?? '' ) ), 'job_submit_block_form' ) ) {
		job_submit_block_no_script_result(
			$form_id,
			array(
				'values' => $values,
				'notice' => __( 'Your session had expired. Please check your entries and submit again.', 'job-submit-block' ),
			)
		);
		return;
	}

	$request = new WP_REST_Request( 'POST', '/wp/v2/job-listings' );
	$request->set_body_params(
		job_submit_block_rest_record( $values ) + array(
			'job_submit_form' => $form_id,
			'job_submit_hp'   => sanitize_text_field( wp_unslash( $_POST['job_submit_hp'] ?? '' ) ),
			'idempotency_key' => sanitize_text_field( wp_unslash( $_POST['job_submit_key'] ?? '' ) ),
		)
	);
	$response = rest_do_request( $request );
	$data     = $response->get_data();
	if ( ! $response->is_error() && isset( $data['id'] ) ) {
		$attributes = job_submit_block_find_form_attributes( $form_id );
		$redirect   = $attributes ? job_submit_block_form_config( $attributes )['redirectUrl'] : '';
		if ( '' === $redirect ) {
			$redirect = add_query_arg(
				array(
					'job_submitted' => (int) $data['id'],
					'job_form'      => $form_id,
				),
				(string) get_permalink( (int) strtok( $form_id, ':' ) )
			);
		}
		wp_safe_redirect( $redirect, 303 );
		exit;
	}
	job_submit_block_no_script_result(
		$form_id,
		array(
			'values' => $values,
			'errors' => (array) ( $data['data']['params'] ?? array() ),
			'notice' => isset( $data['data']['params'] )
				? __( 'Please correct the highlighted fields.', 'job-submit-block' )
				: (string) ( $data['message'] ?? __( 'The listing could not be submitted. Please try again.', 'job-submit-block' ) ),
		)
	);
}

/**
 * The posted values of the form's fields, by field key.
 *
 * @param array $posted The posted `job` array.
 * @return array
 */
function job_submit_block_values_from_post( $posted ) {
	$values = array();
	foreach ( job_submit_block_fields() as $key => $field ) {
		if ( ! array_key_exists( $key, $posted ) ) {
			if ( 'checkbox' === ( $field['control'] ?? '' ) ) {
				$values[ $key ] = 0;
			}
			continue;
		}
		$values[ $key ] = 'taxonomy' === $field['source']
			? array_map( 'intval', (array) $posted[ $key ] )
			: ( is_scalar( $posted[ $key ] ) ? (string) $posted[ $key ] : '' );
	}
	return $values;
}

/**
 * The REST record of a listing from values by field key: core fields, meta and terms where
 * the field definition puts them.
 *
 * @param array $values Values by field key.
 * @return array
 */
function job_submit_block_rest_record( $values ) {
	$record = array( 'meta' => array() );
	foreach ( job_submit_block_fields() as $key => $field ) {
		if ( ! array_key_exists( $key, $values ) || $field['adminOnly'] ) {
			continue;
		}
		$value = 'integer' === $field['type'] ? (int) (bool) $values[ $key ] : $values[ $key ];
		if ( 'meta' === $field['source'] ) {
			$record['meta'][ $field['property'] ] = $value;
		} else {
			$record[ $field['property'] ] = $value;
		}
	}
	return $record;
}

/**
 * The message that replaces the form once the listing is in.
 *
 * @param array $config  The resolved form configuration.
 * @param int   $post_id The listing.
 * @return string HTML.
 */
function job_submit_block_success_html( $config, $post_id ) {
	$live = 'publish' === get_post_status( $post_id );
	if ( '' !== $config['successMessage'] ) {
		$message = esc_html( $config['successMessage'] );
	} elseif ( $live ) {
		$message = esc_html__( 'Your job listing is live.', 'job-submit-block' );
	} else {
		$message = esc_html__( 'Thank you! Your job listing has been submitted and is awaiting review.', 'job-submit-block' );
	}
	if ( $live ) {
		$message .= sprintf( ' <a href="%1$s">%2$s</a>', esc_url( (string) get_permalink( $post_id ) ), esc_html__( 'View your listing', 'job-submit-block' ) );
	}
	return sprintf( '<div class="wp-block-job-submit-block-form__notice is-success" role="status"><p>%s</p></div>', $message );
}
