<?php
/**
 * A company logo's file: checked from its bytes (never from its name or the type the browser
 * claims), then re-encoded, so that whatever was hidden in it (EXIF location, comments,
 * trailing data, a script in a polyglot file) does not reach the site.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * What is wrong with an uploaded file as a logo, if anything.
 *
 * @param mixed $file One entry of $_FILES (name, type, tmp_name, error, size).
 * @return WP_Error|array{mime: string, type: string, width: int, height: int} The image's
 *                                                                            real type and size.
 */
function job_submit_block_check_logo_file( $file ) {
	$limits = job_submit_block_logo_limits();
	$error  = is_array( $file ) ? (int) ( $file['error'] ?? UPLOAD_ERR_NO_FILE ) : UPLOAD_ERR_NO_FILE;
	$path   = is_array( $file ) && is_string( $file['tmp_name'] ?? null ) ? $file['tmp_name'] : '';
	if ( UPLOAD_ERR_NO_FILE === $error || ( UPLOAD_ERR_OK === $error && '' === $path ) ) {
		return new WP_Error( 'job_submit_logo_missing', __( 'Choose an image file for the logo.', 'job-submit-block' ), array( 'status' => 400 ) );
	}
	$too_big = sprintf(
		/* translators: %s: the largest file size, such as 2 MB. */
		__( 'The logo is too big: the most is %s.', 'job-submit-block' ),
		size_format( $limits['maxBytes'] )
	);
	if ( in_array( $error, array( UPLOAD_ERR_INI_SIZE, UPLOAD_ERR_FORM_SIZE ), true ) ) {
		return new WP_Error( 'job_submit_logo_too_big', $too_big, array( 'status' => 413 ) );
	}
	// Only a file PHP received with this request: never a path a client names.
	if ( UPLOAD_ERR_OK !== $error || ! is_uploaded_file( $path ) ) {
		return new WP_Error( 'job_submit_logo_not_received', __( 'The logo did not arrive completely. Please choose it again.', 'job-submit-block' ), array( 'status' => 400 ) );
	}
	if ( filesize( $path ) > $limits['maxBytes'] ) {
		return new WP_Error( 'job_submit_logo_too_big', $too_big, array( 'status' => 413 ) );
	}
	$wrong_type = sprintf(
		/* translators: %s: the allowed image types, such as "JPEG, PNG, WebP or GIF". */
		__( 'The logo must be an image file: %s.', 'job-submit-block' ),
		job_submit_block_logo_type_list( $limits['types'] )
	);
	// The type from the file's first bytes; an SVG or a script named .png is none of these.
	$mime = wp_get_image_mime( $path );
	$type = array_search( $mime, $limits['mimes'], true );
	if ( false === $type ) {
		return new WP_Error( 'job_submit_logo_type', $wrong_type, array( 'status' => 415 ) );
	}
	$size = wp_getimagesize( $path );
	if ( ! is_array( $size ) || empty( $size[0] ) || empty( $size[1] ) ) {
		return new WP_Error( 'job_submit_logo_type', $wrong_type, array( 'status' => 415 ) );
	}
	if ( $size[0] > $limits['maxPixels'] || $size[1] > $limits['maxPixels'] ) {
		return new WP_Error(
			'job_submit_logo_dimensions',
			sprintf(
				/* translators: 1: the image's width, 2: its height, 3: the most pixels on either side. */
				__( 'The logo is %1$d × %2$d pixels: the most is %3$d × %3$d.', 'job-submit-block' ),
				$size[0],
				$size[1],
				$limits['maxPixels']
			),
			array( 'status' => 400 )
		);
	}
	return array(
		'mime'   => $mime,
		'type'   => $limits['types'][ $type ],
		'width'  => (int) $size[0],
		'height' => (int) $size[1],
	);
}

/**
 * Writes a clean copy of a checked image into the uploads folder: decoded and encoded again
 * by WordPress's image editor, turned upright first (the EXIF orientation is dropped with
 * the rest of the metadata).
 *
 * @param string $source  The uploaded file.
 * @param array  $image   What job_submit_block_check_logo_file() found.
 * @param int    $post_id The listing, named in the file's name.
 * @return WP_Error|array{file: string, url: string} The new file and its address.
 */
function job_submit_block_reencode_logo( $source, $image, $post_id ) {
	$unreadable = new WP_Error( 'job_submit_logo_unreadable', __( 'The logo could not be read as an image. Please choose another file.', 'job-submit-block' ), array( 'status' => 415 ) );
	// GD writes only the pixels; Imagick would carry profiles and comments over on a save.
	$prefer_gd = static function ( $editors ) {
		return in_array( 'WP_Image_Editor_GD', $editors, true ) ? array( 'WP_Image_Editor_GD' ) : $editors;
	};
	add_filter( 'wp_image_editors', $prefer_gd );
	$editor = wp_get_image_editor( $source, array( 'mime_type' => $image['mime'] ) );
	remove_filter( 'wp_image_editors', $prefer_gd );
	if ( is_wp_error( $editor ) ) {
		return $unreadable;
	}
	$editor->maybe_exif_rotate();
	$uploads = wp_upload_dir();
	if ( ! empty( $uploads['error'] ) ) {
		return new WP_Error( 'job_submit_logo_storage', __( 'The logo could not be stored. Please try again later.', 'job-submit-block' ), array( 'status' => 500 ) );
	}
	$extension = JOB_SUBMIT_BLOCK_LOGO_TYPES[ $image['type'] ]['extension'];
	$name      = wp_unique_filename( $uploads['path'], "company-logo-{$post_id}.{$extension}" );
	$saved     = $editor->save( trailingslashit( $uploads['path'] ) . $name, $image['mime'] );
	if ( is_wp_error( $saved ) || empty( $saved['path'] ) ) {
		return $unreadable;
	}
	return array(
		'file' => $saved['path'],
		'url'  => trailingslashit( $uploads['url'] ) . basename( $saved['path'] ),
	);
}
