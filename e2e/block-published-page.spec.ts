/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

test.describe( 'Block on the public page', () => {
	test( 'a page published by the admin renders the block wrapper', async ( {
		admin,
		editor,
		page,
	} ) => {
		await admin.createNewPost( {
			postType: 'page',
			title: 'Jobs wanted',
		} );
		await editor.insertBlock( { name: 'job-submit-block/form' } );
		const pageId = await editor.publishPost();

		await page.goto( `/?page_id=${ pageId }` );
		await expect(
			page.locator( '.wp-block-job-submit-block-form' )
		).toHaveCount( 1 );
	} );
} );
