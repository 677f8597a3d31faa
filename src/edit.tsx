/**
 * WordPress dependencies
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import EditorViewSwitcher, {
	type EditorView,
} from './components/editor-view-switcher';
import FieldsPanel from './components/fields-panel';
import FormExtrasPanel from './components/form-extras-panel';
import FormPreview from './components/form-preview';
import MessagesPanels from './components/messages-panels';
import StatePreview from './components/state-preview';
import TaxonomiesPanel from './components/taxonomies-panel';
import { moveField, resolveFormFields } from './form-config';
import type { FieldOverride, JobFormAttributes } from './types';
import { useAfterFirstPaint } from './use-after-first-paint';
import { useJobTerms } from './use-job-terms';

/**
 * The block in the editor: the form as members will see it, or another state a visitor may
 * meet (switched from the toolbar), shaped from the inspector and by editing its texts in
 * place.
 *
 * @param props               The block's edit properties.
 * @param props.attributes    The block's attributes.
 * @param props.setAttributes Updates them.
 */
export default function Edit( {
	attributes,
	setAttributes,
}: BlockEditProps< JobFormAttributes > ) {
	// Editor-only, never saved: the toolbar switch, the canvas and the inspector are all
	// drawn here, so this component's state is the one place the view lives.
	const [ view, setView ] = useState< EditorView >( 'form' );
	const fields = resolveFormFields( attributes );
	const jobTypes = useJobTerms( 'job_listing_type' );
	const categories = useJobTerms( 'job_listing_category' );
	// The form preview is drawn first, its texts still; the inspector's panels (many
	// controls), the toolbar's view switch and the in-place text editors (a RichText each)
	// mount a frame later, so that inserting the block shows the form without waiting for them.
	const painted = useAfterFirstPaint();
	const offered = ( terms: typeof jobTypes.terms, allowed: number[] ) =>
		allowed.length
			? terms.filter( ( term ) => allowed.includes( term.id ) )
			: terms;

	const changeField = ( key: string, change: FieldOverride ) =>
		setAttributes( {
			fields: {
				...attributes.fields,
				[ key ]: { ...attributes.fields[ key ], ...change },
			},
		} );

	return (
		<>
			{ painted && (
				<InspectorControls>
					<FieldsPanel
						fields={ fields }
						termsPageId={ attributes.termsPageId }
						onChange={ changeField }
						onMove={ ( key, direction ) =>
							setAttributes( {
								fieldOrder: moveField( fields, key, direction ),
							} )
						}
					/>
					<TaxonomiesPanel
						jobTypes={ jobTypes }
						categories={ categories }
						allowedJobTypes={ attributes.allowedJobTypes }
						allowedCategories={ attributes.allowedCategories }
						termChoice={ attributes.termChoice }
						onChange={ setAttributes }
					/>
					<FormExtrasPanel
						attributes={ attributes }
						onChange={ setAttributes }
					/>
					<MessagesPanels
						attributes={ attributes }
						onChange={ setAttributes }
						onShow={ setView }
					/>
				</InspectorControls>
			) }
			{ painted && (
				<EditorViewSwitcher view={ view } onChange={ setView } />
			) }
			<div { ...useBlockProps() }>
				{ view !== 'form' ? (
					<StatePreview
						view={ view }
						attributes={ attributes }
						onChange={ setAttributes }
					/>
				) : (
					<FormPreview
						fields={ fields }
						termsByTaxonomy={ {
							job_listing_type: offered(
								jobTypes.terms,
								attributes.allowedJobTypes
							),
							job_listing_category: offered(
								categories.terms,
								attributes.allowedCategories
							),
						} }
						termChoice={ attributes.termChoice }
						textsEditable={ painted }
						submitLabel={ attributes.submitLabel ?? '' }
						submitPlaceholder={ __(
							'Submit job',
							'job-submit-block'
						) }
						onLabelChange={ ( key, label ) =>
							changeField( key, { label } )
						}
						onSubmitLabelChange={ ( submitLabel ) =>
							setAttributes( { submitLabel } )
						}
					/>
				) }
			</div>
		</>
	);
}
