<?php
/**
 * Where WP Job Manager is active, its Settings entry is the only one under its menu: the
 * block's own settings (who may submit, the hourly limit) are under Settings → Job
 * Submission, and its moderation, listing duration and e-mails are WP Job Manager's.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the block's settings screen under Settings (admin_menu, where WP Job Manager is
 * active).
 */
function job_submit_block_add_settings_page_under_settings() {
	add_options_page(
		__( 'Job Submission Settings', 'job-submit-block' ),
		__( 'Job Submission', 'job-submit-block' ),
		'manage_options',
		'job-submit-block-settings',
		'job_submit_block_render_settings_page'
	);
}

/**
 * The row of the block's settings screen that points to WP Job Manager's settings for what
 * they decide.
 */
function job_submit_block_render_job_manager_settings_row() {
	?>
	<tr>
		<th scope="row"><?php esc_html_e( 'Moderation, listing duration and e-mails', 'job-submit-block' ); ?></th>
		<td>
			<p>
				<?php
				printf(
					/* translators: %s: link to WP Job Manager's settings screen. */
					esc_html__( 'WP Job Manager decides these for listings from the block too: see %s.', 'job-submit-block' ),
					'<a href="' . esc_url( admin_url( 'edit.php?post_type=job_listing&page=job-manager-settings' ) ) . '">' . esc_html__( 'WP Job Manager’s settings', 'job-submit-block' ) . '</a>'
				);
				?>
			</p>
		</td>
	</tr>
	<?php
}
