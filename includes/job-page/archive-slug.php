<?php
/**
 * The address of the listings archive: a setting, `job-listings` by default, that never takes
 * an existing page's address. Pages keep answering at their address even when a page is
 * made later at the archive's: the page wins.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

const JOB_SUBMIT_BLOCK_DEFAULT_ARCHIVE_SLUG = 'job-listings';

/**
 * The archive's slug, as the post type is registered with.
 *
 * @return string
 */
function job_submit_block_archive_slug() {
	$slug = sanitize_title( (string) job_submit_block_setting( 'job_submit_block_archive_slug' ) );
	return '' !== $slug ? $slug : JOB_SUBMIT_BLOCK_DEFAULT_ARCHIVE_SLUG;
}

/**
 * What is wrong with a slug sent for the archive: empty, or a page's address already.
 *
 * @param mixed $slug The slug sent.
 * @return string The message; '' when the slug may be used.
 */
function job_submit_block_archive_slug_problem( $slug ) {
	$clean = sanitize_title( is_scalar( $slug ) ? (string) $slug : '' );
	if ( '' === $clean ) {
		return __( 'The archive address needs at least one letter or digit.', 'job-submit-block' );
	}
	$page = get_page_by_path( $clean );
	if ( $page && 'trash' !== $page->post_status ) {
		return sprintf(
			/* translators: 1: page title; 2: the address, such as /jobs/. */
			__( 'The page “%1$s” already has the address %2$s. Choose another address for the job listings archive.', 'job-submit-block' ),
			get_the_title( $page ),
			'/' . $clean . '/'
		);
	}
	return '';
}

/**
 * A new archive slug, or the stored one with an error on the settings screen when it cannot
 * be used.
 *
 * @param mixed $slug The slug sent.
 * @return string
 */
function job_submit_block_sanitize_archive_slug( $slug ) {
	$problem = job_submit_block_archive_slug_problem( $slug );
	if ( '' !== $problem ) {
		return (string) job_submit_block_refuse_setting( 'job_submit_block_archive_slug', $problem );
	}
	return sanitize_title( (string) $slug );
}

/**
 * Refuses an archive slug that cannot be used with a 400 through the REST settings endpoint,
 * as the settings screen refuses it (rest_request_before_callbacks).
 *
 * @param WP_REST_Response|WP_HTTP_Response|WP_Error|mixed $response The response so far.
 * @param array                                            $handler  The matched route's handler.
 * @param WP_REST_Request                                  $request  The request.
 * @return mixed
 */
function job_submit_block_refuse_archive_slug_over_rest( $response, $handler, $request ) {
	$controller = is_array( $handler['callback'] ?? null ) ? $handler['callback'][0] : null;
	if ( is_wp_error( $response ) || ! $controller instanceof WP_REST_Settings_Controller || 'GET' === $request->get_method() ) {
		return $response;
	}
	$params = $request->get_params();
	if ( ! array_key_exists( 'job_submit_block_archive_slug', $params ) || null === $params['job_submit_block_archive_slug'] ) {
		return $response;
	}
	$problem = job_submit_block_archive_slug_problem( $params['job_submit_block_archive_slug'] );
	if ( '' === $problem ) {
		return $response;
	}
	return new WP_Error(
		'rest_invalid_param',
		$problem,
		array(
			'status' => 400,
			'params' => array( 'job_submit_block_archive_slug' => $problem ),
		)
	);
}

/**
 * Has WordPress build its address rules again on the next request, when the post type is
 * registered with the new slug (update_option_ and add_option_ of the setting).
 */
function job_submit_block_archive_slug_changed() {
	delete_option( 'rewrite_rules' );
}

/**
 * Hands a request of the archive's address to the page that has the same address (request).
 *
 * The archive's rule comes before the rules of pages; a page made after the slug was chosen
 * would otherwise be hidden behind it.
 *
 * @param array $query_vars The request's query variables.
 * @return array
 */
function job_submit_block_let_page_answer_at_archive( $query_vars ) {
	global $wp;
	if ( array( 'post_type' ) !== array_keys( $query_vars ) || 'job_listing' !== $query_vars['post_type'] || ! job_submit_block_job_page_applies() ) {
		return $query_vars;
	}
	// Only the archive's pretty address; ?post_type=job_listing stays the archive.
	if ( ! $wp instanceof WP || trim( (string) $wp->request, '/' ) !== job_submit_block_archive_slug() ) {
		return $query_vars;
	}
	$page = get_page_by_path( job_submit_block_archive_slug() );
	if ( $page && 'publish' === $page->post_status ) {
		return array( 'pagename' => job_submit_block_archive_slug() );
	}
	return $query_vars;
}

/**
 * The settings screen's row for the archive address; none where WP Job Manager shapes it.
 */
function job_submit_block_render_archive_slug_row() {
	if ( ! job_submit_block_job_page_applies() ) {
		return;
	}
	?>
	<tr>
		<th scope="row"><label for="job_submit_block_archive_slug"><?php esc_html_e( 'Job listings archive address', 'job-submit-block' ); ?></label></th>
		<td>
			<code><?php echo esc_html( home_url( '/' ) ); ?></code>
			<input type="text" class="regular-text code" id="job_submit_block_archive_slug" name="job_submit_block_archive_slug" aria-describedby="job_submit_block_archive_slug_help" value="<?php echo esc_attr( job_submit_block_archive_slug() ); ?>" />
			<p class="description" id="job_submit_block_archive_slug_help">
				<?php
				printf(
					/* translators: %s: the archive's current address, a link. */
					esc_html__( 'Where every published listing is listed, now %s. An address a page already has cannot be chosen.', 'job-submit-block' ),
					sprintf( '<a href="%1$s">%1$s</a>', esc_url( (string) get_post_type_archive_link( 'job_listing' ) ) )
				);
				?>
			</p>
		</td>
	</tr>
	<?php
}
