/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { pagesListRequests } from './utils/pages-list-requests';

test.describe( 'Page pickers of the form block', () => {
	test( 'no page is fetched until the site builder searches; the terms page found draws the terms checkbox; names read as text', async ( {
		admin,
		editor,
		page,
		requestUtils,
	} ) => {
		// Names with an ampersand, which REST gives as HTML: the editor shows them as text.
		const title = `Hiring terms & conditions ${ Date.now() }`;
		const terms = await requestUtils.createPage( {
			title,
			status: 'publish',
		} );
		const jobType = `Sales & Marketing ${ Date.now() }`;
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/job-types',
			data: { name: jobType },
		} );
		await admin.createNewPost( { postType: 'page' } );
		const listed = pagesListRequests( page );
		await editor.insertBlock( { name: 'job-submit-block/form' } );
		const block = editor.canvas.locator(
			'.wp-block-job-submit-block-form'
		);
		await expect( block.locator( '[data-field="title"]' ) ).toBeVisible();
		await expect( block ).toContainText( jobType );
		await expect(
			block.locator( '[data-field="terms_accepted"]' )
		).toHaveCount( 0 );

		await editor.openDocumentSettingsSidebar();
		const settings = page.getByRole( 'region', {
			name: 'Editor settings',
		} );
		// Without a terms page the terms checkbox cannot be shown, and says where it comes from.
		const termsField = settings.getByRole( 'group', {
			name: 'I accept the terms',
		} );
		const show = termsField.getByRole( 'checkbox', { name: 'Show' } );
		await expect( show ).toBeDisabled();
		await expect( show ).toHaveAccessibleDescription(
			'Shown once a terms page is chosen under Salary and terms.'
		);
		await settings
			.getByRole( 'button', { name: 'Salary and terms' } )
			.click();
		const control = settings.getByRole( 'combobox', {
			name: 'Terms page',
		} );
		await expect( control ).toBeVisible();
		expect( listed() ).toEqual( [] );

		const found = page.waitForResponse(
			( response ) =>
				response.url().includes( '/wp/v2/pages' ) &&
				response.url().includes( 'search=Hiring' )
		);
		await control.fill( 'Hiring terms' );
		await found;
		await page.getByRole( 'option', { name: title } ).click();
		await expect
			.poll( async () => editor.getBlocks() )
			.toMatchObject( [ { attributes: { termsPageId: terms.id } } ] );
		await expect(
			block.locator( '[data-field="terms_accepted"]' )
		).toBeVisible();
		// With one, it shows, and is always required.
		await expect( show ).toBeEnabled();
		await expect( show ).toBeChecked();
		const required = termsField.getByRole( 'checkbox', {
			name: 'Required',
		} );
		await expect( required ).toBeChecked();
		await expect( required ).toBeDisabled();
		// Only searches asked for a list, each for the two fields the control shows.
		expect( listed().length ).toBeGreaterThan( 0 );
		for ( const url of listed() ) {
			expect( url ).toMatch(
				/search=.*_fields=id,title|_fields=id,title.*search=/
			);
		}
	} );
} );
