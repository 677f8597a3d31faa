<?php
/**
 * The form's markup. The editor's canvas (src/form-preview.tsx) draws the same markup.
 *
 * @package JobSubmitBlock
 */

defined( 'ABSPATH' ) || exit;

/**
 * The form, with the values and messages of a submission that came back with errors.
 *
 * @param array                 $config The resolved form configuration.
 * @param array                 $form   The form's short id, page address and signed identity
 *                                      (see job_submit_block_form_instance()), and the
 *                                      listing it edits (listingId) in edit mode.
 * @param array                 $values Values by field key.
 * @param array<string, string> $errors Messages by field key.
 * @param string                $notice A message for the whole form.
 * @return string HTML.
 */
function job_submit_block_form_html( $config, $form, $values = array(), $errors = array(), $notice = '' ) {
	$prefix = 'job-submit-' . str_replace( ':', '-', $form['id'] );
	$fields = '';
	foreach ( $config['fields'] as $field ) {
		$fields .= job_submit_block_field_html( $field, $prefix, $values[ $field['key'] ] ?? $field['default'] ?? null, $errors[ $field['key'] ] ?? '', $config['termChoice'] );
	}
	ob_start();
	?>
	<form class="wp-block-job-submit-block-form__form" method="post" action="<?php echo esc_url( $form['url'] ); ?>" data-form-id="<?php echo esc_attr( $form['id'] ); ?>"<?php echo in_array( 'file', wp_list_pluck( $config['fields'], 'control' ), true ) ? ' enctype="multipart/form-data"' : ''; ?>>
		<div class="wp-block-job-submit-block-form__status<?php echo $notice ? ' is-error' : ''; ?>" role="status" aria-live="polite" aria-atomic="true"><?php echo esc_html( $notice ); ?></div>
		<?php echo $fields; // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts. ?>
		<div class="wp-block-job-submit-block-form__trap" aria-hidden="true">
			<label for="<?php echo esc_attr( $prefix ); ?>-hp"><?php esc_html_e( 'Leave this field empty', 'job-submit-block' ); ?></label>
			<input type="text" id="<?php echo esc_attr( $prefix ); ?>-hp" name="job_submit_hp" value="" tabindex="-1" autocomplete="off" />
		</div>
		<input type="hidden" name="job_submit_form" value="<?php echo esc_attr( $form['token'] ); ?>" />
		<?php if ( ! empty( $form['listingId'] ) ) : ?>
			<input type="hidden" name="job_listing_id" value="<?php echo (int) $form['listingId']; ?>" />
		<?php endif; ?>
		<?php // One key per rendering: a double-clicked submit sends it twice and makes one listing. ?>
		<input type="hidden" name="job_submit_key" value="<?php echo esc_attr( wp_generate_uuid4() ); ?>" />
		<?php wp_nonce_field( 'job_submit_block_form', 'job_submit_nonce' ); ?>
		<div class="wp-block-job-submit-block-form__actions">
			<?php echo job_submit_block_preview_button_html(); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped inside. ?>
			<button type="submit" class="wp-block-job-submit-block-form__submit wp-element-button"><?php echo esc_html( $config['submitLabel'] ); ?></button>
			<?php // Beside the button, not above the form: the fields stay where the member left them. ?>
			<span class="wp-block-job-submit-block-form__progress" role="status"></span>
		</div>
	</form>
	<?php
	return (string) ob_get_clean();
}

/**
 * One field: its label, control, help and error slot.
 *
 * @param array  $field       A resolved field.
 * @param string $prefix      The form's id prefix.
 * @param mixed  $value       The value to show.
 * @param string $error       The field's message.
 * @param string $term_choice 'single' or 'multiple'.
 * @return string HTML.
 */
function job_submit_block_field_html( $field, $prefix, $value, $error, $term_choice ) {
	$id         = $prefix . '-' . $field['key'];
	$name       = 'job[' . $field['key'] . ']';
	$described  = array();
	$help_html  = '';
	$error_html = sprintf(
		'<p id="%1$s-error" class="wp-block-job-submit-block-form__error"%2$s>%3$s</p>',
		esc_attr( $id ),
		'' === $error ? ' hidden' : '',
		esc_html( $error )
	);
	$required   = $field['required'] ? ' <span class="wp-block-job-submit-block-form__required" aria-hidden="true">*</span>' : '';
	if ( '' !== $field['help'] ) {
		$described[] = $id . '-help';
		$help_html   = sprintf( '<p id="%1$s-help" class="wp-block-job-submit-block-form__help">%2$s</p>', esc_attr( $id ), esc_html( $field['help'] ) );
	}
	$described[] = $id . '-error';
	$common      = sprintf(
		' aria-describedby="%1$s"%2$s%3$s',
		esc_attr( implode( ' ', $described ) ),
		$field['required'] ? ' required' : '',
		'' !== $error ? ' aria-invalid="true"' : ''
	);
	$classes     = 'wp-block-job-submit-block-form__field is-' . $field['control'] . ( '' !== $error ? ' has-error' : '' );

	if ( 'terms' === $field['control'] ) {
		$chosen  = array_map( 'intval', (array) $value );
		$type    = 'multiple' === $term_choice ? 'checkbox' : 'radio';
		$options = '';
		if ( 'radio' === $type && ! $field['required'] ) {
			// A radio button chosen by mistake cannot be unchecked: an optional single choice
			// offers "None" to take it back. It sends no term (see job_submit_block_values_from_post()).
			$options .= sprintf(
				'<label class="wp-block-job-submit-block-form__option"><input type="radio" name="%1$s[]" value=""%2$s /> %3$s</label>',
				esc_attr( $name ),
				checked( ! array_filter( $chosen ), true, false ),
				esc_html__( 'None', 'job-submit-block' )
			);
		}
		foreach ( $field['terms'] as $term ) {
			$options .= sprintf(
				'<label class="wp-block-job-submit-block-form__option"><input type="%1$s" name="%2$s[]" value="%3$d"%4$s%5$s /> %6$s</label>',
				$type,
				esc_attr( $name ),
				$term['id'],
				checked( in_array( $term['id'], $chosen, true ), true, false ),
				'radio' === $type && $field['required'] ? ' required' : '',
				esc_html( $term['name'] )
			);
		}
		return sprintf(
			'<fieldset class="%1$s" id="%2$s" data-field="%3$s" aria-describedby="%4$s"%8$s><legend class="wp-block-job-submit-block-form__label">%5$s%6$s</legend><div class="wp-block-job-submit-block-form__options">%7$s</div>%9$s%10$s</fieldset>',
			esc_attr( $classes ),
			esc_attr( $id ),
			esc_attr( $field['key'] ),
			esc_attr( implode( ' ', $described ) ),
			esc_html( $field['label'] ),
			$required,
			$options,
			'' !== $error ? ' aria-invalid="true"' : '',
			$help_html,
			$error_html
		);
	}

	if ( 'checkbox' === $field['control'] ) {
		$control = sprintf(
			'<input type="checkbox" id="%1$s" name="%2$s" value="1"%3$s%4$s /> <label for="%1$s" class="wp-block-job-submit-block-form__label">%5$s%6$s</label>%7$s',
			esc_attr( $id ),
			esc_attr( $name ),
			checked( ! empty( $value ), true, false ),
			$common,
			esc_html( $field['label'] ),
			$required,
			job_submit_block_field_link_html( $field )
		);
		return sprintf( '<div class="%1$s" data-field="%2$s">%3$s%4$s%5$s</div>', esc_attr( $classes ), esc_attr( $field['key'] ), $control, $help_html, $error_html );
	}

	$attributes = $common;
	if ( $field['maxLength'] ) {
		$attributes .= sprintf( ' maxlength="%d"', $field['maxLength'] );
	}
	if ( '' !== $field['placeholder'] ) {
		$attributes .= sprintf( ' placeholder="%s"', esc_attr( $field['placeholder'] ) );
	}
	if ( isset( $field['autocomplete'] ) ) {
		$attributes .= sprintf( ' autocomplete="%s"', esc_attr( $field['autocomplete'] ) );
	}
	$text = is_scalar( $value ) ? (string) $value : '';
	if ( 'textarea' === $field['control'] ) {
		$control = sprintf( '<textarea id="%1$s" name="%2$s" rows="8"%3$s>%4$s</textarea>', esc_attr( $id ), esc_attr( $name ), $attributes, esc_textarea( $text ) );
	} elseif ( 'select' === $field['control'] ) {
		$control = job_submit_block_select_html( $field, $id, $name, $text, $common );
	} elseif ( 'file' === $field['control'] ) {
		$control = job_submit_block_logo_input_html( $id, $common );
	} else {
		$control = sprintf(
			'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s"%5$s />',
			'url' === $field['control'] ? 'url' : 'text',
			esc_attr( $id ),
			esc_attr( $name ),
			esc_attr( $text ),
			$attributes
		);
	}
	return sprintf(
		'<div class="%1$s" data-field="%2$s"><label for="%3$s" class="wp-block-job-submit-block-form__label">%4$s%5$s</label>%6$s%7$s%8$s</div>',
		esc_attr( $classes ),
		esc_attr( $field['key'] ),
		esc_attr( $id ),
		esc_html( $field['label'] ),
		$required,
		$help_html,
		$control,
		$error_html
	);
}

/**
 * The message for visitors who are not logged in, with links to log in (back to this page)
 * and to register when the site allows it.
 *
 * @param string $message The site builder's message.
 * @return string HTML.
 */
function job_submit_block_logged_out_html( $message ) {
	$here  = job_submit_block_current_page_url();
	$links = sprintf( '<a href="%1$s">%2$s</a>', esc_url( wp_login_url( $here ) ), esc_html__( 'Log in', 'job-submit-block' ) );
	if ( get_option( 'users_can_register' ) ) {
		$links .= ' ' . sprintf( '<a href="%1$s">%2$s</a>', esc_url( wp_registration_url() ), esc_html__( 'Register', 'job-submit-block' ) );
	}
	return sprintf(
		'<div class="wp-block-job-submit-block-form__notice is-logged-out"><p>%1$s</p><p class="wp-block-job-submit-block-form__links">%2$s</p></div>',
		esc_html( $message ),
		$links
	);
}
