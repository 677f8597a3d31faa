<?php
/**
 * The form's scripts on the public page.
 *
 * Up front a member's page gets only the small view script (deferred). The data layer, the
 * plugin's bundle of @wordpress/core-data and @wordpress/data (build/data-layer.js) with the
 * site's handles it depends on (api-fetch and what api-fetch needs, as its build asset lists
 * them), is printed into an inert <template> at the end of the page by WordPress's own
 * script loader, with its inline settings, translations and api-fetch's root URL and nonce
 * middlewares, skipping every script the page already has. The view script brings it to
 * life when the member shows intent to post: focus, typing or a press in the form, a
 * restored draft, a submit.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_VIEW_HANDLE   = 'job-submit-block-view';
const JOB_SUBMIT_BLOCK_DATA_HANDLE   = 'job-submit-block-data';
const JOB_SUBMIT_BLOCK_EXTRAS_HANDLE = 'job-submit-block-form-extras';

/**
 * Registers the view script and the data layer from their build assets.
 */
function job_submit_block_register_front_end_scripts() {
	foreach ( array(
		JOB_SUBMIT_BLOCK_VIEW_HANDLE   => 'view',
		JOB_SUBMIT_BLOCK_DATA_HANDLE   => 'data-layer',
		JOB_SUBMIT_BLOCK_EXTRAS_HANDLE => 'form-extras',
	) as $handle => $entry ) {
		$asset_file = JOB_SUBMIT_BLOCK_DIR . "build/{$entry}.asset.php";
		if ( ! file_exists( $asset_file ) ) {
			continue;
		}
		$asset = require $asset_file;
		wp_register_script(
			$handle,
			plugins_url( "build/{$entry}.js", JOB_SUBMIT_BLOCK_FILE ),
			$asset['dependencies'],
			$asset['version'],
			array(
				'in_footer' => true,
				'strategy'  => 'defer',
			)
		);
		wp_set_script_translations( $handle, 'job-submit-block', JOB_SUBMIT_BLOCK_DIR . 'languages' );
	}
}

/**
 * Enqueues the view script for a form being shown to a member, and asks for the data layer
 * template at the end of the page.
 */
function job_submit_block_enqueue_view_script() {
	wp_enqueue_script( JOB_SUBMIT_BLOCK_VIEW_HANDLE );
	if ( ! has_action( 'wp_footer', 'job_submit_block_print_data_layer_template' ) ) {
		add_action( 'wp_footer', 'job_submit_block_print_data_layer_template', 100 );
	}
}

/**
 * Prints the data layer's scripts, those the page does not have yet, into an inert template
 * (wp_footer, after the footer scripts).
 */
function job_submit_block_print_data_layer_template() {
	foreach ( array(
		'job-submit-block-data-layer'  => JOB_SUBMIT_BLOCK_DATA_HANDLE,
		'job-submit-block-form-extras' => JOB_SUBMIT_BLOCK_EXTRAS_HANDLE,
	) as $template_id => $handle ) {
		ob_start();
		wp_scripts()->do_items( array( $handle ) );
		$html = (string) ob_get_clean();
		printf( '<template id="%s">%s</template>', esc_attr( $template_id ), $html ); // phpcs:ignore WordPress.Security.EscapeOutput -- WordPress's own script tags.
	}
}

/**
 * What the view script needs to know of a form: its fields, where to send the member
 * afterwards, and who is submitting (drafts are kept per member and per form).
 *
 * @param array $config The resolved form configuration.
 * @param array $form   The form's short id, page address and signed identity.
 * @return array
 */
function job_submit_block_client_config( $config, $form ) {
	$fields = array();
	foreach ( $config['fields'] as $field ) {
		$fields[] = array_intersect_key( $field, array_flip( array( 'key', 'label', 'required', 'format', 'maxLength', 'control', 'source', 'property', 'pattern' ) ) );
	}
	return array(
		'formId'         => $form['id'],
		'formToken'      => $form['token'],
		'userId'         => get_current_user_id(),
		'fields'         => $fields,
		'successMessage' => $config['successMessage'],
		'redirectUrl'    => $config['redirectUrl'],
		'loginUrl'       => wp_login_url( $form['url'] ),
		'mustPreview'    => job_submit_block_preview_required(),
	);
}
