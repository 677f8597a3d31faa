/**
 * WordPress dependencies
 */
import { useDispatch, useSelect } from '@wordpress/data';

/**
 * Internal dependencies
 */
import type { EditorView } from './components/editor-view-switcher';
import { editorViewStore } from './editor-view-store';

/**
 * The state a form block's canvas draws, and a way to draw another.
 *
 * @param clientId The block.
 */
export function useEditorView(
	clientId: string
): [ EditorView, ( view: EditorView ) => void ] {
	const view = useSelect(
		( select ) => select( editorViewStore ).getView( clientId ),
		[ clientId ]
	);
	const { setView } = useDispatch( editorViewStore );
	return [ view, ( next ) => setView( clientId, next ) ];
}
