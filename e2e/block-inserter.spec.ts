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
			// The search's own results (the list WordPress names "Blocks"), not the browsing
			// list they replace: an option of that one clicked while the search redraws the
			// panel was once gone before the click landed, and nothing was inserted.
			await page
				.getByRole( 'listbox', { name: 'Blocks' } )
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

	test( 'draws its form first with its texts still, then makes them editable with the caret in the first label', async ( {
		editor,
		page,
	} ) => {
		// What the canvas holds in the commit that first draws the block, seen by an
		// observer that runs right after that commit, before any frame is painted.
		await page.evaluate( () => {
			const canvas = document.querySelector< HTMLIFrameElement >(
				'iframe[name="editor-canvas"]'
			)!.contentDocument!;
			const observer = new MutationObserver( () => {
				const block = canvas.querySelector(
					'[data-type="job-submit-block/form"]'
				);
				if ( ! block ) {
					return;
				}
				observer.disconnect();
				( window as unknown as Record< string, unknown > ).firstDraw = {
					fields: block.querySelectorAll( '[data-field]' ).length,
					editable: Array.from(
						block.querySelectorAll( '[contenteditable="true"]' ),
						( text ) =>
							text
								.closest( '[data-field]' )
								?.getAttribute( 'data-field' ) ?? 'button'
					),
				};
			} );
			observer.observe( canvas.body, { childList: true, subtree: true } );
		} );

		await editor.insertBlock( { name: 'job-submit-block/form' } );

		const firstDraw = () =>
			page.evaluate(
				() =>
					( window as unknown as Record< string, unknown > )
						.firstDraw as
						{ fields: number; editable: string[] } | undefined
			);
		// The whole form, with one RichText: the first label, where the editor puts the caret.
		await expect
			.poll( firstDraw )
			.toMatchObject( { editable: [ 'title' ] } );
		const { fields } = ( await firstDraw() )!;
		expect( fields ).toBeGreaterThan( 1 );
		const labels = editor.canvas.getByRole( 'textbox', {
			name: 'Field label',
		} );
		await expect( labels ).toHaveCount( fields );
		await expect(
			editor.canvas.getByRole( 'textbox', { name: 'Button text' } )
		).toBeVisible();
		await expect( labels.first() ).toBeFocused();
		await page.keyboard.type( 'Role ' );
		await expect(
			editor.canvas
				.locator( '[data-field="title"]' )
				.getByRole( 'textbox', { name: 'Field label' } )
		).toHaveText( 'Role Job title' );
	} );
} );
