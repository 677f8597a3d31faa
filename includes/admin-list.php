<?php
/**
 * The listings screen in wp-admin: company, location, status and submitter columns, and the
 * number of listings awaiting review beside the menu item.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the columns after the title.
 *
 * @param string[] $columns Column titles by key.
 * @return string[]
 */
function job_submit_block_listing_columns( $columns ) {
	$added    = array(
		'job_company'   => __( 'Company', 'job-submit-block' ),
		'job_location'  => __( 'Location', 'job-submit-block' ),
		'job_status'    => __( 'Status', 'job-submit-block' ),
		'job_submitter' => __( 'Submitted by', 'job-submit-block' ),
	);
	$position = array_search( 'title', array_keys( $columns ), true );
	$position = false === $position ? count( $columns ) : $position + 1;
	return array_slice( $columns, 0, $position, true ) + $added + array_slice( $columns, $position, null, true );
}

/**
 * Prints a cell of the added columns.
 *
 * @param string $column  Column key.
 * @param int    $post_id The listing.
 */
function job_submit_block_listing_column( $column, $post_id ) {
	switch ( $column ) {
		case 'job_company':
			echo esc_html( (string) get_post_meta( $post_id, '_company_name', true ) );
			break;
		case 'job_location':
			$location = (string) get_post_meta( $post_id, '_job_location', true );
			echo esc_html( '' !== $location ? $location : __( 'Anywhere', 'job-submit-block' ) );
			break;
		case 'job_status':
			$status = get_post_status_object( (string) get_post_status( $post_id ) );
			echo esc_html( $status ? $status->label : '' );
			break;
		case 'job_submitter':
			$author = get_userdata( (int) get_post_field( 'post_author', $post_id ) );
			echo esc_html( $author ? $author->display_name : '' );
			break;
	}
}

/**
 * Shows the pending count beside the Job Listings menu item, as core does for comments.
 */
function job_submit_block_menu_pending_count() {
	global $menu;
	if ( ! current_user_can( 'edit_others_job_listings' ) || ! is_array( $menu ) ) {
		return;
	}
	$pending = (int) wp_count_posts( 'job_listing' )->pending;
	if ( ! $pending ) {
		return;
	}
	foreach ( $menu as $position => $item ) {
		if ( 'edit.php?post_type=job_listing' === $item[2] ) {
			$menu[ $position ][0] .= sprintf( // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- the documented way to add a count.
				' <span class="awaiting-mod count-%1$d"><span class="pending-count" aria-hidden="true">%1$d</span><span class="screen-reader-text">%2$s</span></span>',
				$pending,
				/* translators: %d: number of listings awaiting review. */
				esc_html( sprintf( _n( '%d listing awaiting review', '%d listings awaiting review', $pending, 'job-submit-block' ), $pending ) )
			);
			return;
		}
	}
}
