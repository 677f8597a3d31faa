<?php
/**
 * The job fields: read from src/job-fields.json, the definition TypeScript reads too.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * All job fields, in their default order.
 *
 * @return array[] Field definitions keyed by field key.
 */
function job_submit_block_fields() {
	static $fields = null;
	if ( null === $fields ) {
		$definition = wp_json_file_decode( JOB_SUBMIT_BLOCK_DIR . 'src/job-fields.json', array( 'associative' => true ) );
		$fields     = array();
		foreach ( $definition['fields'] as $field ) {
			$fields[ $field['key'] ] = $field + array(
				'format'      => '',
				'help'        => '',
				'required'    => false,
				'alwaysShown' => false,
				'adminOnly'   => false,
				'inForm'      => true,
			);
		}
	}
	return $fields;
}

/**
 * The fields of one source: 'post', 'meta' or 'taxonomy'.
 *
 * @param string $source The source.
 * @return array[] Field definitions keyed by field key.
 */
function job_submit_block_fields_from( $source ) {
	return array_filter(
		job_submit_block_fields(),
		static function ( $field ) use ( $source ) {
			return $source === $field['source'];
		}
	);
}

/**
 * A field's default label, translated.
 *
 * The English labels live in job-fields.json so that PHP and TypeScript share them; they are
 * translated at run time through the plugin's text domain.
 *
 * @param array $field A field definition.
 * @return string
 */
function job_submit_block_field_label( $field ) {
	return translate( $field['label'], 'job-submit-block' ); // phpcs:ignore WordPress.WP.I18n -- the field definition's English text, from src/job-fields.json.
}
