<?php
/**
 * Registers the block from block.json; the server renders it.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block type and its script translations.
 */
function job_submit_block_register_block() {
	$block_type = register_block_type( JOB_SUBMIT_BLOCK_DIR );
	if ( ! $block_type ) {
		return;
	}
	foreach ( array_merge( $block_type->editor_script_handles, $block_type->view_script_handles ) as $handle ) {
		wp_set_script_translations( $handle, 'job-submit-block', JOB_SUBMIT_BLOCK_DIR . 'languages' );
	}
}

/**
 * The wrapper attributes a server-rendered block adds for its HTML anchor: core prints a
 * static block's id from its saved markup, and nothing for a dynamic block's.
 *
 * @param array $attributes The block's attributes.
 * @return array The `id`, when the site builder gave one.
 */
function job_submit_block_anchor_attributes( $attributes ) {
	return ! empty( $attributes['anchor'] ) && is_string( $attributes['anchor'] ) ? array( 'id' => $attributes['anchor'] ) : array();
}
