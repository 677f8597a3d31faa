<?php
/**
 * The job fields: read from src/job-fields.json, the definition TypeScript reads too.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * What a field definition says when it does not say otherwise.
 */
const JOB_SUBMIT_BLOCK_FIELD_DEFAULTS = array(
	'format'      => '',
	'help'        => '',
	'required'    => false,
	'alwaysShown' => false,
	'adminOnly'   => false,
	'inForm'      => true,
);

/**
 * All job fields, in their default order, as the job_submit_block_fields filter leaves them
 * (see fields-filter.php).
 *
 * The filter runs once: the result is kept from init priority 21 on, when the meta fields
 * are registered, so that a plugin may add its filter until then.
 *
 * @return array[] Field definitions keyed by field key.
 */
function job_submit_block_fields() {
	static $defined = null;
	static $fields  = null;
	if ( null !== $fields ) {
		return $fields;
	}
	if ( null === $defined ) {
		$definition = wp_json_file_decode( JOB_SUBMIT_BLOCK_DIR . 'src/job-fields.json', array( 'associative' => true ) );
		$defined    = array();
		foreach ( $definition['fields'] as $field ) {
			$defined[ $field['key'] ] = $field + JOB_SUBMIT_BLOCK_FIELD_DEFAULTS;
		}
	}
	$filtered = job_submit_block_filter_fields( $defined );
	if ( job_submit_block_fields_settled() ) {
		$fields = $filtered;
	}
	return $filtered;
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

/**
 * A field's default help text, translated as its label is; '' when it has none.
 *
 * @param array $field A field definition.
 * @return string
 */
function job_submit_block_field_help( $field ) {
	return '' !== $field['help'] ? translate( $field['help'], 'job-submit-block' ) : ''; // phpcs:ignore WordPress.WP.I18n -- the field definition's English text, from src/job-fields.json.
}
