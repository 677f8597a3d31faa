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
				'labels'          => job_submit_block_listing_labels(),
				'public'          => true,
				'show_in_rest'    => true,
				'rest_base'       => 'job-listings',
				'menu_icon'       => 'dashicons-portfolio',
				'capability_type' => array( 'job_listing', 'job_listings' ),
				'map_meta_cap'    => true,
				'supports'        => array( 'title', 'editor', 'author', 'custom-fields' ),
				'has_archive'     => job_submit_block_archive_slug(),
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
		),
		'job_listing_category' => array(
			'rest_base'    => 'job-categories',
			'hierarchical' => true,
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
				'labels'            => job_submit_block_taxonomy_labels( $taxonomy ),
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
 * Every label of the job_listing post type that core would otherwise word for posts
 * ("Post published.", "Add Post", …): the admin screens', the block editor's notices and the
 * navigation link's. Core derives template_name from the singular name.
 *
 * @return string[] Labels by key.
 */
function job_submit_block_listing_labels() {
	return array(
		'name'                     => __( 'Job Listings', 'job-submit-block' ),
		'singular_name'            => __( 'Job Listing', 'job-submit-block' ),
		'menu_name'                => __( 'Job Listings', 'job-submit-block' ),
		'name_admin_bar'           => __( 'Job Listing', 'job-submit-block' ),
		'add_new'                  => _x( 'Add', 'job listing', 'job-submit-block' ),
		'add_new_item'             => __( 'Add New Job Listing', 'job-submit-block' ),
		'edit_item'                => __( 'Edit Job Listing', 'job-submit-block' ),
		'new_item'                 => __( 'New Job Listing', 'job-submit-block' ),
		'view_item'                => __( 'View Job Listing', 'job-submit-block' ),
		'view_items'               => __( 'View Job Listings', 'job-submit-block' ),
		'search_items'             => __( 'Search Job Listings', 'job-submit-block' ),
		'not_found'                => __( 'No job listings found.', 'job-submit-block' ),
		'not_found_in_trash'       => __( 'No job listings found in Trash.', 'job-submit-block' ),
		'all_items'                => __( 'All Job Listings', 'job-submit-block' ),
		'archives'                 => __( 'Job Listing Archives', 'job-submit-block' ),
		'attributes'               => __( 'Job Listing Attributes', 'job-submit-block' ),
		'insert_into_item'         => __( 'Insert into job listing', 'job-submit-block' ),
		'uploaded_to_this_item'    => __( 'Uploaded to this job listing', 'job-submit-block' ),
		'featured_image'           => _x( 'Featured image', 'job listing', 'job-submit-block' ),
		'set_featured_image'       => _x( 'Set featured image', 'job listing', 'job-submit-block' ),
		'remove_featured_image'    => _x( 'Remove featured image', 'job listing', 'job-submit-block' ),
		'use_featured_image'       => _x( 'Use as featured image', 'job listing', 'job-submit-block' ),
		'filter_items_list'        => __( 'Filter job listings list', 'job-submit-block' ),
		'filter_by_date'           => __( 'Filter by date', 'job-submit-block' ),
		'items_list_navigation'    => __( 'Job listings list navigation', 'job-submit-block' ),
		'items_list'               => __( 'Job listings list', 'job-submit-block' ),
		'item_published'           => __( 'Job listing published.', 'job-submit-block' ),
		'item_published_privately' => __( 'Job listing published privately.', 'job-submit-block' ),
		'item_reverted_to_draft'   => __( 'Job listing reverted to draft.', 'job-submit-block' ),
		'item_trashed'             => __( 'Job listing trashed.', 'job-submit-block' ),
		'item_scheduled'           => __( 'Job listing scheduled.', 'job-submit-block' ),
		'item_updated'             => __( 'Job listing updated.', 'job-submit-block' ),
		'item_link'                => _x( 'Job Listing Link', 'navigation link block title', 'job-submit-block' ),
		'item_link_description'    => _x( 'A link to a job listing.', 'navigation link block description', 'job-submit-block' ),
	);
}

/**
 * Every label of a job taxonomy that core would otherwise word for tags or categories ("Add
 * Tag", "No tags found.", …). The descriptions of the name, slug and description fields keep
 * core's wording, which names no taxonomy; core derives template_name from the singular name.
 *
 * @param string $taxonomy 'job_listing_type' or 'job_listing_category'.
 * @return string[] Labels by key.
 */
function job_submit_block_taxonomy_labels( $taxonomy ) {
	if ( 'job_listing_type' === $taxonomy ) {
		return array(
			'name'                       => __( 'Job Types', 'job-submit-block' ),
			'singular_name'              => __( 'Job Type', 'job-submit-block' ),
			'menu_name'                  => __( 'Job Types', 'job-submit-block' ),
			'search_items'               => __( 'Search Job Types', 'job-submit-block' ),
			'popular_items'              => __( 'Popular Job Types', 'job-submit-block' ),
			'all_items'                  => __( 'All Job Types', 'job-submit-block' ),
			'edit_item'                  => __( 'Edit Job Type', 'job-submit-block' ),
			'view_item'                  => __( 'View Job Type', 'job-submit-block' ),
			'update_item'                => __( 'Update Job Type', 'job-submit-block' ),
			'add_new_item'               => __( 'Add New Job Type', 'job-submit-block' ),
			'new_item_name'              => __( 'New Job Type Name', 'job-submit-block' ),
			'separate_items_with_commas' => __( 'Separate job types with commas', 'job-submit-block' ),
			'add_or_remove_items'        => __( 'Add or remove job types', 'job-submit-block' ),
			'choose_from_most_used'      => __( 'Choose from the most used job types', 'job-submit-block' ),
			'not_found'                  => __( 'No job types found.', 'job-submit-block' ),
			'no_terms'                   => __( 'No job types', 'job-submit-block' ),
			'items_list_navigation'      => __( 'Job types list navigation', 'job-submit-block' ),
			'items_list'                 => __( 'Job types list', 'job-submit-block' ),
			/* translators: Tab heading when selecting from the most used job types. */
			'most_used'                  => _x( 'Most Used', 'job types', 'job-submit-block' ),
			'back_to_items'              => __( '&larr; Go to Job Types', 'job-submit-block' ),
			'item_link'                  => _x( 'Job Type Link', 'navigation link block title', 'job-submit-block' ),
			'item_link_description'      => _x( 'A link to a job type.', 'navigation link block description', 'job-submit-block' ),
		);
	}
	return array(
		'name'                     => __( 'Job Categories', 'job-submit-block' ),
		'singular_name'            => __( 'Job Category', 'job-submit-block' ),
		'menu_name'                => __( 'Job Categories', 'job-submit-block' ),
		'search_items'             => __( 'Search Job Categories', 'job-submit-block' ),
		'all_items'                => __( 'All Job Categories', 'job-submit-block' ),
		'parent_item'              => __( 'Parent Job Category', 'job-submit-block' ),
		'parent_item_colon'        => __( 'Parent Job Category:', 'job-submit-block' ),
		'parent_field_description' => __( 'Assign a parent category to create a hierarchy. The category Engineering, for example, would be the parent of Frontend and Backend.', 'job-submit-block' ),
		'edit_item'                => __( 'Edit Job Category', 'job-submit-block' ),
		'view_item'                => __( 'View Job Category', 'job-submit-block' ),
		'update_item'              => __( 'Update Job Category', 'job-submit-block' ),
		'add_new_item'             => __( 'Add New Job Category', 'job-submit-block' ),
		'new_item_name'            => __( 'New Job Category Name', 'job-submit-block' ),
		'not_found'                => __( 'No job categories found.', 'job-submit-block' ),
		'no_terms'                 => __( 'No job categories', 'job-submit-block' ),
		'filter_by_item'           => __( 'Filter by job category', 'job-submit-block' ),
		'items_list_navigation'    => __( 'Job categories list navigation', 'job-submit-block' ),
		'items_list'               => __( 'Job categories list', 'job-submit-block' ),
		/* translators: Tab heading when selecting from the most used job categories. */
		'most_used'                => _x( 'Most Used', 'job categories', 'job-submit-block' ),
		'back_to_items'            => __( '&larr; Go to Job Categories', 'job-submit-block' ),
		'item_link'                => _x( 'Job Category Link', 'navigation link block title', 'job-submit-block' ),
		'item_link_description'    => _x( 'A link to a job category.', 'navigation link block description', 'job-submit-block' ),
	);
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
