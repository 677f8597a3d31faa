<?php
/**
 * Fields with a list of values (a select) and the site builder's defaults for a form's
 * fields: the salary's currency and unit, set once per form in the editor.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The choices of a select field: its allowed values with their labels, translated.
 *
 * @param array $field A field definition with `enum` and `optionLabels`.
 * @return array[] Choices as value and label.
 */
function job_submit_block_field_options( $field ) {
	$options = array();
	foreach ( (array) ( $field['enum'] ?? array() ) as $index => $value ) {
		$label     = (string) ( $field['optionLabels'][ $index ] ?? $value );
		$options[] = array(
			'value' => (string) $value,
			'label' => translate( $label, 'job-submit-block' ), // phpcs:ignore WordPress.WP.I18n -- the field definition's English text, from src/job-fields.json.
		);
	}
	return $options;
}

/**
 * The value a form shows in a field before the member types: the site builder's salary
 * currency and unit; '' for every other field.
 *
 * @param string $key        The field key.
 * @param array  $attributes The block's attributes.
 * @return string
 */
function job_submit_block_form_field_default( $key, $attributes ) {
	$fields = job_submit_block_fields();
	if ( 'job_salary_currency' === $key ) {
		$currency = strtoupper( (string) ( $attributes['salaryCurrency'] ?? '' ) );
		return preg_match( '/^[A-Z]{3}$/', $currency ) ? $currency : '';
	}
	if ( 'job_salary_unit' === $key && isset( $fields[ $key ]['enum'] ) ) {
		$unit = (string) ( $attributes['salaryUnit'] ?? '' );
		return in_array( $unit, $fields[ $key ]['enum'], true ) ? $unit : '';
	}
	return '';
}

/**
 * A select control.
 *
 * @param array  $field      A resolved field with its options.
 * @param string $id         The control's id.
 * @param string $name       The control's name.
 * @param string $value      The chosen value.
 * @param string $attributes The control's other attributes, escaped.
 * @return string HTML.
 */
function job_submit_block_select_html( $field, $id, $name, $value, $attributes ) {
	$options = '';
	foreach ( $field['options'] ?? array() as $option ) {
		$options .= sprintf(
			'<option value="%1$s"%2$s>%3$s</option>',
			esc_attr( $option['value'] ),
			selected( $option['value'], $value, false ),
			esc_html( $option['label'] )
		);
	}
	return sprintf( '<select id="%1$s" name="%2$s"%3$s>%4$s</select>', esc_attr( $id ), esc_attr( $name ), $attributes, $options );
}
