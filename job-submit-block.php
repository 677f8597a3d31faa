<?php
/**
 * Plugin Name:       Job Submit Block
 * Description:       A block for front-end job submission: logged-in members post job listings through the REST API, and admins moderate what arrives.
 * Version:           0.1.0
 * Requires at least: 6.6
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

require_once JOB_SUBMIT_BLOCK_DIR . 'includes/block.php';

add_action( 'init', 'job_submit_block_register_block' );
