<?php
/**
 * Plugin Name: Job Submit Block Bench Bare Form
 * Description: Benchmark only. The shortcode [job_submit_block_bare_form] prints the fields the posting flow fills as a bare HTML form that sends one fetch() POST to /wp/v2/job-listings, with the member's nonce in the page: the floor of the flow's time and requests, what any form on the same page costs before it does anything of its own.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

add_shortcode(
	'job_submit_block_bare_form',
	static function () {
		if ( ! is_user_logged_in() ) {
			return '';
		}
		$fields = array(
			'title'       => 'Job title',
			'location'    => 'Location',
			'description' => 'Job description',
			'application' => 'How to apply',
			'company'     => 'Company name',
		);
		$html   = '<form id="job-submit-block-bare-form">';
		foreach ( $fields as $name => $label ) {
			$control = 'description' === $name
				? sprintf( '<textarea id="bare-%1$s" name="%1$s"></textarea>', esc_attr( $name ) )
				: sprintf( '<input type="text" id="bare-%1$s" name="%1$s">', esc_attr( $name ) );
			$html   .= sprintf( '<p><label for="bare-%s">%s</label>%s</p>', esc_attr( $name ), esc_html( $label ), $control );
		}
		$html .= '<button type="submit">Submit job</button></form>';
		// Nothing but the POST: no validation, no draft, no retry, no library.
		$script = sprintf(
			'(function(){var form=document.getElementById("job-submit-block-bare-form");' .
			'form.addEventListener("submit",function(event){event.preventDefault();var v=function(n){return form.elements[n].value;};' .
			'fetch(%s,{method:"POST",credentials:"same-origin",headers:{"Content-Type":"application/json","X-WP-Nonce":%s},' .
			'body:JSON.stringify({title:v("title"),content:v("description"),meta:{_job_location:v("location"),_application:v("application"),_company_name:v("company")}})})' .
			// The answer's status, or the network's error: either ends the bench's wait at once.
			'.then(function(response){return String(response.status);},function(error){return String(error);})' .
			'.then(function(said){var notice=document.createElement("p");notice.className="bare-form-notice";notice.textContent=said;form.before(notice);});});})();',
			wp_json_encode( rest_url( 'wp/v2/job-listings' ) ),
			wp_json_encode( wp_create_nonce( 'wp_rest' ) )
		);
		return $html . wp_get_inline_script_tag( $script );
	}
);
