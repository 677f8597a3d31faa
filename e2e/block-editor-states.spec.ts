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

/**
 * Inserts the form into a new page and returns its canvas block, with helpers to switch the
 * view from the block toolbar and to edit a message in place.
 *
 * @param fixtures        The test's fixtures.
 * @param fixtures.admin  The admin fixture.
 * @param fixtures.editor The editor fixture.
 * @param fixtures.page   The page fixture.
 */
async function insertForm( {
	admin,
	editor,
	page,
}: Pick<
	Parameters< Parameters< typeof test >[ 2 ] >[ 0 ],
	'admin' | 'editor' | 'page'
> ) {
	await admin.createNewPost( { postType: 'page', title: 'Vacancies' } );
	await editor.insertBlock( { name: 'job-submit-block/form' } );
	const block = editor.canvas.locator( '.wp-block-job-submit-block-form' );
	await expect( block.locator( '[data-field="title"]' ) ).toBeVisible();
	return {
		block,
		switchTo: async ( view: string ) => {
			await editor.showBlockToolbar();
			await page
				.getByRole( 'toolbar', { name: 'Block tools' } )
				.getByRole( 'button', { name: 'Switch view' } )
				.click();
			await page.getByRole( 'menuitemradio', { name: view } ).click();
		},
		editInPlace: ( name: string, text: string ) =>
			block.getByRole( 'textbox', { name } ).fill( text ),
	};
}

test.describe( 'Every state of the form on the canvas', () => {
	test( 'the toolbar switch draws each state, its message edited in place and in the inspector', async ( {
		admin,
		editor,
		page,
	} ) => {
		const { block, switchTo, editInPlace } = await insertForm( {
			admin,
			editor,
			page,
		} );
		// Empty, a message shows its translated default as the placeholder.
		const placeholder = ( name: string, text: string ) =>
			block
				.getByRole( 'textbox', { name } )
				.locator( `[data-rich-text-placeholder="${ text }"]` );

		await switchTo( 'Logged out' );
		await expect( block.locator( '[data-field="title"]' ) ).toHaveCount(
			0
		);
		await expect(
			placeholder(
				'Message for logged-out visitors',
				'Please log in to post a job.'
			)
		).toHaveCount( 1 );
		await expect( block ).toContainText( 'Log in' );

		await switchTo( 'Not allowed' );
		await expect(
			placeholder(
				'Message for accounts that may not post',
				'Your account cannot post jobs on this site. Please contact the site owner if you think it should.'
			)
		).toHaveCount( 1 );
		await editInPlace(
			'Message for accounts that may not post',
			'Ask us for a hiring account.'
		);

		await switchTo( 'Submitted' );
		await expect(
			placeholder(
				'Success message',
				'Thank you! Your job listing has been submitted and is awaiting review.'
			)
		).toHaveCount( 1 );
		await editInPlace(
			'Success message',
			'We will read it & reply today.'
		);

		// The inspector holds the same texts, each with a reset.
		await editor.openDocumentSettingsSidebar();
		const settings = page.getByRole( 'region', {
			name: 'Editor settings',
		} );
		await expect(
			settings.getByRole( 'textbox', { name: 'Success message' } )
		).toHaveValue( 'We will read it & reply today.' );
		const results = await new AxeBuilder( { page } )
			.include( '.block-editor-block-inspector' )
			.analyze();
		expect( results.violations ).toEqual( [] );

		await switchTo( 'Form' );
		await expect( block.locator( '[data-field="title"]' ) ).toBeVisible();
		expect( await editor.getBlocks() ).toMatchObject( [
			{
				name: 'job-submit-block/form',
				attributes: {
					notAllowedMessage: 'Ask us for a hiring account.',
					successMessage: 'We will read it & reply today.',
				},
			},
		] );
	} );

	test( 'a message edited in place is the one visitors read', async ( {
		admin,
		editor,
		page,
		browser,
	} ) => {
		const { switchTo, editInPlace } = await insertForm( {
			admin,
			editor,
			page,
		} );
		await switchTo( 'Logged out' );
		await editInPlace(
			'Message for logged-out visitors',
			'Members & friends only: log in to post.'
		);
		const pageId = await editor.publishPost();

		const context = await browser.newContext( {
			storageState: { cookies: [], origins: [] },
		} );
		const form = new JobFormPage( await context.newPage() );
		await form.open( pageId! );
		await expect( form.block ).toContainText(
			'Members & friends only: log in to post.'
		);
		await context.close();
	} );

	test( 'the page to go to after submitting is found by searching, and reset from the panel', async ( {
		admin,
		editor,
		page,
		requestUtils,
	} ) => {
		const title = `Thanks for posting ${ Date.now() }`;
		const target = await requestUtils.createPage( {
			title,
			status: 'publish',
		} );
		await admin.createNewPost( { postType: 'page' } );
		await editor.insertBlock( { name: 'job-submit-block/form' } );
		await editor.openDocumentSettingsSidebar();
		const settings = page.getByRole( 'region', {
			name: 'Editor settings',
		} );
		const pages = page.waitForResponse(
			( response ) =>
				response.url().includes( '/wp/v2/pages' ) &&
				response.url().includes( 'search=Thanks' )
		);
		await settings
			.getByRole( 'combobox', { name: 'Then go to' } )
			.fill( 'Thanks for' );
		await pages;
		await page.getByRole( 'option', { name: title } ).click();
		await expect
			.poll( async () => editor.getBlocks() )
			.toMatchObject( [ { attributes: { redirectPageId: target.id } } ] );

		await settings
			.getByRole( 'button', { name: 'After submitting options' } )
			.click();
		await page.getByRole( 'menuitem', { name: 'Reset all' } ).click();
		await expect
			.poll( async () => editor.getBlocks() )
			.toMatchObject( [
				{ attributes: { redirectPageId: 0, successMessage: '' } },
			] );
	} );
} );
