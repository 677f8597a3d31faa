<?php
/**
 * Plugin Name: Job Submit Block Bench Naive Core Data
 * Description: Benchmark only. With ?naive-core-data=1, enqueues the form's data layer (core-data and what it needs) up front on the page, as a block that loads its data layer eagerly would: the baseline the on-demand loading is measured against.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'wp_enqueue_scripts',
	static function () {
		if ( isset( $_GET['naive-core-data'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification -- a benchmark switch.
			wp_enqueue_script( 'job-submit-block-data' );
		}
	}
);
