<?php
/**
 * The terms checkbox: shown when the site builder picks a terms page for a form, required
 * then (the page is part of the form's signed identity, so the server requires it too), and
 * recorded on the listing with the time and the revision of the page the member accepted.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_TERMS_FIELD = 'terms_accepted';

/**
 * The terms page a form links to, when one is chosen and published.
 *
 * @param array $attributes The block's attributes (or a form identity's rules).
 * @return int The page, or 0.
 */
function job_submit_block_terms_page( $attributes ) {
	$page_id = (int) ( $attributes['termsPageId'] ?? 0 );
	return $page_id && 'publish' === get_post_status( $page_id ) ? $page_id : 0;
}

/**
 * The terms field as a form shows it: with a link to the page, and required; null when the
 * form has no terms page, and so no terms field.
 *
 * @param array $resolved   The field as the form resolved it.
 * @param array $attributes The block's attributes.
 * @return array|null
 */
function job_submit_block_resolve_terms_field( $resolved, $attributes ) {
	$page_id = job_submit_block_terms_page( $attributes );
	if ( ! $page_id ) {
		return null;
	}
	$resolved['required'] = true;
	$resolved['link']     = array(
		'url'  => (string) get_permalink( $page_id ),
		'text' => get_the_title( $page_id ),
	);
	return $resolved;
}

/**
 * Records the member's acceptance on a listing a form with a terms page created
 * (job_submit_block_listing_submitted): when, which page, and which revision of it.
 *
 * @param WP_Post         $post    The listing.
 * @param WP_REST_Request $request The request.
 * @param array|null      $form    The form identity, or null.
 */
function job_submit_block_record_terms_acceptance( $post, $request, $form ) {
	unset( $request );
	$page_id = is_array( $form ) ? job_submit_block_terms_page( $form['rules'] ) : 0;
	if ( ! $page_id || ! (int) get_post_meta( $post->ID, '_job_terms_accepted', true ) ) {
		return;
	}
	// The newest revision is the text the member read; a page without revisions is its own.
	$revisions = wp_get_post_revisions(
		$page_id,
		array(
			'posts_per_page' => 1,
			'fields'         => 'ids',
		)
	);
	update_post_meta( $post->ID, '_job_terms_accepted_at', gmdate( 'Y-m-d\TH:i:s\Z' ) );
	update_post_meta( $post->ID, '_job_terms_page', $page_id );
	update_post_meta( $post->ID, '_job_terms_page_revision', $revisions ? (int) reset( $revisions ) : $page_id );
	update_post_meta( $post->ID, '_job_terms_page_modified', (string) get_post_field( 'post_modified_gmt', $page_id ) );
}

/**
 * The link to the terms page, after the checkbox's label.
 *
 * @param array $field A resolved field.
 * @return string HTML; '' when the field has no link.
 */
function job_submit_block_field_link_html( $field ) {
	if ( empty( $field['link']['url'] ) ) {
		return '';
	}
	return sprintf(
		' <a class="wp-block-job-submit-block-form__terms-link" href="%1$s" target="_blank" rel="noopener">%2$s<span class="screen-reader-text"> %3$s</span></a>',
		esc_url( $field['link']['url'] ),
		esc_html( '' !== $field['link']['text'] ? $field['link']['text'] : __( 'Read the terms', 'job-submit-block' ) ),
		esc_html__( '(opens in a new tab)', 'job-submit-block' )
	);
}
