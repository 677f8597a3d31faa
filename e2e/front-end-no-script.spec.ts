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

test.describe( 'The form without JavaScript', { tag: '@playground' }, () => {
	test.use( {
		storageState: { cookies: [], origins: [] },
		javaScriptEnabled: false,
	} );

	test( 'posts to the server, which keeps the input on errors and creates the listing', async ( {
		page,
		requestUtils,
	} ) => {
		const { id: pageId } = await requestUtils.createPage( {
			title: 'Jobs board, plain',
			status: 'publish',
			content: '<!-- wp:job-submit-block/form /-->',
		} );
		const member = await createUser( requestUtils, 'subscriber' );
		const form = new JobFormPage( page );
		await form.logIn( member.username );
		await form.open( pageId );

		// Input the browser's own checks let through and the server refuses.
		await form.field( 'Job title' ).fill( '   ' );
		await form.fillDescription( 'Lift containers.' );
		await form.field( 'Company name' ).fill( 'Harbour Works' );
		await form.field( /How to apply/ ).fill( 'call me' );
		await form.submitButton().click();

		await expect( form.status ).toContainText(
			'Please correct the highlighted fields.'
		);
		await expect(
			form.block.locator( '[data-field="title"]' )
		).toContainText( 'Job title is required.' );
		await expect(
			form.block.locator( '[data-field="application"]' )
		).toContainText( 'email address or a web address' );
		await expect( form.field( 'Company name' ) ).toHaveValue(
			'Harbour Works'
		);
		await expect( form.field( 'Job description' ) ).toHaveValue(
			'Lift containers.'
		);
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 0 );

		await form.fillValid( 'Crane Operator' );
		await form.field( 'Company website' ).fill( 'https://harbour.example' );
		await form.submitButton().click();
		await expect( form.block ).toContainText( 'awaiting review' );
		const listings = await listingsBy( requestUtils, member.id );
		expect( listings ).toHaveLength( 1 );
		expect( listings[ 0 ] ).toMatchObject( {
			status: 'pending',
			title: { raw: 'Crane Operator' },
			meta: { _company_website: 'https://harbour.example' },
		} );
	} );
} );
