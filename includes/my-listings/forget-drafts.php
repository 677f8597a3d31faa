<?php
/**
 * Drafts of the form in the browser do not outlive a deliberate log-out: someone logging
 * out on a shared computer leaves nothing they typed behind. WordPress clears its own
 * editor backups the same way, on the page a log-out lands on. A session that merely
 * expired never passes there, and its draft waits for the member to log in again.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Prints the clean-up on the login page a log-out leads to (login_head).
 */
function job_submit_block_forget_drafts_on_log_out() {
	if ( empty( $_GET['loggedout'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification -- read as wp-login.php reads it, to clear the browser's own storage.
		return;
	}
	// The start of every draft's key, DRAFT_KEY_PREFIX in src/draft-storage.ts: change both.
	wp_print_inline_script_tag(
		'try{Object.keys(localStorage).forEach(function(k){if(0===k.indexOf("job-submit-block:draft:")){localStorage.removeItem(k);}});}catch(e){}'
	);
}
