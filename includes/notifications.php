<?php
/**
 * Emails about listings, sent through wp_mail() so that mail plugins apply.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Tells the moderators (the configured address, or the site's admin email) that a listing
 * awaits review.
 *
 * @param WP_Post $post The pending listing.
 */
function job_submit_block_notify_moderators( $post ) {
	$to = (string) job_submit_block_setting( 'job_submit_block_notification_email' );
	if ( ! is_email( $to ) ) {
		$to = get_option( 'admin_email' );
	}
	$author    = get_userdata( (int) $post->post_author );
	$moderator = get_user_by( 'email', $to );
	// Written in the moderator's own language when the address is an account's.
	$switched = $moderator && switch_to_user_locale( $moderator->ID );
	$subject  = sprintf(
		/* translators: 1: site name, 2: listing title. */
		__( '[%1$s] New job listing awaiting review: %2$s', 'job-submit-block' ),
		wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES ),
		$post->post_title
	);
	$message = sprintf(
		/* translators: 1: listing title, 2: submitter's name, 3: company name, 4: link to review it. */
		__( "A new job listing awaits your review.\n\nTitle: %1\$s\nSubmitted by: %2\$s\nCompany: %3\$s\n\nReview it: %4\$s", 'job-submit-block' ),
		$post->post_title,
		$author ? $author->display_name : '',
		(string) get_post_meta( $post->ID, '_company_name', true ),
		admin_url( 'post.php?post=' . $post->ID . '&action=edit' )
	);
	if ( $switched ) {
		restore_previous_locale();
	}
	wp_mail( $to, $subject, $message );
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
	if ( ! $author || ! is_email( $author->user_email ) ) {
		return;
	}
	// Written in the author's language, whatever the site's or the moderator's.
	$switched = switch_to_user_locale( $author->ID );
	$subject  = sprintf(
		/* translators: 1: site name, 2: listing title. */
		__( '[%1$s] Your job listing is live: %2$s', 'job-submit-block' ),
		wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES ),
		$post->post_title
	);
	$message = sprintf(
		/* translators: 1: listing title, 2: its address. */
		__( "Your job listing \"%1\$s\" has been approved and is now published:\n\n%2\$s", 'job-submit-block' ),
		$post->post_title,
		get_permalink( $post )
	);
	if ( $switched ) {
		restore_previous_locale();
	}
	wp_mail( $author->user_email, $subject, $message );
}
