/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

/**
 * The My Job Listings block on a public page, as a member uses it.
 */
export class MyListingsPage {
	constructor( public readonly page: Page ) {}

	/** The block's wrapper. */
	get block() {
		return this.page.locator( '.wp-block-job-submit-block-my-listings' );
	}

	/** The block's live region. */
	get status() {
		return this.block.getByRole( 'status' );
	}

	/**
	 * A listing's row, by its title.
	 *
	 * @param title The listing's title.
	 */
	row( title: string ) {
		return this.block.getByRole( 'row', { name: new RegExp( title ) } );
	}

	/**
	 * An action's button or link for a listing, by its accessible name.
	 *
	 * @param name The name, e.g. `Mark “Net Mender” filled`.
	 */
	action( name: string ) {
		return this.block.getByRole( 'button', { name, exact: true } );
	}
}
