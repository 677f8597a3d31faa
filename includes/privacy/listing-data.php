<?php
/**
 * A member's listings in WordPress's privacy tools: the personal data exporter and eraser
 * (Tools → Export / Erase Personal Data), and the text the plugin suggests for the site's
 * privacy policy.
 *
 * Deleting an account needs nothing here: the post type supports 'author', so WordPress
 * deletes the account's listings with it, or gives them to the account the administrator
 * chooses on its deletion screen (WP Job Manager's post type says delete_with_user).
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/** How many listings one page of an export or an erasure handles. */
const JOB_SUBMIT_BLOCK_PRIVACY_PAGE_SIZE = 20;

/**
 * Registers the exporter (wp_privacy_personal_data_exporters).
 *
 * @param array[] $exporters Exporters by key.
 * @return array[]
 */
function job_submit_block_register_privacy_exporter( $exporters ) {
	$exporters['job-submit-block'] = array(
		'exporter_friendly_name' => __( 'Job listings', 'job-submit-block' ),
		'callback'               => 'job_submit_block_export_listings',
	);
	return $exporters;
}

/**
 * Registers the eraser (wp_privacy_personal_data_erasers).
 *
 * @param array[] $erasers Erasers by key.
 * @return array[]
 */
function job_submit_block_register_privacy_eraser( $erasers ) {
	$erasers['job-submit-block'] = array(
		'eraser_friendly_name' => __( 'Job listings', 'job-submit-block' ),
		'callback'             => 'job_submit_block_erase_listings',
	);
	return $erasers;
}

/**
 * The listings of the account with an e-mail address, in every status, oldest first.
 *
 * @param string $email  The address of the request.
 * @param int    $limit  How many.
 * @param int    $offset How many to skip.
 * @return WP_Post[]
 */
function job_submit_block_listings_of_email( $email, $limit, $offset = 0 ) {
	$user = get_user_by( 'email', $email );
	if ( ! $user ) {
		return array();
	}
	return get_posts(
		array(
			'post_type'        => 'job_listing',
			'author'           => $user->ID,
			'post_status'      => array_values( array_diff( get_post_stati(), array( 'auto-draft' ) ) ),
			'orderby'          => 'ID',
			'order'            => 'ASC',
			'posts_per_page'   => $limit,
			'offset'           => $offset,
			'suppress_filters' => true,
		)
	);
}

/**
 * Exports a member's listings: each with its title, status, address, dates, description,
 * the fields they filled and their job types and categories.
 *
 * @param string $email The address of the request.
 * @param int    $page  The page, from 1.
 * @return array{data: array[], done: bool}
 */
function job_submit_block_export_listings( $email, $page = 1 ) {
	$posts = job_submit_block_listings_of_email( $email, JOB_SUBMIT_BLOCK_PRIVACY_PAGE_SIZE, ( max( 1, (int) $page ) - 1 ) * JOB_SUBMIT_BLOCK_PRIVACY_PAGE_SIZE );
	$items = array();
	foreach ( $posts as $post ) {
		$items[] = array(
			'group_id'          => 'job-listings',
			'group_label'       => __( 'Job listings', 'job-submit-block' ),
			'group_description' => __( 'The job listings you submitted.', 'job-submit-block' ),
			'item_id'           => "job-listing-{$post->ID}",
			'data'              => job_submit_block_listing_export_data( $post ),
		);
	}
	return array(
		'data' => $items,
		'done' => count( $posts ) < JOB_SUBMIT_BLOCK_PRIVACY_PAGE_SIZE,
	);
}

/**
 * One listing as name/value pairs for the export.
 *
 * @param WP_Post $post The listing.
 * @return array[]
 */
function job_submit_block_listing_export_data( $post ) {
	$status = get_post_status_object( $post->post_status );
	$data   = array(
		array(
			'name'  => __( 'Status', 'job-submit-block' ),
			'value' => $status ? $status->label : $post->post_status,
		),
		array(
			'name'  => __( 'Submitted', 'job-submit-block' ),
			// The local date: a listing under review has no GMT date yet (WordPress keeps a
			// pending post's date "floating"), which would read as the year -1.
			'value' => $post->post_date,
		),
	);
	if ( 'publish' === $post->post_status ) {
		$data[] = array(
			'name'  => __( 'Address', 'job-submit-block' ),
			'value' => get_permalink( $post ),
		);
	}
	foreach ( job_submit_block_fields() as $field ) {
		$value = job_submit_block_listing_field_text( $post, $field );
		if ( '' !== $value ) {
			$data[] = array(
				'name'  => job_submit_block_field_label( $field ),
				'value' => $value,
			);
		}
	}
	return $data;
}

/**
 * A field of a listing as text: the post's title or description, a meta value, or the names
 * of its terms.
 *
 * @param WP_Post $post  The listing.
 * @param array   $field A field definition.
 * @return string
 */
function job_submit_block_listing_field_text( $post, $field ) {
	switch ( $field['source'] ) {
		case 'post':
			return 'title' === $field['property'] ? $post->post_title : $post->post_content;
		case 'taxonomy':
			$names = wp_get_post_terms( $post->ID, $field['taxonomy'], array( 'fields' => 'names' ) );
			return is_array( $names ) ? implode( ', ', $names ) : '';
	}
	$value = get_post_meta( $post->ID, $field['property'], true );
	if ( 'integer' === $field['type'] ) {
		return (int) $value ? __( 'Yes', 'job-submit-block' ) : '';
	}
	return (string) $value;
}

/**
 * Erases a member's listings: each is deleted for good, unless a site keeps it through the
 * job_submit_block_privacy_erase_listing filter (a listing still running, say).
 *
 * @param string $email The address of the request.
 * @param int    $page  Unused: every call starts again with what is left.
 * @return array{items_removed: bool, items_retained: bool, messages: string[], done: bool}
 */
function job_submit_block_erase_listings( $email, $page = 1 ) { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter.FoundAfterLastUsed -- WordPress passes it; erased listings are no longer found.
	$removed  = false;
	$retained = false;
	$messages = array();
	$handled  = 0;
	// Kept listings are found again by every call: step over them, and count the erased.
	$offset = 0;
	$size   = JOB_SUBMIT_BLOCK_PRIVACY_PAGE_SIZE;
	do {
		$posts = job_submit_block_listings_of_email( $email, $size, $offset );
		foreach ( $posts as $post ) {
			/**
			 * Filters whether the privacy eraser deletes a listing of the member. Return false
			 * to keep it; the request then reports it as retained.
			 *
			 * @param bool    $erase Whether to delete it. Default true.
			 * @param WP_Post $post  The listing.
			 */
			if ( apply_filters( 'job_submit_block_privacy_erase_listing', true, $post ) && wp_delete_post( $post->ID, true ) ) {
				$removed = true;
				++$handled;
			} else {
				$retained   = true;
				$messages[] = sprintf(
					/* translators: %s: listing title. */
					__( 'The job listing “%s” was kept.', 'job-submit-block' ),
					$post->post_title
				);
				++$offset;
			}
		}
		$found = count( $posts );
	} while ( $found === $size && $handled < $size );
	return array(
		'items_removed'  => $removed,
		'items_retained' => $retained,
		'messages'       => $messages,
		'done'           => $found < $size,
	);
}

/**
 * Suggests what the site's privacy policy should say about job listings (admin_init).
 */
function job_submit_block_suggest_privacy_policy() {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$paragraphs = array(
		__( 'When you submit a job listing, we store what you enter in the form (the job title and description, company name, website and tagline, location, salary, job type and category, and how to apply) with your account, as the listing’s author. Moderators review it; once published, everything but your account details is shown publicly on the listing’s page until it expires or is removed.', 'job-submit-block' ),
		__( 'We e-mail you when your listing is approved or rejected (with the reason, if the moderator gives one), and e-mail our moderators when a listing awaits review. To limit abuse, we keep the times of your recent submissions for an hour, and a request’s identifier for up to a day so that a submission sent twice is stored once.', 'job-submit-block' ),
		__( 'You can ask us for an export of your job listings, or for their erasure, through our personal data requests. If your account is deleted, your listings are deleted with it or given to another account, as the administrator chooses.', 'job-submit-block' ),
	);
	$content    = '<p class="privacy-policy-tutorial">' . esc_html__( 'This plugin lets members submit job listings. Adapt the text below to how your site moderates them and how long it keeps them.', 'job-submit-block' ) . '</p>'
		. '<strong class="privacy-policy-tutorial">' . esc_html__( 'Suggested text:', 'job-submit-block' ) . ' </strong>';
	foreach ( $paragraphs as $paragraph ) {
		$content .= '<p>' . esc_html( $paragraph ) . '</p>';
	}
	wp_add_privacy_policy_content( __( 'Job Submit Block', 'job-submit-block' ), wp_kses_post( $content ) );
}
