<?php
/**
 * The settings of the logo upload and the preview, on the plugin's settings screen (see
 * settings.php and settings-values.php).
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Bounds of the whole-number settings: the REST settings endpoint refuses others with 400.
 */
const JOB_SUBMIT_BLOCK_FORM_SETTING_BOUNDS = array(
	'job_submit_block_logo_max_kb'     => array( 16, 20480 ),
	'job_submit_block_logo_max_pixels' => array( 64, 10000 ),
	'job_submit_block_logo_hourly'     => array( 0, 100 ),
);

/**
 * The sanitizers of these settings.
 *
 * @return array<string, callable>
 */
function job_submit_block_form_setting_sanitizers() {
	$whole = static function ( $name, $message ) {
		list( $min, $max ) = JOB_SUBMIT_BLOCK_FORM_SETTING_BOUNDS[ $name ];
		return static function ( $value ) use ( $name, $min, $max, $message ) {
			return job_submit_block_sanitize_whole_number( $name, $value, $min, $max, $message );
		};
	};
	return array(
		'job_submit_block_logo_max_kb'      => $whole( 'job_submit_block_logo_max_kb', __( 'The largest logo must be a whole number of kilobytes from 16 to 20480.', 'job-submit-block' ) ),
		'job_submit_block_logo_max_pixels'  => $whole( 'job_submit_block_logo_max_pixels', __( 'The logo’s largest side must be a whole number of pixels from 64 to 10000.', 'job-submit-block' ) ),
		'job_submit_block_logo_hourly'      => $whole( 'job_submit_block_logo_hourly', __( 'Logo uploads per member per hour must be a whole number from 0 to 100.', 'job-submit-block' ) ),
		'job_submit_block_logo_types'       => 'job_submit_block_sanitize_logo_types',
		'job_submit_block_preview_required' => 'job_submit_block_sanitize_flag',
	);
}

/**
 * The allowed logo types, or the stored ones with an error when one is unknown or none is
 * left. The screen sends an empty value beside the boxes, so that unticking every box is seen.
 *
 * @param mixed $types The types sent.
 * @return string[]
 */
function job_submit_block_sanitize_logo_types( $types ) {
	$types = array_values( array_filter( array_map( 'strval', array_filter( (array) $types, 'is_scalar' ) ), 'strlen' ) );
	if ( ! $types || array_diff( $types, array_keys( JOB_SUBMIT_BLOCK_LOGO_TYPES ) ) ) {
		return (array) job_submit_block_refuse_setting( 'job_submit_block_logo_types', __( 'Choose at least one of the listed image types for logos.', 'job-submit-block' ) );
	}
	return $types;
}

/**
 * The rows of these settings on the settings screen.
 */
function job_submit_block_render_form_settings_rows() {
	$types = (array) job_submit_block_setting( 'job_submit_block_logo_types' );
	$whole = array(
		'job_submit_block_logo_max_kb'     => __( 'Largest company logo (KB)', 'job-submit-block' ),
		'job_submit_block_logo_max_pixels' => __( 'Largest logo side (pixels)', 'job-submit-block' ),
		'job_submit_block_logo_hourly'     => __( 'Logo uploads per member per hour', 'job-submit-block' ),
	);
	foreach ( $whole as $name => $label ) :
		list( $min, $max ) = JOB_SUBMIT_BLOCK_FORM_SETTING_BOUNDS[ $name ];
		?>
		<tr>
			<th scope="row"><label for="<?php echo esc_attr( $name ); ?>"><?php echo esc_html( $label ); ?></label></th>
			<td><input type="number" min="<?php echo (int) $min; ?>" max="<?php echo (int) $max; ?>" class="small-text" id="<?php echo esc_attr( $name ); ?>" name="<?php echo esc_attr( $name ); ?>" value="<?php echo esc_attr( (string) job_submit_block_setting( $name ) ); ?>" /></td>
		</tr>
	<?php endforeach; ?>
	<tr>
		<th scope="row"><?php esc_html_e( 'Logo image types', 'job-submit-block' ); ?></th>
		<td>
			<fieldset>
				<legend class="screen-reader-text"><?php esc_html_e( 'Image types a company logo may be', 'job-submit-block' ); ?></legend>
				<?php foreach ( JOB_SUBMIT_BLOCK_LOGO_TYPES as $type => $definition ) : ?>
					<label>
						<input type="checkbox" name="job_submit_block_logo_types[]" value="<?php echo esc_attr( $type ); ?>" <?php checked( in_array( $type, $types, true ) ); ?> />
						<?php echo esc_html( $definition['label'] ); ?>
					</label><br />
				<?php endforeach; ?>
				<input type="hidden" name="job_submit_block_logo_types[]" value="" />
			</fieldset>
		</td>
	</tr>
	<tr>
		<th scope="row"><?php esc_html_e( 'Preview', 'job-submit-block' ); ?></th>
		<td>
			<label>
				<input type="checkbox" name="job_submit_block_preview_required" value="1" <?php checked( (bool) job_submit_block_setting( 'job_submit_block_preview_required' ) ); ?> />
				<?php esc_html_e( 'Members preview their listing before they can submit it', 'job-submit-block' ); ?>
			</label>
		</td>
	</tr>
	<?php
}
