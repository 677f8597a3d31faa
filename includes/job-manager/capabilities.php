<?php
/**
 * WP Job Manager lets only holders of manage_job_listings assign its job types and
 * categories. Members of the roles the block allows assign them through the block (REST,
 * where the gate checks each term against the form's offer); anywhere else, WP Job
 * Manager's rule stands.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Maps assigning a job type or category to the capability members hold while REST is served
 * (map_meta_cap, where WP Job Manager is active).
 *
 * @param string[] $caps    The primitive capabilities required.
 * @param string   $cap     The capability checked.
 * @param int      $user_id The user.
 * @param array    $args    The check's arguments: the term ID for assign_term.
 * @return string[]
 */
function job_submit_block_job_manager_assign_term_caps( $caps, $cap, $user_id, $args ) {
	if ( 'assign_term' !== $cap || empty( $args[0] ) || ! job_submit_block_serving_rest() ) {
		return $caps;
	}
	$term = get_term( (int) $args[0] );
	if ( ! $term instanceof WP_Term || ! in_array( $term->taxonomy, job_submit_block_listing_taxonomies(), true ) ) {
		return $caps;
	}
	$user = get_userdata( $user_id );
	if ( ! $user || ! job_submit_block_is_member_user( $user ) ) {
		return $caps;
	}
	return array( 'edit_job_listings' );
}
