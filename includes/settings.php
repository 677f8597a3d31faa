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
		'job_submit_block_roles'              => 'job_submit_block_sanitize_roles',
		'job_submit_block_auto_publish'       => 'job_submit_block_sanitize_flag',
		'job_submit_block_duration_days'      => static function ( $days ) {
			return job_submit_block_sanitize_whole_number( 'job_submit_block_duration_days', $days, 1, 365, __( 'The listing duration must be a whole number of days from 1 to 365.', 'job-submit-block' ) );
		},
		'job_submit_block_rate_limit'         => static function ( $limit ) {
			return job_submit_block_sanitize_whole_number( 'job_submit_block_rate_limit', $limit, 0, 1000, __( 'Listings per member per hour must be a whole number from 0 to 1000.', 'job-submit-block' ) );
		},
		'job_submit_block_notification_email' => static function ( $email ) {
			return (string) sanitize_email( (string) $email );
		},
		'job_submit_block_live_edits'         => static function ( $policy ) {
			return in_array( $policy, array( 'no', 'review', 'live' ), true ) ? $policy : job_submit_block_refuse_setting( 'job_submit_block_live_edits', __( 'Choose how members may edit live listings.', 'job-submit-block' ) );
		},
		'job_submit_block_expiry_notice'      => 'job_submit_block_sanitize_flag',
		'job_submit_block_expiry_notice_days' => static function ( $days ) {
			return job_submit_block_sanitize_whole_number( 'job_submit_block_expiry_notice_days', $days, 1, 30, __( 'The expiry warning must come a whole number of days from 1 to 30 before.', 'job-submit-block' ) );
		},
		'job_submit_block_archive_slug'       => 'job_submit_block_sanitize_archive_slug',
	) + job_submit_block_form_setting_sanitizers();
	// Also on reading: a site that saved the screen before this was stored has ''.
	add_filter( 'option_job_submit_block_auto_publish', 'job_submit_block_sanitize_flag' );
	foreach ( array_keys( job_submit_block_email_kinds() ) as $kind ) {
		$sanitizers[ job_submit_block_email_setting( $kind ) ] = 'job_submit_block_sanitize_flag';
	}
	$bounds = array(
		'job_submit_block_duration_days'      => array( 1, 365 ),
		'job_submit_block_rate_limit'         => array( 0, 1000 ),
		'job_submit_block_expiry_notice_days' => array( 1, 30 ),
	) + JOB_SUBMIT_BLOCK_FORM_SETTING_BOUNDS;
	$hidden = job_submit_block_settings_off_screen();
	foreach ( job_submit_block_setting_definitions() as $name => $definition ) {
		// The REST settings endpoint refuses what the schema refuses, with a 400.
		$schema = array( 'type' => $definition['type'] );
		if ( 'array' === $definition['type'] ) {
			$schema['items'] = array(
				'type' => 'string',
				'enum' => 'job_submit_block_logo_types' === $name ? array_keys( JOB_SUBMIT_BLOCK_LOGO_TYPES ) : array_keys( wp_roles()->get_names() ),
			);
		}
		if ( isset( $definition['enum'] ) ) {
			$schema['enum'] = $definition['enum'];
		}
		if ( isset( $bounds[ $name ] ) ) {
			list( $schema['minimum'], $schema['maximum'] ) = $bounds[ $name ];
		}
		register_setting(
			in_array( $name, $hidden, true ) ? 'job_submit_block_off_screen' : 'job_submit_block',
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
 * The settings the screen has no row for, because WP Job Manager decides them.
 *
 * Saving the screen, options.php stores null into every setting of its group that was not
 * sent: in a group of their own, these keep their values (and stay in the REST settings).
 *
 * @return string[] Option names.
 */
function job_submit_block_settings_off_screen() {
	$hidden = array();
	if ( job_submit_block_job_manager_active() ) {
		// Its own mail tells the administrator of a new listing.
		array_push( $hidden, 'job_submit_block_auto_publish', 'job_submit_block_duration_days', 'job_submit_block_notification_email', 'job_submit_block_email_new_listing' );
	}
	if ( ! job_submit_block_job_page_applies() ) {
		$hidden[] = 'job_submit_block_archive_slug';
	}
	return $hidden;
}

/**
 * Keeps a setting's stored value and says why, when what was sent cannot be stored as it is:
 * a mistake is shown on the settings screen rather than quietly changed into another value.
 *
 * @param string $name    Option name.
 * @param string $message What is wrong.
 * @return mixed The stored value.
 */
function job_submit_block_refuse_setting( $name, $message ) {
	// WordPress may sanitize one save twice (add_option after update_option); say it once.
	if ( ! wp_list_filter( get_settings_errors( $name ), array( 'code' => $name . '_invalid' ) ) ) {
		add_settings_error( $name, $name . '_invalid', $message );
	}
	return job_submit_block_setting( $name );
}

/**
 * A whole number within bounds, or the stored value with an error on the settings screen.
 *
 * @param string $name    Option name.
 * @param mixed  $value   The value sent.
 * @param int    $min     Smallest allowed.
 * @param int    $max     Largest allowed.
 * @param string $message What to say when it does not fit.
 * @return int
 */
function job_submit_block_sanitize_whole_number( $name, $value, $min, $max, $message ) {
	$text = is_scalar( $value ) ? trim( (string) $value ) : '';
	if ( ! preg_match( '/^-?\d+$/', $text ) || (int) $text < $min || (int) $text > $max ) {
		return (int) job_submit_block_refuse_setting( $name, $message );
	}
	return (int) $text;
}

/**
 * The roles that may submit, or the stored ones with an error when a role is unknown. The
 * screen sends an empty value beside the boxes, so that unticking every box is seen.
 *
 * @param mixed $roles The roles sent.
 * @return string[]
 */
function job_submit_block_sanitize_roles( $roles ) {
	$roles = array_values(
		array_filter(
			array_map(
				static function ( $role ) {
					return is_scalar( $role ) ? (string) $role : '!';
				},
				(array) $roles
			),
			'strlen'
		)
	);
	if ( array_diff( $roles, array_keys( wp_roles()->get_names() ) ) ) {
		return (array) job_submit_block_refuse_setting( 'job_submit_block_roles', __( 'One of the chosen roles does not exist on this site.', 'job-submit-block' ) );
	}
	return $roles;
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
		// Core prints the "Settings saved." notice only on screens under the Settings menu,
		// where the screen is when WP Job Manager is active.
		if ( 'options-general.php' !== get_admin_page_parent() ) {
			settings_errors();
		}
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
				<?php if ( job_submit_block_job_manager_active() ) : ?>
					<?php job_submit_block_render_job_manager_settings_row(); ?>
				<?php else : ?>
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
				<?php endif; ?>
				<tr>
					<th scope="row"><label for="job_submit_block_rate_limit"><?php esc_html_e( 'Listings per member per hour', 'job-submit-block' ); ?></label></th>
					<td>
						<input type="number" min="0" max="1000" class="small-text" id="job_submit_block_rate_limit" name="job_submit_block_rate_limit" aria-describedby="job_submit_block_rate_limit_help" value="<?php echo esc_attr( (string) job_submit_block_setting( 'job_submit_block_rate_limit' ) ); ?>" />
						<p class="description" id="job_submit_block_rate_limit_help"><?php esc_html_e( '0 means no limit.', 'job-submit-block' ); ?></p>
					</td>
				</tr>
				<?php if ( ! job_submit_block_job_manager_active() ) : ?>
				<tr>
					<th scope="row"><label for="job_submit_block_notification_email"><?php esc_html_e( 'Notify about new listings', 'job-submit-block' ); ?></label></th>
					<td>
						<input type="email" class="regular-text" id="job_submit_block_notification_email" name="job_submit_block_notification_email" aria-describedby="job_submit_block_notification_email_help" value="<?php echo esc_attr( (string) job_submit_block_setting( 'job_submit_block_notification_email' ) ); ?>" />
						<p class="description" id="job_submit_block_notification_email_help"><?php esc_html_e( 'Leave empty to use the site’s administration email address.', 'job-submit-block' ); ?></p>
					</td>
				</tr>
				<?php endif; ?>
				<tr>
					<th scope="row"><?php esc_html_e( 'Members editing live listings', 'job-submit-block' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Members editing live listings', 'job-submit-block' ); ?></legend>
							<?php
							$job_submit_block_live_edits = job_submit_block_live_edit_policy();
							foreach ( array(
								'no'     => __( 'Not allowed: members edit their listings only while they await review', 'job-submit-block' ),
								'review' => __( 'Allowed, and the edited listing goes back to review', 'job-submit-block' ),
								'live'   => __( 'Allowed, and the edited listing stays live', 'job-submit-block' ),
							) as $job_submit_block_value => $job_submit_block_label ) :
								?>
								<label>
									<input type="radio" name="job_submit_block_live_edits" value="<?php echo esc_attr( $job_submit_block_value ); ?>" <?php checked( $job_submit_block_live_edits, $job_submit_block_value ); ?> />
									<?php echo esc_html( $job_submit_block_label ); ?>
								</label><br />
							<?php endforeach; ?>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'E-mails', 'job-submit-block' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'E-mails the plugin sends', 'job-submit-block' ); ?></legend>
							<?php $job_submit_block_off_screen = job_submit_block_settings_off_screen(); ?>
							<?php foreach ( job_submit_block_email_kinds() as $kind => $label ) : ?>
								<?php
								$job_submit_block_option = job_submit_block_email_setting( $kind );
								// One that another plugin's e-mail takes the place of (see above).
								if ( in_array( $job_submit_block_option, $job_submit_block_off_screen, true ) ) {
									continue;
								}
								?>
								<label>
									<input type="checkbox" name="<?php echo esc_attr( $job_submit_block_option ); ?>" value="1" <?php checked( (bool) job_submit_block_setting( $job_submit_block_option ) ); ?> />
									<?php echo esc_html( $label ); ?>
								</label><br />
							<?php endforeach; ?>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Expiry warning', 'job-submit-block' ); ?></th>
					<td>
						<label>
							<input type="checkbox" name="job_submit_block_expiry_notice" value="1" <?php checked( (bool) job_submit_block_setting( 'job_submit_block_expiry_notice' ) ); ?> />
							<?php esc_html_e( 'E-mail authors before their listing expires', 'job-submit-block' ); ?>
						</label>
						<p>
							<label for="job_submit_block_expiry_notice_days"><?php esc_html_e( 'Days before', 'job-submit-block' ); ?></label>
							<input type="number" min="1" max="30" class="small-text" id="job_submit_block_expiry_notice_days" name="job_submit_block_expiry_notice_days" value="<?php echo esc_attr( (string) job_submit_block_setting( 'job_submit_block_expiry_notice_days' ) ); ?>" />
						</p>
					</td>
				</tr>
				<?php job_submit_block_render_archive_slug_row(); ?>
				<?php job_submit_block_render_form_settings_rows(); ?>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
