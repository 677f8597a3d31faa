<?php
/**
 * Declares in the listings route's schema what it takes beyond core's post fields, so that
 * `OPTIONS /wp/v2/job-listings` tells a client the whole contract. The rules behind these
 * parameters are enforced by the gate (rest-gate.php); the meta fields' formats are declared
 * with their registration (rest-meta.php).
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The parameters a listing write takes beyond core's, by whether the write creates.
 *
 * @param bool $is_create Whether the endpoint creates listings.
 * @return array<string, array> Argument schemas keyed by parameter.
 */
function job_submit_block_listing_write_args( $is_create ) {
	$args = array(
		'job_submit_form' => array(
			'description' => __( 'The signed identity of the form the listing comes from, as the page printed it in the form\'s job_submit_form field. The listing is held to that form\'s rules (the fields it requires, the terms it offers); a changed identity is refused. Without it, the field definition\'s own rules apply.', 'job-submit-block' ),
			'type'        => 'string',
		),
		'job_submit_hp'   => array(
			'description' => __( 'A trap for bots: leave it out or send it empty. A listing with anything in it is refused.', 'job-submit-block' ),
			'type'        => 'string',
		),
	);
	if ( $is_create ) {
		$args['idempotency_key'] = array(
			'description' => __( 'Makes a retried create safe: a create sent again with the same key, by the same member, answers 200 with the listing the first one made (header Idempotent-Replayed: true) instead of making another; sent again with other content, it is refused (409 job_submit_key_reused, the listing in data.listing). 1 to 100 visible ASCII characters, compared exactly. The Idempotency-Key header does the same and wins when both are sent.', 'job-submit-block' ),
			'type'        => 'string',
			'maxLength'   => 100,
			// Empty is no key at all, as the no-JavaScript form may send it.
			'pattern'     => '^[!-~]*$',
		);
	}
	return $args;
}

/**
 * Adds those parameters to the create and update endpoints of the listings route
 * (rest_endpoints), wherever the post type's REST namespace and base put it.
 *
 * @param array $endpoints Handlers by route.
 * @return array
 */
function job_submit_block_declare_listing_args( $endpoints ) {
	$type = get_post_type_object( 'job_listing' );
	if ( ! $type || ! $type->show_in_rest ) {
		return $endpoints;
	}
	$base   = '/' . ( $type->rest_namespace ? $type->rest_namespace : 'wp/v2' ) . '/' . ( $type->rest_base ? $type->rest_base : $type->name );
	$routes = array(
		$base                    => true,
		$base . '/(?P<id>[\d]+)' => false,
	);
	foreach ( $routes as $route => $is_create ) {
		if ( ! isset( $endpoints[ $route ] ) || ! is_array( $endpoints[ $route ] ) ) {
			continue;
		}
		foreach ( $endpoints[ $route ] as $index => $handler ) {
			if ( ! is_int( $index ) || ! is_array( $handler ) || ! job_submit_block_handler_writes( $handler ) ) {
				continue;
			}
			$endpoints[ $route ][ $index ]['args'] = ( $handler['args'] ?? array() ) + job_submit_block_listing_write_args( $is_create );
		}
	}
	return $endpoints;
}

/**
 * Whether a route handler answers POST, PUT or PATCH.
 *
 * @param array $handler A route handler, its methods as registered (a string or a list).
 * @return bool
 */
function job_submit_block_handler_writes( $handler ) {
	$methods = $handler['methods'] ?? array();
	$names   = array();
	// A list of names, or names mapped to true as WordPress keeps them once normalised.
	foreach ( is_string( $methods ) ? explode( ',', $methods ) : (array) $methods as $key => $value ) {
		$names[] = strtoupper( trim( is_string( $key ) ? $key : (string) $value ) );
	}
	return (bool) array_intersect( $names, array( 'POST', 'PUT', 'PATCH' ) );
}
