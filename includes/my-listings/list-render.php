<?php
/**
 * The My Job Listings block's markup: the member's own listings, newest first, with their
 * state in words, their dates and the actions the policy allows (see policy.php). The view
 * script replaces the list with a fresh render of it after each action, so this is the one
 * place rows are drawn.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_LIST_PAGE_VAR = 'listings-page';

/**
 * The current member's listings for a page of the list: pending, live, expired and withdrawn.
 *
 * @param int $per_page Listings per page.
 * @param int $page     The page, from 1.
 * @return WP_Query
 */
function job_submit_block_member_listings_query( $per_page, $page ) {
	return new WP_Query(
		array(
			'post_type'        => 'job_listing',
			'post_status'      => array( 'pending', 'publish', 'expired', 'trash' ),
			'author'           => get_current_user_id(),
			'orderby'          => array(
				'date' => 'DESC',
				'ID'   => 'DESC',
			),
			'posts_per_page'   => max( 1, min( 100, $per_page ) ),
			'paged'            => max( 1, $page ),
			'suppress_filters' => true,
		)
	);
}

/**
 * A listing's state in words.
 *
 * @param string $state See job_submit_block_listing_state().
 * @return string
 */
function job_submit_block_listing_state_label( $state ) {
	$labels = array(
		'pending'   => __( 'Pending review', 'job-submit-block' ),
		'live'      => __( 'Live', 'job-submit-block' ),
		'filled'    => __( 'Filled', 'job-submit-block' ),
		'expired'   => __( 'Expired', 'job-submit-block' ),
		'withdrawn' => __( 'Withdrawn', 'job-submit-block' ),
	);
	return $labels[ $state ] ?? '';
}

/**
 * The list, its pagination and its notices, for the current member.
 *
 * @param array  $attributes The block's attributes.
 * @param string $page_url   The address of the page the block is on.
 * @param array  $result     The outcome of an action posted without JavaScript, if any.
 * @return string HTML.
 */
function job_submit_block_my_listings_html( $attributes, $page_url, $result ) {
	$columns = array_intersect( array( 'status', 'submitted', 'expires' ), (array) ( $attributes['columns'] ?? array() ) );
	$page    = isset( $_GET[ JOB_SUBMIT_BLOCK_LIST_PAGE_VAR ] ) ? absint( $_GET[ JOB_SUBMIT_BLOCK_LIST_PAGE_VAR ] ) : 1; // phpcs:ignore WordPress.Security.NonceVerification -- a page number of the member's own list.
	$query   = job_submit_block_member_listings_query( (int) ( $attributes['perPage'] ?? 10 ), $page );
	$notice  = job_submit_block_list_notice_html( $result );
	if ( ! $query->have_posts() && 1 >= $page ) {
		$form_url = job_submit_block_form_page_url( $attributes );
		$empty    = esc_html__( 'You have not posted any job listings yet.', 'job-submit-block' );
		if ( '' !== $form_url ) {
			$empty .= sprintf( ' <a href="%1$s">%2$s</a>', esc_url( $form_url ), esc_html__( 'Post a job', 'job-submit-block' ) );
		}
		return $notice . sprintf( '<p class="wp-block-job-submit-block-my-listings__empty">%s</p>', $empty );
	}
	$head        = '<th scope="col">' . esc_html__( 'Job', 'job-submit-block' ) . '</th>';
	$head_labels = array(
		'status'    => __( 'Status', 'job-submit-block' ),
		'submitted' => __( 'Submitted', 'job-submit-block' ),
		'expires'   => __( 'Expires', 'job-submit-block' ),
	);
	foreach ( $columns as $column ) {
		$head .= '<th scope="col">' . esc_html( $head_labels[ $column ] ) . '</th>';
	}
	$head .= '<th scope="col">' . esc_html__( 'Actions', 'job-submit-block' ) . '</th>';
	// What every row's actions share, worked out once for the page rather than once a row.
	$shared = array(
		'page_url' => $page_url,
		'form_url' => job_submit_block_form_page_url( $attributes ),
		'nonce'    => wp_create_nonce( 'job_submit_block_listing_action' ),
	);
	$rows   = '';
	foreach ( $query->posts as $post ) {
		$rows .= job_submit_block_listing_row_html( $post, $columns, $shared, $result );
	}
	return sprintf(
		'%1$s<table class="wp-block-job-submit-block-my-listings__table"><caption class="screen-reader-text">%2$s</caption><thead><tr>%3$s</tr></thead><tbody>%4$s</tbody></table>%5$s',
		$notice,
		esc_html__( 'Your job listings', 'job-submit-block' ),
		$head,
		$rows,
		job_submit_block_list_pagination_html( $query, $page, $page_url )
	);
}

/**
 * The message of an action's outcome, in the block's live region.
 *
 * @param array $result The outcome: 'message' and 'error'.
 * @return string HTML.
 */
function job_submit_block_list_notice_html( $result ) {
	$message = (string) ( $result['message'] ?? '' );
	return sprintf(
		'<div class="wp-block-job-submit-block-my-listings__status%1$s" role="status" aria-live="polite" aria-atomic="true" tabindex="-1">%2$s</div>',
		empty( $result['error'] ) ? '' : ' is-error',
		'' === $message ? '' : '<p>' . esc_html( $message ) . '</p>'
	);
}

/**
 * One listing's row.
 *
 * @param WP_Post  $post    The listing.
 * @param string[] $columns The columns shown.
 * @param array    $shared  What every row shares: 'page_url' (the page's address), 'form_url'
 *                          (the form's page, '' for none) and 'nonce' (of the actions).
 * @param array    $result  The outcome of a posted action (a withdrawal to confirm).
 * @return string HTML.
 */
function job_submit_block_listing_row_html( $post, $columns, $shared, $result ) {
	$state = job_submit_block_listing_state( $post );
	$title = esc_html( '' !== $post->post_title ? $post->post_title : __( '(no title)', 'job-submit-block' ) );
	if ( in_array( $state, array( 'live', 'filled' ), true ) ) {
		$title = sprintf( '<a href="%1$s">%2$s</a>', esc_url( (string) get_permalink( $post ) ), $title );
	}
	$cells = sprintf( '<th scope="row" class="wp-block-job-submit-block-my-listings__title" tabindex="-1">%s</th>', $title );
	foreach ( $columns as $column ) {
		if ( 'status' === $column ) {
			$cells .= sprintf( '<td><span class="wp-block-job-submit-block-my-listings__state is-%1$s">%2$s</span></td>', esc_attr( $state ), esc_html( job_submit_block_listing_state_label( $state ) ) );
		} elseif ( 'submitted' === $column ) {
			$cells .= '<td>' . job_submit_block_listing_date_html( (string) get_post_time( 'Y-m-d', false, $post ) ) . '</td>';
		} else {
			$expires = in_array( $state, array( 'live', 'filled' ), true ) ? job_submit_block_listing_text( $post, 'job_expires' ) : '';
			$cells  .= '<td>' . job_submit_block_listing_date_html( $expires ) . '</td>';
		}
	}
	$confirm = ( $result['confirm'] ?? 0 ) === $post->ID;
	return sprintf(
		'<tr data-listing="%1$d">%2$s<td class="wp-block-job-submit-block-my-listings__actions">%3$s</td></tr>',
		$post->ID,
		$cells,
		$confirm ? job_submit_block_withdraw_confirmation_html( $post, $shared ) : job_submit_block_listing_actions_html( $post, $state, $shared )
	);
}

/**
 * The actions the member may take on a listing now: each a small form that posts to the page
 * (the view script sends the same through REST), and editing a link to the form's page.
 *
 * @param WP_Post $post   The listing.
 * @param string  $state  Its state, see job_submit_block_listing_state().
 * @param array   $shared What every row shares, see job_submit_block_listing_row_html().
 * @return string HTML.
 */
function job_submit_block_listing_actions_html( $post, $state, $shared ) {
	$html  = '';
	$title = $post->post_title;
	if ( '' !== $shared['form_url'] && job_submit_block_member_may( 'edit', $post ) ) {
		$html .= sprintf(
			'<a class="wp-block-job-submit-block-my-listings__action" href="%1$s" aria-label="%2$s">%3$s</a>',
			esc_url( add_query_arg( 'edit_listing', $post->ID, $shared['form_url'] ) ),
			/* translators: %s: listing title. */
			esc_attr( sprintf( __( 'Edit “%s”', 'job-submit-block' ), $title ) ),
			esc_html__( 'Edit', 'job-submit-block' )
		);
	}
	if ( job_submit_block_member_may( 'fill', $post ) ) {
		$filled = 'filled' === $state;
		$html  .= job_submit_block_action_form_html(
			$post,
			$filled ? 'unfill' : 'fill',
			$filled ? __( 'Mark not filled', 'job-submit-block' ) : __( 'Mark filled', 'job-submit-block' ),
			/* translators: %s: listing title. */
			sprintf( $filled ? __( 'Mark “%s” not filled', 'job-submit-block' ) : __( 'Mark “%s” filled', 'job-submit-block' ), $title ),
			$shared
		);
	}
	if ( job_submit_block_member_may( 'relist', $post ) ) {
		/* translators: %s: listing title. */
		$html .= job_submit_block_action_form_html( $post, 'relist', __( 'Relist', 'job-submit-block' ), sprintf( __( 'Relist “%s”', 'job-submit-block' ), $title ), $shared );
	}
	if ( job_submit_block_member_may( 'withdraw', $post ) ) {
		/* translators: %s: listing title. */
		$html .= job_submit_block_action_form_html( $post, 'withdraw', __( 'Withdraw', 'job-submit-block' ), sprintf( __( 'Withdraw “%s”', 'job-submit-block' ), $title ), $shared );
	}
	return $html;
}

/**
 * One action's form.
 *
 * @param WP_Post $post   The listing.
 * @param string  $action 'fill', 'unfill', 'relist', 'withdraw' or 'confirm-withdraw'.
 * @param string  $text   The button's text.
 * @param string  $label  The button's accessible name, naming the listing.
 * @param array   $shared What every row shares, see job_submit_block_listing_row_html().
 * @return string HTML.
 */
function job_submit_block_action_form_html( $post, $action, $text, $label, $shared ) {
	return sprintf(
		'<form class="wp-block-job-submit-block-my-listings__form" method="post" action="%1$s" data-action="%2$s"><input type="hidden" name="job_listing_action" value="%2$s" /><input type="hidden" name="job_listing_id" value="%3$d" />%4$s<button type="submit" class="wp-block-job-submit-block-my-listings__button wp-element-button" aria-label="%5$s">%6$s</button></form>',
		esc_url( $shared['page_url'] ),
		esc_attr( $action ),
		$post->ID,
		// Without wp_nonce_field()'s id, which every row's form would repeat.
		sprintf( '<input type="hidden" name="job_listing_nonce" value="%s" />', esc_attr( $shared['nonce'] ) ),
		esc_attr( $label ),
		esc_html( $text )
	);
}

/**
 * The confirmation of a withdrawal, shown in place of the actions without JavaScript (the
 * view script asks in a dialog instead).
 *
 * @param WP_Post $post The listing.
 * @param array   $shared What every row shares, see job_submit_block_listing_row_html().
 * @return string HTML.
 */
function job_submit_block_withdraw_confirmation_html( $post, $shared ) {
	return sprintf(
		'<div class="wp-block-job-submit-block-my-listings__confirm" role="group" aria-labelledby="job-listing-confirm-%1$d"><p id="job-listing-confirm-%1$d">%2$s</p>%3$s<a href="%4$s">%5$s</a></div>',
		$post->ID,
		/* translators: %s: listing title. */
		esc_html( sprintf( __( 'Withdraw “%s”? It is taken off the site and cannot be brought back from here.', 'job-submit-block' ), $post->post_title ) ),
		job_submit_block_action_form_html( $post, 'confirm-withdraw', __( 'Yes, withdraw it', 'job-submit-block' ), __( 'Yes, withdraw it', 'job-submit-block' ), $shared ),
		esc_url( $shared['page_url'] ),
		esc_html__( 'Keep it', 'job-submit-block' )
	);
}

/**
 * Links to the list's other pages.
 *
 * @param WP_Query $query    The page's query.
 * @param int      $page     The current page.
 * @param string   $page_url The page's address.
 * @return string HTML.
 */
function job_submit_block_list_pagination_html( $query, $page, $page_url ) {
	if ( $query->max_num_pages < 2 ) {
		return '';
	}
	$links = '';
	if ( $page > 1 ) {
		$links .= sprintf( '<a href="%1$s">%2$s</a> ', esc_url( add_query_arg( JOB_SUBMIT_BLOCK_LIST_PAGE_VAR, $page - 1, $page_url ) ), esc_html__( 'Newer listings', 'job-submit-block' ) );
	}
	if ( $page < $query->max_num_pages ) {
		$links .= sprintf( '<a href="%1$s">%2$s</a>', esc_url( add_query_arg( JOB_SUBMIT_BLOCK_LIST_PAGE_VAR, $page + 1, $page_url ) ), esc_html__( 'Older listings', 'job-submit-block' ) );
	}
	return sprintf( '<nav class="wp-block-job-submit-block-my-listings__pages" aria-label="%1$s">%2$s</nav>', esc_attr__( 'Your job listings, pages', 'job-submit-block' ), $links );
}

/**
 * The address of the page holding the form, chosen in the block's settings; '' when none.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function job_submit_block_form_page_url( $attributes ) {
	$page_id = (int) ( $attributes['formPageId'] ?? 0 );
	return $page_id && 'publish' === get_post_status( $page_id ) ? (string) get_permalink( $page_id ) : '';
}
