/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

test.describe( 'Block in the editor', () => {
	test.beforeEach( async ( { admin } ) => {
		await admin.createNewPost( { postType: 'page' } );
	} );

	test(
		'is offered by the inserter and inserts without a validation error',
		{ tag: '@playground' },
		async ( { editor, page } ) => {
			await page
				.getByRole( 'button', { name: 'Block Inserter', exact: true } )
				.click();
			await page
				.getByRole( 'searchbox', { name: 'Search' } )
				.fill( 'Job Submission Form' );
			await page
				.getByRole( 'option', { name: 'Job Submission Form' } )
				.click();

			await expect(
				editor.canvas.locator( '.wp-block-job-submit-block-form' )
			).toBeVisible();
			expect( await editor.getBlocks() ).toMatchObject( [
				{ name: 'job-submit-block/form' },
			] );
			await expect(
				editor.canvas.locator( '.block-editor-warning' )
			).toHaveCount( 0 );
		}
	);

	test( 'draws the job types in its preview from data preloaded with the editor, without a request', async ( {
		editor,
		page,
	} ) => {
		const termRequests: string[] = [];
		page.on( 'request', ( request ) => {
			if ( /\/wp\/v2\/job-(types|categories)\b/.test( request.url() ) ) {
				termRequests.push( request.url() );
			}
		} );

		await editor.insertBlock( { name: 'job-submit-block/form' } );

		await expect(
			editor.canvas
				.locator( '.wp-block-job-submit-block-form__option' )
				.filter( { hasText: 'Full Time' } )
		).toBeVisible();
		expect( termRequests ).toEqual( [] );
	} );
} );
