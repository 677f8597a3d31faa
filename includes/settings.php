<?php
/**
 * The settings screen under Job Listings, on the Settings API. Every setting is also in the
 * REST settings endpoint, for administrators only.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the settings with their types, sanitizing and REST schema.
 */
function job_submit_block_register_settings() {
	$sanitizers = array(
		'job_submit_block_roles'              => static function ( $roles ) {
			$known = array_keys( wp_roles()->get_names() );
			return array_values( array_intersect( array_map( 'strval', (array) $roles ), $known ) );
		},
		'job_submit_block_auto_publish'       => 'job_submit_block_sanitize_flag',
		'job_submit_block_duration_days'      => static function ( $days ) {
			return min( 365, max( 1, absint( $days ) ) );
		},
		'job_submit_block_rate_limit'         => static function ( $limit ) {
			return min( 1000, absint( $limit ) );
		},
		'job_submit_block_notification_email' => static function ( $email ) {
			return (string) sanitize_email( (string) $email );
		},
	);
	// Also on reading: a site that saved the screen before this was stored has ''.
	add_filter( 'option_job_submit_block_auto_publish', 'job_submit_block_sanitize_flag' );
	foreach ( job_submit_block_setting_definitions() as $name => $definition ) {
		$schema = array( 'type' => $definition['type'] );
		if ( 'array' === $definition['type'] ) {
			$schema['items'] = array( 'type' => 'string' );
		}
		register_setting(
			'job_submit_block',
			$name,
			array(
				'type'              => $definition['type'],
				'default'           => $definition['default'],
				'sanitize_callback' => $sanitizers[ $name ],
				'show_in_rest'      => array( 'schema' => $schema ),
			)
		);
	}
}

/**
 * A yes/no setting as 1 or 0. False itself would be stored as '', which the REST settings
 * endpoint rejects as a boolean: it would report null and refuse every later update with
 * a 500, as an unticked box on the settings screen stores it.
 *
 * @param mixed $value The value sent or stored.
 * @return int 1 or 0.
 */
function job_submit_block_sanitize_flag( $value ) {
	return rest_sanitize_boolean( $value ) ? 1 : 0;
}

/**
 * Adds the settings screen to the Job Listings menu.
 */
function job_submit_block_add_settings_page() {
	add_submenu_page(
		'edit.php?post_type=job_listing',
		__( 'Job Submission Settings', 'job-submit-block' ),
		__( 'Settings', 'job-submit-block' ),
		'manage_options',
		'job-submit-block-settings',
		'job_submit_block_render_settings_page'
	);
}

/**
 * Renders the settings screen.
 */
function job_submit_block_render_settings_page() {
	$roles = job_submit_block_submitter_roles();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Job Submission Settings', 'job-submit-block' ); ?></h1>
		<?php
		// Core prints the "Settings saved." notice only on screens under the Settings menu.
		settings_errors();
		?>
		<form method="post" action="options.php">
			<?php settings_fields( 'job_submit_block' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Who may submit', 'job-submit-block' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Roles that may submit listings', 'job-submit-block' ); ?></legend>
							<?php foreach ( wp_roles()->get_names() as $role => $name ) : ?>
								<label>
									<input type="checkbox" name="job_submit_block_roles[]" value="<?php echo esc_attr( $role ); ?>" <?php checked( in_array( $role, $roles, true ) ); ?> />
									<?php echo esc_html( translate_user_role( $name ) ); ?>
								</label><br />
							<?php endforeach; ?>
							<input type="hidden" name="job_submit_block_roles[]" value="" />
							<p class="description"><?php esc_html_e( 'Editors and administrators always moderate listings.', 'job-submit-block' ); ?></p>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Moderation', 'job-submit-block' ); ?></th>
					<td>
						<label>
							<input type="checkbox" name="job_submit_block_auto_publish" value="1" <?php checked( (bool) job_submit_block_setting( 'job_submit_block_auto_publish' ) ); ?> />
							<?php esc_html_e( 'Publish members’ listings at once, without review', 'job-submit-block' ); ?>
						</label>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="job_submit_block_duration_days"><?php esc_html_e( 'Listing duration (days)', 'job-submit-block' ); ?></label></th>
					<td><input type="number" min="1" max="365" class="small-text" id="job_submit_block_duration_days" name="job_submit_block_duration_days" value="<?php echo esc_attr( (string) job_submit_block_setting( 'job_submit_block_duration_days' ) ); ?>" /></td>
				</tr>
				<tr>
					<th scope="row"><label for="job_submit_block_rate_limit"><?php esc_html_e( 'Listings per member per hour', 'job-submit-block' ); ?></label></th>
					<td>
						<input type="number" min="0" max="1000" class="small-text" id="job_submit_block_rate_limit" name="job_submit_block_rate_limit" aria-describedby="job_submit_block_rate_limit_help" value="<?php echo esc_attr( (string) job_submit_block_setting( 'job_submit_block_rate_limit' ) ); ?>" />
						<p class="description" id="job_submit_block_rate_limit_help"><?php esc_html_e( '0 means no limit.', 'job-submit-block' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="job_submit_block_notification_email"><?php esc_html_e( 'Notify about new listings', 'job-submit-block' ); ?></label></th>
					<td>
						<input type="email" class="regular-text" id="job_submit_block_notification_email" name="job_submit_block_notification_email" aria-describedby="job_submit_block_notification_email_help" value="<?php echo esc_attr( (string) job_submit_block_setting( 'job_submit_block_notification_email' ) ); ?>" />
						<p class="description" id="job_submit_block_notification_email_help"><?php esc_html_e( 'Leave empty to use the site’s administration email address.', 'job-submit-block' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
