<?php
/**
 * Validates a job listing's fields against the field definition, one message per field.
 * Used by the REST route and the no-JavaScript form alike, so both say the same.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The most terms a listing may have in one taxonomy: more than any form offers, few enough
 * that checking them costs one query.
 */
const JOB_SUBMIT_BLOCK_MAX_TERMS = 20;

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
	if ( 'post' === $field['source'] && is_array( $value ) && array_key_exists( 'raw', $value ) ) {
		$value = $value['raw'];
	}
	return array( true, $value );
}

/**
 * A field's value as it will be stored: reduced by the same sanitising that storing applies.
 *
 * @param array  $field A field definition.
 * @param string $text  The value sent.
 * @return string
 */
function job_submit_block_stored_text( $field, $text ) {
	if ( 'meta' === $field['source'] ) {
		return (string) job_submit_block_sanitize_field_value( $field, $text );
	}
	if ( 'html' === $field['format'] ) {
		return wp_kses( $text, job_submit_block_description_allowed_html() );
	}
	return sanitize_text_field( $text );
}

/**
 * Whether stored text shows nothing to a reader: no characters but spaces (no-break spaces
 * included) once the tags are gone and the entities read.
 *
 * @param array  $field  A field definition.
 * @param string $stored The value as stored.
 * @return bool
 */
function job_submit_block_shows_nothing( $field, $stored ) {
	if ( 'html' === $field['format'] ) {
		$stored = html_entity_decode( wp_strip_all_tags( $stored ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}
	return '' === (string) preg_replace( '/[\s\x{00A0}\x{2000}-\x{200B}\x{3000}]+/u', '', $stored );
}

/**
 * The name a message gives a field: the label of the form it was sent from (a site builder
 * may call Company name "Organisation"), else the definition's.
 *
 * @param array $field A field definition, with 'formLabel' when a form names it.
 * @return string
 */
function job_submit_block_message_label( $field ) {
	return isset( $field['formLabel'] ) && '' !== $field['formLabel'] ? $field['formLabel'] : job_submit_block_field_label( $field );
}

/**
 * Checks the term IDs sent for a taxonomy field; null when they are valid.
 *
 * @param array      $field    A field definition.
 * @param mixed      $value    The value: an ID, a list of IDs, or nothing.
 * @param bool       $required Whether a term must be chosen.
 * @param int[]|null $offered  The IDs the form offers; null for any.
 * @return string|null The message for the field.
 */
function job_submit_block_terms_error( $field, $value, $required, $offered ) {
	$label = job_submit_block_message_label( $field );
	if ( null === $value || '' === $value ) {
		$value = array();
	}
	$ids = is_array( $value ) ? $value : array( $value );
	// Counted before duplicates are dropped: no form sends more, and dropping them is work.
	if ( count( $ids ) > JOB_SUBMIT_BLOCK_MAX_TERMS ) {
		/* translators: 1: maximum number of choices, 2: field label. */
		return sprintf( __( 'Choose at most %1$d for %2$s.', 'job-submit-block' ), JOB_SUBMIT_BLOCK_MAX_TERMS, $label );
	}
	foreach ( $ids as $id ) {
		if ( ! is_int( $id ) && ! ( is_string( $id ) && ctype_digit( $id ) ) ) {
			/* translators: %s: field label. */
			return sprintf( __( '%s: that choice is no longer available. Choose another.', 'job-submit-block' ), $label );
		}
	}
	$ids = array_values( array_unique( array_map( 'intval', $ids ) ) );
	if ( ! $ids ) {
		/* translators: %s: field label. */
		return $required ? sprintf( __( '%s: choose one.', 'job-submit-block' ), $label ) : null;
	}
	$existing = get_terms(
		array(
			'taxonomy'   => $field['taxonomy'],
			'include'    => $ids,
			'fields'     => 'ids',
			'hide_empty' => false,
		)
	);
	$allowed  = is_array( $existing ) ? array_map( 'intval', $existing ) : array();
	if ( null !== $offered ) {
		$allowed = array_intersect( $allowed, $offered );
	}
	if ( array_diff( $ids, $allowed ) ) {
		/* translators: %s: field label. */
		return sprintf( __( '%s: that choice is no longer available. Choose another.', 'job-submit-block' ), $label );
	}
	return null;
}

/**
 * Checks one field's value as it will be stored; null when it is valid.
 *
 * @param array      $field    A field definition.
 * @param mixed      $value    The value sent.
 * @param bool       $required Whether the field must have a value.
 * @param int[]|null $offered  For a taxonomy field, the term IDs the form offers; null for any.
 * @return string|null The message for the field.
 */
function job_submit_block_field_error( $field, $value, $required, $offered = null ) {
	$label = job_submit_block_message_label( $field );

	if ( 'taxonomy' === $field['source'] ) {
		return job_submit_block_terms_error( $field, $value, $required, $offered );
	}

	if ( 'integer' === $field['type'] ) {
		// 0 or 1, as the REST schema of an integer meta takes them (a JSON true it refuses).
		if ( ! in_array( $value, array( 0, 1, '0', '1' ), true ) ) {
			/* translators: %s: field label. */
			return sprintf( __( '%s must be yes or no.', 'job-submit-block' ), $label );
		}
		return ( $required && ! (int) $value ) ? sprintf(
			/* translators: %s: field label. */
			__( '%s is required.', 'job-submit-block' ),
			$label
		) : null;
	}

	if ( null !== $value && ! is_string( $value ) ) {
		/* translators: %s: field label. */
		return sprintf( __( '%s must be text.', 'job-submit-block' ), $label );
	}
	$text = trim( (string) $value );
	if ( '' !== $text && '' === wp_check_invalid_utf8( $text ) ) {
		/* translators: %s: field label. */
		return sprintf( __( '%s contains characters that cannot be read. Please type it again.', 'job-submit-block' ), $label );
	}
	if ( isset( $field['maxLength'] ) && mb_strlen( $text ) > $field['maxLength'] ) {
		/* translators: 1: field label, 2: maximum number of characters. */
		return sprintf( __( '%1$s must be at most %2$d characters.', 'job-submit-block' ), $label, $field['maxLength'] );
	}
	if ( '' === $text ) {
		/* translators: %s: field label. */
		return $required ? sprintf( __( '%s is required.', 'job-submit-block' ), $label ) : null;
	}
	if ( isset( $field['enum'] ) && ! in_array( $text, $field['enum'], true ) ) {
		/* translators: %s: field label. */
		return sprintf( __( 'Choose one of the listed values for %s.', 'job-submit-block' ), $label );
	}
	if ( isset( $field['pattern'] ) && ! preg_match( '/' . $field['pattern'] . '/', $text ) ) {
		/* translators: 1: field label, 2: the field's help text. */
		return sprintf( __( '%1$s is not in the right form. %2$s', 'job-submit-block' ), $label, $field['help'] );
	}
	// The format's own message first: it says why a web address would be dropped.
	$format_error = job_submit_block_format_error( $field['format'], $text );
	if ( null !== $format_error ) {
		return $format_error;
	}
	if ( ! job_submit_block_shows_nothing( $field, job_submit_block_stored_text( $field, $text ) ) ) {
		return null;
	}
	return $required
		/* translators: %s: field label. */
		? sprintf( __( '%s is required.', 'job-submit-block' ), $label )
		/* translators: %s: field label. */
		: sprintf( __( '%s cannot be stored as written. Please use plain text.', 'job-submit-block' ), $label );
}

/**
 * Checks text against a field format: url, email-or-url or date; null when it fits.
 *
 * @param string $format The field's format; '' for none.
 * @param string $text   The text, trimmed.
 * @return string|null The message for the field.
 */
function job_submit_block_format_error( $format, $text ) {
	switch ( $format ) {
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
 * Admin-only fields are checked too when a moderator sends them (members sending one are
 * refused before): WordPress does not check their date format.
 *
 * @param WP_REST_Request $request   The request.
 * @param bool            $is_create Whether the request creates a listing.
 * @param string[]        $required  Keys of the fields that must have a value.
 * @param array           $offered   Term IDs a form offers, by taxonomy field key; a field
 *                                   absent here may take any term.
 * @param array           $labels    The labels the form gives its fields, by field key.
 * @return array<string, string> Messages keyed by field key; empty when all is valid.
 */
function job_submit_block_validate_request( $request, $is_create, $required, $offered = array(), $labels = array() ) {
	$errors = array();
	foreach ( job_submit_block_fields() as $key => $field ) {
		// A logo is not part of the listing's record: it is uploaded to its own route.
		if ( 'upload' === $field['source'] ) {
			continue;
		}
		if ( isset( $labels[ $key ] ) ) {
			$field['formLabel'] = $labels[ $key ];
		}
		list( $sent, $value ) = job_submit_block_request_field_value( $request, $field );
		$must                 = in_array( $key, $required, true );
		if ( ! $sent && ! ( $is_create && $must ) ) {
			continue;
		}
		$error = job_submit_block_field_error( $field, $value, $must, $offered[ $key ] ?? null );
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
