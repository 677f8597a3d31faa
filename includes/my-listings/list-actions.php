<?php
/**
 * The list's actions without JavaScript: each posts a nonce-checked form to the page, where
 * it is handed to the same REST route the view script uses (so the gate decides, the same
 * way), then the browser is sent back to the page (post/redirect/get) with the outcome.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The outcome of this request's posted list action, or of the one the redirect names.
 *
 * @param array|null $result The outcome to record; null to read.
 * @return array 'message', 'error', or 'confirm' (a listing whose withdrawal to confirm).
 */
function job_submit_block_list_action_result( $result = null ) {
	static $recorded = null;
	if ( null !== $result ) {
		$recorded = $result;
	}
	if ( null !== $recorded ) {
		return $recorded;
	}
	// phpcs:disable WordPress.Security.NonceVerification -- only names the member's own listing and what was done.
	$done = isset( $_GET['listing_done'] ) ? sanitize_key( wp_unslash( $_GET['listing_done'] ) ) : '';
	$post = isset( $_GET['listing_id'] ) ? get_post( absint( $_GET['listing_id'] ) ) : null;
	// phpcs:enable
	if ( '' === $done || ! $post || 'job_listing' !== $post->post_type || get_current_user_id() !== (int) $post->post_author ) {
		return array();
	}
	return array( 'message' => job_submit_block_list_action_message( $done, $post ) );
}

/**
 * What the member is told once an action is done.
 *
 * @param string  $action 'fill', 'unfill', 'relist' or 'withdraw'.
 * @param WP_Post $post   The listing, as it is now.
 * @return string
 */
function job_submit_block_list_action_message( $action, $post ) {
	$title = $post->post_title;
	switch ( $action ) {
		case 'fill':
			/* translators: %s: listing title. */
			return sprintf( __( '“%s” is marked filled.', 'job-submit-block' ), $title );
		case 'unfill':
			/* translators: %s: listing title. */
			return sprintf( __( '“%s” is marked not filled.', 'job-submit-block' ), $title );
		case 'relist':
			return 'publish' === $post->post_status
				/* translators: %s: listing title. */
				? sprintf( __( '“%s” is relisted and live.', 'job-submit-block' ), $title )
				/* translators: %s: listing title. */
				: sprintf( __( '“%s” is relisted and awaits review.', 'job-submit-block' ), $title );
		case 'withdraw':
			/* translators: %s: listing title. */
			return sprintf( __( '“%s” is withdrawn.', 'job-submit-block' ), $title );
	}
	return '';
}

/**
 * The REST request that does a list action.
 *
 * @param string $action  'fill', 'unfill', 'relist' or 'withdraw'.
 * @param int    $post_id The listing.
 * @return WP_REST_Request|null Null for an unknown action.
 */
function job_submit_block_list_action_request( $action, $post_id ) {
	$route = '/wp/v2/job-listings/' . $post_id;
	switch ( $action ) {
		case 'withdraw':
			return new WP_REST_Request( 'DELETE', $route );
		case 'fill':
		case 'unfill':
			$request = new WP_REST_Request( 'POST', $route );
			$request->set_body_params( array( 'meta' => array( '_filled' => 'fill' === $action ? 1 : 0 ) ) );
			return $request;
		case 'relist':
			$request = new WP_REST_Request( 'POST', $route );
			$request->set_body_params( array( 'status' => 'pending' ) );
			return $request;
	}
	return null;
}

/**
 * Handles a list action posted without JavaScript (template_redirect, before any output).
 */
function job_submit_block_handle_list_action_post() {
	$method = isset( $_SERVER['REQUEST_METHOD'] ) ? sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) : '';
	if ( 'post' !== $method || ! isset( $_POST['job_listing_action'] ) || ! is_user_logged_in() ) {
		return;
	}
	$nonce = isset( $_POST['job_listing_nonce'] ) && is_string( $_POST['job_listing_nonce'] ) ? sanitize_text_field( wp_unslash( $_POST['job_listing_nonce'] ) ) : '';
	if ( ! wp_verify_nonce( $nonce, 'job_submit_block_listing_action' ) ) {
		status_header( 403 );
		job_submit_block_list_action_result(
			array(
				'message' => __( 'Your session had expired. Please try again.', 'job-submit-block' ),
				'error'   => true,
			)
		);
		return;
	}
	$action  = is_string( $_POST['job_listing_action'] ) ? sanitize_key( wp_unslash( $_POST['job_listing_action'] ) ) : '';
	$post_id = isset( $_POST['job_listing_id'] ) && is_scalar( $_POST['job_listing_id'] ) ? absint( $_POST['job_listing_id'] ) : 0;
	if ( 'withdraw' === $action ) {
		// Asked first, on the page: withdrawing takes the listing off the site.
		job_submit_block_list_action_result( array( 'confirm' => $post_id ) );
		return;
	}
	if ( 'confirm-withdraw' === $action ) {
		$action = 'withdraw';
	}
	$request = job_submit_block_list_action_request( $action, $post_id );
	if ( ! $request ) {
		status_header( 400 );
		job_submit_block_list_action_result(
			array(
				'message' => __( 'That action is not known.', 'job-submit-block' ),
				'error'   => true,
			)
		);
		return;
	}
	// A relist of a listing that has not expired would be a harmless edit to the REST route;
	// on the list it is a mistake to say so. The policy is the gate's own.
	$post = get_post( $post_id );
	if ( 'relist' === $action && $post && 'expired' !== $post->post_status && current_user_can( 'read_post', $post_id ) ) {
		status_header( 403 );
		job_submit_block_list_action_result(
			array(
				'message' => __( 'Only an expired listing can be relisted.', 'job-submit-block' ),
				'error'   => true,
			)
		);
		return;
	}
	job_submit_block_serving_rest( true );
	$response = rest_do_request( $request );
	job_submit_block_serving_rest( false );
	if ( ! $response->is_error() ) {
		$here = remove_query_arg( array( 'listing_done', 'listing_id' ), home_url( add_query_arg( array() ) ) );
		wp_safe_redirect(
			add_query_arg(
				array(
					'listing_done' => $action,
					'listing_id'   => $post_id,
				),
				$here
			),
			303
		);
		exit;
	}
	status_header( $response->get_status() );
	$data = $response->get_data();
	job_submit_block_list_action_result(
		array(
			'message' => (string) ( $data['message'] ?? __( 'That could not be done just now. Please try again.', 'job-submit-block' ) ),
			'error'   => true,
		)
	);
}
