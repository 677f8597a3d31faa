<?php
/**
 * The site owner's settings: their names, defaults and sanitizing, in one place.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Each setting's option name, type and default.
 *
 * @return array[]
 */
function job_submit_block_setting_definitions() {
	return array(
		'job_submit_block_roles'                   => array(
			'type'    => 'array',
			'default' => array( 'subscriber', 'contributor', 'author', 'editor', 'administrator' ),
		),
		'job_submit_block_auto_publish'            => array(
			'type'    => 'boolean',
			'default' => false,
		),
		'job_submit_block_duration_days'           => array(
			'type'    => 'integer',
			'default' => 30,
		),
		'job_submit_block_rate_limit'              => array(
			'type'    => 'integer',
			'default' => 5,
		),
		'job_submit_block_notification_email'      => array(
			'type'    => 'string',
			'default' => '',
		),
		'job_submit_block_live_edits'              => array(
			'type'    => 'string',
			'default' => 'no',
			'enum'    => array( 'no', 'review', 'live' ),
		),
		'job_submit_block_expiry_notice'           => array(
			'type'    => 'boolean',
			'default' => true,
		),
		'job_submit_block_expiry_notice_days'      => array(
			'type'    => 'integer',
			'default' => 3,
		),
		'job_submit_block_archive_slug'            => array(
			'type'    => 'string',
			'default' => JOB_SUBMIT_BLOCK_DEFAULT_ARCHIVE_SLUG,
		),
		// Each e-mail of admin/emails.php, on unless the site owner turns it off.
		'job_submit_block_email_new_listing'       => array(
			'type'    => 'boolean',
			'default' => true,
		),
		'job_submit_block_email_listing_approved'  => array(
			'type'    => 'boolean',
			'default' => true,
		),
		'job_submit_block_email_listing_rejected'  => array(
			'type'    => 'boolean',
			'default' => true,
		),
		'job_submit_block_email_listing_edited'    => array(
			'type'    => 'boolean',
			'default' => true,
		),
		'job_submit_block_email_listing_relisted'  => array(
			'type'    => 'boolean',
			'default' => true,
		),
		'job_submit_block_email_listing_withdrawn' => array(
			'type'    => 'boolean',
			'default' => true,
		),
		'job_submit_block_logo_max_kb'             => array(
			'type'    => 'integer',
			'default' => 2048,
		),
		'job_submit_block_logo_types'              => array(
			'type'    => 'array',
			'default' => array( 'jpeg', 'png', 'webp', 'gif' ),
		),
		'job_submit_block_logo_max_pixels'         => array(
			'type'    => 'integer',
			'default' => 4000,
		),
		'job_submit_block_logo_hourly'             => array(
			'type'    => 'integer',
			'default' => 10,
		),
		'job_submit_block_preview_required'        => array(
			'type'    => 'boolean',
			'default' => false,
		),
	);
}

/**
 * A setting's value, or its default.
 *
 * @param string $name Option name.
 * @return mixed
 */
function job_submit_block_setting( $name ) {
	$definitions = job_submit_block_setting_definitions();
	return get_option( $name, $definitions[ $name ]['default'] );
}

/**
 * The roles whose members may submit listings.
 *
 * @return string[]
 */
function job_submit_block_submitter_roles() {
	return array_values( array_filter( (array) job_submit_block_setting( 'job_submit_block_roles' ), 'is_string' ) );
}

/**
 * How many listings one member may submit in an hour; 0 means no limit.
 *
 * @param int $user_id The member.
 * @return int
 */
function job_submit_block_rate_limit( $user_id ) {
	/**
	 * Filters how many listings a member may submit in a sliding hour; 0 for no limit.
	 *
	 * @param int $limit   The site's setting.
	 * @param int $user_id The member.
	 */
	return max( 0, (int) apply_filters( 'job_submit_block_rate_limit', (int) job_submit_block_setting( 'job_submit_block_rate_limit' ), $user_id ) );
}
