<?php
/**
 * Server render of the My Job Listings block.
 *
 * Logged-out visitors get a message with a link to log in and come back, and no script;
 * accounts whose role may not post get the form's "not allowed" message; members get their
 * own listings, and only then is the view script enqueued.
 *
 * @package JobSubmitBlock
 *
 * @var array    $attributes The block's attributes.
 * @var string   $content    The block's inner content (unused: the block has none).
 * @var WP_Block $block      The block instance.
 */

defined( 'ABSPATH' ) || exit;

$job_submit_block_extra = job_submit_block_anchor_attributes( $attributes );
if ( ! is_user_logged_in() ) {
	$job_submit_block_inner = job_submit_block_logged_out_html( __( 'Please log in to see your job listings.', 'job-submit-block' ) );
} elseif ( ! job_submit_block_current_user_may_submit() ) {
	$job_submit_block_inner = sprintf( '<div class="wp-block-job-submit-block-form__notice is-not-allowed"><p>%s</p></div>', esc_html( job_submit_block_form_config( array() )['notAllowedMessage'] ) );
} else {
	$job_submit_block_page_url = job_submit_block_current_page_url();
	$job_submit_block_inner    = job_submit_block_my_listings_html( $attributes, $job_submit_block_page_url, job_submit_block_list_action_result() );
	// Where the script sends a member logged out meanwhile, to come back to this list.
	$job_submit_block_extra['data-login-url'] = wp_login_url( $job_submit_block_page_url );
	wp_enqueue_script( JOB_SUBMIT_BLOCK_LIST_VIEW_HANDLE );
}
?>
<div <?php echo get_block_wrapper_attributes( $job_submit_block_extra ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by core. ?>>
	<?php echo $job_submit_block_inner; // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts. ?>
</div>
