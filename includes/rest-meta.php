<?php
/**
 * Registers the job fields stored as post meta, with their REST schema, from the field
 * definition.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The JSON schema of one meta field.
 *
 * @param array $field A field definition.
 * @return array
 */
function job_submit_block_meta_schema( $field ) {
	$schema = array( 'type' => $field['type'] );
	foreach ( array( 'maxLength', 'enum', 'pattern' ) as $keyword ) {
		if ( isset( $field[ $keyword ] ) ) {
			$schema[ $keyword ] = $field[ $keyword ];
		}
	}
	// An empty value clears an optional field. WordPress checks neither "uri" nor "date"
	// (it would refuse '' as an "email"), so these formats tell a client what the field holds
	// while the validator checks it with field-level messages.
	$label = job_submit_block_field_label( $field );
	switch ( $field['format'] ) {
		case 'url':
			$schema['format'] = 'uri';
			/* translators: %s: field label. */
			$schema['description'] = sprintf( __( '%s: a web address starting with http:// or https://.', 'job-submit-block' ), $label );
			break;
		case 'email-or-url':
			/* translators: %s: field label. */
			$schema['description'] = sprintf( __( '%s: an email address, or a web address starting with http:// or https://.', 'job-submit-block' ), $label );
			break;
		case 'date':
			$schema['format'] = 'date';
			/* translators: %s: field label. */
			$schema['description'] = sprintf( __( '%s: a date as YYYY-MM-DD.', 'job-submit-block' ), $label );
			break;
	}
	return $schema;
}

/**
 * Registers each meta field of the definition for job listings.
 */
function job_submit_block_register_meta() {
	foreach ( job_submit_block_fields_from( 'meta' ) as $field ) {
		$admin_only = $field['adminOnly'];
		register_post_meta(
			'job_listing',
			$field['property'],
			array(
				'type'              => $field['type'],
				'description'       => $field['label'],
				'single'            => true,
				'default'           => $field['default'] ?? ( 'integer' === $field['type'] ? 0 : '' ),
				'sanitize_callback' => static function ( $value ) use ( $field ) {
					return job_submit_block_sanitize_field_value( $field, $value );
				},
				'auth_callback'     => static function ( $allowed, $meta_key, $post_id ) use ( $admin_only ) {
					if ( $admin_only ) {
						// Members set _filled on their own live listing only (see my-listings/policy.php).
						return current_user_can( 'edit_others_job_listings' ) || ( '_filled' === $meta_key && job_submit_block_member_may( 'fill', $post_id ) );
					}
					return current_user_can( 'edit_post', $post_id );
				},
				'show_in_rest'      => array( 'schema' => job_submit_block_meta_schema( $field ) ),
			)
		);
	}
}

/**
 * Reduces a field's value to what may be stored: plain text, a URL, an email, an integer.
 *
 * @param array $field A field definition.
 * @param mixed $value The value sent.
 * @return mixed
 */
function job_submit_block_sanitize_field_value( $field, $value ) {
	if ( 'integer' === $field['type'] ) {
		return (int) (bool) $value;
	}
	$value = sanitize_text_field( (string) $value );
	switch ( $field['format'] ) {
		case 'url':
			return '' === $value ? '' : esc_url_raw( $value, array( 'http', 'https' ) );
		case 'email-or-url':
			return is_email( $value ) ? sanitize_email( $value ) : esc_url_raw( $value, array( 'http', 'https' ) );
		default:
			return $value;
	}
}
