<?php
/**
 * E-mails about listings, sent through wp_mail() so that mail plugins apply; each can be
 * turned off and filtered (see admin/emails.php).
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Where mail for the moderators goes: the configured address, or the site's admin email.
 *
 * @return string
 */
function job_submit_block_moderators_address() {
	$to = (string) job_submit_block_setting( 'job_submit_block_notification_email' );
	return is_email( $to ) ? $to : (string) get_option( 'admin_email' );
}

/**
 * Tells the moderators (the configured address, or the site's admin email) that a listing
 * awaits review.
 *
 * @param WP_Post $post The pending listing.
 */
function job_submit_block_notify_moderators( $post ) {
	$to = job_submit_block_moderators_address();
	// Written in the moderator's own language when the address is an account's.
	job_submit_block_send_email(
		'new_listing',
		$to,
		get_user_by( 'email', $to ),
		$post,
		static function () use ( $post ) {
			$author = get_userdata( (int) $post->post_author );
			return array(
				sprintf(
					/* translators: 1: site name, 2: listing title. */
					__( '[%1$s] New job listing awaiting review: %2$s', 'job-submit-block' ),
					job_submit_block_email_site_name(),
					$post->post_title
				),
				sprintf(
					/* translators: 1: listing title, 2: submitter's name, 3: company name, 4: link to review it. */
					__( "A new job listing awaits your review.\n\nTitle: %1\$s\nSubmitted by: %2\$s\nCompany: %3\$s\n\nReview it: %4\$s", 'job-submit-block' ),
					$post->post_title,
					$author ? $author->display_name : '',
					(string) get_post_meta( $post->ID, '_company_name', true ),
					admin_url( 'post.php?post=' . $post->ID . '&action=edit' )
				),
			);
		}
	);
}

/**
 * Tells the author that their listing was published (transition_post_status).
 *
 * @param string  $new_status The new status.
 * @param string  $old_status The old status.
 * @param WP_Post $post       The post.
 */
function job_submit_block_notify_author_on_publish( $new_status, $old_status, $post ) {
	if ( 'job_listing' !== $post->post_type || 'publish' !== $new_status || 'pending' !== $old_status ) {
		return;
	}
	$author = get_userdata( (int) $post->post_author );
	if ( ! $author ) {
		return;
	}
	// Written in the author's language, whatever the site's or the moderator's.
	job_submit_block_send_email(
		'listing_approved',
		$author->user_email,
		$author,
		$post,
		static function () use ( $post ) {
			return array(
				sprintf(
					/* translators: 1: site name, 2: listing title. */
					__( '[%1$s] Your job listing is live: %2$s', 'job-submit-block' ),
					job_submit_block_email_site_name(),
					$post->post_title
				),
				sprintf(
					/* translators: 1: listing title, 2: its address. */
					__( "Your job listing \"%1\$s\" has been approved and is now published:\n\n%2\$s", 'job-submit-block' ),
					$post->post_title,
					get_permalink( $post )
				),
			);
		}
	);
}
