<?php
/**
 * Validates a job listing's fields against the field definition, one message per field.
 * Used by the REST route and the no-JavaScript form alike, so both say the same.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The value a REST request gives a field, if it gives one.
 *
 * @param WP_REST_Request $request The request.
 * @param array           $field   A field definition.
 * @return array{0: bool, 1: mixed} Whether the field was sent, and its value.
 */
function job_submit_block_request_field_value( $request, $field ) {
	if ( 'meta' === $field['source'] ) {
		$meta = $request->get_param( 'meta' );
		if ( ! is_array( $meta ) || ! array_key_exists( $field['property'], $meta ) ) {
			return array( false, null );
		}
		return array( true, $meta[ $field['property'] ] );
	}
	$params = $request->get_params();
	if ( ! array_key_exists( $field['property'], $params ) ) {
		return array( false, null );
	}
	$value = $params[ $field['property'] ];
	// Titles and contents may come as { raw: … } objects, as the block editor sends them.
	if ( 'post' === $field['source'] && is_array( $value ) ) {
		$value = $value['raw'] ?? '';
	}
	return array( true, $value );
}

/**
 * Checks one field's value; null when it is valid.
 *
 * @param array $field    A field definition.
 * @param mixed $value    The value.
 * @param bool  $required Whether the field must have a value.
 * @return string|null The message for the field.
 */
function job_submit_block_field_error( $field, $value, $required ) {
	$label = job_submit_block_field_label( $field );

	if ( 'taxonomy' === $field['source'] ) {
		$ids = is_array( $value ) ? $value : ( '' === $value || null === $value ? array() : array( $value ) );
		if ( $required && ! $ids ) {
			/* translators: %s: field label. */
			return sprintf( __( 'Choose a %s.', 'job-submit-block' ), $label );
		}
		foreach ( $ids as $id ) {
			if ( ! is_numeric( $id ) || ! term_exists( (int) $id, $field['taxonomy'] ) ) {
				/* translators: %s: field label. */
				return sprintf( __( 'That %s is no longer available. Choose another.', 'job-submit-block' ), $label );
			}
		}
		return null;
	}

	if ( 'integer' === $field['type'] ) {
		if ( ! in_array( $value, array( 0, 1, '0', '1', true, false ), true ) ) {
			/* translators: %s: field label. */
			return sprintf( __( '%s must be yes or no.', 'job-submit-block' ), $label );
		}
		return ( $required && ! $value ) ? sprintf(
			/* translators: %s: field label. */
			__( '%s is required.', 'job-submit-block' ),
			$label
		) : null;
	}

	if ( ! is_scalar( $value ) && null !== $value ) {
		/* translators: %s: field label. */
		return sprintf( __( '%s must be text.', 'job-submit-block' ), $label );
	}
	$text = trim( (string) $value );
	if ( 'html' === $field['format'] ) {
		$text = trim( wp_strip_all_tags( $text ) );
	}
	if ( '' === $text ) {
		/* translators: %s: field label. */
		return $required ? sprintf( __( '%s is required.', 'job-submit-block' ), $label ) : null;
	}
	if ( isset( $field['maxLength'] ) && mb_strlen( (string) $value ) > $field['maxLength'] ) {
		/* translators: 1: field label, 2: maximum number of characters. */
		return sprintf( __( '%1$s must be at most %2$d characters.', 'job-submit-block' ), $label, $field['maxLength'] );
	}
	if ( isset( $field['enum'] ) && ! in_array( $text, $field['enum'], true ) ) {
		/* translators: %s: field label. */
		return sprintf( __( 'Choose one of the listed values for %s.', 'job-submit-block' ), $label );
	}
	if ( isset( $field['pattern'] ) && ! preg_match( '/' . $field['pattern'] . '/', $text ) ) {
		/* translators: 1: field label, 2: the field's help text. */
		return sprintf( __( '%1$s is not in the right form. %2$s', 'job-submit-block' ), $label, $field['help'] );
	}
	switch ( $field['format'] ) {
		case 'url':
			return job_submit_block_is_web_address( $text ) ? null : __( 'Enter a web address starting with http:// or https://.', 'job-submit-block' );
		case 'email-or-url':
			return ( is_email( $text ) || job_submit_block_is_web_address( $text ) ) ? null : __( 'Enter an email address or a web address starting with http:// or https://.', 'job-submit-block' );
		case 'date':
			$date = DateTime::createFromFormat( '!Y-m-d', $text );
			return ( $date && $date->format( 'Y-m-d' ) === $text ) ? null : __( 'Enter a date as YYYY-MM-DD.', 'job-submit-block' );
	}
	return null;
}

/**
 * Whether a string is an http or https address with a host.
 *
 * @param string $text The text.
 * @return bool
 */
function job_submit_block_is_web_address( $text ) {
	$parts = wp_parse_url( $text );
	return is_array( $parts )
		&& in_array( strtolower( $parts['scheme'] ?? '' ), array( 'http', 'https' ), true )
		&& ! empty( $parts['host'] )
		&& false === strpbrk( $text, " \t\r\n<>\"" );
}

/**
 * Validates the fields a REST request sends for a job listing.
 *
 * On create every required field must be there; on update only the fields sent are checked.
 * Admin-only fields are left to their own schema and permission checks.
 *
 * @param WP_REST_Request $request   The request.
 * @param bool            $is_create Whether the request creates a listing.
 * @param string[]        $required  Keys of the fields that must have a value.
 * @return array<string, string> Messages keyed by field key; empty when all is valid.
 */
function job_submit_block_validate_request( $request, $is_create, $required ) {
	$errors = array();
	foreach ( job_submit_block_fields() as $key => $field ) {
		if ( $field['adminOnly'] ) {
			continue;
		}
		list( $sent, $value ) = job_submit_block_request_field_value( $request, $field );
		$must = in_array( $key, $required, true );
		if ( ! $sent && ! ( $is_create && $must ) ) {
			continue;
		}
		$error = job_submit_block_field_error( $field, $value, $must );
		if ( null !== $error ) {
			$errors[ $key ] = $error;
		}
	}
	return $errors;
}

/**
 * The keys of the fields the definition requires.
 *
 * @return string[]
 */
function job_submit_block_required_field_keys() {
	return array_keys( wp_list_filter( job_submit_block_fields(), array( 'required' => true ) ) );
}

/**
 * A REST error in WordPress's rest_invalid_param shape: one message per field in params.
 *
 * @param array<string, string> $errors Messages keyed by field key.
 * @return WP_Error
 */
function job_submit_block_invalid_params_error( $errors ) {
	return new WP_Error(
		'rest_invalid_param',
		/* translators: %s: list of field keys. */
		sprintf( __( 'Invalid parameter(s): %s', 'job-submit-block' ), implode( ', ', array_keys( $errors ) ) ),
		array(
			'status' => 400,
			'params' => $errors,
		)
	);
}
