<?php
/**
 * The Job details block: a listing's company, facts and how to apply, rendered on the server
 * from the listing's meta so that every theme styles it (block templates place the block;
 * classic themes get it before the content, see listing-template.php).
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_DETAILS_CLASS = 'wp-block-job-submit-block-job-details';

/**
 * Registers the Job details block from its built block.json, rendered by PHP.
 */
function job_submit_block_register_job_details_block() {
	$block_type = register_block_type(
		JOB_SUBMIT_BLOCK_DIR . 'build/job-details',
		array( 'render_callback' => 'job_submit_block_render_job_details' )
	);
	if ( $block_type ) {
		foreach ( $block_type->editor_script_handles as $handle ) {
			wp_set_script_translations( $handle, 'job-submit-block', JOB_SUBMIT_BLOCK_DIR . 'languages' );
		}
	}
}

/**
 * Renders the Job details of the listing in context (the template's post, or the current one).
 *
 * @param array    $attributes The block's attributes (none of its own).
 * @param string   $content    The block's inner content (none).
 * @param WP_Block $block      The block instance.
 * @return string HTML; '' outside a listing.
 */
function job_submit_block_render_job_details( $attributes, $content, $block ) {
	$post = get_post( (int) ( $block->context['postId'] ?? get_the_ID() ) );
	if ( ! $post || 'job_listing' !== $post->post_type ) {
		return '';
	}
	// A listing behind a password shows its details with its content: once it is given.
	if ( post_password_required( $post ) ) {
		return '';
	}
	$closed  = job_submit_block_listing_closed_reason( $post );
	$wrapper = get_block_wrapper_attributes( job_submit_block_anchor_attributes( $attributes ) + array( 'class' => '' !== $closed ? 'is-' . $closed : '' ) );
	return sprintf(
		'<div %1$s>%2$s%3$s%4$s%5$s</div>',
		$wrapper,
		job_submit_block_details_notice_html( $closed ),
		job_submit_block_details_company_html( $post ),
		job_submit_block_details_facts_html( $post ),
		'' === $closed ? job_submit_block_details_apply_html( $post ) : ''
	);
}

/**
 * The notice of a listing candidates may no longer apply to.
 *
 * @param string $closed 'expired', 'filled' or ''.
 * @return string HTML.
 */
function job_submit_block_details_notice_html( $closed ) {
	$notices = array(
		'expired' => __( 'This listing has expired.', 'job-submit-block' ),
		'filled'  => __( 'This position has been filled.', 'job-submit-block' ),
	);
	if ( ! isset( $notices[ $closed ] ) ) {
		return '';
	}
	return sprintf( '<p class="%1$s__notice is-%2$s">%3$s</p>', JOB_SUBMIT_BLOCK_DETAILS_CLASS, esc_attr( $closed ), esc_html( $notices[ $closed ] ) );
}

/**
 * The company: logo (the listing's featured image), name, tagline and website.
 *
 * @param WP_Post $post The listing.
 * @return string HTML; '' when the listing names no company.
 */
function job_submit_block_details_company_html( $post ) {
	$name    = job_submit_block_listing_text( $post, 'company_name' );
	$tagline = job_submit_block_listing_text( $post, 'company_tagline' );
	$website = esc_url( job_submit_block_listing_text( $post, 'company_website' ), array( 'http', 'https' ) );
	// The logo sits beside the company's name, which says the same: decorative then.
	$logo  = get_the_post_thumbnail(
		$post,
		'thumbnail',
		array(
			'class' => JOB_SUBMIT_BLOCK_DETAILS_CLASS . '__logo',
			'alt'   => '' !== $name ? '' : __( 'Company logo', 'job-submit-block' ),
		)
	);
	$parts = array();
	if ( '' !== $name ) {
		$parts[] = sprintf( '<p class="%1$s__company-name">%2$s</p>', JOB_SUBMIT_BLOCK_DETAILS_CLASS, esc_html( $name ) );
	}
	if ( '' !== $tagline ) {
		$parts[] = sprintf( '<p class="%1$s__tagline">%2$s</p>', JOB_SUBMIT_BLOCK_DETAILS_CLASS, esc_html( $tagline ) );
	}
	if ( '' !== $website ) {
		// Written by the member, as a commenter's link is.
		$parts[] = sprintf(
			'<p class="%1$s__website"><a href="%2$s" rel="nofollow ugc">%3$s</a></p>',
			JOB_SUBMIT_BLOCK_DETAILS_CLASS,
			$website,
			esc_html( (string) wp_parse_url( $website, PHP_URL_HOST ) )
		);
	}
	if ( ! $parts && ! $logo ) {
		return '';
	}
	return sprintf(
		'<div class="%1$s__company">%2$s<div class="%1$s__company-text">%3$s</div></div>',
		JOB_SUBMIT_BLOCK_DETAILS_CLASS,
		$logo,
		implode( '', $parts )
	);
}

/**
 * The facts: location and remote, job type, category, salary, posted and expiry dates.
 *
 * @param WP_Post $post The listing.
 * @return string HTML, a description list.
 */
function job_submit_block_details_facts_html( $post ) {
	$fields = job_submit_block_fields();
	$label  = static function ( $key, $fallback ) use ( $fields ) {
		return isset( $fields[ $key ] ) ? job_submit_block_field_label( $fields[ $key ] ) : $fallback;
	};

	$where = array_filter( array( job_submit_block_listing_text( $post, 'job_location' ) ), 'strlen' );
	if ( (int) get_post_meta( $post->ID, '_remote_position', true ) ) {
		$where[] = __( 'Remote', 'job-submit-block' );
	}
	$facts = array(
		$label( 'job_location', __( 'Location', 'job-submit-block' ) ) => esc_html( implode( ' · ', $where ) ),
	);
	foreach ( array(
		'job_type'     => 'job_listing_type',
		'job_category' => 'job_listing_category',
	) as $key => $taxonomy ) {
		$terms = get_the_terms( $post, $taxonomy );
		if ( is_array( $terms ) ) {
			$facts[ $label( $key, $taxonomy ) ] = esc_html( implode( ', ', wp_list_pluck( $terms, 'name' ) ) );
		}
	}
	$facts[ $label( 'job_salary', __( 'Salary', 'job-submit-block' ) ) ] = esc_html( job_submit_block_listing_salary( $post ) );
	$facts[ __( 'Posted', 'job-submit-block' ) ]                         = job_submit_block_listing_date_html( (string) get_post_time( 'Y-m-d', false, $post ) );
	$facts[ __( 'Expires', 'job-submit-block' ) ]                        = job_submit_block_listing_date_html( job_submit_block_listing_text( $post, 'job_expires' ) );

	$rows = '';
	foreach ( array_filter( $facts, 'strlen' ) as $term => $description ) {
		$rows .= sprintf( '<div><dt>%1$s</dt><dd>%2$s</dd></div>', esc_html( $term ), $description );
	}
	return sprintf( '<dl class="%1$s__facts">%2$s</dl>', JOB_SUBMIT_BLOCK_DETAILS_CLASS, $rows );
}

/**
 * How to apply: a button to the application address, and the email address written out so
 * that candidates without a mail program can copy it.
 *
 * @param WP_Post $post The listing.
 * @return string HTML; '' when the listing gives nowhere to apply.
 */
function job_submit_block_details_apply_html( $post ) {
	$target = job_submit_block_listing_apply_target( $post );
	if ( ! $target ) {
		return '';
	}
	$button = sprintf(
		// Both classes, as core's Button block has: block themes style the element, classic
		// themes the Button block's link.
		'<a class="%1$s__apply-button wp-block-button__link wp-element-button" href="%2$s"%3$s>%4$s</a>',
		JOB_SUBMIT_BLOCK_DETAILS_CLASS,
		esc_url( $target['href'], array( 'mailto', 'http', 'https' ) ),
		'url' === $target['kind'] ? ' rel="nofollow ugc"' : '',
		'email' === $target['kind'] ? esc_html__( 'Apply by email', 'job-submit-block' ) : esc_html__( 'Apply for this job', 'job-submit-block' )
	);
	$note = '';
	if ( 'email' === $target['kind'] ) {
		$note = sprintf(
			'<p class="%1$s__apply-note">%2$s</p>',
			JOB_SUBMIT_BLOCK_DETAILS_CLASS,
			sprintf(
				/* translators: %s: the email address candidates write to. */
				esc_html__( 'Send your application to %s.', 'job-submit-block' ),
				esc_html( $target['text'] )
			)
		);
	}
	return sprintf( '<div class="%1$s__apply">%2$s%3$s</div>', JOB_SUBMIT_BLOCK_DETAILS_CLASS, $button, $note );
}
