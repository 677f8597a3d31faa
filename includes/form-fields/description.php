<?php
/**
 * The job description's paragraphs: a description typed without formatting (the form
 * without JavaScript is a plain textarea) keeps its paragraphs, one per block of lines
 * separated by a blank line, as WordPress's own wpautop() makes them. A description with
 * markup (the formatting toolbar's) is left to the allowed-HTML filter that follows.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Turns a plain-text description sent by the form without JavaScript into paragraphs
 * (rest_pre_insert_job_listing, before the member's content is filtered to the allowed
 * HTML). The form hands its post to the REST route inside WordPress: an internal request.
 *
 * @param stdClass $prepared The post about to be written.
 * @return stdClass
 */
function job_submit_block_paragraphs_from_plain_text( $prepared ) {
	$from_form = job_submit_block_serving_rest() && ! wp_is_serving_rest_request();
	if ( $from_form && isset( $prepared->post_content ) && is_string( $prepared->post_content ) && '' !== trim( $prepared->post_content ) && wp_strip_all_tags( $prepared->post_content ) === $prepared->post_content ) {
		$prepared->post_content = trim( wpautop( $prepared->post_content ) );
	}
	return $prepared;
}
