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

	const buttonLabel = __( 'Button text', 'job-submit-block' );
	const successLabel = __( 'Success message', 'job-submit-block' );
	const redirectLabel = __( 'Then go to', 'job-submit-block' );
	const loggedOutLabel = __(
		'Message for logged-out visitors',
		'job-submit-block'
	);
	const notAllowedLabel = __(
		'Message for accounts that may not post',
		'job-submit-block'
	);
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
				{ item(
					'successMessage',
					successLabel,
					<TextareaControl
						__nextHasNoMarginBottom
						label={ successLabel }
						help={ __(
							'Empty: tells members their listing awaits review, or is live.',
							'job-submit-block'
						) }
						value={ attributes.successMessage }
						placeholder={ defaults.successMessage }
						onFocus={ show( 'submitted' ) }
						onChange={ ( successMessage ) =>
							onChange( { successMessage } )
						}
					/>
				) }
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
				{ item(
					'loggedOutMessage',
					loggedOutLabel,
					<TextareaControl
						__nextHasNoMarginBottom
						label={ loggedOutLabel }
						help={ __(
							'Shown with links to log in and, when registration is open, to register.',
							'job-submit-block'
						) }
						value={ attributes.loggedOutMessage }
						placeholder={ defaults.loggedOutMessage }
						onFocus={ show( 'loggedOut' ) }
						onChange={ ( loggedOutMessage ) =>
							onChange( { loggedOutMessage } )
						}
					/>
				) }
				{ item(
					'notAllowedMessage',
					notAllowedLabel,
					<TextareaControl
						__nextHasNoMarginBottom
						label={ notAllowedLabel }
						value={ attributes.notAllowedMessage }
						placeholder={ defaults.notAllowedMessage }
						onFocus={ show( 'notAllowed' ) }
						onChange={ ( notAllowedMessage ) =>
							onChange( { notAllowedMessage } )
						}
					/>
				) }
			</ToolsPanel>
		</>
	);
}
