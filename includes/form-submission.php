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
 * The next form block rendered on this page: its short id ("{post ID}:{index}", in document
 * order; drafts and the no-JavaScript result are kept by it), the page's address and the
 * signed identity the server reads its rules from (see job_submit_block_form_token()).
 *
 * @param array $attributes The block's attributes.
 * @param int   $post_id    The post the block is rendered for.
 * @return array{id: string, url: string, token: string}
 */
function job_submit_block_form_instance( $attributes, $post_id ) {
	static $counts      = array();
	$counts[ $post_id ] = isset( $counts[ $post_id ] ) ? $counts[ $post_id ] + 1 : 0;
	$id                 = $post_id . ':' . $counts[ $post_id ];
	$url                = job_submit_block_current_page_url();
	return array(
		'id'    => $id,
		'url'   => $url,
		'token' => job_submit_block_form_token( $attributes, $id, $url ),
	);
}

/**
 * The address of the page being shown, where a form or a list sends its member back: the
 * post or page itself, or, on an archive, a search or the blog (a block in a template part
 * such as the footer), the address asked for. Not get_permalink(), which there is the post
 * the loop last reached.
 *
 * @return string
 */
function job_submit_block_current_page_url() {
	global $wp;
	if ( is_singular() ) {
		$url = (string) get_permalink( get_queried_object_id() );
		if ( '' !== $url ) {
			return $url;
		}
	}
	$path = $wp instanceof WP ? (string) $wp->request : '';
	$url  = home_url( user_trailingslashit( $path ) );
	return $wp instanceof WP && '' !== $wp->query_string ? $url . '?' . $wp->query_string : $url;
}

/**
 * The outcome of this request's form post for a form, if it was posted.
 *
 * @param string     $form_id The form's short id; '*' for a post whose form is not known.
 * @param array|null $result  The outcome to record; null to read.
 * @return array Empty, or created (a post ID), or values, errors and notice.
 */
function job_submit_block_no_script_result( $form_id, $result = null ) {
	static $results = array();
	if ( null !== $result ) {
		$results[ $form_id ] = $result;
	}
	// A post whose form is not known is answered by every form on the page.
	if ( isset( $results[ $form_id ] ) || isset( $results['*'] ) ) {
		return $results[ $form_id ] ?? $results['*'];
	}
	foreach ( array(
		'job_submitted' => 'created',
		'job_saved'     => 'saved',
	) as $param => $outcome ) {
		$listing = isset( $_GET[ $param ], $_GET['job_form'] ) && $form_id === $_GET['job_form'] ? absint( $_GET[ $param ] ) : 0; // phpcs:ignore WordPress.Security.NonceVerification -- only shows the member's own listing.
		if ( $listing && get_current_user_id() === (int) get_post_field( 'post_author', $listing ) ) {
			return array( $outcome => $listing );
		}
	}
	return array();
}

/**
 * Handles a form posted without JavaScript (template_redirect, before any output).
 *
 * A refused submission shows the page again, with the form, the member's input and the
 * messages, under the refusal's 4xx status.
 */
function job_submit_block_handle_form_post() {
	$method = isset( $_SERVER['REQUEST_METHOD'] ) ? sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) : '';
	if ( 'post' !== $method || ! isset( $_POST['job_submit_form'] ) ) {
		return;
	}
	$token   = is_string( $_POST['job_submit_form'] ) ? wp_unslash( $_POST['job_submit_form'] ) : '';
	$form    = job_submit_block_read_form_token( $token );
	$form_id = $form ? $form['id'] : '*';
	$posted  = isset( $_POST['job'] ) && is_array( $_POST['job'] ) ? wp_unslash( $_POST['job'] ) : array();
	$values  = job_submit_block_values_from_post( $posted );

	if ( ! is_user_logged_in() ) {
		return;
	}
	$nonce = isset( $_POST['job_submit_nonce'] ) && is_string( $_POST['job_submit_nonce'] ) ? sanitize_text_field( wp_unslash( $_POST['job_submit_nonce'] ) ) : '';
	if ( ! wp_verify_nonce( $nonce, 'job_submit_block_form' ) ) {
		status_header( 403 );
		job_submit_block_no_script_result(
			$form_id,
			array(
				'values' => $values,
				'notice' => __( 'Your session had expired. Please check your entries and submit again.', 'job-submit-block' ),
			)
		);
		return;
	}

	// The form's edit mode saves the listing it names, as an update under the same gate.
	$listing_id  = absint( job_submit_block_posted_text( 'job_listing_id' ) );
	$request     = new WP_REST_Request( 'POST', '/wp/v2/job-listings' . ( $listing_id ? '/' . $listing_id : '' ) );
	$bookkeeping = array(
		// This form always names itself: a missing or broken identity is refused, not
		// read as a client that names no form.
		'job_submit_form' => $form ? $token : 'missing',
		'job_submit_hp'   => job_submit_block_posted_text( 'job_submit_hp' ),
	);
	if ( ! $listing_id ) {
		$bookkeeping['idempotency_key'] = job_submit_block_posted_text( 'job_submit_key' );
	}
	$request->set_body_params( job_submit_block_rest_record( $values ) + $bookkeeping );
	$logo = job_submit_block_posted_logo( $form, $request );
	// A new listing with a logo is announced once the logo is stored too: a logo refused
	// even then deletes the listing, which nobody must have heard of.
	job_submit_block_holding_announcement( null !== $logo && ! $listing_id );
	job_submit_block_serving_rest( true );
	$response = rest_do_request( $request );
	job_submit_block_serving_rest( false );
	$response = job_submit_block_store_posted_logo( $response, $logo, ! $listing_id );

	job_submit_block_holding_announcement( false );
	$data = $response->get_data();
	// The listing is whole now. Its mark says it waits to be announced: just created, or
	// created by a send whose request died before its logo was stored (this one a replay).
	if ( ! $response->is_error() && ! $listing_id && isset( $data['id'] ) && get_post_meta( (int) $data['id'], JOB_SUBMIT_BLOCK_UNANNOUNCED_META, true ) ) {
		job_submit_block_serving_rest( true );
		job_submit_block_announce_listing( get_post( (int) $data['id'] ), $request );
		job_submit_block_serving_rest( false );
	}
	if ( ! $response->is_error() && isset( $data['id'] ) ) {
		$redirect = $form && ! $listing_id ? job_submit_block_form_config( $form['rules'] )['redirectUrl'] : '';
		if ( '' === $redirect ) {
			$redirect = add_query_arg(
				array(
					$listing_id ? 'job_saved' : 'job_submitted' => (int) $data['id'],
					'job_form' => $form_id,
				),
				$form ? $form['url'] : home_url( '/' )
			);
		}
		wp_safe_redirect( $redirect, 303 );
		exit;
	}
	status_header( $response->is_error() ? $response->get_status() : 400 );
	$errors = is_array( $data['data']['params'] ?? null ) ? $data['data']['params'] : array();
	// Messages about the form itself (its identity, another plugin's refusal) have no field
	// to stand under, nor have those about a field this form does not show: as the script
	// does, they go to the notice.
	$shown      = $form ? wp_list_pluck( job_submit_block_form_config( $form['rules'] )['fields'], 'key' ) : array_keys( job_submit_block_fields() );
	$about_form = array_diff_key( $errors, array_flip( $shown ) );
	if ( $about_form ) {
		$notice = (string) reset( $about_form );
	} elseif ( $errors ) {
		$notice = __( 'Please correct the highlighted fields.', 'job-submit-block' );
	} else {
		$notice = (string) ( $data['message'] ?? __( 'The listing could not be submitted. Please try again.', 'job-submit-block' ) );
	}
	job_submit_block_no_script_result(
		$form_id,
		array(
			'values' => $values,
			'errors' => $errors,
			'notice' => $notice,
		)
	);
}

/**
 * A posted text field of the form's own (not a job field), unslashed; '' when absent or not
 * text.
 *
 * @param string $name The field's name.
 * @return string
 */
function job_submit_block_posted_text( $name ) {
	// Checked by the REST route, exactly as sent.
	return isset( $_POST[ $name ] ) && is_string( $_POST[ $name ] ) ? wp_unslash( $_POST[ $name ] ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Missing -- called only after job_submit_block_handle_form_post() verified the nonce.
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
			? job_submit_block_posted_term_ids( (array) $posted[ $key ] )
			: ( is_scalar( $posted[ $key ] ) ? (string) $posted[ $key ] : '' );
	}
	return $values;
}

/**
 * The term IDs posted for a taxonomy field. The "None" of an optional single choice posts an
 * empty value, which chooses no term; anything else goes to the server as a number, where a
 * word (0) is refused as a term that does not exist.
 *
 * @param array $posted The posted values.
 * @return int[]
 */
function job_submit_block_posted_term_ids( $posted ) {
	$chosen = array_filter(
		$posted,
		static function ( $value ) {
			return '' !== $value;
		}
	);
	return array_values( array_map( 'intval', $chosen ) );
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
