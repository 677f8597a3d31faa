/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

interface BlocksApi {
	createBlock: ( name: string, attributes: object ) => object;
	switchToBlockType: (
		block: object,
		name: string
	) => Array< { name: string } > | null;
	pasteHandler: ( options: {
		HTML: string;
		mode: string;
	} ) => Array< { name: string } >;
}

/**
 * What the editor's own transforms turn a Shortcode block holding a text into, if anything.
 *
 * @param page The editor's page.
 * @param text The Shortcode block's text.
 */
function switchShortcodeToForm( page: Page, text: string ) {
	return page.evaluate( ( shortcode ) => {
		const { createBlock, switchToBlockType } = (
			window as unknown as { wp: { blocks: BlocksApi } }
		 ).wp.blocks;
		const switched = switchToBlockType(
			createBlock( 'core/shortcode', { text: shortcode } ),
			'job-submit-block/form'
		);
		return switched?.map( ( block ) => block.name ) ?? null;
	}, text );
}

test.describe( 'Switching a WP Job Manager page to the block', () => {
	test.beforeEach( async ( { admin } ) => {
		await admin.createNewPost( { postType: 'page' } );
	} );

	test( 'a Shortcode block holding [submit_job_form] becomes the block', async ( {
		editor,
		page,
	} ) => {
		await editor.insertBlock( {
			name: 'core/shortcode',
			attributes: { text: '[submit_job_form]' },
		} );
		await editor.transformBlockTo( 'job-submit-block/form' );

		expect( await editor.getBlocks() ).toMatchObject( [
			{ name: 'job-submit-block/form' },
		] );
		await expect(
			editor.canvas.locator( '.wp-block-job-submit-block-form' )
		).toBeVisible();
		expect(
			await switchShortcodeToForm( page, ' [submit_job_form] ' )
		).toEqual( [ 'job-submit-block/form' ] );
		// Anything more in the Shortcode block would be lost: no transform is offered.
		expect(
			await switchShortcodeToForm( page, '[submit_job_form] [jobs]' )
		).toBeNull();
	} );

	test( 'the shortcode pasted or in classic content becomes the block', async ( {
		page,
	} ) => {
		const pasted = await page.evaluate( () =>
			( window as unknown as { wp: { blocks: BlocksApi } } ).wp.blocks
				// A shortcode on its own line: inline in a sentence it stays text.
				.pasteHandler( {
					HTML: '<p>Post your job:</p><p>[submit_job_form]</p>',
					mode: 'BLOCKS',
				} )
				.map( ( block ) => block.name )
		);
		expect( pasted ).toEqual( [
			'core/paragraph',
			'job-submit-block/form',
		] );
	} );
} );
