/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { listingsBy } from './utils/listings';
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';

/** The test-only anti-spam plugin (e2e/plugins/listing-hooks.php). */
const LISTING_HOOKS = 'job-submit-block-test-listing-hooks';

const FORM_REFUSAL = 'The anti-spam check refused this listing.';
const FIELD_REFUSAL = 'This title looks like spam.';
const HIDDEN_FIELD_REFUSAL = 'Taglines like this are refused.';

test.describe( 'An anti-spam plugin refusing through job_submit_block_validate_listing', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	let pageId: number;

	test.beforeAll( async ( { requestUtils } ) => {
		await requestUtils.activatePlugin( LISTING_HOOKS );
		( { id: pageId } = await requestUtils.createPage( {
			title: 'Jobs, spam-checked',
			status: 'publish',
			// The tagline hidden: a message on it has no field to stand under.
			content:
				'<!-- wp:job-submit-block/form {"fields":{"company_tagline":{"hidden":true}}} /-->',
		} ) );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.deactivatePlugin( LISTING_HOOKS );
	} );

	test( 'a REST client gets the messages in data.params, for the form and for a field', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );

		const forForm = await client.post( LISTINGS, {
			data: listingPayload( { title: 'Cheap spam-word offers' } ),
		} );
		expect( forForm.status() ).toBe( 400 );
		expect( await forForm.json() ).toMatchObject( {
			code: 'rest_invalid_param',
			data: { params: { form: FORM_REFUSAL } },
		} );

		const forField = await client.post( LISTINGS, {
			data: listingPayload( {
				title: 'spam-field deals',
				meta: { _application: 'call me' },
			} ),
		} );
		expect( forField.status() ).toBe( 400 );
		// Beside the plugin's own messages, not instead of them.
		expect( ( await forField.json() ).data.params ).toEqual( {
			title: FIELD_REFUSAL,
			application:
				'Enter an email address or a web address starting with http:// or https://.',
		} );

		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 0 );
		await client.dispose();
	} );

	test( 'with the script: the form’s message in its status area, a field’s under the field (in the status area when the form hides it)', async ( {
		page,
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const form = new JobFormPage( page );
		await form.logIn( member.username );
		await form.open( pageId );

		await form.fillValid( 'Cheap spam-word offers' );
		await form.submitButton().click();
		await expect( form.status ).toHaveText( FORM_REFUSAL );
		await expect( form.status ).toHaveClass( /is-error/ );
		await expect( form.field( 'Job title' ) ).toHaveValue(
			'Cheap spam-word offers'
		);

		await form.field( 'Job title' ).fill( 'spam-field deals' );
		await form.submitButton().click();
		await expect(
			form.block.locator( '[data-field="title"]' )
		).toContainText( FIELD_REFUSAL );
		await expect( form.field( 'Job title' ) ).toBeFocused();

		await form.field( 'Job title' ).fill( 'spam-tagline deals' );
		await form.field( 'Job title' ).blur();
		await expect(
			form.block.locator( '[data-field="title"]' )
		).not.toContainText( FIELD_REFUSAL );
		await form.submitButton().click();
		await expect( form.status ).toHaveText( HIDDEN_FIELD_REFUSAL );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 0 );

		await form.field( 'Job title' ).fill( 'Honest Baker' );
		// Leaving the field clears its message; the button then stays where it is clicked.
		await form.field( 'Job title' ).blur();
		await expect(
			form.block.locator( '[data-field="title"]' )
		).not.toContainText( FIELD_REFUSAL );
		await form.submitButton().click();
		await expect( form.block ).toContainText( 'awaiting review' );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 1 );
	} );

	test.describe( 'without JavaScript', () => {
		test.use( { javaScriptEnabled: false } );

		test( 'the form’s message in the notice, a field’s under the field (in the notice when the form hides it), the input kept', async ( {
			page,
			requestUtils,
		} ) => {
			const member = await createUser( requestUtils, 'subscriber' );
			const form = new JobFormPage( page );
			await form.logIn( member.username );
			await form.open( pageId );

			await form.fillValid( 'Cheap spam-word offers' );
			const refused = page.waitForResponse(
				( response ) => response.request().method() === 'POST'
			);
			await form.submitButton().click();
			expect( ( await refused ).status() ).toBe( 400 );
			await expect( form.status ).toHaveText( FORM_REFUSAL );
			await expect( form.field( 'Company name' ) ).toHaveValue(
				'Coast Guard Co'
			);

			await form.field( 'Job title' ).fill( 'spam-field deals' );
			await form.submitButton().click();
			await expect( form.status ).toHaveText(
				'Please correct the highlighted fields.'
			);
			await expect(
				form.block.locator( '[data-field="title"]' )
			).toContainText( FIELD_REFUSAL );

			await form.field( 'Job title' ).fill( 'spam-tagline deals' );
			await form.submitButton().click();
			await expect( form.status ).toHaveText( HIDDEN_FIELD_REFUSAL );
			expect( await listingsBy( requestUtils, member.id ) ).toHaveLength(
				0
			);

			await form.field( 'Job title' ).fill( 'Honest Baker' );
			await form.submitButton().click();
			await expect( form.block ).toContainText( 'awaiting review' );
			expect( await listingsBy( requestUtils, member.id ) ).toHaveLength(
				1
			);
		} );
	} );
} );
