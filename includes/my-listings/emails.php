<?php
/**
 * E-mails about members' own listings: to the moderators when one comes back to review or
 * is withdrawn, and to the author a few days before their listing expires. Each is sent
 * through job_submit_block_send_email() (admin/emails.php), with its own switch and filters.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/** Marks a listing whose author was told of its coming expiry, with the date told. */
const JOB_SUBMIT_BLOCK_EXPIRY_NOTICE_META = '_job_submit_block_expiry_notice_sent';

/**
 * Tells the moderators of a member's change to a listing, unless that e-mail is turned off
 * (see admin/emails.php: in the moderator's language, with its filters).
 *
 * @param WP_Post $post  The listing.
 * @param string  $event 'edited' (back to review), 'relisted' or 'withdrawn'.
 * @return bool Whether it was sent.
 */
function job_submit_block_notify_moderators_of_member( $post, $event ) {
	$to = job_submit_block_moderators_address();
	return job_submit_block_send_email(
		"listing_{$event}",
		$to,
		get_user_by( 'email', $to ),
		$post,
		static function () use ( $post, $event ) {
			$author = get_userdata( (int) $post->post_author );
			$site   = job_submit_block_email_site_name();
			$who    = $author ? $author->display_name : '';
			if ( 'withdrawn' === $event ) {
				return array(
					/* translators: 1: site name, 2: listing title. */
					sprintf( __( '[%1$s] Job listing withdrawn: %2$s', 'job-submit-block' ), $site, $post->post_title ),
					/* translators: 1: listing title, 2: member's name. */
					sprintf( __( 'The job listing "%1$s" was withdrawn by %2$s. It is in the trash.', 'job-submit-block' ), $post->post_title, $who ),
				);
			}
			return array(
				sprintf(
					/* translators: 1: site name, 2: listing title. */
					'edited' === $event ? __( '[%1$s] Edited job listing awaiting review: %2$s', 'job-submit-block' ) : __( '[%1$s] Relisted job listing awaiting review: %2$s', 'job-submit-block' ),
					$site,
					$post->post_title
				),
				sprintf(
					/* translators: 1: listing title, 2: member's name, 3: link to review it. */
					'edited' === $event ? __( "%2\$s edited the job listing \"%1\$s\", which awaits your review again.\n\nReview it: %3\$s", 'job-submit-block' ) : __( "%2\$s relisted the expired job listing \"%1\$s\", which awaits your review.\n\nReview it: %3\$s", 'job-submit-block' ),
					$post->post_title,
					$who,
					admin_url( 'post.php?post=' . $post->ID . '&action=edit' )
				),
			);
		}
	);
}

/**
 * Sends the expiry warnings due (the hourly maintenance): to each author whose live listing
 * expires within the set number of days, once per expiry date, with a link to the My Job
 * Listings page where they relist it once it has expired.
 *
 * @return int How many were sent.
 */
function job_submit_block_send_expiry_warnings() {
	// Beside WP Job Manager with its own warning to employers on, authors hear it from there.
	if ( ! job_submit_block_setting( 'job_submit_block_expiry_notice' ) || job_submit_block_job_manager_warns_of_expiry() ) {
		return 0;
	}
	$days = max( 1, (int) job_submit_block_setting( 'job_submit_block_expiry_notice_days' ) );
	$ids  = job_submit_block_listings_expiring_between( current_time( 'Y-m-d' ), wp_date( 'Y-m-d', time() + $days * DAY_IN_SECONDS ), JOB_SUBMIT_BLOCK_EXPIRY_NOTICE_META );
	$sent = 0;
	// Looked up once per run (a search of every page's content), not once per listing.
	$page = $ids ? job_submit_block_my_listings_page_url() : '';
	foreach ( $ids as $id ) {
		$expires = (string) get_post_meta( $id, '_job_expires', true );
		update_post_meta( $id, JOB_SUBMIT_BLOCK_EXPIRY_NOTICE_META, $expires );
		$sent += (int) job_submit_block_send_expiry_warning( get_post( $id ), $expires, $page );
	}
	return $sent;
}

/**
 * Tells an author their listing expires soon (see admin/emails.php: in the author's
 * language, with its filters).
 *
 * @param WP_Post $post    The live listing.
 * @param string  $expires Its expiry date, YYYY-MM-DD.
 * @param string  $page    The address of the member's listings.
 * @return bool Whether it was sent.
 */
function job_submit_block_send_expiry_warning( $post, $expires, $page ) {
	$author = get_userdata( (int) $post->post_author );
	if ( ! $author ) {
		return false;
	}
	return job_submit_block_send_email(
		'expiry_warning',
		$author->user_email,
		$author,
		$post,
		static function () use ( $post, $expires, $page ) {
			return array(
				sprintf(
					/* translators: 1: site name, 2: listing title. */
					__( '[%1$s] Your job listing expires soon: %2$s', 'job-submit-block' ),
					job_submit_block_email_site_name(),
					$post->post_title
				),
				sprintf(
					/* translators: 1: listing title, 2: expiry date, 3: address of the member's listings. */
					__( "Your job listing \"%1\$s\" expires on %2\$s.\n\nOnce it has expired you can relist it from your job listings:\n\n%3\$s", 'job-submit-block' ),
					$post->post_title,
					date_i18n( get_option( 'date_format' ), strtotime( $expires ) ),
					$page
				),
			);
		},
		array( 'expires' => $expires )
	);
}
