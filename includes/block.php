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
