<?php
/**
 * WP Job Manager's e-mails that the plugin's would repeat.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether WP Job Manager, active, tells employers that their listing expires soon (its
 * *Employer Notice of Expiring Job Listings*): the plugin's own warning would be a second.
 *
 * @return bool
 */
function job_submit_block_job_manager_warns_of_expiry() {
	return job_submit_block_job_manager_active()
		&& class_exists( 'WP_Job_Manager_Email_Notifications' )
		&& WP_Job_Manager_Email_Notifications::is_email_notification_enabled( 'employer_expiring_job' );
}
