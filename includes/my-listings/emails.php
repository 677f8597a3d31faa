<?php
/**
 * E-mails about members' own listings: to the moderators when one comes back to review or
 * is withdrawn, and to the author a few days before their listing expires.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/** Marks a listing whose author was told of its coming expiry, with the date told. */
const JOB_SUBMIT_BLOCK_EXPIRY_NOTICE_META = '_job_submit_block_expiry_notice_sent';

/**
 * Tells the moderators (the configured address, or the site's admin email) of a member's
 * change to a listing, in the moderator's language when the address is an account's.
 *
 * @param WP_Post $post  The listing.
 * @param string  $event 'edited' (back to review), 'relisted' or 'withdrawn'.
 */
function job_submit_block_notify_moderators_of_member( $post, $event ) {
	$to = (string) job_submit_block_setting( 'job_submit_block_notification_email' );
	if ( ! is_email( $to ) ) {
		$to = get_option( 'admin_email' );
	}
	$author    = get_userdata( (int) $post->post_author );
	$moderator = get_user_by( 'email', $to );
	$switched  = $moderator && switch_to_user_locale( $moderator->ID );
	$site      = wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
	$who       = $author ? $author->display_name : '';
	if ( 'withdrawn' === $event ) {
		/* translators: 1: site name, 2: listing title. */
		$subject = sprintf( __( '[%1$s] Job listing withdrawn: %2$s', 'job-submit-block' ), $site, $post->post_title );
		/* translators: 1: listing title, 2: member's name. */
		$message = sprintf( __( 'The job listing "%1$s" was withdrawn by %2$s. It is in the trash.', 'job-submit-block' ), $post->post_title, $who );
	} else {
		$subject = sprintf(
			/* translators: 1: site name, 2: listing title. */
			'edited' === $event ? __( '[%1$s] Edited job listing awaiting review: %2$s', 'job-submit-block' ) : __( '[%1$s] Relisted job listing awaiting review: %2$s', 'job-submit-block' ),
			$site,
			$post->post_title
		);
		$message = sprintf(
			/* translators: 1: listing title, 2: member's name, 3: link to review it. */
			'edited' === $event ? __( "%2\$s edited the job listing \"%1\$s\", which awaits your review again.\n\nReview it: %3\$s", 'job-submit-block' ) : __( "%2\$s relisted the expired job listing \"%1\$s\", which awaits your review.\n\nReview it: %3\$s", 'job-submit-block' ),
			$post->post_title,
			$who,
			admin_url( 'post.php?post=' . $post->ID . '&action=edit' )
		);
	}
	if ( $switched ) {
		restore_previous_locale();
	}
	wp_mail( $to, $subject, $message );
}

/**
 * Sends the expiry warnings due (the hourly maintenance): to each author whose live listing
 * expires within the set number of days, once per expiry date, with a link to the My Job
 * Listings page where they relist it once it has expired.
 *
 * @return int How many were sent.
 */
function job_submit_block_send_expiry_warnings() {
	if ( ! job_submit_block_setting( 'job_submit_block_expiry_notice' ) ) {
		return 0;
	}
	$days = max( 1, (int) job_submit_block_setting( 'job_submit_block_expiry_notice_days' ) );
	$ids  = get_posts(
		array(
			'post_type'        => 'job_listing',
			'post_status'      => 'publish',
			'fields'           => 'ids',
			'posts_per_page'   => 200, // phpcs:ignore WordPress.WP.PostsPerPage -- a bounded batch per hourly run; the rest go in the next.
			'no_found_rows'    => true,
			'suppress_filters' => true,
			'meta_query'       => array( // phpcs:ignore WordPress.DB.SlowDBQuery -- hourly, in the background; the expiry date is a meta value, as in WP Job Manager.
				array(
					'key'     => '_job_expires',
					'value'   => array( current_time( 'Y-m-d' ), wp_date( 'Y-m-d', time() + $days * DAY_IN_SECONDS ) ),
					'compare' => 'BETWEEN',
					'type'    => 'DATE',
				),
			),
		)
	);
	$sent = 0;
	// Looked up once per run (a search of every page's content), not once per listing.
	$page = $ids ? job_submit_block_my_listings_page_url() : '';
	foreach ( $ids as $id ) {
		$expires = (string) get_post_meta( $id, '_job_expires', true );
		if ( get_post_meta( $id, JOB_SUBMIT_BLOCK_EXPIRY_NOTICE_META, true ) === $expires ) {
			continue;
		}
		update_post_meta( $id, JOB_SUBMIT_BLOCK_EXPIRY_NOTICE_META, $expires );
		$sent += (int) job_submit_block_send_expiry_warning( get_post( $id ), $expires, $page );
	}
	return $sent;
}

/**
 * Tells an author their listing expires soon, in the author's language.
 *
 * @param WP_Post $post    The live listing.
 * @param string  $expires Its expiry date, YYYY-MM-DD.
 * @param string  $page    The address of the member's listings.
 * @return bool Whether it was sent.
 */
function job_submit_block_send_expiry_warning( $post, $expires, $page ) {
	$author = get_userdata( (int) $post->post_author );
	if ( ! $author || ! is_email( $author->user_email ) ) {
		return false;
	}
	$switched = switch_to_user_locale( $author->ID );
	$subject  = sprintf(
		/* translators: 1: site name, 2: listing title. */
		__( '[%1$s] Your job listing expires soon: %2$s', 'job-submit-block' ),
		wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES ),
		$post->post_title
	);
	$message = sprintf(
		/* translators: 1: listing title, 2: expiry date, 3: address of the member's listings. */
		__( "Your job listing \"%1\$s\" expires on %2\$s.\n\nOnce it has expired you can relist it from your job listings:\n\n%3\$s", 'job-submit-block' ),
		$post->post_title,
		date_i18n( get_option( 'date_format' ), strtotime( $expires ) ),
		$page
	);
	/**
	 * Filters the e-mail that tells an author their listing expires soon.
	 *
	 * @param array{subject: string, message: string} $email   Its subject and body.
	 * @param WP_Post                                 $post    The listing.
	 * @param WP_User                                 $author  Its author.
	 * @param string                                  $expires The expiry date, YYYY-MM-DD.
	 */
	$email = apply_filters(
		'job_submit_block_expiry_warning_email',
		array(
			'subject' => $subject,
			'message' => $message,
		),
		$post,
		$author,
		$expires
	);
	if ( $switched ) {
		restore_previous_locale();
	}
	return wp_mail( $author->user_email, (string) ( $email['subject'] ?? $subject ), (string) ( $email['message'] ?? $message ) );
}
