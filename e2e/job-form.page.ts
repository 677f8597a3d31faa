/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { logInContext } from './utils/rest-clients';

/**
 * The job form on a public page, as a visitor uses it.
 */
export class JobFormPage {
	/**
	 * What the data layer's stand-ins for the packages it leaves out reported on this page
	 * (src/data-layer-aliases/): a spec that saves expects none.
	 */
	readonly dataLayerGaps: string[] = [];

	constructor( public readonly page: Page ) {
		const record = ( text: string ) => {
			if ( text.includes( 'is not part of the job form' ) ) {
				this.dataLayerGaps.push( text );
			}
		};
		page.on( 'console', ( message ) => {
			if ( message.type() === 'error' ) {
				record( message.text() );
			}
		} );
		page.on( 'pageerror', ( error ) => record( error.message ) );
	}

	/**
	 * Logs in as wp-login.php's form does, in this page's own browser context.
	 *
	 * @param username The user's login.
	 */
	async logIn( username: string ) {
		await logInContext( this.page.request, username );
	}

	/**
	 * Opens a page by ID.
	 *
	 * @param pageId    The page.
	 * @param waitUntil The page state to wait for; the load event by default.
	 */
	async open(
		pageId: number,
		waitUntil: 'load' | 'domcontentloaded' = 'load'
	) {
		await this.page.goto( `/?page_id=${ pageId }`, { waitUntil } );
	}

	/** The block's wrapper. */
	get block() {
		return this.page.locator( '.wp-block-job-submit-block-form' );
	}

	/** The form's live region. */
	get status() {
		return this.block.getByRole( 'status' ).first();
	}

	/** The form's own message area above the fields, shown or not. */
	get messageArea() {
		return this.block.locator( '.wp-block-job-submit-block-form__status' );
	}

	/** The live region beside the submit button, which says a listing is on its way. */
	get progress() {
		return this.block
			.locator( '.wp-block-job-submit-block-form__actions' )
			.getByRole( 'status' );
	}

	/**
	 * A text field by its label (the whole label, when given as text: "Salary" is not
	 * "Salary currency").
	 *
	 * @param label The label.
	 */
	field( label: string | RegExp ) {
		return this.block.getByRole( 'textbox', {
			name: label,
			exact: typeof label === 'string',
		} );
	}

	/** The job description: its textarea, or the formatting editor that replaces it. */
	get description() {
		return this.block.getByRole( 'textbox', {
			name: 'Job description',
			exact: true,
		} );
	}

	/**
	 * Types the job description. With the script, the formatting editor replaces the
	 * textarea when the form is first focused: it is waited for, then typed into.
	 *
	 * @param text The description.
	 */
	async fillDescription( text: string ) {
		if ( await this.block.locator( 'form[novalidate]' ).count() ) {
			await this.description.focus();
			await this.block
				.getByRole( 'toolbar', { name: 'Description formatting' } )
				.waitFor();
		}
		await this.description.fill( text );
	}

	/**
	 * The submit button, by its default text unless another is given.
	 * @param text
	 */
	submitButton( text: string | RegExp = 'Submit job' ) {
		return this.block.getByRole( 'button', { name: text } );
	}

	/**
	 * Fills the required fields and a few optional ones with valid values.
	 *
	 * @param title The job title.
	 */
	async fillValid( title = 'Lighthouse Keeper' ) {
		await this.field( 'Job title' ).fill( title );
		await this.fillDescription( 'Keep the light burning.' );
		await this.field( 'Company name' ).fill( 'Coast Guard Co' );
		await this.field( 'Location' ).fill( 'Sagres' );
		await this.field( /How to apply/ ).fill( 'jobs@coast.example' );
	}
}
