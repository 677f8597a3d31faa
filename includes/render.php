<?php
/**
 * Server render of the job submission form.
 *
 * Logged-out visitors get the site builder's message with a login link and no form and no
 * script; users whose role may not post get a clear message; members get the form, and only
 * then is the view script enqueued.
 *
 * @package JobSubmitBlock
 *
 * @var array    $attributes The block's attributes.
 * @var string   $content    The block's inner content (unused: the block has none).
 * @var WP_Block $block      The block instance.
 */

defined( 'ABSPATH' ) || exit;

$job_submit_block_config = job_submit_block_form_config( $attributes );
$job_submit_block_form   = job_submit_block_form_instance( $attributes, (int) ( $block->context['postId'] ?? get_the_ID() ) );
$job_submit_block_extra  = job_submit_block_anchor_attributes( $attributes );

if ( ! is_user_logged_in() ) {
	$job_submit_block_inner = job_submit_block_logged_out_html( $job_submit_block_config['loggedOutMessage'] );
} elseif ( ! job_submit_block_current_user_may_submit() ) {
	$job_submit_block_inner = sprintf( '<div class="wp-block-job-submit-block-form__notice is-not-allowed"><p>%s</p></div>', esc_html( $job_submit_block_config['notAllowedMessage'] ) );
} else {
	$job_submit_block_result  = job_submit_block_no_script_result( $job_submit_block_form['id'] );
	$job_submit_block_edit_id = job_submit_block_requested_edit_listing();
	$job_submit_block_listing = $job_submit_block_edit_id ? get_post( $job_submit_block_edit_id ) : null;
	if ( isset( $job_submit_block_result['saved'] ) ) {
		$job_submit_block_inner = job_submit_block_saved_html( $job_submit_block_result['saved'] );
	} elseif ( isset( $job_submit_block_result['created'] ) ) {
		$job_submit_block_inner = job_submit_block_success_html( $job_submit_block_config, $job_submit_block_result['created'] );
	} elseif ( $job_submit_block_edit_id && ( ! $job_submit_block_listing || ! job_submit_block_member_may( 'edit', $job_submit_block_listing ) ) ) {
		// Edit mode: only the author, only while the listing may be edited (see my-listings/policy.php).
		$job_submit_block_inner = job_submit_block_not_editable_html();
	} else {
		$job_submit_block_values = $job_submit_block_result['values'] ?? array();
		if ( $job_submit_block_listing ) {
			$job_submit_block_config['submitLabel'] = __( 'Save changes', 'job-submit-block' );
			$job_submit_block_config['fields']      = job_submit_block_fields_for_editing( $job_submit_block_config['fields'], $job_submit_block_listing );
			$job_submit_block_form['listingId']     = $job_submit_block_listing->ID;
			// Posted back to the edit mode, so that a refusal shows this listing's form again.
			$job_submit_block_form['url'] = add_query_arg( 'edit_listing', $job_submit_block_listing->ID, $job_submit_block_form['url'] );
			$job_submit_block_values     += job_submit_block_listing_form_values( $job_submit_block_listing );
		}
		$job_submit_block_inner = job_submit_block_form_html(
			$job_submit_block_config,
			$job_submit_block_form,
			$job_submit_block_values,
			$job_submit_block_result['errors'] ?? array(),
			$job_submit_block_result['notice'] ?? ''
		);
		job_submit_block_enqueue_view_script();
		$job_submit_block_client = job_submit_block_client_config( $job_submit_block_config, $job_submit_block_form );
		if ( $job_submit_block_listing ) {
			$job_submit_block_client['formId'] .= ':edit-' . $job_submit_block_listing->ID;
			$job_submit_block_client['listing'] = job_submit_block_listing_persisted_record( $job_submit_block_listing, $job_submit_block_config );
		}
		$job_submit_block_extra['data-config'] = wp_json_encode( $job_submit_block_client );
	}
}

$job_submit_block_wrapper = get_block_wrapper_attributes( $job_submit_block_extra );
?>
<div <?php echo $job_submit_block_wrapper; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by core. ?>>
	<?php echo $job_submit_block_inner; // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts. ?>
</div>
