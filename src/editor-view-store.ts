/**
 * WordPress dependencies
 */
import { createReduxStore, register } from '@wordpress/data';

/**
 * Internal dependencies
 */
import type { EditorView } from './components/editor-view-switcher';

/**
 * The editor's own state of each form block, never saved: which state the canvas draws, and
 * what the site builder searches in the redirect page's control. A store rather than
 * component state so that the toolbar, the canvas and the inspector read one value.
 */
interface State {
	views: Record< string, EditorView >;
	pageSearches: Record< string, string >;
}

type Action =
	| { type: 'SET_VIEW'; clientId: string; view: EditorView }
	| { type: 'SET_PAGE_SEARCH'; clientId: string; search: string };

const actions = {
	setView: ( clientId: string, view: EditorView ): Action => ( {
		type: 'SET_VIEW',
		clientId,
		view,
	} ),
	setPageSearch: ( clientId: string, search: string ): Action => ( {
		type: 'SET_PAGE_SEARCH',
		clientId,
		search,
	} ),
};

const selectors = {
	getView: ( state: State, clientId: string ): EditorView =>
		state.views[ clientId ] ?? 'form',
	getPageSearch: ( state: State, clientId: string ): string =>
		state.pageSearches[ clientId ] ?? '',
};

function reducer(
	state: State = { views: {}, pageSearches: {} },
	action: Action
): State {
	switch ( action.type ) {
		case 'SET_VIEW':
			return {
				...state,
				views: { ...state.views, [ action.clientId ]: action.view },
			};
		case 'SET_PAGE_SEARCH':
			return {
				...state,
				pageSearches: {
					...state.pageSearches,
					[ action.clientId ]: action.search,
				},
			};
	}
	return state;
}

/** The store of the form blocks' editor-only state. */
export const editorViewStore = createReduxStore( 'job-submit-block/editor', {
	reducer,
	actions,
	selectors,
} );

register( editorViewStore );
