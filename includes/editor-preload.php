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
 * Adds the term collections of the form's taxonomy fields to the editor's preloaded paths.
 *
 * The query must be the one src/use-job-terms.ts asks core-data for, argument for argument
 * (api-fetch matches preloaded paths exactly, in any order); the block-inserter spec fails
 * when they drift apart.
 *
 * @param array $paths REST paths to preload.
 * @return array The paths, with the term collections.
 */
function job_submit_block_preload_editor_terms( $paths ) {
	foreach ( job_submit_block_fields_from( 'taxonomy' ) as $field ) {
		$taxonomy = get_taxonomy( $field['taxonomy'] );
		if ( ! $taxonomy || ! $taxonomy->show_in_rest ) {
			continue;
		}
		$namespace = $taxonomy->rest_namespace ? $taxonomy->rest_namespace : 'wp/v2';
		$rest_base = $taxonomy->rest_base ? $taxonomy->rest_base : $taxonomy->name;
		$paths[]   = add_query_arg(
			array(
				'context'    => 'view',
				'per_page'   => 100,
				'hide_empty' => 'false',
				'orderby'    => 'name',
			),
			"/{$namespace}/{$rest_base}"
		);
	}
	return $paths;
}
