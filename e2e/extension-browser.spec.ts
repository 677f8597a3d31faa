/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { listingsBy } from './utils/listings';
import { createUser } from './utils/rest-clients';

interface PageWithHooks {
	wp: {
		hooks: {
			addFilter: (
				hook: string,
				namespace: string,
				callback: (
					record: { meta: Record< string, unknown > },
					context: { formId: string; form: HTMLFormElement }
				) => unknown
			) => void;
		};
	};
	submittedEvents: Array< { target: string; detail: unknown } >;
}

test.describe( 'Other scripts on the page', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	test( 'a wp.hooks filter changes the listing before it is sent, and the page hears job-submit-block:submitted', async ( {
		page,
		requestUtils,
	} ) => {
		const { id: pageId } = await requestUtils.createPage( {
			title: 'Jobs, tracked',
			status: 'publish',
			content: '<!-- wp:job-submit-block/form /-->',
		} );
		const member = await createUser( requestUtils, 'subscriber' );
		const form = new JobFormPage( page );
		await form.logIn( member.username );

		// What an analytics or CAPTCHA script of another plugin would do on the page.
		await page.addInitScript( () => {
			const own = window as unknown as PageWithHooks;
			own.submittedEvents = [];
			document.addEventListener(
				'job-submit-block:submitted',
				( event ) =>
					own.submittedEvents.push( {
						target: ( event.target as HTMLElement ).className,
						detail: ( event as CustomEvent ).detail,
					} )
			);
			document.addEventListener( 'DOMContentLoaded', () =>
				own.wp.hooks.addFilter(
					'jobSubmitBlock.listingRecord',
					'e2e/tagline',
					( record, { formId, form: element } ) => ( {
						...record,
						meta: {
							...record.meta,
							_company_tagline: `Filtered on ${ formId } (${ element.tagName })`,
						},
					} )
				)
			);
		} );
		await form.open( pageId );
		await form.fillValid( 'Signal Keeper' );
		await form.field( 'Company tagline' ).fill( 'As typed' );
		await form.submitButton().click();
		await expect( form.block ).toContainText( 'awaiting review' );

		const [ listing ] = await listingsBy( requestUtils, member.id );
		expect( listing.meta._company_tagline ).toBe(
			`Filtered on ${ pageId }:0 (FORM)`
		);
		const events = await page.evaluate(
			() => ( window as unknown as PageWithHooks ).submittedEvents
		);
		expect( events ).toEqual( [
			{
				target: expect.stringContaining(
					'wp-block-job-submit-block-form'
				),
				detail: {
					id: listing.id,
					status: 'pending',
					formId: `${ pageId }:0`,
				},
			},
		] );
	} );
} );
