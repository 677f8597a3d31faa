/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { messageDefaults, type MessageAttributes } from '../message-defaults';
import { messageStates, type MessageView } from '../message-states';
import MessageText from './message-text';

const BLOCK = 'wp-block-job-submit-block-form';

interface StatePreviewProps {
	view: MessageView;
	attributes: MessageAttributes;
	onChange: ( change: Partial< MessageAttributes > ) => void;
}

/**
 * A state of the block other than the form, drawn with the markup of includes/form-render.php
 * and includes/form-submission.php, its message edited in place.
 *
 * @param props            The preview's properties.
 * @param props.view       Which state.
 * @param props.attributes The block's messages.
 * @param props.onChange   Stores a changed message.
 */
export default function StatePreview( {
	view,
	attributes,
	onChange,
}: StatePreviewProps ) {
	const defaults = messageDefaults();
	const { key, className, label } = messageStates()[ view ];
	return (
		<div className={ `${ BLOCK }__notice ${ className }` }>
			<MessageText
				label={ label }
				value={ attributes[ key ] }
				placeholder={ defaults[ key ] }
				onChange={ ( value ) => onChange( { [ key ]: value } ) }
			/>
			{ view === 'loggedOut' && (
				<p className={ `${ BLOCK }__links` }>
					{ /* The page's login link, drawn inert: the canvas is no place to leave. */ }
					<span className={ `${ BLOCK }__link-preview` }>
						{ __( 'Log in', 'job-submit-block' ) }
					</span>
				</p>
			) }
		</div>
	);
}
