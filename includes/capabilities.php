<?php
/**
 * Who may do what with job listings, granted at run time from the settings rather than
 * written into roles, so deactivating the plugin leaves nothing behind.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The primitive capabilities of the job_listing capability type, by who gets them.
 *
 * @return array{member: string[], moderator: string[]}
 */
function job_submit_block_capability_sets() {
	// Members may touch their own published listings too: what they may do to one, and
	// when, is decided by the gate (job_submit_block_member_may(), my-listings/policy.php).
	$member = array( 'edit_job_listings', 'delete_job_listings', 'edit_published_job_listings', 'delete_published_job_listings' );
	return array(
		'member'    => $member,
		'moderator' => array_merge(
			$member,
			array(
				'edit_others_job_listings',
				'edit_private_job_listings',
				'publish_job_listings',
				'read_private_job_listings',
				'delete_others_job_listings',
				'delete_private_job_listings',
			)
		),
	);
}

/**
 * Whether a user moderates listings: editors and administrators, or whoever may edit others'
 * posts on this site.
 *
 * @param array $allcaps The user's capabilities.
 * @return bool
 */
function job_submit_block_is_moderator_by_caps( $allcaps ) {
	return ! empty( $allcaps['edit_others_posts'] );
}

/**
 * Grants the job listing capabilities: moderators all of them; members of the roles allowed
 * to submit the right to create listings and to change or withdraw their own, within what
 * the gate allows for each listing's state.
 *
 * Members hold theirs only while WordPress serves a REST request: the REST route is where
 * every rule of a listing write is enforced (see rest-gate.php), so wp-admin's screens,
 * XML-RPC and any other door that checks these capabilities stay closed to them.
 *
 * @param bool[]  $allcaps The user's capabilities.
 * @param mixed   $caps    Unused: the capabilities asked for.
 * @param mixed   $args    Unused: the original check's arguments.
 * @param WP_User $user    The user.
 * @return bool[]
 */
function job_submit_block_grant_capabilities( $allcaps, $caps, $args, $user ) {
	$sets = job_submit_block_capability_sets();
	if ( job_submit_block_is_moderator_by_caps( $allcaps ) ) {
		$granted = $sets['moderator'];
	} elseif ( job_submit_block_is_member_user( $user ) && job_submit_block_serving_rest() ) {
		$granted = $sets['member'];
	} else {
		return $allcaps;
	}
	return array_merge( $allcaps, array_fill_keys( $granted, true ) );
}

/**
 * Whether a user's role is one the site allows to submit listings.
 *
 * @param WP_User $user The user.
 * @return bool
 */
function job_submit_block_is_member_user( $user ) {
	return (bool) array_intersect( (array) $user->roles, job_submit_block_submitter_roles() );
}

/**
 * Whether the current user may post listings through the block: a moderator, or a member
 * of a role allowed to submit.
 *
 * @return bool
 */
function job_submit_block_current_user_may_submit() {
	$user = wp_get_current_user();
	return $user->exists() && ( job_submit_block_current_user_moderates() || job_submit_block_is_member_user( $user ) );
}

/**
 * Whether WordPress is serving a REST request, from outside (any URL form) or from inside
 * (the no-JavaScript form hands its submission to the REST route).
 *
 * @param bool|null $internal True or false while an internal REST request runs; null to read.
 * @return bool
 */
function job_submit_block_serving_rest( $internal = null ) {
	static $depth = 0;
	if ( null !== $internal ) {
		$depth = max( 0, $depth + ( $internal ? 1 : -1 ) );
	}
	return $depth > 0 || wp_is_serving_rest_request();
}

/**
 * Whether the current user moderates job listings.
 *
 * @return bool
 */
function job_submit_block_current_user_moderates() {
	return current_user_can( 'edit_others_job_listings' );
}
