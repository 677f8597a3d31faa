/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { listingsBy } from './utils/listings';
import { createUser, type TestUser } from './utils/rest-clients';

const DRAFT_PREFIX = 'job-submit-block:draft:';

test.describe( 'The form a member meets after the first submit', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	let pageId: number;
	let member: TestUser;
	let form: JobFormPage;

	test.beforeAll( async ( { requestUtils } ) => {
		( { id: pageId } = await requestUtils.createPage( {
			title: 'Hire someone',
			status: 'publish',
			content:
				'<!-- wp:job-submit-block/form {"fields":{"company_name":{"label":"Organisation","required":true}}} /-->',
		} ) );
	} );

	test.beforeEach( async ( { page, requestUtils } ) => {
		member = await createUser( requestUtils, 'subscriber' );
		form = new JobFormPage( page );
		await form.logIn( member.username );
		await form.open( pageId );
	} );

	test( 'fixing a field and clicking Submit job once sends the listing', async ( {
		requestUtils,
	} ) => {
		await form.field( 'Job title' ).fill( 'Harbour Pilot' );
		await form.fillDescription( 'Bring ships in.' );
		await form.field( 'Organisation' ).fill( 'Port Ltd' );
		await form.field( 'Company website' ).fill( 'port' );
		await form.field( /How to apply/ ).focus();
		await expect( form.block ).toContainText( 'Enter a web address' );
		await form.field( /How to apply/ ).fill( 'jobs@port.example' );
		// The member corrects the website and, still in the field, clicks the button: leaving
		// the field takes its message away, and the button must not move from under the click.
		await form.field( 'Company website' ).fill( 'https://port.example' );
		await form.submitButton().click();

		await expect( form.block ).toContainText( 'awaiting review' );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 1 );
	} );

	test( 'clicking Submit job from a field left invalid says what to correct', async () => {
		await form.field( 'Job title' ).fill( 'Harbour Pilot' );
		await form.fillDescription( 'Bring ships in.' );
		await form.field( 'Organisation' ).fill( 'Port Ltd' );
		await form.field( /How to apply/ ).fill( 'nobody' );
		await form.submitButton().click();

		await expect( form.status ).toHaveText( 'Please correct 1 field.' );
		await expect( form.field( /How to apply/ ) ).toBeFocused();
	} );

	test( 'an optional job type chosen by mistake can be cleared again', async ( {
		requestUtils,
	} ) => {
		await form.field( 'Job title' ).fill( 'Harbour Pilot' );
		await form.fillDescription( 'Bring ships in.' );
		await form.field( 'Organisation' ).fill( 'Port Ltd' );
		await form.field( /How to apply/ ).fill( 'jobs@port.example' );
		await form.block.getByRole( 'radio', { name: 'Part Time' } ).check();
		await form.block
			.getByRole( 'group', { name: 'Job type' } )
			.getByRole( 'radio', { name: 'None' } )
			.check();
		await form.submitButton().click();

		await expect( form.block ).toContainText( 'awaiting review' );
		const [ listing ] = await listingsBy( requestUtils, member.id );
		expect( listing[ 'job-types' ] ).toEqual( [] );
	} );

	test( 'a deliberate log-out forgets the draft; an expired session keeps it', async ( {
		page,
		context,
	} ) => {
		// Two more log-ins than the other tests.
		test.slow();
		await form.field( 'Job title' ).fill( 'Shared Desk Job' );
		await page.waitForFunction(
			( prefix ) =>
				Object.keys( window.localStorage ).some( ( key ) =>
					key.startsWith( prefix )
				),
			DRAFT_PREFIX
		);

		// The session merely ends: the draft waits for the member.
		await context.clearCookies();
		await form.logIn( member.username );
		await form.open( pageId );
		await expect( form.field( 'Job title' ) ).toHaveValue(
			'Shared Desk Job'
		);

		// Logging out on purpose, as on a shared computer, takes it away: the toolbar's
		// Log Out, through WordPress's nonce'd log-out and its redirect.
		await page.locator( '#wp-admin-bar-my-account' ).hover();
		await page.locator( '#wp-admin-bar-logout a' ).click();
		await expect( page ).toHaveURL( /wp-login\.php\?loggedout=true/ );
		await expect(
			page.getByText( 'You are now logged out.' )
		).toBeVisible();
		await expect
			.poll( () =>
				page.evaluate(
					( prefix ) =>
						Object.keys( window.localStorage ).filter( ( key ) =>
							key.startsWith( prefix )
						),
					DRAFT_PREFIX
				)
			)
			.toEqual( [] );
		await form.logIn( member.username );
		await form.open( pageId );
		await expect( form.field( 'Job title' ) ).toHaveValue( '' );
	} );

	test( 'a draft older than a week is not restored', async ( { page } ) => {
		await form.field( 'Job title' ).fill( 'Old News' );
		await page.waitForFunction(
			( prefix ) =>
				Object.keys( window.localStorage ).some( ( key ) =>
					key.startsWith( prefix )
				),
			DRAFT_PREFIX
		);
		await page.evaluate( ( prefix ) => {
			for ( const key of Object.keys( window.localStorage ) ) {
				if ( key.startsWith( prefix ) ) {
					const draft = JSON.parse(
						window.localStorage.getItem( key ) ?? '{}'
					);
					draft.savedAt = Date.now() - 8 * 24 * 60 * 60 * 1000;
					window.localStorage.setItem( key, JSON.stringify( draft ) );
				}
			}
		}, DRAFT_PREFIX );
		await page.reload();
		await expect( form.field( 'Job title' ) ).toHaveValue( '' );
	} );

	test.describe( 'without JavaScript', () => {
		test.use( { javaScriptEnabled: false } );

		test( 'the server speaks of a field by the label the site builder gave it', async () => {
			await form.field( 'Job title' ).fill( 'Harbour Pilot' );
			// Without the script the description is the plain textarea.
			await form.field( 'Job description' ).fill( 'Bring ships in.' );
			// Blank to the server, yet past the browser's own check of a required field.
			await form.field( 'Organisation' ).fill( '   ' );
			await form.field( /How to apply/ ).fill( 'jobs@port.example' );
			await form.submitButton().click();
			await expect(
				form.block.getByText( 'Organisation is required.' )
			).toBeVisible();
		} );
	} );
} );
