<?php
/**
 * The job_submit_block_fields filter: how another plugin adds a field to job listings,
 * changes one, or removes one, and what it may not break.
 *
 * An added field is stored as post meta and goes everywhere the definition goes: the
 * editor's inspector and canvas (as inline data, see editor-fields.php), the rendered form,
 * validation on both sides, meta registration with its REST schema, the no-JavaScript form.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The init priority at which the meta fields are registered; the filtered fields are kept
 * from then on, so a plugin's filter must be added before it.
 */
const JOB_SUBMIT_BLOCK_META_PRIORITY = 21;

/**
 * Keys no field may take: the request parameters of the listings route that are not fields,
 * and the key of a message for the whole form (see job_submit_block_validate_listing).
 */
const JOB_SUBMIT_BLOCK_RESERVED_FIELD_KEYS = array( 'form', 'meta', 'job_submit_form', 'job_submit_hp', 'idempotency_key', 'date', 'date_gmt', 'slug', 'password', 'template', 'status', 'author' );

/**
 * What a plugin may change of a field the plugin defines; the rest (key, where it is stored,
 * its type, format and control) is relied on by stored listings and WP Job Manager.
 */
const JOB_SUBMIT_BLOCK_CHANGEABLE_FIELD_KEYS = array( 'label', 'help', 'required', 'maxLength', 'inForm' );

/**
 * Whether the fields may be kept for the rest of the request: from the meta registration on
 * (init, priority 21), or after init.
 *
 * @return bool
 */
function job_submit_block_fields_settled() {
	global $wp_filter;
	if ( ! did_action( 'init' ) ) {
		return false;
	}
	if ( ! doing_action( 'init' ) ) {
		return true;
	}
	return isset( $wp_filter['init'] ) && $wp_filter['init']->current_priority() >= JOB_SUBMIT_BLOCK_META_PRIORITY;
}

/**
 * Whether a field of the plugin's definition must stay: a listing needs its title,
 * description and how to apply, and moderation and expiry use the admin-only fields.
 *
 * @param array $field A field of the plugin's definition.
 * @return bool
 */
function job_submit_block_is_core_field( $field ) {
	return 'post' === $field['source'] || $field['alwaysShown'] || $field['adminOnly'];
}

/**
 * Applies the job_submit_block_fields filter to the plugin's definition, and keeps what
 * comes back to what the rest of the plugin can handle.
 *
 * @param array[] $defined The plugin's field definitions keyed by field key.
 * @return array[] Field definitions keyed by field key.
 */
function job_submit_block_filter_fields( $defined ) {
	/**
	 * Filters the job fields: add a field, change one's label, help, requirement or length,
	 * or remove one.
	 *
	 * Runs once, no later than init at priority 21: add the filter on plugins_loaded, or on
	 * init with a lower priority.
	 *
	 * A field added here is stored as post meta. Its keys: `property` (the meta key), `type`
	 * ('string', or 'integer' for a yes/no checkbox), `format` ('', 'url', 'email-or-url' or
	 * 'date'), `label` and `help` (translated, in your own text domain), `maxLength` (500 by
	 * default), `required`, `control` ('text' or 'url'; from the format when left out),
	 * `autocomplete`.
	 *
	 * @param array[] $fields Field definitions keyed by field key, in the form's default order.
	 */
	$filtered = apply_filters( 'job_submit_block_fields', $defined );
	if ( ! is_array( $filtered ) ) {
		_doing_it_wrong( 'job_submit_block_fields', esc_html__( 'The filter must return the array of fields.', 'job-submit-block' ), '0.1.0' );
		return $defined;
	}

	$fields     = array();
	$properties = wp_list_pluck( $defined, 'property' );
	foreach ( $filtered as $key => $field ) {
		if ( isset( $defined[ $key ] ) ) {
			$fields[ $key ] = job_submit_block_changed_field( $defined[ $key ], $field );
			continue;
		}
		$added = job_submit_block_added_field( $key, $field, $properties );
		if ( is_string( $added ) ) {
			_doing_it_wrong( 'job_submit_block_fields', esc_html( $added ), '0.1.0' );
			continue;
		}
		$fields[ $key ] = $added;
		$properties[]   = $added['property'];
	}

	return job_submit_block_restore_core_fields( $defined, $fields );
}

/**
 * Puts back the core fields a filter removed, each before the field that followed it in the
 * plugin's definition (so a title stays first).
 *
 * @param array[] $defined The plugin's field definitions keyed by field key.
 * @param array[] $fields  The fields as filtered.
 * @return array[]
 */
function job_submit_block_restore_core_fields( $defined, $fields ) {
	$before  = array();
	$missing = array();
	foreach ( $defined as $key => $field ) {
		if ( isset( $fields[ $key ] ) ) {
			if ( $missing ) {
				$before[ $key ] = $missing;
				$missing        = array();
			}
		} elseif ( job_submit_block_is_core_field( $field ) ) {
			/* translators: %s: field key. */
			_doing_it_wrong( 'job_submit_block_fields', esc_html( sprintf( __( 'The field "%s" cannot be removed.', 'job-submit-block' ), $key ) ), '0.1.0' );
			$missing[ $key ] = $field;
		}
	}
	if ( ! $before && ! $missing ) {
		return $fields;
	}
	$restored = array();
	foreach ( $fields as $key => $field ) {
		$restored        += $before[ $key ] ?? array();
		$restored[ $key ] = $field;
	}
	return $restored + $missing;
}

/**
 * A field of the plugin's definition as a filter changed it: only what may change changes,
 * and only to a value of the right kind.
 *
 * @param array $defined The field as the plugin defines it.
 * @param mixed $changed The field as the filter returned it.
 * @return array
 */
function job_submit_block_changed_field( $defined, $changed ) {
	$field = $defined;
	if ( ! is_array( $changed ) ) {
		return $field;
	}
	$changes = array_intersect_key( $changed, array_flip( JOB_SUBMIT_BLOCK_CHANGEABLE_FIELD_KEYS ) );
	if ( isset( $changes['label'] ) && is_string( $changes['label'] ) && '' !== trim( $changes['label'] ) ) {
		$field['label'] = $changes['label'];
	}
	if ( isset( $changes['help'] ) && is_string( $changes['help'] ) ) {
		$field['help'] = $changes['help'];
	}
	if ( isset( $changes['maxLength'] ) && is_int( $changes['maxLength'] ) && $changes['maxLength'] > 0 ) {
		$field['maxLength'] = $changes['maxLength'];
	}
	// A field that is always shown stays required, and an admin-only one stays off the form.
	if ( isset( $changes['required'] ) && ! $defined['alwaysShown'] && ! $defined['adminOnly'] ) {
		$field['required'] = (bool) $changes['required'];
	}
	if ( isset( $changes['inForm'] ) && ! $defined['alwaysShown'] && ! $defined['adminOnly'] ) {
		$field['inForm'] = (bool) $changes['inForm'];
	}
	return $field;
}

/**
 * A field a filter added, completed with its defaults; or why it cannot be added.
 *
 * @param mixed    $key        The key the filter gave it.
 * @param mixed    $field      The field as the filter gave it.
 * @param string[] $properties The meta keys and properties already taken.
 * @return array|string The field, or the reason it was left out.
 */
function job_submit_block_added_field( $key, $field, $properties ) {
	if ( ! is_string( $key ) || ! preg_match( '/^[a-z][a-z0-9_]{0,49}$/', $key ) || in_array( $key, JOB_SUBMIT_BLOCK_RESERVED_FIELD_KEYS, true ) ) {
		/* translators: %s: field key. */
		return sprintf( __( 'The field key "%s" must be up to 50 lowercase letters, digits and underscores, start with a letter, and not be reserved.', 'job-submit-block' ), (string) $key );
	}
	if ( ! is_array( $field ) ) {
		/* translators: %s: field key. */
		return sprintf( __( 'The field "%s" must be an array.', 'job-submit-block' ), $key );
	}
	$field = array(
		'key'    => $key,
		'source' => $field['source'] ?? 'meta',
		'type'   => $field['type'] ?? 'string',
	) + $field + array( 'control' => '' ) + JOB_SUBMIT_BLOCK_FIELD_DEFAULTS;

	$problem = '';
	if ( 'meta' !== $field['source'] ) {
		$problem = __( 'An added field is stored as post meta: its source must be "meta".', 'job-submit-block' );
	} elseif ( ! is_string( $field['property'] ?? null ) || ! preg_match( '/^[A-Za-z0-9_-]{1,191}$/', $field['property'] ) || in_array( $field['property'], $properties, true ) ) {
		$problem = __( 'Its property must be a meta key of letters, digits, underscores and hyphens that no other field uses.', 'job-submit-block' );
	} elseif ( ! in_array( $field['type'], array( 'string', 'integer' ), true ) ) {
		$problem = __( 'Its type must be "string" or "integer".', 'job-submit-block' );
	} elseif ( ! in_array( $field['format'], 'integer' === $field['type'] ? array( '' ) : array( '', 'url', 'email-or-url', 'date' ), true ) ) {
		$problem = __( 'Its format must be "", "url", "email-or-url" or "date" (and "" for an integer).', 'job-submit-block' );
	} elseif ( ! is_string( $field['label'] ?? null ) || '' === trim( $field['label'] ) || ! is_string( $field['help'] ) ) {
		$problem = __( 'Its label must be a text, and its help too when it has one.', 'job-submit-block' );
	} elseif ( ! in_array( $field['control'], 'integer' === $field['type'] ? array( '', 'checkbox' ) : array( '', 'text', 'url' ), true ) ) {
		$problem = __( 'Its control must be "text" or "url" (a checkbox for an integer).', 'job-submit-block' );
	}
	if ( '' !== $problem ) {
		/* translators: 1: field key, 2: what is wrong with it. */
		return sprintf( __( 'The field "%1$s" was not added. %2$s', 'job-submit-block' ), $key, $problem );
	}

	$field['required']    = (bool) $field['required'];
	$field['adminOnly']   = (bool) $field['adminOnly'];
	$field['inForm']      = (bool) $field['inForm'] && ! $field['adminOnly'];
	$field['alwaysShown'] = false;
	if ( 'integer' === $field['type'] ) {
		// A yes/no checkbox, as the validator and the form treat integer fields.
		$field['control'] = 'checkbox';
		$field['enum']    = array( 0, 1 );
		$field['default'] = 0;
		unset( $field['maxLength'] );
	} else {
		if ( '' === $field['control'] ) {
			$field['control'] = 'url' === $field['format'] ? 'url' : 'text';
		}
		$field['maxLength'] = is_int( $field['maxLength'] ?? null ) && $field['maxLength'] > 0 ? $field['maxLength'] : 500;
		unset( $field['enum'], $field['default'] );
	}
	// Patterns are the plugin's own (PHP and JavaScript read them alike only when written
	// with care); an added field is checked by its type, format and length.
	unset( $field['pattern'], $field['taxonomy'] );
	if ( isset( $field['autocomplete'] ) && ! is_string( $field['autocomplete'] ) ) {
		unset( $field['autocomplete'] );
	}
	return $field;
}
