/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { EditorView } from './components/editor-view-switcher';
import type { MessageKey } from './message-defaults';

/** A state of the form block that shows a message instead of the form. */
export type MessageView = Exclude< EditorView, 'form' >;

export interface MessageState {
	/** The attribute holding the message. */
	key: Exclude< MessageKey, 'submitLabel' >;
	/** The notice's modifier class, as includes/form-render.php prints it. */
	className: string;
	/** The message's name, in the inspector and on the canvas. */
	label: string;
	/** What the site builder should know about it, if anything. */
	help?: string;
}

/**
 * Each message state with its message: the one table the inspector's message fields and the
 * canvas's state preview are drawn from.
 */
export function messageStates(): Record< MessageView, MessageState > {
	return {
		submitted: {
			key: 'successMessage',
			className: 'is-success',
			label: __( 'Success message', 'job-submit-block' ),
			help: __(
				'Empty: tells members their listing awaits review, or is live.',
				'job-submit-block'
			),
		},
		loggedOut: {
			key: 'loggedOutMessage',
			className: 'is-logged-out',
			label: __( 'Message for logged-out visitors', 'job-submit-block' ),
			help: __(
				'Shown with links to log in and, when registration is open, to register.',
				'job-submit-block'
			),
		},
		notAllowed: {
			key: 'notAllowedMessage',
			className: 'is-not-allowed',
			label: __(
				'Message for accounts that may not post',
				'job-submit-block'
			),
		},
	};
}
