/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ResolvedField } from '../form-config';
import type { JobTerm } from '../use-job-terms';
import InPlaceText from './in-place-text';

interface FormPreviewProps {
	fields: ResolvedField[];
	termsByTaxonomy: Record< string, JobTerm[] >;
	termChoice: 'single' | 'multiple';
	/** The button text as the site builder set it; '' for the default. */
	submitLabel: string;
	/** The default button text. */
	submitPlaceholder: string;
	textsEditable: boolean;
	onLabelChange: ( key: string, label: string ) => void;
	onSubmitLabelChange: ( label: string ) => void;
}

const BLOCK = 'wp-block-job-submit-block-form';

/**
 * The form as members will see it, drawn with the markup of includes/form-render.php. Its
 * controls do nothing here; its labels and button text are edited in place.
 *
 * @param props The preview's properties.
 */
export default function FormPreview( props: FormPreviewProps ) {
	const { fields, termsByTaxonomy, termChoice, submitLabel } = props;
	return (
		<div className={ `${ BLOCK }__form` }>
			{ fields
				.filter( ( field ) => ! field.hidden )
				.map( ( field, index ) => (
					<PreviewField
						key={ field.definition.key }
						field={ field }
						// The editor puts the caret in a new block's first text field.
						labelEditable={ props.textsEditable || index === 0 }
						terms={
							termsByTaxonomy[
								field.definition.taxonomy ?? ''
							] ?? []
						}
						termChoice={ termChoice }
						onLabelChange={ ( label ) =>
							props.onLabelChange( field.definition.key, label )
						}
					/>
				) ) }
			<div className={ `${ BLOCK }__actions` }>
				<InPlaceText
					editable={ props.textsEditable }
					className={ `${ BLOCK }__submit wp-element-button` }
					label={ __( 'Button text', 'job-submit-block' ) }
					value={ submitLabel }
					placeholder={ props.submitPlaceholder }
					onChange={ props.onSubmitLabelChange }
				/>
			</div>
		</div>
	);
}

interface PreviewFieldProps {
	field: ResolvedField;
	labelEditable: boolean;
	terms: JobTerm[];
	termChoice: 'single' | 'multiple';
	onLabelChange: ( label: string ) => void;
}

function PreviewField( {
	field,
	labelEditable,
	terms,
	termChoice,
	onLabelChange,
}: PreviewFieldProps ) {
	const { definition, label, help, placeholder, required } = field;
	const control = definition.control ?? 'text';
	const labelEditor = (
		<span className={ `${ BLOCK }__label` }>
			<InPlaceText
				editable={ labelEditable }
				label={ __( 'Field label', 'job-submit-block' ) }
				// The site builder's label, '' once emptied; the default until they set one.
				value={ field.override.label ?? label }
				placeholder={ definition.label }
				onChange={ onLabelChange }
			/>
			{ required && (
				<span className={ `${ BLOCK }__required` } aria-hidden="true">
					{ ' *' }
				</span>
			) }
		</span>
	);
	const helpText = help && <p className={ `${ BLOCK }__help` }>{ help }</p>;
	const className = `${ BLOCK }__field is-${ control }`;

	if ( control === 'terms' ) {
		return (
			<div className={ className } data-field={ definition.key }>
				{ labelEditor }
				<div className={ `${ BLOCK }__options` }>
					{ termChoice === 'single' && ! required && (
						<span className={ `${ BLOCK }__option` }>
							<input
								type="radio"
								aria-label={ __( 'None', 'job-submit-block' ) }
								tabIndex={ -1 }
								readOnly
							/>{ ' ' }
							{ __( 'None', 'job-submit-block' ) }
						</span>
					) }
					{ terms.map( ( term ) => (
						<span
							className={ `${ BLOCK }__option` }
							key={ term.id }
						>
							<input
								type={
									termChoice === 'multiple'
										? 'checkbox'
										: 'radio'
								}
								aria-label={ term.name }
								tabIndex={ -1 }
								readOnly
							/>{ ' ' }
							{ term.name }
						</span>
					) ) }
				</div>
				{ helpText }
			</div>
		);
	}
	if ( control === 'checkbox' ) {
		return (
			<div className={ className } data-field={ definition.key }>
				<input
					type="checkbox"
					aria-label={ label }
					tabIndex={ -1 }
					readOnly
				/>{ ' ' }
				{ labelEditor }
				{ helpText }
			</div>
		);
	}
	return (
		<div className={ className } data-field={ definition.key }>
			{ labelEditor }
			{ helpText }
			{ control === 'select' && (
				<select aria-label={ label } tabIndex={ -1 } disabled>
					{ ( definition.optionLabels ?? [] ).map( ( option ) => (
						<option key={ option }>{ option }</option>
					) ) }
				</select>
			) }
			{ control === 'file' && (
				<input
					type="file"
					aria-label={ label }
					tabIndex={ -1 }
					disabled
				/>
			) }
			{ control === 'textarea' && (
				<textarea
					rows={ 8 }
					aria-label={ label }
					placeholder={ placeholder }
					tabIndex={ -1 }
					readOnly
				/>
			) }
			{ ( control === 'text' || control === 'url' ) && (
				<input
					type={ control === 'url' ? 'url' : 'text' }
					aria-label={ label }
					placeholder={ placeholder }
					tabIndex={ -1 }
					readOnly
				/>
			) }
		</div>
	);
}
