<?php
/**
 * Plugin Name:       Job Submit Block
 * Description:       A block for front-end job submission: logged-in members post job listings through the REST API, and admins moderate what arrives.
 * Version:           0.1.0
 * Requires at least: 6.8
 * Requires PHP:      7.4
 * Author:            Job Submit Block contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       job-submit-block
 * Domain Path:       /languages
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

define( 'JOB_SUBMIT_BLOCK_VERSION', '0.1.0' );
define( 'JOB_SUBMIT_BLOCK_FILE', __FILE__ );
define( 'JOB_SUBMIT_BLOCK_DIR', plugin_dir_path( __FILE__ ) );

foreach ( array(
	'fields',
	'fields-filter',
	'settings-values',
	'post-type',
	'capabilities',
	'rest-meta',
	'listing-flags',
	'rest-schema',
	'validation',
	'rate-limit',
	'idempotency',
	'rest-gate',
	'rest-submission',
	'listing-events',
	'admin-gate',
	'expiry',
	'notifications',
	'settings',
	'admin-list',
	'form-config',
	'form-render',
	'form-submission',
	'front-end-scripts',
	'block',
	'editor-preload',
	'editor-fields',
	'my-listings/policy',
	'my-listings/member-updates',
	'my-listings/forget-drafts',
	'my-listings/emails',
	'my-listings/block',
	'my-listings/list-render',
	'my-listings/list-actions',
	'my-listings/form-edit-mode',
	'job-manager/defer',
	'job-manager/capabilities',
	'job-manager/submission',
	'job-manager/editing',
	'job-manager/emails',
	'job-manager/settings-screen',
	'admin/job-details-panel',
	'admin/emails',
	'admin/listing-moderation',
	'admin/moderation-actions',
	'admin/reject-screen',
	'admin/listing-filters',
	'privacy/listing-data',
	'job-page/scope',
	'job-page/archive-slug',
	'job-page/details-values',
	'job-page/details-render',
	'job-page/listing-template',
	'job-page/expired',
	'form-fields/field-options',
	'form-fields/terms',
	'form-fields/description',
	'form-fields/preview',
	'uploads/logo-limits',
	'uploads/logo-settings',
	'uploads/logo-image',
	'uploads/logo-route',
	'uploads/logo-upkeep',
	'uploads/logo-form-post',
) as $job_submit_block_include ) {
	require_once JOB_SUBMIT_BLOCK_DIR . "includes/{$job_submit_block_include}.php";
}
unset( $job_submit_block_include );

// Content types at priority 20, after WP Job Manager's, so that its registrations win.
add_action( 'init', 'job_submit_block_register_content_types', 20 );
// Meta after the content types, and after the job_submit_block_fields filters of other plugins.
add_action( 'init', 'job_submit_block_register_meta', JOB_SUBMIT_BLOCK_META_PRIORITY );
add_action( 'init', 'job_submit_block_register_settings' );
add_action( 'init', 'job_submit_block_register_block' );
add_filter( 'block_editor_rest_api_preload_paths', 'job_submit_block_preload_editor_terms' );
add_action( 'enqueue_block_editor_assets', 'job_submit_block_add_editor_fields' );
add_action( 'enqueue_block_editor_assets', 'job_submit_block_enqueue_job_details_panel' );
add_action( 'init', 'job_submit_block_register_front_end_scripts' );
add_action( 'template_redirect', 'job_submit_block_handle_form_post' );
add_action( 'login_head', 'job_submit_block_forget_drafts_on_log_out' );

// Members' own listings after the submit: the list block, its actions and their e-mails.
add_action( 'init', 'job_submit_block_register_my_listings_block' );
add_action( 'template_redirect', 'job_submit_block_handle_list_action_post' );
add_action( 'rest_after_insert_job_listing', 'job_submit_block_after_member_update', 10, 3 );
add_action( 'rest_delete_job_listing', 'job_submit_block_after_member_withdraw', 10, 3 );
add_action( JOB_SUBMIT_BLOCK_HOURLY_EVENT, 'job_submit_block_send_expiry_warnings' );
add_filter( 'job_submit_block_required_fields', 'job_submit_block_require_form_fields', 10, 2 );
add_filter( 'user_has_cap', 'job_submit_block_grant_capabilities', 10, 4 );

// The listing page where the plugin registered the post type (WP Job Manager renders its own).
add_action( 'init', 'job_submit_block_register_job_details_block' );
add_action( 'init', 'job_submit_block_register_listing_template' );
// After shortcodes (11): nothing a member wrote runs as one.
add_filter( 'the_content', 'job_submit_block_add_details_to_content', 30 );
add_action( 'pre_get_posts', 'job_submit_block_find_expired_listings' );
add_filter( 'wp_robots', 'job_submit_block_noindex_expired_listing' );
add_filter( 'request', 'job_submit_block_let_page_answer_at_archive' );
add_filter( 'rest_request_before_callbacks', 'job_submit_block_refuse_archive_slug_over_rest', 10, 3 );
add_action( 'add_option_job_submit_block_archive_slug', 'job_submit_block_archive_slug_changed' );
add_action( 'update_option_job_submit_block_archive_slug', 'job_submit_block_archive_slug_changed' );

// The one gate of REST writes to listings and their terms, whatever the URL's spelling.
add_filter( 'rest_request_before_callbacks', 'job_submit_block_gate_rest_request', 10, 3 );
add_filter( 'rest_dispatch_request', 'job_submit_block_dispatch_listing_create', 10, 4 );
add_filter( 'rest_request_after_callbacks', 'job_submit_block_release_failed_claim', 10, 3 );
add_filter( 'rest_job_listing_query', 'job_submit_block_scope_listing_query', 10, 2 );
add_filter( 'rest_pre_insert_job_listing', 'job_submit_block_prepare_member_listing', 10, 2 );
add_filter( 'rest_prepare_job_listing', 'job_submit_block_hide_listing_password' );
add_filter( 'rest_prepare_job_listing', 'job_submit_block_hide_protected_details', 10, 3 );
add_action( 'rest_insert_job_listing', 'job_submit_block_track_inserted_listing', 10, 3 );
add_action( 'rest_after_insert_job_listing', 'job_submit_block_after_listing_insert', 10, 3 );
add_filter( 'rest_endpoints', 'job_submit_block_declare_listing_args' );
add_action( 'wp_after_insert_post', 'job_submit_block_announce_published', 10, 4 );

// The form's fields beyond text: plain-text paragraphs, the terms, the company logo.
add_filter( 'rest_pre_insert_job_listing', 'job_submit_block_paragraphs_from_plain_text', 9 );
add_action( 'job_submit_block_listing_submitted', 'job_submit_block_record_terms_acceptance', 10, 3 );
add_action( 'rest_api_init', 'job_submit_block_register_logo_route' );
add_action( 'before_delete_post', 'job_submit_block_delete_listing_logos' );
add_action( JOB_SUBMIT_BLOCK_HOURLY_EVENT, 'job_submit_block_delete_orphaned_logos' );

// The doors outside REST.
add_action( 'current_screen', 'job_submit_block_close_admin_screens' );
add_filter( 'pre_insert_term', 'job_submit_block_refuse_member_terms', 10, 2 );

add_action( 'transition_post_status', 'job_submit_block_date_expiry_on_publish', 10, 3 );
add_action( 'transition_post_status', 'job_submit_block_notify_author_on_publish', 10, 3 );
add_action( JOB_SUBMIT_BLOCK_HOURLY_EVENT, 'job_submit_block_run_hourly_maintenance' );

add_action( 'admin_menu', 'job_submit_block_add_settings_page' );
add_action( 'admin_menu', 'job_submit_block_menu_pending_count', 99 );
add_filter( 'manage_job_listing_posts_columns', 'job_submit_block_listing_columns' );
add_action( 'manage_job_listing_posts_custom_column', 'job_submit_block_listing_column', 10, 2 );

// Where WP Job Manager is active, its settings, screens, expiry and e-mails decide.
add_action( 'plugins_loaded', 'job_submit_block_defer_to_job_manager' );
// Moderation on the listings screen: approve, reject with a reason, columns and filters.
add_filter( 'manage_job_listing_posts_columns', 'job_submit_block_moderation_columns', 20 );
add_action( 'manage_job_listing_posts_custom_column', 'job_submit_block_moderation_column', 10, 2 );
add_action( 'restrict_manage_posts', 'job_submit_block_listing_filters' );
add_filter( 'post_row_actions', 'job_submit_block_moderation_row_actions', 10, 2 );
add_filter( 'bulk_actions-edit-job_listing', 'job_submit_block_moderation_bulk_actions' );
add_filter( 'handle_bulk_actions-edit-job_listing', 'job_submit_block_handle_moderation_bulk_action', 10, 3 );
add_action( 'admin_post_' . JOB_SUBMIT_BLOCK_APPROVE_ACTION, 'job_submit_block_handle_approve_request' );
add_action( 'admin_post_' . JOB_SUBMIT_BLOCK_REJECT_ACTION, 'job_submit_block_handle_reject_request' );
add_action( 'admin_menu', 'job_submit_block_add_reject_screen' );
add_action( 'admin_notices', 'job_submit_block_moderation_notices' );
add_filter( 'removable_query_args', 'job_submit_block_moderation_removable_args' );

// A member's listings in the privacy tools; deleting their account deletes or reassigns them.
add_filter( 'wp_privacy_personal_data_exporters', 'job_submit_block_register_privacy_exporter' );
add_filter( 'wp_privacy_personal_data_erasers', 'job_submit_block_register_privacy_eraser' );
add_action( 'admin_init', 'job_submit_block_suggest_privacy_policy' );

// Also on admin_init: a site that updated the plugin in place never ran its activation.
add_action( 'admin_init', 'job_submit_block_seed_job_types_for_admin' );
add_action( 'admin_init', 'job_submit_block_schedule_maintenance' );
add_action( 'admin_init', 'job_submit_block_forget_lingering_submission_flags' );
add_action( 'admin_init', 'job_submit_block_add_lacking_listing_flags' );
add_action( 'wp_insert_post', 'job_submit_block_add_listing_flags', 10, 3 );

register_activation_hook(
	__FILE__,
	static function () {
		// Registered first: the rules flushed below must include the listings' addresses.
		job_submit_block_register_content_types();
		job_submit_block_seed_job_types();
		job_submit_block_schedule_maintenance();
		flush_rewrite_rules( false );
	}
);
register_deactivation_hook( __FILE__, 'job_submit_block_unschedule_maintenance' );
