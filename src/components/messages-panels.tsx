/**
 * WordPress dependencies
 */
import {
	TextControl,
	TextareaControl,
	__experimentalToolsPanel as ToolsPanel,
	__experimentalToolsPanelItem as ToolsPanelItem,
} from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { messageDefaults, type MessageAttributes } from '../message-defaults';
import { messageStates, type MessageView } from '../message-states';
import type { JobFormAttributes } from '../types';
import type { EditorView } from './editor-view-switcher';
import PageSearchControl from './page-search-control';

type PanelAttributes = MessageAttributes &
	Pick< JobFormAttributes, 'redirectPageId' >;

interface MessagesPanelsProps {
	attributes: PanelAttributes;
	onChange: ( change: Partial< PanelAttributes > ) => void;
	onShow: ( view: EditorView ) => void;
}

/**
 * Inspector panels: the button, what happens after a submission, and what visitors who
 * cannot post are told. Each setting resets to its translated default; editing a message
 * here draws its state on the canvas, where it can be edited in place too.
 *
 * @param props            The panels' properties.
 * @param props.attributes The block's attributes.
 * @param props.onChange   Updates them.
 * @param props.onShow     Draws a state of the block on the canvas.
 */
export default function MessagesPanels( {
	attributes,
	onChange,
	onShow,
}: MessagesPanelsProps ) {
	const defaults = messageDefaults();
	const show = ( view: EditorView ) => () => onShow( view );

	// One item: shown by default, reset to empty (the translated default) or to 0.
	const item = (
		key: keyof PanelAttributes,
		label: string,
		control: JSX.Element
	) => (
		<ToolsPanelItem
			key={ key }
			label={ label }
			hasValue={ () => !! attributes[ key ] }
			onDeselect={ () =>
				onChange( { [ key ]: key === 'redirectPageId' ? 0 : '' } )
			}
			isShownByDefault
		>
			{ control }
		</ToolsPanelItem>
	);
	const resetAll = ( keys: Array< keyof PanelAttributes > ) => () =>
		onChange(
			Object.fromEntries(
				keys.map( ( key ) => [
					key,
					key === 'redirectPageId' ? 0 : '',
				] )
			)
		);

	// A state's message, drawn on the canvas while it is edited here.
	const states = messageStates();
	const message = ( view: MessageView ) => {
		const { key, label, help } = states[ view ];
		return item(
			key,
			label,
			<TextareaControl
				__nextHasNoMarginBottom
				label={ label }
				help={ help }
				value={ attributes[ key ] }
				placeholder={ defaults[ key ] }
				onFocus={ show( view ) }
				onChange={ ( value ) => onChange( { [ key ]: value } ) }
			/>
		);
	};

	const buttonLabel = __( 'Button text', 'job-submit-block' );
	const redirectLabel = __( 'Then go to', 'job-submit-block' );
	return (
		<>
			<ToolsPanel
				label={ __( 'Button', 'job-submit-block' ) }
				resetAll={ resetAll( [ 'submitLabel' ] ) }
			>
				{ item(
					'submitLabel',
					buttonLabel,
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ buttonLabel }
						value={ attributes.submitLabel }
						placeholder={ defaults.submitLabel }
						onFocus={ show( 'form' ) }
						onChange={ ( submitLabel ) =>
							onChange( { submitLabel } )
						}
					/>
				) }
			</ToolsPanel>
			<ToolsPanel
				label={ __( 'After submitting', 'job-submit-block' ) }
				resetAll={ resetAll( [ 'successMessage', 'redirectPageId' ] ) }
			>
				{ message( 'submitted' ) }
				{ item(
					'redirectPageId',
					redirectLabel,
					<PageSearchControl
						label={ redirectLabel }
						help={ __(
							'Type to search the published pages. Empty: members stay on this page.',
							'job-submit-block'
						) }
						value={ attributes.redirectPageId }
						onChange={ ( redirectPageId ) =>
							onChange( { redirectPageId } )
						}
					/>
				) }
			</ToolsPanel>
			<ToolsPanel
				label={ __( 'Visitors who cannot post', 'job-submit-block' ) }
				resetAll={ resetAll( [
					'loggedOutMessage',
					'notAllowedMessage',
				] ) }
			>
				{ message( 'loggedOut' ) }
				{ message( 'notAllowed' ) }
			</ToolsPanel>
		</>
	);
}
