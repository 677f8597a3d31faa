/**
 * WordPress dependencies
 */
import {
	PanelBody,
	SelectControl,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useEntityRecords } from '@wordpress/core-data';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { JobFormAttributes } from '../types';

type MessageAttributes = Pick<
	JobFormAttributes,
	| 'submitLabel'
	| 'successMessage'
	| 'redirectPageId'
	| 'loggedOutMessage'
	| 'notAllowedMessage'
>;

interface MessagesPanelsProps {
	attributes: MessageAttributes;
	onChange: ( change: Partial< MessageAttributes > ) => void;
}

interface PageRecord {
	id: number;
	title: { rendered: string };
}

/**
 * Inspector panels: the button, what happens after a submission, and what visitors who
 * cannot post are told. Empty texts use the translated defaults.
 *
 * @param props            The panels' properties.
 * @param props.attributes
 * @param props.onChange
 */
export default function MessagesPanels( {
	attributes,
	onChange,
}: MessagesPanelsProps ) {
	const { records: pages } = useEntityRecords< PageRecord >(
		'postType',
		'page',
		{ per_page: 100, status: 'publish', orderby: 'title', order: 'asc' }
	);
	return (
		<>
			<PanelBody title={ __( 'Button', 'job-submit-block' ) }>
				<TextControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Button text', 'job-submit-block' ) }
					value={ attributes.submitLabel }
					placeholder={ __( 'Submit job', 'job-submit-block' ) }
					onChange={ ( submitLabel ) => onChange( { submitLabel } ) }
				/>
			</PanelBody>
			<PanelBody
				title={ __( 'After submitting', 'job-submit-block' ) }
				initialOpen={ false }
			>
				<TextareaControl
					__nextHasNoMarginBottom
					label={ __( 'Success message', 'job-submit-block' ) }
					help={ __(
						'Empty: tells members their listing awaits review, or is live.',
						'job-submit-block'
					) }
					value={ attributes.successMessage }
					onChange={ ( successMessage ) =>
						onChange( { successMessage } )
					}
				/>
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Then go to', 'job-submit-block' ) }
					value={ String( attributes.redirectPageId ) }
					options={ [
						{
							label: __(
								'Stay on this page',
								'job-submit-block'
							),
							value: '0',
						},
						...( pages ?? [] ).map( ( page ) => ( {
							label: page.title.rendered || `#${ page.id }`,
							value: String( page.id ),
						} ) ),
					] }
					onChange={ ( value ) =>
						onChange( { redirectPageId: Number( value ) } )
					}
				/>
			</PanelBody>
			<PanelBody
				title={ __( 'Visitors who cannot post', 'job-submit-block' ) }
				initialOpen={ false }
			>
				<TextareaControl
					__nextHasNoMarginBottom
					label={ __(
						'Message for logged-out visitors',
						'job-submit-block'
					) }
					help={ __(
						'Shown with links to log in and, when registration is open, to register.',
						'job-submit-block'
					) }
					value={ attributes.loggedOutMessage }
					placeholder={ __(
						'Please log in to post a job.',
						'job-submit-block'
					) }
					onChange={ ( loggedOutMessage ) =>
						onChange( { loggedOutMessage } )
					}
				/>
				<TextareaControl
					__nextHasNoMarginBottom
					label={ __(
						'Message for accounts that may not post',
						'job-submit-block'
					) }
					value={ attributes.notAllowedMessage }
					onChange={ ( notAllowedMessage ) =>
						onChange( { notAllowedMessage } )
					}
				/>
			</PanelBody>
		</>
	);
}
