<?php
/**
 * Plugin Name: Job Submit Block Test E-mail Filters
 * Description: Test only. Marks the subject of the approval and withdrawal e-mails and signs each rejection e-mail's body with the locale its filter ran in.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'job_submit_block_listing_approved_email_subject',
	static function ( $subject, $post ) {
		return "[Approved #{$post->ID}] {$subject}";
	},
	10,
	2
);

add_filter(
	'job_submit_block_listing_rejected_email_body',
	static function ( $body, $post, $context ) {
		return $body . "\n\nFiltered in " . determine_locale() . ' with reason: ' . $context['reason'];
	},
	10,
	3
);

add_filter(
	'job_submit_block_listing_withdrawn_email_subject',
	static function ( $subject, $post ) {
		return "[Withdrawn #{$post->ID}] {$subject}";
	},
	10,
	2
);
