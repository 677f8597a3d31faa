/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { pagesListRequests } from './utils/pages-list-requests';

test.describe( 'My Job Listings in the editor', () => {
	test( 'sample rows follow the settings, and the form page is found by searching', async ( {
		admin,
		editor,
		page,
		requestUtils,
	} ) => {
		const title = `Post a vacancy ${ Date.now() }`;
		const formPage = await requestUtils.createPage( {
			title,
			status: 'publish',
		} );
		await admin.createNewPost( { postType: 'page' } );
		const listed = pagesListRequests( page );
		await editor.insertBlock( { name: 'job-submit-block/my-listings' } );
		const table = editor.canvas.locator(
			'.wp-block-job-submit-block-my-listings table'
		);
		await expect( table.locator( 'tbody tr' ) ).toHaveCount( 3 );
		await expect( table.locator( 'thead th' ) ).toHaveText( [
			'Job',
			'Status',
			'Submitted',
			'Expires',
			'Actions',
		] );

		await editor.openDocumentSettingsSidebar();
		const settings = page.getByRole( 'region', {
			name: 'Editor settings',
		} );
		await settings
			.getByRole( 'spinbutton', { name: 'Listings per page' } )
			.fill( '2' );
		await expect( table.locator( 'tbody tr' ) ).toHaveCount( 2 );
		await settings.getByRole( 'checkbox', { name: 'Expires' } ).uncheck();
		await expect( table.locator( 'thead th' ) ).toHaveText( [
			'Job',
			'Status',
			'Submitted',
			'Actions',
		] );

		const control = settings.getByRole( 'combobox', {
			name: 'Page with the job form',
		} );
		await expect( control ).toBeVisible();
		expect( listed() ).toEqual( [] );
		const found = page.waitForResponse(
			( response ) =>
				response.url().includes( '/wp/v2/pages' ) &&
				response.url().includes( 'search=Post' )
		);
		await control.fill( 'Post a vacancy' );
		await found;
		await page.getByRole( 'option', { name: title } ).click();
		await expect
			.poll( async () => editor.getBlocks() )
			.toMatchObject( [
				{
					name: 'job-submit-block/my-listings',
					attributes: {
						perPage: 2,
						columns: [ 'status', 'submitted' ],
						formPageId: formPage.id,
					},
				},
			] );
	} );
} );
