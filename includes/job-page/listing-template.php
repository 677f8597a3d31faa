<?php
/**
 * The single listing page: a block template for block themes, built from the theme's own
 * header and footer, the title, the Job details block and the description; and the same
 * details before the content wherever the template in use does not place the block (classic
 * themes, or a theme's own single-job_listing template).
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_DETAILS_BLOCK = 'job-submit-block/job-details';

/**
 * Registers the single-job_listing block template (WordPress 6.7's plugin template API). A
 * theme's own single-job_listing template, or one a site builder saved, takes its place.
 */
function job_submit_block_register_listing_template() {
	if ( ! function_exists( 'register_block_template' ) || ! job_submit_block_job_page_applies() ) {
		return;
	}
	register_block_template(
		'job-submit-block//single-job_listing',
		array(
			'title'       => __( 'Single Job Listing', 'job-submit-block' ),
			'description' => __( 'A job listing: its title, company, location, type, salary, dates, how to apply and its description.', 'job-submit-block' ),
			'post_types'  => array( 'job_listing' ),
			'content'     => job_submit_block_listing_template_content(),
		)
	);
}

/**
 * The template's blocks: the theme's header and footer parts around the listing.
 *
 * @return string Block markup.
 */
function job_submit_block_listing_template_content() {
	return '<!-- wp:template-part {"slug":"header","tagName":"header"} /-->
<!-- wp:group {"tagName":"main","layout":{"type":"constrained"}} -->
<main class="wp-block-group">
<!-- wp:post-title {"level":1} /-->
<!-- wp:' . JOB_SUBMIT_BLOCK_DETAILS_BLOCK . ' /-->
<!-- wp:post-content {"layout":{"type":"constrained"}} /-->
</main>
<!-- /wp:group -->
<!-- wp:template-part {"slug":"footer","tagName":"footer"} /-->';
}

/**
 * Puts the Job details before a single listing's content when the page's template does not
 * place the block itself (the_content).
 *
 * @param string $content The listing's content.
 * @return string
 */
function job_submit_block_add_details_to_content( $content ) {
	global $_wp_current_template_content;
	if ( ! is_singular( 'job_listing' ) || ! in_the_loop() || ! is_main_query() || get_the_ID() !== get_queried_object_id() ) {
		return $content;
	}
	// An excerpt made from the content (wp_trim_excerpt() runs the_content) is the description's.
	if ( ! job_submit_block_job_page_applies() || doing_filter( 'get_the_excerpt' ) ) {
		return $content;
	}
	// A block template that places the block shows it where the site builder put it.
	if ( is_string( $_wp_current_template_content ) && false !== strpos( $_wp_current_template_content, '<!-- wp:' . JOB_SUBMIT_BLOCK_DETAILS_BLOCK . ' ' ) ) {
		return $content;
	}
	$details = render_block(
		array(
			'blockName'    => JOB_SUBMIT_BLOCK_DETAILS_BLOCK,
			'attrs'        => array(),
			'innerBlocks'  => array(),
			'innerHTML'    => '',
			'innerContent' => array(),
		)
	);
	return $details . $content;
}
