/**
 * WordPress dependencies
 */
import { PanelBody, SelectControl, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getFields } from '../fields';
import type { JobFormAttributes } from '../types';
import PageSearchControl from './page-search-control';

type ExtraAttributes = Pick<
	JobFormAttributes,
	'salaryCurrency' | 'salaryUnit' | 'termsPageId'
>;

interface FormExtrasPanelProps {
	attributes: ExtraAttributes;
	onChange: ( change: Partial< ExtraAttributes > ) => void;
}

/**
 * Inspector panel: the salary's default currency and unit, and the page of the terms
 * members accept (none: no terms checkbox).
 *
 * @param props            The panel's properties.
 * @param props.attributes
 * @param props.onChange
 */
export default function FormExtrasPanel( {
	attributes,
	onChange,
}: FormExtrasPanelProps ) {
	const unit = getFields().find(
		( field ) => field.key === 'job_salary_unit'
	);
	return (
		<PanelBody
			title={ __( 'Salary and terms', 'job-submit-block' ) }
			initialOpen={ false }
		>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Default salary currency', 'job-submit-block' ) }
				help={ __(
					'A three-letter code such as USD or EUR; members may change it.',
					'job-submit-block'
				) }
				maxLength={ 3 }
				value={ attributes.salaryCurrency }
				onChange={ ( value ) =>
					onChange( {
						salaryCurrency: value
							.replace( /[^a-z]/gi, '' )
							.toUpperCase(),
					} )
				}
			/>
			{ unit && (
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Default salary unit', 'job-submit-block' ) }
					value={ attributes.salaryUnit }
					options={ ( unit.enum ?? [] ).map( ( value, index ) => ( {
						value: String( value ),
						label: unit.optionLabels?.[ index ] ?? String( value ),
					} ) ) }
					onChange={ ( salaryUnit ) => onChange( { salaryUnit } ) }
				/>
			) }
			<PageSearchControl
				label={ __( 'Terms page', 'job-submit-block' ) }
				help={ __(
					'Members must accept it to submit; the listing records when, and which revision. Empty: no terms checkbox.',
					'job-submit-block'
				) }
				value={ attributes.termsPageId }
				onChange={ ( termsPageId ) => onChange( { termsPageId } ) }
			/>
		</PanelBody>
	);
}
