/**
 * WordPress dependencies
 */
import {
	CheckboxControl,
	PanelBody,
	RadioControl,
	Spinner,
} from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { JobTerm } from '../use-job-terms';

interface TermListProps {
	title: string;
	terms: JobTerm[];
	isResolving: boolean;
	allowed: number[];
	onChange: ( allowed: number[] ) => void;
}

function TermList( {
	title,
	terms,
	isResolving,
	allowed,
	onChange,
}: TermListProps ) {
	return (
		<fieldset className="job-submit-block-taxonomies-panel__terms">
			<legend>{ title }</legend>
			<p className="components-base-control__help">
				{ __( 'None chosen offers them all.', 'job-submit-block' ) }
			</p>
			{ isResolving && <Spinner /> }
			{ terms.map( ( term ) => (
				<CheckboxControl
					__nextHasNoMarginBottom
					key={ term.id }
					label={ term.name }
					checked={ allowed.includes( term.id ) }
					onChange={ ( checked ) =>
						onChange(
							checked
								? [ ...allowed, term.id ]
								: allowed.filter( ( id ) => id !== term.id )
						)
					}
				/>
			) ) }
		</fieldset>
	);
}

interface TaxonomiesPanelProps {
	jobTypes: { terms: JobTerm[]; isResolving: boolean };
	categories: { terms: JobTerm[]; isResolving: boolean };
	allowedJobTypes: number[];
	allowedCategories: number[];
	termChoice: 'single' | 'multiple';
	onChange: ( change: {
		allowedJobTypes?: number[];
		allowedCategories?: number[];
		termChoice?: 'single' | 'multiple';
	} ) => void;
}

/**
 * Inspector panel: which job types and categories members may pick, one or several.
 *
 * @param props The panel's properties.
 */
export default function TaxonomiesPanel( props: TaxonomiesPanelProps ) {
	return (
		<PanelBody
			title={ __( 'Job types and categories', 'job-submit-block' ) }
			initialOpen={ false }
		>
			<RadioControl
				label={ __( 'Members choose', 'job-submit-block' ) }
				selected={ props.termChoice }
				options={ [
					{ label: __( 'One', 'job-submit-block' ), value: 'single' },
					{
						label: __( 'Several', 'job-submit-block' ),
						value: 'multiple',
					},
				] }
				onChange={ ( termChoice ) =>
					props.onChange( {
						termChoice:
							termChoice === 'multiple' ? 'multiple' : 'single',
					} )
				}
			/>
			<TermList
				title={ __( 'Job types offered', 'job-submit-block' ) }
				{ ...props.jobTypes }
				allowed={ props.allowedJobTypes }
				onChange={ ( allowedJobTypes ) =>
					props.onChange( { allowedJobTypes } )
				}
			/>
			<TermList
				title={ __( 'Categories offered', 'job-submit-block' ) }
				{ ...props.categories }
				allowed={ props.allowedCategories }
				onChange={ ( allowedCategories ) =>
					props.onChange( { allowedCategories } )
				}
			/>
		</PanelBody>
	);
}
