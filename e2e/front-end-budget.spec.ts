/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { listingsBy } from './utils/listings';
import { createUser } from './utils/rest-clients';
import { idleAfterLoad, recordScripts } from './utils/script-weight';
import { publishFormPage } from './utils/form-page';

// What a member's page may add before they touch the form, over the same page without it.
const IDLE_BUDGET_GZIP_BYTES = 10 * 1024;
// The data layer is the plugin's bundle of core-data and data with the site's api-fetch, url
// and polyfill handles (133.5 KB gzipped in all after the first interaction on WordPress 6.8,
// the page's own scripts included; the README's "The data layer's weight" has the
// breakdown). The ceiling, with a small margin, keeps it from growing unnoticed.
const INTERACTION_BUDGET_GZIP_BYTES = 140 * 1024;
const DATA_LAYER_SCRIPT = 'job-submit-block/build/data-layer.js';
// Requests from the first interaction to the stored listing: the data layer's scripts (one
// each: WordPress does not concatenate scripts on the front end), the formatting toolbar and
// the one create; 6 on WordPress 6.8.
const FLOW_REQUEST_BUDGET = 8;

test.describe( 'What the block costs the page', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	test( 'a member’s page stays within 10 KB gzipped of the plain page until the member shows intent, then loads the data layer once, and the flow stays within its request budget', async ( {
		page,
		requestUtils,
	} ) => {
		const { id: plainId } = await requestUtils.createPage( {
			title: 'No form here',
			status: 'publish',
			content: '<!-- wp:paragraph --><p>Hello.</p><!-- /wp:paragraph -->',
		} );
		const { id: formId } = await publishFormPage(
			requestUtils,
			'Form weight'
		);
		const member = await createUser( requestUtils, 'subscriber' );
		const form = new JobFormPage( page );
		await form.logIn( member.username );

		// Once unrecorded, so that nothing of the dashboard the login landed on is counted.
		await form.open( plainId );
		const plain = recordScripts( page );
		await form.open( plainId );
		await idleAfterLoad( page );
		plain.stop();
		const plainScripts = await plain.loaded();
		const plainBytes = plainScripts.reduce(
			( sum, s ) => sum + s.gzipBytes,
			0
		);

		const before = recordScripts( page );
		await form.open( formId );
		await idleAfterLoad( page );
		before.stop();
		const beforeScripts = await before.loaded();
		const beforeBytes = beforeScripts.reduce(
			( sum, s ) => sum + s.gzipBytes,
			0
		);
		console.log(
			`Idle, untouched: ${ beforeBytes - plainBytes } bytes gzipped over the plain page (${ beforeScripts.length } scripts against ${ plainScripts.length })`
		);
		expect( beforeScripts.map( ( s ) => s.url ) ).toContainEqual(
			expect.stringContaining( 'job-submit-block/build/view.js' )
		);
		expect( beforeScripts.map( ( s ) => s.url ) ).not.toContainEqual(
			expect.stringContaining( DATA_LAYER_SCRIPT )
		);
		expect(
			await page.evaluate( () => !! window.jobSubmitBlockDataLayer )
		).toBe( false );
		expect( beforeBytes - plainBytes ).toBeLessThanOrEqual(
			IDLE_BUDGET_GZIP_BYTES
		);
		await expect(
			page.locator( 'script#job-submit-block-view-js' )
		).toHaveAttribute( 'defer', '' );

		// From the first touch to the stored listing: every request the flow makes.
		const flow: string[] = [];
		page.on( 'request', ( request ) => flow.push( request.url() ) );
		const after = recordScripts( page );
		await form.field( 'Job title' ).focus();
		await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );
		after.stop();
		const lazy = await after.loaded();
		expect( lazy.map( ( s ) => s.url ) ).toContainEqual(
			expect.stringContaining( DATA_LAYER_SCRIPT )
		);
		const afterBytes =
			beforeBytes + lazy.reduce( ( sum, s ) => sum + s.gzipBytes, 0 );
		console.log(
			`After the first interaction: ${ afterBytes } bytes gzipped in all, ${ lazy.length } scripts loaded on intent`
		);
		expect( afterBytes ).toBeLessThanOrEqual(
			INTERACTION_BUDGET_GZIP_BYTES
		);
		const all = [
			...beforeScripts.map( ( s ) => s.url ),
			...lazy.map( ( s ) => s.url ),
		];
		expect( new Set( all ).size ).toBe( all.length );

		await form.fillValid( 'Budget Keeper' );
		await form.submitButton().click();
		await expect( form.block ).toContainText( 'awaiting review' );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 1 );
		console.log( `Open → fill → submit: ${ flow.length } requests` );
		expect( flow.length ).toBeLessThanOrEqual( FLOW_REQUEST_BUDGET );
	} );

	test( 'keystrokes typed while the data layer loads are kept, a restored draft starts it without a touch, and the submit goes through', async ( {
		page,
		requestUtils,
	} ) => {
		const { id: formId } = await publishFormPage(
			requestUtils,
			'Form typed at once'
		);
		const member = await createUser( requestUtils, 'subscriber' );
		const form = new JobFormPage( page );
		await form.logIn( member.username );
		await form.open( formId );

		// Typed key by key, as a person types, from the very first touch of the form.
		await form.field( 'Job title' ).pressSequentially( 'Harbour Pilot' );
		await expect( form.field( 'Job title' ) ).toHaveValue(
			'Harbour Pilot'
		);
		await page.goto( 'about:blank' );

		await form.open( formId );
		await expect( form.field( 'Job title' ) ).toHaveValue(
			'Harbour Pilot'
		);
		await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );
		await form.fillDescription( 'Bring ships in.' );
		await form.field( /How to apply/ ).fill( 'jobs@harbour.example' );
		await form.submitButton().click();

		await expect( form.block ).toContainText( 'awaiting review' );
		const listings = await listingsBy( requestUtils, member.id );
		expect( listings ).toHaveLength( 1 );
		expect( listings[ 0 ] ).toMatchObject( {
			title: { raw: 'Harbour Pilot' },
		} );
	} );
} );
