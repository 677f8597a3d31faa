<?php
/**
 * What the Job details show, read from a listing's meta, terms and dates and put into words:
 * the salary with its currency and unit, the listing's state, and where to apply.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * A listing's text meta by field key ('' when empty or when the field was removed).
 *
 * @param WP_Post $post The listing.
 * @param string  $key  A field key of job-fields.json.
 * @return string
 */
function job_submit_block_listing_text( $post, $key ) {
	$fields = job_submit_block_fields();
	if ( ! isset( $fields[ $key ] ) || 'meta' !== $fields[ $key ]['source'] ) {
		return '';
	}
	return trim( (string) get_post_meta( $post->ID, $fields[ $key ]['property'], true ) );
}

/**
 * The salary as a reader sees it: the amount with its currency code and unit when given
 * ("50,000 EUR per year"); '' without an amount.
 *
 * @param WP_Post $post The listing.
 * @return string
 */
function job_submit_block_listing_salary( $post ) {
	$salary = job_submit_block_listing_text( $post, 'job_salary' );
	if ( '' === $salary ) {
		return '';
	}
	$currency = strtoupper( job_submit_block_listing_text( $post, 'job_salary_currency' ) );
	if ( '' !== $currency ) {
		/* translators: 1: salary amount, as the listing gives it; 2: three-letter currency code such as EUR. */
		$salary = sprintf( __( '%1$s %2$s', 'job-submit-block' ), $salary, $currency );
	}
	$units = array(
		/* translators: %s: salary with its currency, such as "25 EUR". */
		'HOUR'  => __( '%s per hour', 'job-submit-block' ),
		/* translators: %s: salary with its currency, such as "200 EUR". */
		'DAY'   => __( '%s per day', 'job-submit-block' ),
		/* translators: %s: salary with its currency, such as "1,000 EUR". */
		'WEEK'  => __( '%s per week', 'job-submit-block' ),
		/* translators: %s: salary with its currency, such as "4,000 EUR". */
		'MONTH' => __( '%s per month', 'job-submit-block' ),
		/* translators: %s: salary with its currency, such as "50,000 EUR". */
		'YEAR'  => __( '%s per year', 'job-submit-block' ),
	);
	$unit  = strtoupper( job_submit_block_listing_text( $post, 'job_salary_unit' ) );
	return isset( $units[ $unit ] ) ? sprintf( $units[ $unit ], $salary ) : $salary;
}

/**
 * Why candidates may no longer apply: 'expired', 'filled', or '' while they may. Read from
 * the listing's state (my-listings/policy.php), so that the page and the member's list agree.
 *
 * @param WP_Post $post The listing.
 * @return string
 */
function job_submit_block_listing_closed_reason( $post ) {
	$state = job_submit_block_listing_state( $post );
	return in_array( $state, array( 'expired', 'filled' ), true ) ? $state : '';
}

/**
 * Where candidates apply: a mailto: address for an email, the web address otherwise.
 *
 * @param WP_Post $post The listing.
 * @return array{kind: string, href: string, text: string}|null Null when there is nowhere to apply.
 */
function job_submit_block_listing_apply_target( $post ) {
	$application = job_submit_block_listing_text( $post, 'application' );
	$email       = is_email( $application );
	if ( $email ) {
		$subject = sprintf(
			/* translators: %s: job title. */
			__( 'Application: %s', 'job-submit-block' ),
			wp_strip_all_tags( get_the_title( $post ) )
		);
		return array(
			'kind' => 'email',
			'href' => 'mailto:' . $email . '?subject=' . rawurlencode( $subject ),
			'text' => $email,
		);
	}
	$url = esc_url_raw( $application, array( 'http', 'https' ) );
	if ( '' === $url ) {
		return null;
	}
	return array(
		'kind' => 'url',
		'href' => $url,
		'text' => $url,
	);
}

/**
 * A Y-m-d date of the site's calendar in the site's date format, in a time element.
 *
 * @param string $ymd The date.
 * @return string HTML, '' for a date that does not parse.
 */
function job_submit_block_listing_date_html( $ymd ) {
	$date = DateTimeImmutable::createFromFormat( '!Y-m-d', $ymd, wp_timezone() );
	if ( ! $date ) {
		return '';
	}
	return sprintf(
		'<time datetime="%1$s">%2$s</time>',
		esc_attr( $date->format( 'Y-m-d' ) ),
		esc_html( wp_date( (string) get_option( 'date_format' ), $date->getTimestamp() ) )
	);
}
