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
			'help'        => job_submit_block_text_or( $override['help'] ?? '', '' !== $field['help'] ? translate( $field['help'], 'job-submit-block' ) : '' ), // phpcs:ignore WordPress.WP.I18n
			'placeholder' => sanitize_text_field( (string) ( $override['placeholder'] ?? '' ) ),
			'required'    => $field['required'] || $field['alwaysShown'] || ! empty( $override['required'] ),
		);
		if ( isset( $field['autocomplete'] ) ) {
			$resolved['autocomplete'] = $field['autocomplete'];
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
	$args = array(
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
 * Finds the attributes of a form block by its identity: the post holding it and its place
 * among the post's form blocks.
 *
 * @param string $form_id "{post ID}:{index}".
 * @return array|null The attributes, or null when there is no such form.
 */
function job_submit_block_find_form_attributes( $form_id ) {
	if ( ! is_string( $form_id ) || ! preg_match( '/^(\d+):(\d+)$/', $form_id, $matches ) ) {
		return null;
	}
	$post = get_post( (int) $matches[1] );
	if ( ! $post || ! is_post_publicly_viewable( $post ) ) {
		return null;
	}
	$forms = job_submit_block_collect_forms( parse_blocks( $post->post_content ) );
	return $forms[ (int) $matches[2] ] ?? null;
}

/**
 * The attributes of every form block in a block tree, in document order.
 *
 * @param array[] $blocks Parsed blocks.
 * @return array[]
 */
function job_submit_block_collect_forms( $blocks ) {
	$forms = array();
	foreach ( $blocks as $block ) {
		if ( 'job-submit-block/form' === $block['blockName'] ) {
			$forms[] = (array) $block['attrs'];
		}
		if ( ! empty( $block['innerBlocks'] ) ) {
			$forms = array_merge( $forms, job_submit_block_collect_forms( $block['innerBlocks'] ) );
		}
	}
	return $forms;
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
	$attributes = job_submit_block_find_form_attributes( (string) $request->get_param( 'job_submit_form' ) );
	if ( null === $attributes ) {
		return $required;
	}
	foreach ( job_submit_block_form_config( $attributes )['fields'] as $field ) {
		if ( $field['required'] ) {
			$required[] = $field['key'];
		}
	}
	return array_values( array_unique( $required ) );
}
