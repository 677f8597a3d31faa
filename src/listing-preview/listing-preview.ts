/**
 * The listing as it will look, shown inside the form before it is sent: no request, no page
 * load; Edit brings the form back exactly as it was. Loaded when the member first asks for a
 * preview.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	hasMarkup,
	paragraphsFromText,
	sanitizeDescription,
} from '../rich-description/description-html';
import { pickedLogo } from '../logo-field';
import type { ClientField } from '../types';

const BLOCK = 'wp-block-job-submit-block-form';

/** What the preview needs of the form. */
export interface PreviewOptions {
	form: HTMLFormElement;
	fields: ClientField[];
	submitLabel: string;
	/** Called when the member submits from the preview (the preview is closed first). */
	onSubmit: () => void;
	/** Called when the member goes back to the form. */
	onEdit: () => void;
}

function make< K extends keyof HTMLElementTagNameMap >(
	tag: K,
	className = '',
	text = ''
): HTMLElementTagNameMap[ K ] {
	const made = document.createElement( tag );
	if ( className ) {
		made.className = `${ BLOCK }__${ className }`;
	}
	if ( text ) {
		made.textContent = text;
	}
	return made;
}

/**
 * What a field shows: its text, the names of its chosen terms or options, yes for a ticked
 * box; '' when empty.
 *
 * @param form  The form.
 * @param field The field.
 */
function shownValue( form: HTMLFormElement, field: ClientField ): string {
	const container = form.querySelector( `[data-field="${ field.key }"]` );
	if ( ! container ) {
		return '';
	}
	if ( field.control === 'terms' ) {
		return Array.from(
			container.querySelectorAll< HTMLInputElement >( 'input:checked' )
		)
			.map( ( input ) => input.parentElement?.textContent?.trim() ?? '' )
			.join( ', ' );
	}
	if ( field.control === 'checkbox' ) {
		return container.querySelector< HTMLInputElement >( 'input:checked' )
			? __( 'Yes', 'job-submit-block' )
			: '';
	}
	if ( field.control === 'select' ) {
		const select = container.querySelector( 'select' );
		return select?.value
			? ( select.selectedOptions[ 0 ]?.textContent?.trim() ?? '' )
			: '';
	}
	const control = container.querySelector<
		HTMLInputElement | HTMLTextAreaElement
	>( 'input:not([type="file"]), textarea' );
	return control?.value.trim() ?? '';
}

function addressLink( address: string ): HTMLElement {
	const link = make( 'a', '', address );
	link.href = /^https?:\/\//i.test( address )
		? address
		: `mailto:${ address }`;
	return link;
}

/**
 * Builds the listing's preview from the form's controls.
 *
 * @param options The form and its fields.
 */
function listing( options: PreviewOptions ): HTMLElement {
	const { form, fields } = options;
	const value = ( key: string ) => {
		const field = fields.find( ( candidate ) => candidate.key === key );
		return field ? shownValue( form, field ) : '';
	};
	const article = make( 'article', 'preview-listing' );
	article.append( make( 'h3', 'preview-title', value( 'title' ) ) );

	const company = make( 'p', 'preview-company' );
	const logo = pickedLogo( form );
	if ( logo ) {
		const image = make( 'img', 'preview-logo' );
		image.src = URL.createObjectURL( logo );
		image.alt = sprintf(
			/* translators: %s: company name. */
			__( 'Logo of %s', 'job-submit-block' ),
			value( 'company_name' ) || __( 'the company', 'job-submit-block' )
		);
		company.append( image, ' ' );
	}
	if ( value( 'company_name' ) ) {
		company.append( make( 'strong', '', value( 'company_name' ) ) );
	}
	if ( value( 'company_tagline' ) ) {
		company.append( ' — ', value( 'company_tagline' ) );
	}
	if ( value( 'company_website' ) ) {
		company.append( ' ', addressLink( value( 'company_website' ) ) );
	}
	if ( company.childNodes.length ) {
		article.append( company );
	}

	const details = make( 'ul', 'preview-details' );
	const salary = [
		value( 'job_salary' ),
		value( 'job_salary_currency' ).toUpperCase(),
		value( 'job_salary_unit' ).toLowerCase(),
	]
		.filter( Boolean )
		.join( ' ' );
	const shownApart = new Set( [
		'title',
		'description',
		'company_name',
		'company_tagline',
		'company_website',
		'company_logo',
		'application',
		'job_salary',
		'job_salary_currency',
		'job_salary_unit',
		'terms_accepted',
	] );
	for ( const field of fields ) {
		const shown = shownApart.has( field.key )
			? field.key === 'job_salary' && salary
			: shownValue( form, field );
		if ( shown ) {
			const item = make( 'li' );
			item.append(
				make( 'span', 'preview-label', `${ field.label }: ` ),
				String( field.key === 'job_salary' ? salary : shown )
			);
			details.append( item );
		}
	}
	if ( details.childNodes.length ) {
		article.append( details );
	}

	const description = make( 'div', 'preview-description' );
	const text =
		form.querySelector< HTMLTextAreaElement >(
			'[data-field="description"] textarea'
		)?.value ?? '';
	description.innerHTML = sanitizeDescription(
		hasMarkup( text ) ? text : paragraphsFromText( text )
	);
	article.append( description );

	if ( value( 'application' ) ) {
		const apply = make( 'p', 'preview-apply' );
		apply.append(
			make(
				'span',
				'preview-label',
				`${ __( 'How to apply', 'job-submit-block' ) }: `
			),
			addressLink( value( 'application' ) )
		);
		article.append( apply );
	}
	return article;
}

/**
 * Shows the preview in place of the form's fields; the fields stay in the form, hidden,
 * with everything the member typed.
 *
 * @param options The form, its fields and what to do next.
 */
export function showPreview( options: PreviewOptions ) {
	const { form } = options;
	const hidden = Array.from(
		form.querySelectorAll< HTMLElement >(
			`:scope > [data-field], :scope > .${ BLOCK }__actions`
		)
	).filter( ( element ) => ! element.hidden );
	const section = make( 'section', 'preview' );
	section.tabIndex = -1;
	const heading = make(
		'h2',
		'preview-heading',
		__( 'Preview of your listing', 'job-submit-block' )
	);
	heading.id = `${ form.dataset.formId ?? 'job' }-preview-heading`.replace(
		/[^\w-]/g,
		'-'
	);
	section.setAttribute( 'aria-labelledby', heading.id );
	const actions = make( 'div', 'actions' );
	const edit = make(
		'button',
		'edit-button',
		__( 'Edit', 'job-submit-block' )
	);
	const submit = make( 'button', 'submit', options.submitLabel );
	edit.type = 'button';
	submit.type = 'button';
	edit.classList.add( 'wp-element-button' );
	submit.classList.add( 'wp-element-button' );
	actions.append( edit, submit );
	section.append( heading, listing( options ), actions );

	const close = () => {
		section
			.querySelectorAll( 'img' )
			.forEach( ( image ) => URL.revokeObjectURL( image.src ) );
		section.remove();
		hidden.forEach( ( element ) => ( element.hidden = false ) );
	};
	edit.addEventListener( 'click', () => {
		close();
		options.onEdit();
	} );
	submit.addEventListener( 'click', () => {
		close();
		// The button pressed leaves with the preview: the keyboard waits on Preview, where a
		// member whose submit fails goes on (a listing sent moves it to the confirmation).
		options.onEdit();
		options.onSubmit();
	} );
	hidden.forEach( ( element ) => ( element.hidden = true ) );
	form.append( section );
	section.focus();
}
