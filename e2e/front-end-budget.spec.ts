/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { createUser } from './utils/rest-clients';
import { recordScripts } from './utils/script-weight';

const BUDGET_GZIP_BYTES = 30 * 1024;

test.describe( 'What the block costs the page', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	test( 'a member’s page adds at most 30 KB gzipped of deferred script before interaction, and the data layer after, once', async ( {
		page,
		requestUtils,
	} ) => {
		const { id: plainId } = await requestUtils.createPage( {
			title: 'No form here',
			status: 'publish',
			content: '<!-- wp:paragraph --><p>Hello.</p><!-- /wp:paragraph -->',
		} );
		const { id: formId } = await requestUtils.createPage( {
			title: 'Form weight',
			status: 'publish',
			content: '<!-- wp:job-submit-block/form /-->',
		} );
		const member = await createUser( requestUtils, 'subscriber' );
		const form = new JobFormPage( page );
		await form.logIn( member.username );

		const plain = recordScripts( page );
		await form.open( plainId );
		plain.stop();
		const baseline = new Set(
			( await plain.loaded() ).map( ( script ) => script.url )
		);

		// Before interaction: idle loading is held back to see what the page itself loads.
		await page.addInitScript( () => {
			Object.defineProperty( window, 'requestIdleCallback', {
				value: () => 0,
			} );
		} );
		const before = recordScripts( page );
		// Every script tag, deferred ones included, has loaded once the load event fired.
		await form.open( formId );
		before.stop();
		const added = ( await before.loaded() ).filter(
			( script ) => ! baseline.has( script.url )
		);
		const addedBytes = added.reduce( ( sum, s ) => sum + s.gzipBytes, 0 );
		console.log(
			`Block scripts before interaction: ${ added.length }, ${ addedBytes } bytes gzipped`
		);
		expect( added.map( ( s ) => s.url ) ).toContainEqual(
			expect.stringContaining( 'job-submit-block/build/view.js' )
		);
		expect( added.map( ( s ) => s.url ) ).not.toContainEqual(
			expect.stringContaining( 'core-data' )
		);
		expect( addedBytes ).toBeLessThanOrEqual( BUDGET_GZIP_BYTES );
		await expect(
			page.locator( 'script#job-submit-block-view-js' )
		).toHaveAttribute( 'defer', '' );

		const after = recordScripts( page );
		await form.field( 'Job title' ).focus();
		await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );
		after.stop();
		const lazy = ( await after.loaded() ).map( ( script ) => script.url );
		expect( lazy ).toContainEqual( expect.stringContaining( 'core-data' ) );
		const all = [
			...( await before.loaded() ).map( ( s ) => s.url ),
			...lazy,
		];
		expect( new Set( all ).size ).toBe( all.length );
	} );
} );
