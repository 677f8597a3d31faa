<?php
/**
 * Preloads what the block's editor preview fetches, as core preloads the editor's own data
 * (block_editor_rest_api_preload_paths): the job types and categories offered by the form
 * come inlined with the editor page, so the preview is drawn without waiting for REST.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the term collections of the form's taxonomy fields to the editor's preloaded paths,
 * with the query of src/term-query.json, which the editor script (src/use-job-terms.ts)
 * asks core-data for: api-fetch serves a preloaded response only for the same path and
 * arguments.
 *
 * @param array $paths REST paths to preload.
 * @return array The paths, with the term collections.
 */
function job_submit_block_preload_editor_terms( $paths ) {
	$query = wp_json_file_decode( JOB_SUBMIT_BLOCK_DIR . 'src/term-query.json', array( 'associative' => true ) );
	// As the script sends them: add_query_arg() would drop a false, JavaScript sends "false".
	$query = array_map(
		static function ( $value ) {
			return is_bool( $value ) ? wp_json_encode( $value ) : $value;
		},
		(array) $query
	);
	foreach ( job_submit_block_fields_from( 'taxonomy' ) as $field ) {
		$taxonomy = get_taxonomy( $field['taxonomy'] );
		if ( ! $taxonomy || ! $taxonomy->show_in_rest ) {
			continue;
		}
		$namespace = $taxonomy->rest_namespace ? $taxonomy->rest_namespace : 'wp/v2';
		$rest_base = $taxonomy->rest_base ? $taxonomy->rest_base : $taxonomy->name;
		$paths[]   = add_query_arg( $query, "/{$namespace}/{$rest_base}" );
	}
	return $paths;
}
