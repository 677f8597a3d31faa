<?php
/**
 * The limits of a company logo, as the site owner set them: size, image types, dimensions,
 * and how many logos a member may upload in an hour.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The image types a logo may be, by the name the settings use, with their MIME type and
 * the extension a re-encoded file gets.
 */
const JOB_SUBMIT_BLOCK_LOGO_TYPES = array(
	'jpeg' => array(
		'mime'      => 'image/jpeg',
		'extension' => 'jpg',
		'label'     => 'JPEG',
	),
	'png'  => array(
		'mime'      => 'image/png',
		'extension' => 'png',
		'label'     => 'PNG',
	),
	'webp' => array(
		'mime'      => 'image/webp',
		'extension' => 'webp',
		'label'     => 'WebP',
	),
	'gif'  => array(
		'mime'      => 'image/gif',
		'extension' => 'gif',
		'label'     => 'GIF',
	),
);

/**
 * The logo's limits now.
 *
 * @return array{maxBytes: int, types: string[], mimes: string[], maxPixels: int, perHour: int}
 */
function job_submit_block_logo_limits() {
	$types = array_values( array_intersect( array_keys( JOB_SUBMIT_BLOCK_LOGO_TYPES ), (array) job_submit_block_setting( 'job_submit_block_logo_types' ) ) );
	return array(
		'maxBytes'  => max( 1, (int) job_submit_block_setting( 'job_submit_block_logo_max_kb' ) ) * KB_IN_BYTES,
		'types'     => $types,
		'mimes'     => array_map(
			static function ( $type ) {
				return JOB_SUBMIT_BLOCK_LOGO_TYPES[ $type ]['mime'];
			},
			$types
		),
		'maxPixels' => max( 1, (int) job_submit_block_setting( 'job_submit_block_logo_max_pixels' ) ),
		'perHour'   => max( 0, (int) job_submit_block_setting( 'job_submit_block_logo_hourly' ) ),
	);
}

/**
 * The allowed types, named for people: "JPEG, PNG, WebP or GIF".
 *
 * @param string[] $types Type names of the settings.
 * @return string
 */
function job_submit_block_logo_type_list( $types ) {
	$labels = array_map(
		static function ( $type ) {
			return JOB_SUBMIT_BLOCK_LOGO_TYPES[ $type ]['label'];
		},
		$types
	);
	if ( count( $labels ) < 2 ) {
		return implode( '', $labels );
	}
	$last = array_pop( $labels );
	/* translators: 1: a list of image types, 2: the last image type. */
	return sprintf( __( '%1$s or %2$s', 'job-submit-block' ), implode( ', ', $labels ), $last );
}

/**
 * The logo field's help on a form: the allowed types, size and dimensions.
 *
 * @return string
 */
function job_submit_block_logo_help() {
	$limits = job_submit_block_logo_limits();
	return sprintf(
		/* translators: 1: image types, 2: the largest file size, 3: the most pixels on either side. */
		__( 'An image: %1$s, at most %2$s and %3$d × %3$d pixels.', 'job-submit-block' ),
		job_submit_block_logo_type_list( $limits['types'] ),
		size_format( $limits['maxBytes'] ),
		$limits['maxPixels']
	);
}

/**
 * The file input of the logo field.
 *
 * @param string $id     The control's id.
 * @param string $common The control's other attributes, escaped.
 * @return string HTML.
 */
function job_submit_block_logo_input_html( $id, $common ) {
	$limits = job_submit_block_logo_limits();
	return sprintf(
		'<input type="file" id="%1$s" name="job_submit_logo" accept="%2$s" data-max-bytes="%3$d" data-max-pixels="%4$d"%5$s /><span class="wp-block-job-submit-block-form__logo-preview" hidden></span>',
		esc_attr( $id ),
		esc_attr( implode( ',', $limits['mimes'] ) ),
		$limits['maxBytes'],
		$limits['maxPixels'],
		$common
	);
}
