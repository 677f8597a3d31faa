<?php
/**
 * The job_listing post type, its two taxonomies and the expired status, shaped like WP Job
 * Manager's so that sites running it can use this block. Each is registered only when no
 * other plugin has registered it.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the post type, taxonomies and status that nobody else registered.
 *
 * Runs on init at priority 20, after WP Job Manager's registration, so its types win.
 */
function job_submit_block_register_content_types() {
	if ( ! post_type_exists( 'job_listing' ) ) {
		register_post_type(
			'job_listing',
			array(
				'labels'          => array(
					'name'               => __( 'Job Listings', 'job-submit-block' ),
					'singular_name'      => __( 'Job Listing', 'job-submit-block' ),
					'menu_name'          => __( 'Job Listings', 'job-submit-block' ),
					'add_new_item'       => __( 'Add New Job Listing', 'job-submit-block' ),
					'edit_item'          => __( 'Edit Job Listing', 'job-submit-block' ),
					'view_item'          => __( 'View Job Listing', 'job-submit-block' ),
					'search_items'       => __( 'Search Job Listings', 'job-submit-block' ),
					'not_found'          => __( 'No job listings found.', 'job-submit-block' ),
					'not_found_in_trash' => __( 'No job listings found in Trash.', 'job-submit-block' ),
					'all_items'          => __( 'All Job Listings', 'job-submit-block' ),
				),
				'public'          => true,
				'show_in_rest'    => true,
				'rest_base'       => 'job-listings',
				'menu_icon'       => 'dashicons-portfolio',
				'capability_type' => array( 'job_listing', 'job_listings' ),
				'map_meta_cap'    => true,
				'supports'        => array( 'title', 'editor', 'author', 'custom-fields' ),
				'has_archive'     => 'jobs',
				'rewrite'         => array( 'slug' => 'job' ),
			)
		);
	} else {
		// Meta is in REST responses only where the post type supports custom fields.
		add_post_type_support( 'job_listing', 'custom-fields' );
	}

	$taxonomies = array(
		'job_listing_type'     => array(
			'rest_base'    => 'job-types',
			'hierarchical' => false,
			'name'         => __( 'Job Types', 'job-submit-block' ),
			'singular'     => __( 'Job Type', 'job-submit-block' ),
		),
		'job_listing_category' => array(
			'rest_base'    => 'job-categories',
			'hierarchical' => true,
			'name'         => __( 'Job Categories', 'job-submit-block' ),
			'singular'     => __( 'Job Category', 'job-submit-block' ),
		),
	);
	foreach ( $taxonomies as $taxonomy => $args ) {
		if ( taxonomy_exists( $taxonomy ) ) {
			register_taxonomy_for_object_type( $taxonomy, 'job_listing' );
			continue;
		}
		register_taxonomy(
			$taxonomy,
			'job_listing',
			array(
				'labels'            => array(
					'name'          => $args['name'],
					'singular_name' => $args['singular'],
				),
				'hierarchical'      => $args['hierarchical'],
				'show_in_rest'      => true,
				'rest_base'         => $args['rest_base'],
				'show_admin_column' => true,
				// Members pick existing terms; only moderators shape the vocabulary.
				'capabilities'      => array(
					'manage_terms' => 'edit_others_job_listings',
					'edit_terms'   => 'edit_others_job_listings',
					'delete_terms' => 'edit_others_job_listings',
					'assign_terms' => 'edit_job_listings',
				),
			)
		);
	}

	if ( ! get_post_status_object( 'expired' ) ) {
		register_post_status(
			'expired',
			array(
				'label'                     => _x( 'Expired', 'post status', 'job-submit-block' ),
				'public'                    => false,
				'protected'                 => true,
				'exclude_from_search'       => true,
				'show_in_admin_all_list'    => true,
				'show_in_admin_status_list' => true,
				/* translators: %s: number of expired listings. */
				'label_count'               => _n_noop( 'Expired <span class="count">(%s)</span>', 'Expired <span class="count">(%s)</span>', 'job-submit-block' ),
			)
		);
	}
}

/**
 * Adds the default job types once, the first time the plugin is activated.
 */
function job_submit_block_seed_job_types() {
	if ( get_option( 'job_submit_block_job_types_seeded' ) ) {
		return;
	}
	job_submit_block_register_content_types();
	$types = array(
		__( 'Full Time', 'job-submit-block' ),
		__( 'Part Time', 'job-submit-block' ),
		__( 'Contract', 'job-submit-block' ),
		__( 'Freelance', 'job-submit-block' ),
		__( 'Internship', 'job-submit-block' ),
		__( 'Temporary', 'job-submit-block' ),
	);
	foreach ( $types as $type ) {
		if ( ! term_exists( $type, 'job_listing_type' ) ) {
			wp_insert_term( $type, 'job_listing_type' );
		}
	}
	update_option( 'job_submit_block_job_types_seeded', 1 );
}
