/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { createUser } from './utils/rest-clients';
import { idleAfterLoad, recordScripts } from './utils/script-weight';
/**
 * The view script, gzipped, before the logo, formatting toolbar and preview were added
 * (build of main, 2026-11-29, with loading on intent), and what they may add before
 * interaction; the benchmark reads the same file.
 */
import formExtrasBudget from './utils/form-extras-budget.json';
import { publishFormPage } from './utils/form-page';

const VIEW_WITHOUT_FORM_EXTRAS =
	formExtrasBudget.viewWithoutFormExtrasGzipBytes;
const EXTRAS_BUDGET = formExtrasBudget.formExtrasBudgetGzipBytes;

/** The formatting toolbar and the preview, one script fetched on first use. */
const EXTRAS_SCRIPT = 'build/form-extras.js';

test.describe( 'What the toolbar and the preview cost', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	test( 'they add at most 3 KB gzipped before interaction, and load on first use', async ( {
		page,
		requestUtils,
	} ) => {
		const { id } = await publishFormPage(
			requestUtils,
			'Form extras weight'
		);
		const member = await createUser( requestUtils, 'subscriber' );
		const form = new JobFormPage( page );
		await form.logIn( member.username );

		const before = recordScripts( page );
		await form.open( id );
		// Before interaction: after the load event and the browser's idle time.
		await idleAfterLoad( page );
		before.stop();
		const loaded = await before.loaded();
		const view = loaded.find( ( script ) =>
			script.url.endsWith( 'build/view.js' )
		);
		const urls = loaded.map( ( script ) => script.url );
		expect( urls ).not.toContainEqual(
			expect.stringContaining( EXTRAS_SCRIPT )
		);
		console.log(
			`View script before interaction: ${ view?.gzipBytes } bytes gzipped (${
				( view?.gzipBytes ?? 0 ) - VIEW_WITHOUT_FORM_EXTRAS
			} for the logo, toolbar and preview)`
		);
		expect( view?.gzipBytes ).toBeLessThanOrEqual(
			VIEW_WITHOUT_FORM_EXTRAS + EXTRAS_BUDGET
		);

		const after = recordScripts( page );
		await form.field( 'Job title' ).focus();
		await expect(
			form.block.getByRole( 'toolbar', {
				name: 'Description formatting',
			} )
		).toBeVisible();
		await form.block.getByRole( 'button', { name: 'Preview' } ).click();
		await expect(
			form.block.getByText( 'Job title is required.' )
		).toBeVisible();
		await form.field( 'Job title' ).fill( 'Weigher' );
		await form.block
			.getByRole( 'textbox', { name: 'Job description' } )
			.fill( 'Weighs.' );
		await form.field( /How to apply/ ).fill( 'jobs@weigh.example' );
		await form.block.getByRole( 'button', { name: 'Preview' } ).focus();
		await page.keyboard.press( 'Enter' );
		await expect(
			form.block.getByRole( 'region', {
				name: 'Preview of your listing',
			} )
		).toBeVisible();
		after.stop();
		const lazy = await after.loaded();
		const extras = lazy.filter( ( script ) =>
			script.url.includes( EXTRAS_SCRIPT )
		);
		console.log(
			`After interaction: toolbar and preview ${ extras[ 0 ]?.gzipBytes } bytes gzipped`
		);
		// Fetched once, whether the toolbar or the preview asked first.
		expect( extras ).toHaveLength( 1 );
		expect( extras[ 0 ].gzipBytes ).toBeGreaterThan( 0 );
	} );
} );
