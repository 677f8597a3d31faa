/**
 * WordPress dependencies
 */
import {
	Button,
	PanelBody,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ResolvedField } from '../form-config';
import type { FieldOverride } from '../types';

interface FieldsPanelProps {
	fields: ResolvedField[];
	/** The form's terms page, without which the terms checkbox is not shown. */
	termsPageId?: number;
	onChange: ( key: string, change: FieldOverride ) => void;
	onMove: ( key: string, direction: -1 | 1 ) => void;
}

/**
 * Inspector panel: which fields the form shows, in which order, which are required, and
 * their help texts and placeholders.
 *
 * @param props             The panel's properties.
 * @param props.fields
 * @param props.termsPageId
 * @param props.onChange
 * @param props.onMove
 */
export default function FieldsPanel( {
	fields,
	termsPageId,
	onChange,
	onMove,
}: FieldsPanelProps ) {
	return (
		<PanelBody title={ __( 'Fields', 'job-submit-block' ) }>
			{ fields.map( ( field, index ) => {
				const { key, alwaysShown } = field.definition;
				// The terms checkbox shows with a terms page, and is then always required.
				const isTerms = key === 'terms_accepted';
				const waitsForTermsPage = isTerms && ! termsPageId;
				return (
					<fieldset
						key={ key }
						className="job-submit-block-fields-panel__field"
					>
						<legend className="job-submit-block-fields-panel__legend">
							{ field.label }
						</legend>
						{ ! alwaysShown && (
							<ToggleControl
								__nextHasNoMarginBottom
								label={ __( 'Show', 'job-submit-block' ) }
								checked={ ! field.hidden }
								disabled={ waitsForTermsPage }
								help={
									waitsForTermsPage
										? __(
												'Shown once a terms page is chosen under Salary and terms.',
												'job-submit-block'
											)
										: undefined
								}
								onChange={ ( shown ) =>
									onChange( key, { hidden: ! shown } )
								}
							/>
						) }
						{ ! alwaysShown && ! field.hidden && (
							<ToggleControl
								__nextHasNoMarginBottom
								label={ __( 'Required', 'job-submit-block' ) }
								checked={ field.required }
								disabled={
									!! field.definition.required || isTerms
								}
								onChange={ ( required ) =>
									onChange( key, { required } )
								}
							/>
						) }
						{ ! field.hidden && (
							<>
								<TextControl
									__next40pxDefaultSize
									__nextHasNoMarginBottom
									label={ __(
										'Help text',
										'job-submit-block'
									) }
									value={ field.override.help ?? '' }
									placeholder={ field.definition.help }
									onChange={ ( help ) =>
										onChange( key, { help } )
									}
								/>
								{ ! [
									'terms',
									'checkbox',
									'select',
									'file',
								].includes(
									field.definition.control ?? ''
								) && (
									<TextControl
										__next40pxDefaultSize
										__nextHasNoMarginBottom
										label={ __(
											'Placeholder',
											'job-submit-block'
										) }
										value={ field.placeholder }
										onChange={ ( placeholder ) =>
											onChange( key, { placeholder } )
										}
									/>
								) }
							</>
						) }
						<div className="job-submit-block-fields-panel__move">
							<Button
								size="small"
								variant="secondary"
								disabled={ index === 0 }
								accessibleWhenDisabled
								label={ sprintf(
									/* translators: %s: field label. */
									__( 'Move %s up', 'job-submit-block' ),
									field.label
								) }
								onClick={ () => onMove( key, -1 ) }
							>
								{ __( 'Up', 'job-submit-block' ) }
							</Button>
							<Button
								size="small"
								variant="secondary"
								disabled={ index === fields.length - 1 }
								accessibleWhenDisabled
								label={ sprintf(
									/* translators: %s: field label. */
									__( 'Move %s down', 'job-submit-block' ),
									field.label
								) }
								onClick={ () => onMove( key, 1 ) }
							>
								{ __( 'Down', 'job-submit-block' ) }
							</Button>
						</div>
					</fieldset>
				);
			} ) }
		</PanelBody>
	);
}
