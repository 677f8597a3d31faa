<?php
/**
 * A form block's configuration, resolved from its attributes against the field definition:
 * which fields it shows in which order, with which labels and requirements, which terms it
 * offers and what it says. Attributes naming unknown fields or terms are ignored.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Resolves a form block's attributes.
 *
 * @param array $attributes The block's attributes.
 * @return array{fields: array[], termChoice: string, submitLabel: string, successMessage: string, redirectUrl: string, loggedOutMessage: string, notAllowedMessage: string}
 */
function job_submit_block_form_config( $attributes ) {
	$overrides = is_array( $attributes['fields'] ?? null ) ? $attributes['fields'] : array();
	$fields    = array();
	foreach ( job_submit_block_ordered_form_fields( (array) ( $attributes['fieldOrder'] ?? array() ) ) as $key => $field ) {
		$override = is_array( $overrides[ $key ] ?? null ) ? $overrides[ $key ] : array();
		if ( ! $field['alwaysShown'] && ! empty( $override['hidden'] ) ) {
			continue;
		}
		$resolved = array(
			'key'         => $key,
			'control'     => $field['control'],
			'source'      => $field['source'],
			'property'    => $field['property'],
			'format'      => $field['format'],
			'maxLength'   => $field['maxLength'] ?? 0,
			'label'       => job_submit_block_text_or( $override['label'] ?? '', job_submit_block_field_label( $field ) ),
			'help'        => job_submit_block_text_or( $override['help'] ?? '', job_submit_block_field_help( $field ) ),
			'placeholder' => sanitize_text_field( (string) ( $override['placeholder'] ?? '' ) ),
			'required'    => $field['required'] || $field['alwaysShown'] || ! empty( $override['required'] ),
		);
		if ( isset( $field['autocomplete'] ) ) {
			$resolved['autocomplete'] = $field['autocomplete'];
		}
		if ( isset( $field['pattern'] ) ) {
			$resolved['pattern'] = $field['pattern'];
		}
		if ( 'select' === $field['control'] ) {
			$resolved['options'] = job_submit_block_field_options( $field );
		}
		$resolved['default'] = job_submit_block_form_field_default( $key, $attributes );
		if ( 'file' === $field['control'] && '' === trim( (string) ( $override['help'] ?? '' ) ) ) {
			$resolved['help'] = job_submit_block_logo_help();
		}
		if ( JOB_SUBMIT_BLOCK_TERMS_FIELD === $key ) {
			$resolved = job_submit_block_resolve_terms_field( $resolved, $attributes );
			if ( ! $resolved ) {
				continue;
			}
		}
		if ( 'taxonomy' === $field['source'] ) {
			$allowed           = 'job_type' === $key ? ( $attributes['allowedJobTypes'] ?? array() ) : ( $attributes['allowedCategories'] ?? array() );
			$resolved['terms'] = job_submit_block_offered_terms( $field['taxonomy'], (array) $allowed );
			if ( ! $resolved['terms'] ) {
				continue;
			}
		}
		$fields[] = $resolved;
	}

	return array(
		'fields'            => $fields,
		'termChoice'        => 'multiple' === ( $attributes['termChoice'] ?? '' ) ? 'multiple' : 'single',
		'submitLabel'       => job_submit_block_text_or( $attributes['submitLabel'] ?? '', __( 'Submit job', 'job-submit-block' ) ),
		'successMessage'    => job_submit_block_text_or( $attributes['successMessage'] ?? '', '' ),
		'redirectUrl'       => job_submit_block_redirect_url( (int) ( $attributes['redirectPageId'] ?? 0 ) ),
		'loggedOutMessage'  => job_submit_block_text_or( $attributes['loggedOutMessage'] ?? '', __( 'Please log in to post a job.', 'job-submit-block' ) ),
		'notAllowedMessage' => job_submit_block_text_or( $attributes['notAllowedMessage'] ?? '', __( 'Your account cannot post jobs on this site. Please contact the site owner if you think it should.', 'job-submit-block' ) ),
	);
}

/**
 * The form's fields in the site builder's order; fields the order leaves out follow in the
 * definition's order.
 *
 * @param string[] $order Field keys.
 * @return array[] Field definitions keyed by field key.
 */
function job_submit_block_ordered_form_fields( $order ) {
	$form_fields = array_filter(
		job_submit_block_fields(),
		static function ( $field ) {
			return $field['inForm'] && ! $field['adminOnly'];
		}
	);
	$ordered     = array();
	foreach ( $order as $key ) {
		if ( is_string( $key ) && isset( $form_fields[ $key ] ) ) {
			$ordered[ $key ] = $form_fields[ $key ];
		}
	}
	return $ordered + $form_fields;
}

/**
 * The terms a form offers: the allowed ones that exist, or all when none are chosen.
 *
 * @param string $taxonomy Taxonomy name.
 * @param int[]  $allowed  Allowed term IDs; empty for all.
 * @return array[] Terms as id and name.
 */
function job_submit_block_offered_terms( $taxonomy, $allowed ) {
	$args    = array(
		'taxonomy'   => $taxonomy,
		'hide_empty' => false,
		'orderby'    => 'name',
	);
	$allowed = array_filter( array_map( 'intval', $allowed ) );
	if ( $allowed ) {
		$args['include'] = $allowed;
	}
	$terms = get_terms( $args );
	if ( ! is_array( $terms ) ) {
		return array();
	}
	return array_map(
		static function ( $term ) {
			return array(
				'id'   => (int) $term->term_id,
				'name' => $term->name,
			);
		},
		$terms
	);
}

/**
 * A site builder's text, or a default when they left it empty.
 *
 * @param mixed  $text     The attribute's value.
 * @param string $fallback The default.
 * @return string
 */
function job_submit_block_text_or( $text, $fallback ) {
	$text = is_string( $text ) ? trim( wp_kses( $text, array() ) ) : '';
	return '' !== $text ? $text : $fallback;
}

/**
 * The address of the page to go to after a submission, when one is chosen and published.
 *
 * @param int $page_id The page.
 * @return string Empty when none.
 */
function job_submit_block_redirect_url( $page_id ) {
	if ( ! $page_id || 'publish' !== get_post_status( $page_id ) ) {
		return '';
	}
	return (string) get_permalink( $page_id );
}

/**
 * The attributes of a form that the server enforces: which fields it requires or hides,
 * which terms it offers, where it sends the member afterwards, and the labels its fields
 * go by (the server's messages name a field as the form does).
 *
 * @param array $attributes The block's attributes.
 * @return array
 */
function job_submit_block_enforced_attributes( $attributes ) {
	$fields = array();
	foreach ( is_array( $attributes['fields'] ?? null ) ? $attributes['fields'] : array() as $key => $override ) {
		if ( is_array( $override ) ) {
			$fields[ $key ] = array_intersect_key( $override, array_flip( array( 'required', 'hidden', 'label' ) ) );
		}
	}
	return array_filter(
		array(
			'fields'            => array_filter( $fields ),
			'allowedJobTypes'   => array_map( 'intval', (array) ( $attributes['allowedJobTypes'] ?? array() ) ),
			'allowedCategories' => array_map( 'intval', (array) ( $attributes['allowedCategories'] ?? array() ) ),
			'redirectPageId'    => (int) ( $attributes['redirectPageId'] ?? 0 ),
			'termsPageId'       => (int) ( $attributes['termsPageId'] ?? 0 ),
		)
	);
}

/**
 * A form's identity as the page gives it to the member: the rules the server enforces for
 * it, the page it sits on and its short id, signed with the site's secret.
 *
 * A form can sit anywhere (a page, a template, a template part, a synced pattern, a widget
 * area), so the server cannot count on finding it again; it finds its rules in the identity
 * instead, and the signature keeps a client from sending rules laxer than the form's. A
 * client that names no form at all is held to the field definition's own rules.
 *
 * @param array  $attributes The block's attributes.
 * @param string $form_id    The form's short id on its page.
 * @param string $page_url   The address of the page the form is on.
 * @return string
 */
function job_submit_block_form_token( $attributes, $form_id, $page_url ) {
	$payload = rtrim(
		strtr(
			base64_encode( // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions -- an opaque token, not obfuscation.
				(string) wp_json_encode(
					array(
						'id'    => $form_id,
						'url'   => $page_url,
						'rules' => job_submit_block_enforced_attributes( $attributes ),
					)
				)
			),
			'+/',
			'-_'
		),
		'='
	);
	return $payload . '.' . job_submit_block_form_signature( $payload );
}

/**
 * The signature of a form identity's payload.
 *
 * @param string $payload The payload.
 * @return string
 */
function job_submit_block_form_signature( $payload ) {
	return hash_hmac( 'sha256', 'job-submit-block-form|' . $payload, wp_salt( 'nonce' ) );
}

/**
 * Reads a form identity.
 *
 * @param mixed $token The identity as sent.
 * @return array{id: string, url: string, rules: array}|null Null when it is not one this
 *                                                           site signed.
 */
function job_submit_block_read_form_token( $token ) {
	if ( ! is_string( $token ) || strlen( $token ) > 8192 || 1 !== substr_count( $token, '.' ) ) {
		return null;
	}
	list( $payload, $signature ) = explode( '.', $token );
	if ( ! hash_equals( job_submit_block_form_signature( $payload ), $signature ) ) {
		return null;
	}
	$form = json_decode( (string) base64_decode( strtr( $payload, '-_', '+/' ) ), true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions -- see job_submit_block_form_token().
	if ( ! is_array( $form ) || ! is_string( $form['id'] ?? null ) || ! is_string( $form['url'] ?? null ) || ! is_array( $form['rules'] ?? null ) ) {
		return null;
	}
	return $form;
}

/**
 * The form a REST request names (job_submit_form), read once per request.
 *
 * @param WP_REST_Request $request The request.
 * @return array|WP_Error|null The form (id, url, rules and their resolved config); an error
 *                             when the identity is not valid; null when the request names
 *                             none.
 */
function job_submit_block_request_form( $request ) {
	// The gate, the required-fields filter and the submitted action all ask: verify and
	// resolve the identity once (its configuration queries the offered terms).
	static $read = array();
	$token       = $request->get_param( 'job_submit_form' );
	if ( null === $token || '' === $token ) {
		return null;
	}
	$id = spl_object_id( $request ) . '|' . md5( (string) wp_json_encode( $token ) );
	if ( ! array_key_exists( $id, $read ) ) {
		$form = job_submit_block_read_form_token( $token );
		if ( null !== $form ) {
			$form['config'] = job_submit_block_form_config( $form['rules'] );
		}
		$read[ $id ] = null === $form ? new WP_Error( 'job_submit_invalid_form', __( 'This form has changed since the page was loaded. Reload the page and submit again; your entries are kept.', 'job-submit-block' ) ) : $form;
	}
	return $read[ $id ];
}

/**
 * The term IDs a form offers, by taxonomy field key: the server holds a submission to them.
 *
 * @param array|null $form The form, or null for none.
 * @return array<string, int[]>
 */
function job_submit_block_form_term_limits( $form ) {
	if ( ! $form ) {
		return array();
	}
	$limits = array();
	foreach ( $form['config']['fields'] as $field ) {
		if ( isset( $field['terms'] ) ) {
			$limits[ $field['key'] ] = wp_list_pluck( $field['terms'], 'id' );
		}
	}
	return $limits;
}

/**
 * Adds the fields a form requires to those a REST write must fill, when the request names
 * the form it came from (job_submit_block_required_fields).
 *
 * @param string[]        $required Field keys.
 * @param WP_REST_Request $request  The request.
 * @return string[]
 */
function job_submit_block_require_form_fields( $required, $request ) {
	$form = job_submit_block_request_form( $request );
	if ( ! is_array( $form ) ) {
		return $required;
	}
	foreach ( $form['config']['fields'] as $field ) {
		if ( $field['required'] ) {
			$required[] = $field['key'];
		}
	}
	return array_values( array_unique( $required ) );
}
