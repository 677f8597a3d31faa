<?php
/**
 * The field definition for the editor: the fields as the job_submit_block_fields filter left
 * them, with their labels and help texts translated, printed before the editor script as
 * `window.jobSubmitBlockFields` (read by src/fields.ts). The editor thus shows the fields
 * other plugins add, in the site's language. The view script gets the fields of each form in
 * its data-config instead (see front-end-scripts.php).
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every field, as scripts read it: label, help and the words of its choices translated.
 *
 * @return array[] Field definitions, in their default order.
 */
function job_submit_block_fields_for_scripts() {
	$fields = array();
	foreach ( job_submit_block_fields() as $field ) {
		$field['label'] = job_submit_block_field_label( $field );
		$field['help']  = job_submit_block_field_help( $field );
		if ( isset( $field['optionLabels'] ) ) {
			$field['optionLabels'] = wp_list_pluck( job_submit_block_field_options( $field ), 'label' );
		}
		$fields[] = $field;
	}
	return $fields;
}

/**
 * Prints the fields before the block's editor script (enqueue_block_editor_assets), once,
 * when an editor loads: no other page pays for translating them.
 */
function job_submit_block_add_editor_fields() {
	static $added = false;
	$block_type   = WP_Block_Type_Registry::get_instance()->get_registered( 'job-submit-block/form' );
	if ( $added || ! $block_type ) {
		return;
	}
	$added  = true;
	$script = job_submit_block_editor_fields_script();
	foreach ( $block_type->editor_script_handles as $handle ) {
		wp_add_inline_script( $handle, $script, 'before' );
	}
}

/**
 * The script that hands the fields to an editor script, once built for the request.
 *
 * @return string
 */
function job_submit_block_editor_fields_script() {
	static $script = null;
	if ( null === $script ) {
		// Hex escapes keep a label's "</script>" or "<!--" from ending the script early.
		$data   = wp_json_encode( job_submit_block_fields_for_scripts(), JSON_HEX_TAG | JSON_HEX_AMP );
		$script = "window.jobSubmitBlockFields = {$data};";
	}
	return $script;
}
