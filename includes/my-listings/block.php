<?php
/**
 * Registers the My Job Listings block (src/my-listings/block.json) and its view script,
 * which is enqueued by the render for members only: guests get no script from it.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_LIST_VIEW_HANDLE = 'job-submit-block-my-listings-view';

/**
 * Registers the block type, its view script and their translations.
 */
function job_submit_block_register_my_listings_block() {
	$block_type = register_block_type( JOB_SUBMIT_BLOCK_DIR . 'src/my-listings' );
	if ( $block_type ) {
		foreach ( $block_type->editor_script_handles as $handle ) {
			wp_set_script_translations( $handle, 'job-submit-block', JOB_SUBMIT_BLOCK_DIR . 'languages' );
		}
	}
	$asset_file = JOB_SUBMIT_BLOCK_DIR . 'build/my-listings/view.asset.php';
	if ( file_exists( $asset_file ) ) {
		$asset = require $asset_file;
		wp_register_script(
			JOB_SUBMIT_BLOCK_LIST_VIEW_HANDLE,
			plugins_url( 'build/my-listings/view.js', JOB_SUBMIT_BLOCK_FILE ),
			// api-fetch with WordPress's own nonce and root middlewares, used as wp.apiFetch.
			array_unique( array_merge( $asset['dependencies'], array( 'wp-api-fetch' ) ) ),
			$asset['version'],
			array(
				'in_footer' => true,
				'strategy'  => 'defer',
			)
		);
		wp_set_script_translations( JOB_SUBMIT_BLOCK_LIST_VIEW_HANDLE, 'job-submit-block', JOB_SUBMIT_BLOCK_DIR . 'languages' );
	}
}

/**
 * The address of the first published page holding the My Job Listings block; the home page
 * when there is none (the expiry warning links there).
 *
 * @return string
 */
function job_submit_block_my_listings_page_url() {
	$pages = get_posts(
		array(
			'post_type'      => 'page',
			'post_status'    => 'publish',
			's'              => '<!-- wp:job-submit-block/my-listings',
			'sentence'       => true,
			'search_columns' => array( 'post_content' ),
			'posts_per_page' => 1,
			'orderby'        => 'ID',
			'order'          => 'ASC',
			'fields'         => 'ids',
		)
	);
	return $pages ? (string) get_permalink( $pages[0] ) : home_url( '/' );
}
