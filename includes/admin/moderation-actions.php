<?php
/**
 * Approve and Reject on the listings screen: row actions, bulk actions, the requests they
 * send to admin-post.php, and the notices that report what was done. Every request is
 * checked for a moderator, a nonce and a listing awaiting review before anything changes.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_APPROVE_ACTION = 'job_submit_block_approve';
const JOB_SUBMIT_BLOCK_REJECT_ACTION  = 'job_submit_block_reject';

/**
 * Adds Approve and Reject to a listing awaiting review (post_row_actions).
 *
 * @param string[] $actions Row action links by key.
 * @param WP_Post  $post    The row's post.
 * @return string[]
 */
function job_submit_block_moderation_row_actions( $actions, $post ) {
	if ( ! job_submit_block_may_moderate_listing( $post ) ) {
		return $actions;
	}
	$title = _draft_or_post_title( $post );
	if ( ! job_submit_block_job_manager_active() ) {
		$actions['job_submit_block_approve'] = sprintf(
			'<a href="%1$s" aria-label="%2$s">%3$s</a>',
			esc_url( job_submit_block_approve_url( $post->ID ) ),
			/* translators: %s: listing title. */
			esc_attr( sprintf( __( 'Approve “%s”', 'job-submit-block' ), $title ) ),
			esc_html__( 'Approve', 'job-submit-block' )
		);
	}
	$actions['job_submit_block_reject'] = sprintf(
		'<a href="%1$s" aria-label="%2$s">%3$s</a>',
		esc_url( job_submit_block_reject_screen_url( array( $post->ID ) ) ),
		/* translators: %s: listing title. */
		esc_attr( sprintf( __( 'Reject “%s”', 'job-submit-block' ), $title ) ),
		esc_html__( 'Reject', 'job-submit-block' )
	);
	return $actions;
}

/**
 * The address that approves one listing, with its nonce.
 *
 * @param int $post_id The listing.
 * @return string
 */
function job_submit_block_approve_url( $post_id ) {
	return wp_nonce_url(
		add_query_arg(
			array(
				'action' => JOB_SUBMIT_BLOCK_APPROVE_ACTION,
				'post'   => $post_id,
			),
			admin_url( 'admin-post.php' )
		),
		JOB_SUBMIT_BLOCK_APPROVE_ACTION . '_' . $post_id
	);
}

/**
 * Adds Approve and Reject to the bulk actions (bulk_actions-edit-job_listing).
 *
 * @param string[] $actions Bulk actions by key.
 * @return string[]
 */
function job_submit_block_moderation_bulk_actions( $actions ) {
	if ( ! job_submit_block_current_user_moderates() ) {
		return $actions;
	}
	if ( ! job_submit_block_job_manager_active() ) {
		$actions[ JOB_SUBMIT_BLOCK_APPROVE_ACTION ] = __( 'Approve', 'job-submit-block' );
	}
	$actions[ JOB_SUBMIT_BLOCK_REJECT_ACTION ] = __( 'Reject', 'job-submit-block' );
	return $actions;
}

/**
 * Runs a bulk Approve, or sends a bulk Reject to the screen that asks for a reason
 * (handle_bulk_actions-edit-job_listing: WordPress has checked the list's nonce).
 *
 * @param string $sendback Where the list goes back to.
 * @param string $action   The bulk action.
 * @param int[]  $post_ids The chosen listings.
 * @return string
 */
function job_submit_block_handle_moderation_bulk_action( $sendback, $action, $post_ids ) {
	if ( JOB_SUBMIT_BLOCK_REJECT_ACTION === $action ) {
		return job_submit_block_reject_screen_url( $post_ids );
	}
	if ( JOB_SUBMIT_BLOCK_APPROVE_ACTION !== $action || job_submit_block_job_manager_active() ) {
		return $sendback;
	}
	job_submit_block_refuse_non_moderators();
	return add_query_arg( job_submit_block_moderate_each( $post_ids, 'job_submit_block_approve_listing', 'approved' ), $sendback );
}

/**
 * Applies a moderation to each listing the current user may moderate.
 *
 * @param int[]    $post_ids The listings.
 * @param callable $apply    Takes the WP_Post; returns whether it worked.
 * @param string   $done     The notice's key for those done: 'approved' or 'rejected'.
 * @return array<string, int> The notice's counts, as query arguments.
 */
function job_submit_block_moderate_each( $post_ids, $apply, $done ) {
	$counts = array(
		"job_submit_block_{$done}" => 0,
		'job_submit_block_skipped' => 0,
	);
	foreach ( array_unique( array_map( 'absint', (array) $post_ids ) ) as $post_id ) {
		$post = get_post( $post_id );
		if ( job_submit_block_may_moderate_listing( $post ) && call_user_func( $apply, $post ) ) {
			++$counts[ "job_submit_block_{$done}" ];
		} else {
			++$counts['job_submit_block_skipped'];
		}
	}
	return $counts;
}

/**
 * Ends the request with a 403 for anyone but a moderator.
 */
function job_submit_block_refuse_non_moderators() {
	if ( ! job_submit_block_current_user_moderates() ) {
		wp_die(
			esc_html__( 'Sorry, you are not allowed to moderate job listings.', 'job-submit-block' ),
			esc_html__( 'Not allowed', 'job-submit-block' ),
			array(
				'response'  => 403,
				'back_link' => true,
			)
		);
	}
}

/**
 * Approves one listing from its row link (admin_post_job_submit_block_approve).
 */
function job_submit_block_handle_approve_request() {
	job_submit_block_refuse_non_moderators();
	$post_id = isset( $_GET['post'] ) ? absint( $_GET['post'] ) : 0;
	check_admin_referer( JOB_SUBMIT_BLOCK_APPROVE_ACTION . '_' . $post_id );
	$counts = job_submit_block_moderate_each( array( $post_id ), 'job_submit_block_approve_listing', 'approved' );
	wp_safe_redirect( add_query_arg( $counts, job_submit_block_listings_url() ) );
	exit;
}

/**
 * Rejects the listings the reason screen names, with its reason
 * (admin_post_job_submit_block_reject).
 */
function job_submit_block_handle_reject_request() {
	job_submit_block_refuse_non_moderators();
	check_admin_referer( JOB_SUBMIT_BLOCK_REJECT_ACTION );
	$post_ids = isset( $_POST['post'] ) ? array_map( 'absint', (array) wp_unslash( $_POST['post'] ) ) : array();
	$reason   = isset( $_POST['reason'] ) ? sanitize_textarea_field( wp_unslash( (string) $_POST['reason'] ) ) : '';
	$reason   = mb_substr( trim( $reason ), 0, JOB_SUBMIT_BLOCK_REASON_MAX_LENGTH );
	$counts   = job_submit_block_moderate_each(
		$post_ids,
		static function ( $post ) use ( $reason ) {
			return job_submit_block_reject_listing( $post, $reason );
		},
		'rejected'
	);
	wp_safe_redirect( add_query_arg( $counts, job_submit_block_listings_url() ) );
	exit;
}

/**
 * The listings screen.
 *
 * @return string
 */
function job_submit_block_listings_url() {
	return admin_url( 'edit.php?post_type=job_listing' );
}

/**
 * Says on the listings screen what an Approve or Reject did (admin_notices).
 */
function job_submit_block_moderation_notices() {
	$screen = get_current_screen();
	if ( ! $screen || 'edit-job_listing' !== $screen->id ) {
		return;
	}
	// Counts only, read to word a notice: the action itself was checked with its nonce.
	// phpcs:disable WordPress.Security.NonceVerification.Recommended
	$approved = isset( $_GET['job_submit_block_approved'] ) ? absint( $_GET['job_submit_block_approved'] ) : 0;
	$rejected = isset( $_GET['job_submit_block_rejected'] ) ? absint( $_GET['job_submit_block_rejected'] ) : 0;
	$skipped  = isset( $_GET['job_submit_block_skipped'] ) ? absint( $_GET['job_submit_block_skipped'] ) : 0;
	// phpcs:enable
	$messages = array();
	if ( $approved ) {
		/* translators: %d: number of listings. */
		$messages[] = sprintf( _n( '%d listing approved and published.', '%d listings approved and published.', $approved, 'job-submit-block' ), $approved );
	}
	if ( $rejected ) {
		$messages[] = job_submit_block_setting( job_submit_block_email_setting( 'listing_rejected' ) )
			/* translators: %d: number of listings. */
			? sprintf( _n( '%d listing rejected and moved to the Trash; its author was told.', '%d listings rejected and moved to the Trash; their authors were told.', $rejected, 'job-submit-block' ), $rejected )
			/* translators: %d: number of listings. */
			: sprintf( _n( '%d listing rejected and moved to the Trash.', '%d listings rejected and moved to the Trash.', $rejected, 'job-submit-block' ), $rejected );
	}
	if ( $messages ) {
		wp_admin_notice(
			esc_html( implode( ' ', $messages ) ),
			array(
				'type'        => 'success',
				'dismissible' => true,
			)
		);
	}
	if ( $skipped ) {
		wp_admin_notice(
			/* translators: %d: number of listings. */
			esc_html( sprintf( _n( '%d listing was left as it was: it no longer awaits review.', '%d listings were left as they were: they no longer await review.', $skipped, 'job-submit-block' ), $skipped ) ),
			array(
				'type'        => 'warning',
				'dismissible' => true,
			)
		);
	}
}

/**
 * Keeps the notices' counts out of the address once shown (removable_query_args).
 *
 * @param string[] $args Query arguments WordPress removes.
 * @return string[]
 */
function job_submit_block_moderation_removable_args( $args ) {
	return array_merge( $args, array( 'job_submit_block_approved', 'job_submit_block_rejected', 'job_submit_block_skipped' ) );
}
