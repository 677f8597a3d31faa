/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';

test.describe( 'Shaping the form in the editor', () => {
	test( 'hidden, required, renamed and reworded in the editor, exactly so on the page', async ( {
		admin,
		editor,
		page,
		requestUtils,
		browser,
	} ) => {
		await admin.createNewPost( { postType: 'page', title: 'Hiring' } );
		await editor.insertBlock( { name: 'job-submit-block/form' } );
		await editor.openDocumentSettingsSidebar();
		const settings = page.getByRole( 'region', {
			name: 'Editor settings',
		} );

		const salary = settings.getByRole( 'group', {
			name: 'Salary',
			exact: true,
		} );
		await salary.getByRole( 'checkbox', { name: 'Show' } ).uncheck();
		const companyName = settings.getByRole( 'group', {
			name: 'Company name',
		} );
		await companyName.getByRole( 'checkbox', { name: 'Required' } ).check();

		const titleLabel = editor.canvas
			.locator( '[data-field="title"]' )
			.getByRole( 'textbox', { name: 'Field label' } );
		await titleLabel.click();
		await page.keyboard.press( 'ControlOrMeta+a' );
		await page.keyboard.type( 'Position' );

		await settings
			.getByRole( 'textbox', { name: 'Button text' } )
			.fill( 'Send for review' );
		await settings
			.getByRole( 'textbox', { name: 'Success message' } )
			.fill( 'Thanks, we will look at it today.' );

		await expect(
			editor.canvas.locator( '[data-field="job_salary"]' )
		).toHaveCount( 0 );
		const pageId = await editor.publishPost();

		await page.reload();
		await expect(
			editor.canvas.locator( '.block-editor-warning' )
		).toHaveCount( 0 );
		expect( await editor.getBlocks() ).toMatchObject( [
			{
				name: 'job-submit-block/form',
				attributes: {
					fields: {
						job_salary: { hidden: true },
						company_name: { required: true },
						title: { label: 'Position' },
					},
					submitLabel: 'Send for review',
					successMessage: 'Thanks, we will look at it today.',
				},
			},
		] );

		const member = await createUser( requestUtils, 'subscriber' );
		const context = await browser.newContext( {
			storageState: { cookies: [], origins: [] },
		} );
		const form = new JobFormPage( await context.newPage() );
		await form.logIn( member.username );
		await form.open( pageId! );
		await expect( form.field( 'Salary' ) ).toHaveCount( 0 );
		await expect( form.field( 'Position' ) ).toBeVisible();
		await expect( form.field( 'Company name' ) ).toHaveAttribute(
			'required',
			''
		);
		await expect( form.submitButton( 'Send for review' ) ).toBeVisible();

		// The form's own requirements hold on the server too, for a request that names it
		// by the identity the page gave it.
		const formIdentity = await form.block
			.locator( 'input[name="job_submit_form"]' )
			.inputValue();
		const api = await applicationPasswordClient( requestUtils, member );
		const refused = await api.post( LISTINGS, {
			data: listingPayload( {
				meta: { _application: 'jobs@coast.example' },
				job_submit_form: formIdentity,
			} ),
		} );
		expect( refused.status() ).toBe( 400 );
		expect( ( await refused.json() ).data.params ).toEqual( {
			company_name: 'Company name is required.',
		} );
		await api.dispose();

		await form.field( 'Position' ).fill( 'Lighthouse Keeper' );
		await form.fillDescription( 'Keep the light on.' );
		await form.field( /How to apply/ ).fill( 'jobs@coast.example' );
		await form.submitButton( 'Send for review' ).click();
		await expect(
			form.block.locator( '[data-field="company_name"]' )
		).toContainText( 'Company name is required.' );
		await expect( form.field( 'Company name' ) ).toBeFocused();

		await form.field( 'Company name' ).fill( 'Coast Guard Co' );
		await form.submitButton( 'Send for review' ).click();
		await expect( form.block ).toContainText(
			'Thanks, we will look at it today.'
		);
		await context.close();
	} );

	test( 'a label or the button text emptied on the canvas stays empty as the site builder types, and keeps what they type as text', async ( {
		admin,
		editor,
		page,
	} ) => {
		await admin.createNewPost( { postType: 'page' } );
		await editor.insertBlock( { name: 'job-submit-block/form' } );
		const label = editor.canvas
			.locator( '[data-field="company_name"]' )
			.getByRole( 'textbox', { name: 'Field label' } );
		await label.click();
		await page.keyboard.press( 'End' );
		// Letter by letter, as a site builder erases it.
		for ( let left = 'Company name'.length; left > 0; left-- ) {
			await page.keyboard.press( 'Backspace' );
		}
		await page.keyboard.type( 'Employer <R&D>' );
		await expect( label ).toHaveText( 'Employer <R&D>' );

		const button = editor.canvas.getByRole( 'textbox', {
			name: 'Button text',
		} );
		await button.click();
		await page.keyboard.press( 'End' );
		for ( let left = 'Submit job'.length; left > 0; left-- ) {
			await page.keyboard.press( 'Backspace' );
		}
		await page.keyboard.type( 'Send' );
		await expect( button ).toHaveText( 'Send' );
		await expect
			.poll( async () => editor.getBlocks() )
			.toMatchObject( [
				{
					attributes: {
						// Kept as text, as the server prints it: not as markup.
						fields: { company_name: { label: 'Employer <R&D>' } },
						submitLabel: 'Send',
					},
				},
			] );
	} );

	test( 'the form in the editor has no accessibility violations', async ( {
		admin,
		editor,
		page,
	} ) => {
		await admin.createNewPost( { postType: 'page' } );
		await editor.insertBlock( { name: 'job-submit-block/form' } );
		await expect(
			editor.canvas.locator( '[data-field="application"]' )
		).toBeVisible();
		const frame = page.frameLocator( 'iframe[name="editor-canvas"]' );
		await expect( frame.locator( 'body' ) ).toBeVisible();
		const results = await new AxeBuilder( { page } )
			// The block only: the editor's own post title has a violation of its own.
			.include( [
				'iframe[name="editor-canvas"]',
				'.wp-block-job-submit-block-form',
			] )
			.analyze();
		expect( results.violations ).toEqual( [] );
	} );
} );
