<?php
/**
 * Demo listings for a fresh local site, so that the listing page and the archive show
 * something: three published listings (one of them filled) and one expired, posted by the
 * demo member. Required by seed.php once the plugin is loaded; adds them once.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

if ( get_option( 'job_submit_block_demo_listings' ) ) {
	return;
}

// The site has no mail server; publishing would e-mail the member.
add_filter( 'pre_wp_mail', '__return_true' );

$job_submit_block_demo_author = get_user_by( 'login', 'member' );
$job_submit_block_demo        = array(
	array(
		'title'    => 'Head Gardener',
		'content'  => "<p>Look after the city's rose gardens and a team of four.</p><p>You plan the seasons, order the plants and keep the tools in shape.</p>",
		'type'     => 'Full Time',
		'category' => 'Horticulture',
		'meta'     => array(
			'_company_name'        => 'Green Ltd',
			'_company_website'     => 'https://green.example',
			'_company_tagline'     => 'Gardens for everyone',
			'_job_location'        => 'Lisbon',
			'_job_salary'          => '42,000',
			'_job_salary_currency' => 'EUR',
			'_job_salary_unit'     => 'YEAR',
			'_application'         => 'jobs@green.example',
		),
	),
	array(
		'title'    => 'Night Baker',
		'content'  => '<p>Bake bread and pastries from 2 am for our two shops.</p>',
		'type'     => 'Part Time',
		'category' => 'Hospitality',
		'meta'     => array(
			'_company_name'        => 'Crumb & Co',
			'_job_location'        => 'Porto',
			'_job_salary'          => '14',
			'_job_salary_currency' => 'EUR',
			'_job_salary_unit'     => 'HOUR',
			'_application'         => 'https://crumb.example/jobs/night-baker',
		),
	),
	array(
		'title'    => 'Remote Support Writer',
		'content'  => '<p>Write the help pages of our booking app, from anywhere.</p>',
		'type'     => 'Contract',
		'category' => 'Writing',
		'meta'     => array(
			'_company_name'    => 'Bookly',
			'_remote_position' => 1,
			'_application'     => 'hello@bookly.example',
			'_filled'          => 1,
		),
	),
	array(
		'title'    => 'Summer Lifeguard',
		'content'  => '<p>Watch over the beach from June to August.</p>',
		'type'     => 'Temporary',
		'category' => 'Hospitality',
		'status'   => 'expired',
		'meta'     => array(
			'_company_name' => 'Coast Council',
			'_job_location' => 'Cascais',
			'_application'  => 'lifeguards@coast.example',
			'_job_expires'  => wp_date( 'Y-m-d', time() - 10 * DAY_IN_SECONDS ),
		),
	),
);

$job_submit_block_demo_ids = array();
foreach ( $job_submit_block_demo as $job_submit_block_listing ) {
	$job_submit_block_id = wp_insert_post(
		array(
			'post_type'    => 'job_listing',
			'post_status'  => $job_submit_block_listing['status'] ?? 'publish',
			'post_title'   => $job_submit_block_listing['title'],
			'post_content' => $job_submit_block_listing['content'],
			'post_author'  => $job_submit_block_demo_author ? $job_submit_block_demo_author->ID : 1,
			'meta_input'   => $job_submit_block_listing['meta'],
		)
	);
	if ( ! $job_submit_block_id ) {
		continue;
	}
	wp_set_object_terms( $job_submit_block_id, $job_submit_block_listing['type'], 'job_listing_type' );
	wp_set_object_terms( $job_submit_block_id, $job_submit_block_listing['category'], 'job_listing_category' );
	$job_submit_block_demo_ids[] = $job_submit_block_id;
}
update_option( 'job_submit_block_demo_listings', $job_submit_block_demo_ids, false );
remove_filter( 'pre_wp_mail', '__return_true' );
