<?php
/**
 * Plugin Name: Job Submit Block Test Gate Inspector
 * Description: Test only. Lets administrators read, straight from the database, what a run of bad requests left behind: new posts, meta, terms and plugin options since a mark, each member's listings in any status, claimed idempotency keys and create log, and fingerprints of listings that must not change.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The highest row IDs of the tables a listing write touches: rows above them are new.
 *
 * @return array{post: int, postmeta: int, term: int, option: int}
 */
function job_submit_block_test_gate_mark() {
	global $wpdb;
	// phpcs:disable WordPress.DB.DirectDatabaseQuery -- test only: what is stored, past every cache.
	return array(
		'post'     => (int) $wpdb->get_var( "SELECT MAX(ID) FROM {$wpdb->posts}" ),
		'postmeta' => (int) $wpdb->get_var( "SELECT MAX(meta_id) FROM {$wpdb->postmeta}" ),
		'term'     => (int) $wpdb->get_var( "SELECT MAX(term_id) FROM {$wpdb->terms}" ),
		'option'   => (int) $wpdb->get_var( "SELECT MAX(option_id) FROM {$wpdb->options}" ),
	);
	// phpcs:enable
}

/**
 * What the run wrote since a mark: posts by its users, under its watched posts or carrying
 * its marker (whatever their type and status, revisions and auto-drafts included), post
 * meta of those and of watched posts (and meta whose post does not exist), terms carrying
 * the marker, and this plugin's options, whatever their name. Only what the run can have
 * caused is listed, so that other activity on the site does not count.
 *
 * @param array  $since    A mark from job_submit_block_test_gate_mark().
 * @param int[]  $user_ids The run's users.
 * @param int[]  $watch    The run's watched posts.
 * @param string $marker   A string in every title, content and term name the run sends.
 * @return array
 */
function job_submit_block_test_gate_written_since( $since, $user_ids, $watch, $marker ) {
	global $wpdb;
	$users = implode( ',', array_map( 'intval', array_merge( array( -1 ), $user_ids ) ) );
	$posts = implode( ',', array_map( 'intval', array_merge( array( -1 ), $watch ) ) );
	$like  = '%' . $wpdb->esc_like( '' !== $marker ? $marker : "\0" ) . '%';
	// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- test only: what is stored, past every cache; the interpolated lists are integers only.
	$new_posts = $wpdb->get_results(
		$wpdb->prepare(
			"SELECT ID, post_type, post_status, post_author, post_parent, post_title FROM {$wpdb->posts}
			WHERE ID > %d AND ( post_author IN ( {$users} ) OR post_parent IN ( {$posts} ) OR post_title LIKE %s OR post_content LIKE %s )
			ORDER BY ID LIMIT 50",
			(int) ( $since['post'] ?? 0 ),
			$like,
			$like
		),
		ARRAY_A
	);
	$meta      = $wpdb->get_results(
		$wpdb->prepare(
			"SELECT post_id, meta_key FROM {$wpdb->postmeta}
			WHERE meta_id > %d AND ( post_id IN ( {$posts} )
				OR post_id IN ( SELECT ID FROM {$wpdb->posts} WHERE post_author IN ( {$users} ) )
				OR post_id NOT IN ( SELECT ID FROM {$wpdb->posts} ) )
			ORDER BY meta_id LIMIT 50",
			(int) ( $since['postmeta'] ?? 0 )
		),
		ARRAY_A
	);
	$terms     = $wpdb->get_results(
		$wpdb->prepare(
			"SELECT t.term_id, t.name, tt.taxonomy FROM {$wpdb->terms} t LEFT JOIN {$wpdb->term_taxonomy} tt ON tt.term_id = t.term_id
			WHERE t.term_id > %d AND ( t.name LIKE %s OR t.slug LIKE %s ) ORDER BY t.term_id LIMIT 50",
			(int) ( $since['term'] ?? 0 ),
			$like,
			$like
		),
		ARRAY_A
	);
	$names     = $wpdb->get_col(
		$wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_id > %d AND option_name LIKE %s ORDER BY option_id LIMIT 50", (int) ( $since['option'] ?? 0 ), $wpdb->esc_like( 'job_submit_block' ) . '%' )
	);
	// phpcs:enable
	return array(
		'posts'    => array_map(
			static function ( $post ) {
				return array(
					'id'     => (int) $post['ID'],
					'type'   => $post['post_type'],
					'status' => $post['post_status'],
					'author' => (int) $post['post_author'],
					'parent' => (int) $post['post_parent'],
					'title'  => $post['post_title'],
				);
			},
			(array) $new_posts
		),
		'postmeta' => array_map(
			static function ( $row ) {
				return $row['post_id'] . ':' . $row['meta_key'];
			},
			(array) $meta
		),
		'terms'    => array_map(
			static function ( $term ) {
				return $term['taxonomy'] . ':' . $term['term_id'] . ':' . $term['name'];
			},
			(array) $terms
		),
		'options'  => array_values( (array) $names ),
	);
}

/**
 * One user's traces: their job listings in any status (trash and auto-drafts included), the
 * keys of a list that are claimed for them, their create log, and whether their lock is held.
 *
 * @param int   $user_id The user; 0 for guests.
 * @param array $keys    Idempotency keys the user's requests sent.
 * @return array
 */
function job_submit_block_test_gate_user( $user_id, $keys ) {
	global $wpdb;
	// phpcs:disable WordPress.DB.DirectDatabaseQuery -- test only: what is stored, past every cache.
	$by_status = $wpdb->get_results(
		$wpdb->prepare( "SELECT post_status, COUNT(*) AS n FROM {$wpdb->posts} WHERE post_type = 'job_listing' AND post_author = %d GROUP BY post_status", $user_id ),
		ARRAY_A
	);
	$statuses  = array();
	foreach ( (array) $by_status as $row ) {
		$statuses[ $row['post_status'] ] = (int) $row['n'];
	}
	$claimed = array();
	if ( function_exists( 'job_submit_block_idempotency_option' ) ) {
		foreach ( $keys as $key ) {
			if ( ! is_string( $key ) ) {
				continue;
			}
			$option = job_submit_block_idempotency_option( $user_id, $key );
			if ( null !== $wpdb->get_var( $wpdb->prepare( "SELECT option_id FROM {$wpdb->options} WHERE option_name = %s", $option ) ) ) {
				$claimed[] = $key;
			}
		}
	}
	$locked = null !== $wpdb->get_var( $wpdb->prepare( "SELECT option_id FROM {$wpdb->options} WHERE option_name = %s", 'job_submit_block_lock_' . $user_id ) );
	// phpcs:enable
	return array(
		'listings'      => array_sum( $statuses ),
		'byStatus'      => (object) $statuses,
		'claimed'       => $claimed,
		'recentCreates' => function_exists( 'job_submit_block_recent_creates' ) ? count( (array) job_submit_block_recent_creates( $user_id ) ) : null,
		'locked'        => $locked,
	);
}

/**
 * A fingerprint of a post as stored: its row, its meta and its terms. Any write changes it.
 *
 * @param int $post_id The post.
 * @return string Empty when there is no such post.
 */
function job_submit_block_test_gate_fingerprint( $post_id ) {
	global $wpdb;
	// phpcs:disable WordPress.DB.DirectDatabaseQuery -- test only: what is stored, past every cache.
	$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$wpdb->posts} WHERE ID = %d", $post_id ), ARRAY_A );
	if ( ! $row ) {
		return '';
	}
	$meta  = $wpdb->get_results( $wpdb->prepare( "SELECT meta_key, meta_value FROM {$wpdb->postmeta} WHERE post_id = %d ORDER BY meta_id", $post_id ), ARRAY_A );
	$terms = $wpdb->get_col( $wpdb->prepare( "SELECT term_taxonomy_id FROM {$wpdb->term_relationships} WHERE object_id = %d ORDER BY term_taxonomy_id", $post_id ) );
	// phpcs:enable
	return md5( wp_json_encode( array( $row, $meta, $terms ) ) );
}

/**
 * A fingerprint of a term as stored (name, slug, description, parent, taxonomy; not its
 * count, which moves with other listings). Any edit or deletion changes it.
 *
 * @param int $term_id The term.
 * @return string Empty when there is no such term.
 */
function job_submit_block_test_gate_term_fingerprint( $term_id ) {
	global $wpdb;
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- test only: what is stored, past every cache.
	$row = $wpdb->get_row( $wpdb->prepare( "SELECT t.name, t.slug, tt.taxonomy, tt.description, tt.parent FROM {$wpdb->terms} t JOIN {$wpdb->term_taxonomy} tt ON tt.term_id = t.term_id WHERE t.term_id = %d", $term_id ), ARRAY_A );
	return $row ? md5( wp_json_encode( $row ) ) : '';
}

add_action(
	'rest_api_init',
	static function () {
		$admin_only = static function () {
			return current_user_can( 'manage_options' );
		};
		register_rest_route(
			'job-submit-block-test/v1',
			'/gate/mark',
			array(
				'methods'             => 'GET',
				'permission_callback' => $admin_only,
				'callback'            => 'job_submit_block_test_gate_mark',
			)
		);
		register_rest_route(
			'job-submit-block-test/v1',
			'/gate/report',
			array(
				'methods'             => 'POST',
				'permission_callback' => $admin_only,
				'callback'            => static function ( WP_REST_Request $request ) {
					$body     = (array) $request->get_json_params();
					$user_ids = array_map(
						static function ( $user ) {
							return (int) ( $user['id'] ?? 0 );
						},
						(array) ( $body['users'] ?? array() )
					);
					$watch    = array_map( 'intval', (array) ( $body['watch'] ?? array() ) );
					$report   = array(
						'gate'         => array(
							'recentCreates'     => function_exists( 'job_submit_block_recent_creates' ),
							'idempotencyOption' => function_exists( 'job_submit_block_idempotency_option' ),
						),
						'since'        => job_submit_block_test_gate_written_since( (array) ( $body['since'] ?? array() ), $user_ids, $watch, (string) ( $body['marker'] ?? '' ) ),
						'users'        => array(),
						'watched'      => array(),
						'watchedTerms' => array(),
					);
					foreach ( (array) ( $body['users'] ?? array() ) as $user ) {
						$id                              = (int) ( $user['id'] ?? 0 );
						$report['users'][ (string) $id ] = job_submit_block_test_gate_user( $id, (array) ( $user['keys'] ?? array() ) );
					}
					foreach ( $watch as $post_id ) {
						$report['watched'][ (string) $post_id ] = job_submit_block_test_gate_fingerprint( $post_id );
					}
					foreach ( array_map( 'intval', (array) ( $body['watchTerms'] ?? array() ) ) as $term_id ) {
						$report['watchedTerms'][ (string) $term_id ] = job_submit_block_test_gate_term_fingerprint( $term_id );
					}
					$report['users']        = (object) $report['users'];
					$report['watched']      = (object) $report['watched'];
					$report['watchedTerms'] = (object) $report['watchedTerms'];
					return $report;
				},
			)
		);
	}
);
