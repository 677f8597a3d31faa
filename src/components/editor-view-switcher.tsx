/**
 * WordPress dependencies
 */
import { BlockControls } from '@wordpress/block-editor';
import { ToolbarDropdownMenu, ToolbarGroup } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/** What the canvas shows: one of the states a visitor may meet. */
export type EditorView = 'form' | 'loggedOut' | 'notAllowed' | 'submitted';

/**
 * The views in the order of the menu, with their translated names.
 */
export function editorViews(): Array< { view: EditorView; title: string } > {
	return [
		{ view: 'form', title: __( 'Form', 'job-submit-block' ) },
		{ view: 'loggedOut', title: __( 'Logged out', 'job-submit-block' ) },
		{ view: 'notAllowed', title: __( 'Not allowed', 'job-submit-block' ) },
		{ view: 'submitted', title: __( 'Submitted', 'job-submit-block' ) },
	];
}

interface EditorViewSwitcherProps {
	view: EditorView;
	onChange: ( view: EditorView ) => void;
}

/**
 * The block toolbar's view switch: which state of the block the canvas draws, so that each
 * can be seen and its message edited in place (as WooCommerce's Cart block switches between
 * its filled and empty views).
 *
 * @param props          The switch's properties.
 * @param props.view     The view drawn.
 * @param props.onChange Draws another.
 */
export default function EditorViewSwitcher( {
	view,
	onChange,
}: EditorViewSwitcherProps ) {
	const views = editorViews();
	const current = views.find( ( item ) => item.view === view ) ?? views[ 0 ];
	return (
		<BlockControls>
			<ToolbarGroup>
				<ToolbarDropdownMenu
					label={ __( 'Switch view', 'job-submit-block' ) }
					text={ current.title }
					icon={ null }
					controls={ views.map( ( item ) => ( {
						title: item.title,
						isActive: item.view === view,
						role: 'menuitemradio',
						onClick: () => onChange( item.view ),
					} ) ) }
				/>
			</ToolbarGroup>
		</BlockControls>
	);
}
