<?php
/**
 * Plugin Name: Job Submit Block Test Logo Inspector
 * Description: Test only. Lets administrators read what the form's new fields stored that REST does not show: every file in the uploads folder, the number of attachments, a listing's logo file (its real type and whether it still holds EXIF data) and the recorded terms acceptance.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'rest_api_init',
	static function () {
		register_rest_route(
			'job-submit-block-test/v1',
			'/stored',
			array(
				'methods'             => 'GET',
				'permission_callback' => static function () {
					return current_user_can( 'manage_options' );
				},
				'callback'            => 'job_submit_block_test_stored',
			)
		);
	}
);

/**
 * What is stored: files, attachments, and one listing's logo and terms acceptance.
 *
 * @param WP_REST_Request $request The request; `listing` names a listing.
 * @return array
 */
function job_submit_block_test_stored( $request ) {
	$base  = wp_upload_dir()['basedir'];
	$files = array();
	if ( is_dir( $base ) ) {
		$iterator = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $base, FilesystemIterator::SKIP_DOTS ) );
		foreach ( $iterator as $file ) {
			$files[] = substr( $file->getPathname(), strlen( $base ) );
		}
	}
	sort( $files );
	$counts  = wp_count_posts( 'attachment' );
	$result  = array(
		'files'       => $files,
		'attachments' => (int) array_sum( (array) $counts ),
	);
	$listing = (int) $request->get_param( 'listing' );
	if ( $listing ) {
		$logo            = (int) get_post_thumbnail_id( $listing );
		$path            = $logo ? (string) get_attached_file( $logo ) : '';
		$bytes           = $path && is_file( $path ) ? (string) file_get_contents( $path ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions -- test only: the stored bytes.
		$result['logo']  = array(
			'id'       => $logo,
			'author'   => (int) get_post_field( 'post_author', $logo ),
			'parent'   => (int) get_post_field( 'post_parent', $logo ),
			'mime'     => $path ? wp_get_image_mime( $path ) : '',
			'hasExif'  => false !== strpos( $bytes, 'Exif' ) || false !== strpos( $bytes, 'GPS' ),
			'fileSize' => strlen( $bytes ),
		);
		$result['terms'] = array(
			'acceptedAt' => (string) get_post_meta( $listing, '_job_terms_accepted_at', true ),
			'page'       => (int) get_post_meta( $listing, '_job_terms_page', true ),
			'revision'   => (int) get_post_meta( $listing, '_job_terms_page_revision', true ),
		);
	}
	return $result;
}
