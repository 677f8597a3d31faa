<?php
/**
 * Plugin Name: Job Submit Block Test Submitter Filter Size
 * Description: Test only. Lowers the listings screen's submitter filter to the two most recent submitters (job_submit_block_submitter_filter_size), so that a site with three submitters is past the cap.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

add_filter(
	'job_submit_block_submitter_filter_size',
	static function () {
		return 2;
	}
);
