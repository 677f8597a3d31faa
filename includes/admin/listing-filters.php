<?php
/**
 * The listings screen's moderation columns (expiry date, featured, filled: WP Job Manager
 * shows its own) and its filters by status and by submitter.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the expiry, featured and filled columns at the end, where WP Job Manager does not
 * show its own (manage_job_listing_posts_columns, after the plugin's other columns).
 *
 * @param string[] $columns Column titles by key.
 * @return string[]
 */
function job_submit_block_moderation_columns( $columns ) {
	if ( job_submit_block_job_manager_active() ) {
		return $columns;
	}
	return $columns + array(
		'job_expires'  => __( 'Expires', 'job-submit-block' ),
		'job_featured' => __( 'Featured', 'job-submit-block' ),
		'job_filled'   => __( 'Filled', 'job-submit-block' ),
	);
}

/**
 * Prints a cell of the moderation columns.
 *
 * @param string $column  Column key.
 * @param int    $post_id The listing.
 */
function job_submit_block_moderation_column( $column, $post_id ) {
	switch ( $column ) {
		case 'job_expires':
			$expires = (string) get_post_meta( $post_id, '_job_expires', true );
			$date    = '' !== $expires ? DateTime::createFromFormat( '!Y-m-d', $expires, wp_timezone() ) : false;
			if ( $date ) {
				echo esc_html( wp_date( (string) get_option( 'date_format' ), $date->getTimestamp() ) );
			} else {
				job_submit_block_print_none( __( 'No expiry date', 'job-submit-block' ) );
			}
			break;
		case 'job_featured':
		case 'job_filled':
			$key = 'job_featured' === $column ? '_featured' : '_filled';
			if ( (int) get_post_meta( $post_id, $key, true ) ) {
				esc_html_e( 'Yes', 'job-submit-block' );
			} else {
				job_submit_block_print_none( __( 'No', 'job-submit-block' ) );
			}
			break;
	}
}

/**
 * Prints the dash WordPress shows for an empty cell, with words for screen readers.
 *
 * @param string $words What the dash means.
 */
function job_submit_block_print_none( $words ) {
	printf( '<span aria-hidden="true">—</span><span class="screen-reader-text">%s</span>', esc_html( $words ) );
}

/**
 * Prints the status and submitter filters above the list (restrict_manage_posts). Named as
 * WordPress's own query variables, so the list itself does the filtering.
 *
 * @param string $post_type The list's post type.
 */
function job_submit_block_listing_filters( $post_type ) {
	if ( 'job_listing' !== $post_type ) {
		return;
	}
	// Reading the current filter to select it again; filtering changes nothing.
	// phpcs:disable WordPress.Security.NonceVerification.Recommended
	$status = isset( $_GET['post_status'] ) ? sanitize_key( wp_unslash( $_GET['post_status'] ) ) : '';
	$author = isset( $_GET['author'] ) ? absint( $_GET['author'] ) : 0;
	// phpcs:enable
	// The Trash has no status to choose: the screen's own post_status=trash must reach Empty
	// Trash, the search and the filters (a select of the same name after it would win).
	if ( 'trash' !== $status ) :
		?>
	<label class="screen-reader-text" for="job-submit-block-filter-status"><?php esc_html_e( 'Filter by status', 'job-submit-block' ); ?></label>
	<select name="post_status" id="job-submit-block-filter-status">
		<option value=""><?php esc_html_e( 'All statuses', 'job-submit-block' ); ?></option>
		<?php foreach ( get_post_stati( array( 'show_in_admin_status_list' => true ), 'objects' ) as $name => $object ) : ?>
			<?php
			if ( 'trash' === $name ) {
				continue;
			}
			?>
			<option value="<?php echo esc_attr( $name ); ?>" <?php selected( $status, $name ); ?>><?php echo esc_html( $object->label ); ?></option>
		<?php endforeach; ?>
	</select>
		<?php
	endif;
	$submitters = job_submit_block_listing_submitters();
	if ( ! $submitters ) {
		return;
	}
	?>
	<label class="screen-reader-text" for="job-submit-block-filter-submitter"><?php esc_html_e( 'Filter by submitter', 'job-submit-block' ); ?></label>
	<?php
	wp_dropdown_users(
		array(
			'include'          => $submitters,
			'name'             => 'author',
			'id'               => 'job-submit-block-filter-submitter',
			'show_option_all'  => __( 'All submitters', 'job-submit-block' ),
			'selected'         => $author,
			// The submitter in the address, even one beyond the list, as core's Author box does.
			'include_selected' => true,
			'orderby'          => 'display_name',
		)
	);
}

/**
 * The accounts that submitted the most recent listings, at most 200 (the filter's list): the
 * member a moderator looks for is most often one who has just submitted, and a dropdown of
 * thousands is no use. The cap passes through `job_submit_block_submitter_filter_size`.
 *
 * @return int[] User IDs, the most recent submitter first.
 */
function job_submit_block_listing_submitters() {
	global $wpdb;
	/**
	 * Filters how many submitters the listings screen's filter offers, the most recent first.
	 *
	 * @param int $size At most this many accounts. Default 200.
	 */
	$size = max( 1, absint( apply_filters( 'job_submit_block_submitter_filter_size', 200 ) ) );
	// Keyed by the posts' last change, as core keys its post queries: a listing just sent is never missed.
	$key = 'listing_submitters:' . $size . ':' . wp_cache_get_last_changed( 'posts' );
	$ids = wp_cache_get( $key, 'job_submit_block' );
	if ( false === $ids ) {
		// One query on the type_status_date index (whose rows carry the ID); WP_Query has no such
		// question. Ordered by each author's newest listing ID, the order of submission, which
		// neither a date set by a moderator nor two listings in the same second can blur.
		$ids = $wpdb->get_col( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery -- see above; cached below.
			$wpdb->prepare(
				"SELECT post_author FROM {$wpdb->posts} WHERE post_type = %s AND post_status NOT IN ( 'auto-draft', 'trash' )
				GROUP BY post_author ORDER BY MAX( ID ) DESC LIMIT %d",
				'job_listing',
				$size
			)
		);
		wp_cache_set( $key, $ids, 'job_submit_block', MINUTE_IN_SECONDS );
	}
	return array_values( array_filter( array_map( 'absint', (array) $ids ) ) );
}
