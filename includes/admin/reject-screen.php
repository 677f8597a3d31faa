<?php
/**
 * The screen that asks a moderator for the reason of a rejection, for one listing (its row
 * action) or several (the bulk action). A plain form posted to admin-post.php, so it works
 * by keyboard and without JavaScript.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_REJECT_PAGE = 'job-submit-block-reject';

/** The screen's argument for the listings to reject (not `post`: see the address below). */
const JOB_SUBMIT_BLOCK_REJECT_LISTINGS_ARG = 'listings';

/** How long a reason may be: a few paragraphs of an e-mail. */
const JOB_SUBMIT_BLOCK_REASON_MAX_LENGTH = 2000;

/**
 * Registers the screen, outside the menu: it is reached from a listing's Reject.
 */
function job_submit_block_add_reject_screen() {
	$hook = add_submenu_page(
		'',
		__( 'Reject job listings', 'job-submit-block' ),
		'',
		'edit_others_job_listings',
		JOB_SUBMIT_BLOCK_REJECT_PAGE,
		'job_submit_block_render_reject_screen'
	);
	if ( $hook ) {
		add_action( "load-{$hook}", 'job_submit_block_title_reject_screen' );
	}
}

/**
 * Gives the screen its title and keeps Job Listings open in the menu: WordPress finds
 * neither for a screen outside the menu.
 */
function job_submit_block_title_reject_screen() {
	global $title, $parent_file, $submenu_file; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- the documented way to title a screen outside the menu.
	$title        = __( 'Reject job listings', 'job-submit-block' ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- as above.
	$parent_file  = 'edit.php?post_type=job_listing'; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- as above.
	$submenu_file = 'edit.php?post_type=job_listing'; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- as above.
}

/**
 * The address of the screen for some listings. They go in an argument of the screen's own:
 * wp-admin/edit.php strips `post` from a bulk action's redirect after our handler has run.
 *
 * @param int[] $post_ids The listings.
 * @return string
 */
function job_submit_block_reject_screen_url( $post_ids ) {
	return add_query_arg(
		array(
			'page'                               => JOB_SUBMIT_BLOCK_REJECT_PAGE,
			JOB_SUBMIT_BLOCK_REJECT_LISTINGS_ARG => array_values( array_map( 'absint', (array) $post_ids ) ),
		),
		admin_url( 'admin.php' )
	);
}

/**
 * Renders the screen: the listings to reject, the reason, and the buttons.
 */
function job_submit_block_render_reject_screen() {
	// Reading which listings to show; the rejection itself is checked with its nonce.
	$requested = isset( $_GET[ JOB_SUBMIT_BLOCK_REJECT_LISTINGS_ARG ] ) ? array_map( 'absint', (array) wp_unslash( $_GET[ JOB_SUBMIT_BLOCK_REJECT_LISTINGS_ARG ] ) ) : array(); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
	$posts     = array_filter( array_map( 'get_post', array_unique( $requested ) ), 'job_submit_block_may_moderate_listing' );
	?>
	<div class="wrap">
		<h1><?php echo esc_html( _n( 'Reject job listing', 'Reject job listings', max( 1, count( $posts ) ), 'job-submit-block' ) ); ?></h1>
		<?php if ( ! $posts ) : ?>
			<p><?php esc_html_e( 'None of these listings awaits review any more.', 'job-submit-block' ); ?></p>
			<p><a href="<?php echo esc_url( job_submit_block_listings_url() ); ?>"><?php esc_html_e( 'Back to the job listings', 'job-submit-block' ); ?></a></p>
		<?php else : ?>
			<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
				<input type="hidden" name="action" value="<?php echo esc_attr( JOB_SUBMIT_BLOCK_REJECT_ACTION ); ?>" />
				<?php wp_nonce_field( JOB_SUBMIT_BLOCK_REJECT_ACTION ); ?>
				<ul class="ul-disc">
					<?php foreach ( $posts as $post ) : ?>
						<li>
							<input type="hidden" name="post[]" value="<?php echo esc_attr( (string) $post->ID ); ?>" />
							<?php
							$author = get_userdata( (int) $post->post_author );
							echo esc_html(
								sprintf(
									/* translators: 1: listing title, 2: its author's name. */
									__( '%1$s, by %2$s', 'job-submit-block' ),
									_draft_or_post_title( $post ),
									$author ? $author->display_name : __( 'an unknown author', 'job-submit-block' )
								)
							);
							?>
						</li>
					<?php endforeach; ?>
				</ul>
				<p>
					<label for="job-submit-block-reject-reason"><?php esc_html_e( 'Reason (optional)', 'job-submit-block' ); ?></label><br />
					<textarea id="job-submit-block-reject-reason" name="reason" rows="6" class="large-text" maxlength="<?php echo esc_attr( (string) JOB_SUBMIT_BLOCK_REASON_MAX_LENGTH ); ?>" aria-describedby="job-submit-block-reject-reason-help"></textarea>
				</p>
				<p class="description" id="job-submit-block-reject-reason-help">
					<?php
					if ( job_submit_block_setting( job_submit_block_email_setting( 'listing_rejected' ) ) ) {
						esc_html_e( 'Sent to the author by e-mail. Rejected listings go to the Trash, where they can be restored.', 'job-submit-block' );
					} else {
						esc_html_e( 'For your records only: the e-mail to the author is turned off in the settings. Rejected listings go to the Trash, where they can be restored.', 'job-submit-block' );
					}
					?>
				</p>
				<p class="submit">
					<?php submit_button( _n( 'Reject listing', 'Reject listings', count( $posts ), 'job-submit-block' ), 'primary', 'submit', false ); ?>
					<a class="button" href="<?php echo esc_url( job_submit_block_listings_url() ); ?>"><?php esc_html_e( 'Cancel', 'job-submit-block' ); ?></a>
				</p>
			</form>
		<?php endif; ?>
	</div>
	<?php
}
