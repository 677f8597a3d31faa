/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

const BLOCK = 'wp-block-job-submit-block-my-listings';

/**
 * Asks in a modal dialog whether to withdraw a listing. The browser's own <dialog> keeps the
 * keyboard inside it, closes on Escape and is announced as a dialog with its question;
 * focus goes back to the button that asked when it closes.
 *
 * @param title    The listing's title.
 * @param returnTo The element to focus once the dialog closes without withdrawing.
 * @return Whether the member confirmed.
 */
export function confirmWithdrawal(
	title: string,
	returnTo: HTMLElement | null
): Promise< boolean > {
	const dialog = document.createElement( 'dialog' );
	dialog.className = `${ BLOCK }__dialog`;
	const question = document.createElement( 'p' );
	question.id = `${ BLOCK }-dialog-${ Date.now() }`;
	question.textContent = sprintf(
		/* translators: %s: listing title. */
		__(
			'Withdraw “%s”? It is taken off the site and cannot be brought back from here.',
			'job-submit-block'
		),
		title
	);
	dialog.setAttribute( 'aria-labelledby', question.id );
	const confirm = document.createElement( 'button' );
	confirm.type = 'button';
	confirm.className = 'wp-element-button';
	confirm.textContent = __( 'Yes, withdraw it', 'job-submit-block' );
	const cancel = document.createElement( 'button' );
	cancel.type = 'button';
	cancel.className = 'wp-element-button';
	cancel.textContent = __( 'Keep it', 'job-submit-block' );
	const actions = document.createElement( 'div' );
	actions.className = `${ BLOCK }__dialog-actions`;
	actions.append( confirm, cancel );
	dialog.append( question, actions );
	document.body.append( dialog );

	return new Promise( ( resolve ) => {
		let confirmed = false;
		confirm.addEventListener( 'click', () => {
			confirmed = true;
			dialog.close();
		} );
		cancel.addEventListener( 'click', () => dialog.close() );
		dialog.addEventListener( 'close', () => {
			dialog.remove();
			if ( ! confirmed ) {
				returnTo?.focus();
			}
			resolve( confirmed );
		} );
		dialog.showModal();
		// The safe choice first, as WordPress's own confirmations do.
		cancel.focus();
	} );
}
