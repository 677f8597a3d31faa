<?php
/**
 * How the plugin's e-mails are sent: each can be turned off in the settings, is written in
 * its reader's language, and has a filter on its subject and its body.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The e-mails the site owner may turn off, by key, with the setting's label.
 *
 * @return string[] Labels by e-mail key.
 */
function job_submit_block_email_kinds() {
	return array(
		'new_listing'       => __( 'To moderators, when a listing awaits review', 'job-submit-block' ),
		'listing_approved'  => __( 'To the author, when their listing is approved', 'job-submit-block' ),
		'listing_rejected'  => __( 'To the author, when their listing is rejected', 'job-submit-block' ),
		'listing_edited'    => __( 'To moderators, when a member’s edit sends a live listing back to review', 'job-submit-block' ),
		'listing_relisted'  => __( 'To moderators, when a member relists an expired listing', 'job-submit-block' ),
		'listing_withdrawn' => __( 'To moderators, when a member withdraws a listing', 'job-submit-block' ),
	);
}

/**
 * The option that turns an e-mail on or off.
 *
 * @param string $kind The e-mail's key.
 * @return string
 */
function job_submit_block_email_setting( $kind ) {
	// The expiry warning's switch sits with its number of days, in a row of its own.
	return 'expiry_warning' === $kind ? 'job_submit_block_expiry_notice' : "job_submit_block_email_{$kind}";
}

/**
 * Sends one of the plugin's e-mails, unless the site owner turned it off.
 *
 * The subject and body are written, and filtered, in the reader's own language: the locale
 * of the account the mail goes to, when there is one, else the site's.
 *
 * @param string        $kind    The e-mail's key (see job_submit_block_email_kinds(), and
 *                               expiry_warning).
 * @param string        $to      The address.
 * @param WP_User|false $reader  The account of that address, if any.
 * @param WP_Post       $post    The listing it is about.
 * @param callable      $compose Returns array( subject, body ), called in the reader's language.
 * @param array         $context What else the e-mail is about (a rejection's reason, …).
 * @return bool Whether it was handed to wp_mail().
 */
function job_submit_block_send_email( $kind, $to, $reader, $post, $compose, $context = array() ) {
	if ( ! job_submit_block_setting( job_submit_block_email_setting( $kind ) ) || ! is_email( $to ) ) {
		return false;
	}
	// An address of no account reads the site's language, not that of whoever's request sent
	// the mail (a member's submit asks for their own, `_locale=user`).
	$switched               = $reader ? switch_to_user_locale( $reader->ID ) : switch_to_locale( get_locale() );
	list( $subject, $body ) = call_user_func( $compose );
	/**
	 * Filters the subject of one of the plugin's e-mails, in the reader's language.
	 *
	 * The dynamic part is the e-mail's key: new_listing, listing_approved, listing_rejected,
	 * listing_edited, listing_relisted, listing_withdrawn or expiry_warning.
	 *
	 * @param string  $subject The subject.
	 * @param WP_Post $post    The listing.
	 * @param array   $context What else it is about: 'reason' for a rejection, 'expires' for
	 *                         an expiry warning.
	 */
	$subject = (string) apply_filters( "job_submit_block_{$kind}_email_subject", $subject, $post, $context );
	/**
	 * Filters the body (plain text) of one of the plugin's e-mails, in the reader's language.
	 *
	 * The dynamic part is the e-mail's key: new_listing, listing_approved, listing_rejected,
	 * listing_edited, listing_relisted, listing_withdrawn or expiry_warning.
	 *
	 * @param string  $body    The body.
	 * @param WP_Post $post    The listing.
	 * @param array   $context What else it is about: 'reason' for a rejection, 'expires' for
	 *                         an expiry warning.
	 */
	$body = (string) apply_filters( "job_submit_block_{$kind}_email_body", $body, $post, $context );
	if ( $switched ) {
		restore_previous_locale();
	}
	return wp_mail( $to, $subject, $body );
}

/**
 * The site's name as an e-mail subject shows it.
 *
 * @return string
 */
function job_submit_block_email_site_name() {
	return wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
}

/**
 * Tells the author why their listing was rejected.
 *
 * @param WP_Post $post   The rejected listing.
 * @param string  $reason The moderator's reason; '' for none.
 * @return bool Whether the e-mail was sent.
 */
function job_submit_block_notify_author_rejected( $post, $reason ) {
	$author = get_userdata( (int) $post->post_author );
	if ( ! $author ) {
		return false;
	}
	return job_submit_block_send_email(
		'listing_rejected',
		$author->user_email,
		$author,
		$post,
		static function () use ( $post, $reason ) {
			$subject = sprintf(
				/* translators: 1: site name, 2: listing title. */
				__( '[%1$s] Your job listing was not approved: %2$s', 'job-submit-block' ),
				job_submit_block_email_site_name(),
				$post->post_title
			);
			$body = sprintf(
				/* translators: %s: listing title. */
				__( 'Your job listing "%s" was reviewed and not approved.', 'job-submit-block' ),
				$post->post_title
			);
			if ( '' !== $reason ) {
				/* translators: %s: the moderator's reason. */
				$body .= "\n\n" . sprintf( __( "Reason:\n%s", 'job-submit-block' ), $reason );
			}
			return array( $subject, $body );
		},
		array( 'reason' => $reason )
	);
}
