<?php
/**
 * The form's edit mode: a link from the member's list (`?edit_listing=ID` on the form's page)
 * opens the same form filled with the listing, for its author only and only while the policy
 * lets them edit it (see policy.php). The listing is then saved through the same REST route,
 * as an update, under the same gate.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The listing this page asks to edit: a post ID, 0 when it asks for none.
 *
 * @return int
 */
function job_submit_block_requested_edit_listing() {
	// phpcs:ignore WordPress.Security.NonceVerification -- a read: the listing is shown only to whom the policy lets edit it.
	return isset( $_GET['edit_listing'] ) && is_scalar( $_GET['edit_listing'] ) ? absint( $_GET['edit_listing'] ) : 0;
}

/**
 * A listing's values by field key, as the form shows them.
 *
 * @param WP_Post $post The listing.
 * @return array
 */
function job_submit_block_listing_form_values( $post ) {
	$values = array();
	foreach ( job_submit_block_fields() as $key => $field ) {
		if ( $field['adminOnly'] ) {
			continue;
		}
		if ( 'meta' === $field['source'] ) {
			$values[ $key ] = get_post_meta( $post->ID, $field['property'], true );
		} elseif ( 'taxonomy' === $field['source'] ) {
			$ids            = wp_get_object_terms( $post->ID, $field['taxonomy'], array( 'fields' => 'ids' ) );
			$values[ $key ] = is_array( $ids ) ? array_map( 'intval', $ids ) : array();
		} else {
			$values[ $key ] = 'title' === $field['property'] ? $post->post_title : $post->post_content;
		}
		if ( 'integer' === $field['type'] ) {
			$values[ $key ] = (int) $values[ $key ];
		}
	}
	return $values;
}

/**
 * The listing as the data layer holds it before the member's changes (core-data's persisted
 * record), so that saving sends only what changed, in one request.
 *
 * @param WP_Post $post   The listing.
 * @param array   $config The resolved form configuration.
 * @return array
 */
function job_submit_block_listing_persisted_record( $post, $config ) {
	$values = job_submit_block_listing_form_values( $post );
	$record = array(
		'id'     => $post->ID,
		'status' => $post->post_status,
		'link'   => (string) get_permalink( $post ),
		'meta'   => array(),
	);
	foreach ( $config['fields'] as $field ) {
		$value = $values[ $field['key'] ] ?? '';
		if ( 'meta' === $field['source'] ) {
			$record['meta'][ $field['property'] ] = $value;
		} elseif ( 'taxonomy' === $field['source'] ) {
			$record[ $field['property'] ] = $value;
		} else {
			$record[ $field['property'] ] = array( 'raw' => $value );
		}
	}
	return $record;
}

/**
 * The message that replaces the form once the changes are saved.
 *
 * @param int $post_id The listing.
 * @return string HTML.
 */
function job_submit_block_saved_html( $post_id ) {
	if ( 'publish' === get_post_status( $post_id ) ) {
		$message = sprintf(
			'%1$s <a href="%2$s">%3$s</a>',
			esc_html__( 'Your changes are saved and live.', 'job-submit-block' ),
			esc_url( (string) get_permalink( $post_id ) ),
			esc_html__( 'View your listing', 'job-submit-block' )
		);
	} else {
		$message = esc_html__( 'Your changes are saved. The listing awaits review before it goes live.', 'job-submit-block' );
	}
	return sprintf( '<div class="wp-block-job-submit-block-form__notice is-success" role="status"><p>%s</p></div>', $message );
}

/**
 * The notice shown instead of the form when the listing asked for cannot be edited.
 *
 * @return string HTML.
 */
function job_submit_block_not_editable_html() {
	return sprintf( '<div class="wp-block-job-submit-block-form__notice is-not-allowed"><p>%s</p></div>', esc_html__( 'This listing cannot be edited. Only its author may edit it, and only while the site allows it.', 'job-submit-block' ) );
}

/**
 * The form's fields for editing a listing: a file field the listing already holds (its logo)
 * is no longer required, since the listing keeps it unless a new one is picked. Without this
 * the browser, the form's script and the no-script post would all ask for the logo again.
 *
 * @param array   $fields The form's fields, as resolved for the block.
 * @param WP_Post $post   The listing being edited.
 * @return array
 */
function job_submit_block_fields_for_editing( $fields, $post ) {
	if ( ! get_post_thumbnail_id( $post ) ) {
		return $fields;
	}
	foreach ( $fields as &$field ) {
		if ( 'file' === $field['control'] ) {
			$field['required'] = false;
		}
	}
	unset( $field );
	return $fields;
}
