<?php
/**
 * Plugin Name: Job Submit Block Test Job Manager Types
 * Description: Test only. Registers job_listing, its taxonomies and the expired status the way WP Job Manager 2.x does, to prove Job Submit Block reuses them.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function () {
		register_taxonomy(
			'job_listing_type',
			array( 'job_listing' ),
			array(
				'hierarchical' => false,
				'label'        => 'Job types',
				'show_in_rest' => true,
				'rest_base'    => 'job-types',
				'capabilities' => array(
					'manage_terms' => 'manage_job_listing_terms',
					'edit_terms'   => 'edit_job_listing_terms',
					'delete_terms' => 'delete_job_listing_terms',
					'assign_terms' => 'assign_job_listing_terms',
				),
			)
		);
		register_taxonomy(
			'job_listing_category',
			array( 'job_listing' ),
			array(
				'hierarchical' => true,
				'label'        => 'Job categories',
				'show_in_rest' => true,
				'rest_base'    => 'job-categories',
			)
		);
		register_post_type(
			'job_listing',
			array(
				'labels'          => array(
					'name'          => 'Jobs',
					'singular_name' => 'Job',
				),
				'public'          => true,
				'capability_type' => 'job_listing',
				'map_meta_cap'    => true,
				'show_in_rest'    => true,
				'rest_base'       => 'job-listings',
				'supports'        => array( 'title', 'editor', 'custom-fields', 'publicize', 'thumbnail', 'author' ),
				'has_archive'     => 'jobs',
			)
		);
		register_post_status(
			'expired',
			array(
				'label'                     => 'Expired',
				'public'                    => true,
				'protected'                 => true,
				'exclude_from_search'       => true,
				'show_in_admin_all_list'    => true,
				'show_in_admin_status_list' => true,
			)
		);
		// WP Job Manager keeps this meta private; exposed here so the test can read it.
		register_post_meta(
			'job_listing',
			'_public_submission',
			array(
				'type'          => 'integer',
				'single'        => true,
				'show_in_rest'  => true,
				'auth_callback' => static function () {
					return current_user_can( 'edit_others_job_listings' );
				},
			)
		);
	},
	0
);
