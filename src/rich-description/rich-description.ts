/**
 * The job description with formatting: the textarea gives way to an editable area with a
 * small toolbar (bold, italic, bulleted and numbered lists, links), loaded when the member
 * first uses the form. The textarea stays in the form, hidden, and holds the description's
 * HTML, reduced to what the server keeps: drafts, validation and the submit read it as before.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	hasMarkup,
	isSafeHref,
	paragraphsFromText,
	sanitizeDescription,
} from './description-html';

const BLOCK = 'wp-block-job-submit-block-form';

interface Tool {
	command: string;
	label: string;
	/** The key pressed with Control (Command on a Mac), if any. */
	key?: string;
	text: string;
}

function tools(): Tool[] {
	return [
		{
			command: 'bold',
			label: __( 'Bold', 'job-submit-block' ),
			key: 'b',
			text: 'B',
		},
		{
			command: 'italic',
			label: __( 'Italic', 'job-submit-block' ),
			key: 'i',
			text: 'I',
		},
		{
			command: 'insertUnorderedList',
			label: __( 'Bulleted list', 'job-submit-block' ),
			text: '•',
		},
		{
			command: 'insertOrderedList',
			label: __( 'Numbered list', 'job-submit-block' ),
			text: '1.',
		},
		{
			command: 'createLink',
			label: __( 'Link', 'job-submit-block' ),
			key: 'k',
			text: '🔗',
		},
	];
}

/**
 * Whether the selection is inside a link of the editor.
 *
 * @param editor The editable area.
 */
function selectedLink( editor: HTMLElement ): HTMLAnchorElement | null {
	const node = document.getSelection()?.anchorNode ?? null;
	const start = node instanceof Element ? node : node?.parentElement;
	const link = start?.closest( 'a' );
	return link && editor.contains( link ) ? link : null;
}

/**
 * Replaces a description textarea by the editor with its toolbar.
 *
 * @param textarea The description's textarea.
 * @return The editable area.
 */
export function enhanceDescription( textarea: HTMLTextAreaElement ) {
	const field = textarea.closest< HTMLElement >( '[data-field]' );
	const label = field?.querySelector< HTMLLabelElement >( 'label' );
	const hadFocus = textarea.ownerDocument.activeElement === textarea;
	const editor = document.createElement( 'div' );
	editor.id = `${ textarea.id }-editor`;
	editor.className = `${ BLOCK }__rich-editor`;
	editor.contentEditable = 'true';
	editor.setAttribute( 'role', 'textbox' );
	editor.setAttribute( 'aria-multiline', 'true' );
	for ( const name of [ 'aria-describedby', 'aria-invalid' ] ) {
		const value = textarea.getAttribute( name );
		if ( value ) {
			editor.setAttribute( name, value );
		}
	}
	if ( textarea.required ) {
		editor.setAttribute( 'aria-required', 'true' );
	}
	if ( label ) {
		label.id ||= `${ textarea.id }-label`;
		editor.setAttribute( 'aria-labelledby', label.id );
		// The label names a hidden textarea: a click on it goes to the editor instead.
		label.addEventListener( 'click', ( event ) => {
			event.preventDefault();
			editor.focus();
		} );
	}
	const value = textarea.value;
	// Typing always lands in a paragraph, never in bare text beside the blocks.
	editor.innerHTML =
		sanitizeDescription(
			hasMarkup( value ) ? value : paragraphsFromText( value )
		) || '<p><br></p>';

	const toolbar = document.createElement( 'div' );
	toolbar.className = `${ BLOCK }__toolbar`;
	toolbar.setAttribute( 'role', 'toolbar' );
	toolbar.setAttribute(
		'aria-label',
		__( 'Description formatting', 'job-submit-block' )
	);
	toolbar.setAttribute( 'aria-controls', editor.id );
	const buttons = tools().map( ( tool, index ) => {
		const button = document.createElement( 'button' );
		button.type = 'button';
		button.className = `${ BLOCK }__tool`;
		button.dataset.command = tool.command;
		button.textContent = tool.text;
		button.setAttribute( 'aria-label', tool.label );
		button.setAttribute( 'aria-pressed', 'false' );
		button.tabIndex = index === 0 ? 0 : -1;
		if ( tool.key ) {
			button.setAttribute(
				'aria-keyshortcuts',
				`Control+${ tool.key.toUpperCase() }`
			);
			button.title = `${ tool.label } (Ctrl+${ tool.key.toUpperCase() })`;
		} else {
			button.title = tool.label;
		}
		// Keeps the editor's selection: the command applies to it.
		button.addEventListener( 'mousedown', ( event ) =>
			event.preventDefault()
		);
		button.addEventListener( 'click', () => run( tool.command ) );
		toolbar.append( button );
		return button;
	} );
	// One tab stop for the toolbar; the arrow keys move between its buttons.
	toolbar.addEventListener( 'keydown', ( event ) => {
		const at = buttons.indexOf( event.target as HTMLButtonElement );
		const step = { ArrowRight: 1, ArrowLeft: -1 }[ event.key ];
		const targets: Record< string, number > = {
			Home: 0,
			End: buttons.length - 1,
		};
		let to = targets[ event.key ] ?? -1;
		if ( step !== undefined ) {
			to = ( at + step + buttons.length ) % buttons.length;
		}
		if ( at < 0 || to < 0 ) {
			return;
		}
		event.preventDefault();
		buttons.forEach( ( button, index ) => {
			button.tabIndex = index === to ? 0 : -1;
		} );
		buttons[ to ].focus();
	} );

	// Which formats the caret stands in; cheap enough for every caret move.
	const showPressed = () => {
		const link = !! selectedLink( editor );
		for ( const button of buttons ) {
			const command = button.dataset.command ?? '';
			const pressed =
				command === 'createLink'
					? link
					: document.queryCommandState( command );
			button.setAttribute( 'aria-pressed', pressed ? 'true' : 'false' );
		}
	};
	// The textarea the form sends: only a change of the content sanitizes it again.
	const sync = () => {
		textarea.value = sanitizeDescription( editor.innerHTML );
		showPressed();
	};

	function run( command: string ) {
		editor.focus();
		if ( command === 'createLink' ) {
			const link = selectedLink( editor );
			if ( link ) {
				link.replaceWith( ...Array.from( link.childNodes ) );
			} else {
				// The browser's own dialog: labelled, modal and keyboard-ready everywhere.
				// eslint-disable-next-line no-alert
				const href = window.prompt(
					__(
						'Link address (starting with https://)',
						'job-submit-block'
					)
				);
				if ( ! href || ! isSafeHref( href ) ) {
					return;
				}
				if ( document.getSelection()?.isCollapsed ) {
					document.execCommand( 'insertText', false, href );
					const selection = document.getSelection();
					selection?.modify?.( 'extend', 'backward', 'word' );
				}
				document.execCommand( 'createLink', false, href.trim() );
			}
		} else {
			document.execCommand( command );
		}
		sync();
		editor.dispatchEvent( new Event( 'input', { bubbles: true } ) );
	}

	editor.addEventListener( 'keydown', ( event ) => {
		if ( ! ( event.ctrlKey || event.metaKey ) || event.altKey ) {
			return;
		}
		const tool = tools().find(
			( candidate ) => candidate.key === event.key.toLowerCase()
		);
		if ( tool ) {
			event.preventDefault();
			run( tool.command );
		}
	} );
	editor.addEventListener( 'paste', ( event ) => {
		const data = event.clipboardData;
		if ( ! data ) {
			return;
		}
		event.preventDefault();
		const html = data.getData( 'text/html' );
		document.execCommand(
			'insertHTML',
			false,
			sanitizeDescription(
				html || paragraphsFromText( data.getData( 'text/plain' ) )
			)
		);
	} );
	editor.addEventListener( 'input', () => {
		if ( ! editor.firstElementChild ) {
			document.execCommand( 'formatBlock', false, 'p' );
		}
		sync();
	} );
	document.addEventListener( 'selectionchange', () => {
		if ( editor.contains( document.getSelection()?.anchorNode ?? null ) ) {
			showPressed();
		}
	} );

	document.execCommand( 'defaultParagraphSeparator', false, 'p' );
	textarea.hidden = true;
	textarea.before( toolbar, editor );
	sync();
	if ( hadFocus ) {
		// The member was typing in the textarea: the caret goes on after what they typed,
		// not back to the start.
		editor.focus();
		const selection = document.getSelection();
		selection?.selectAllChildren( editor );
		selection?.collapseToEnd();
	}
	return editor;
}
