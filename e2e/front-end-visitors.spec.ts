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
import { createUser } from './utils/rest-clients';
import { withSettings } from './utils/settings';
import { logInOnScreen } from './utils/login-screen';
import { publishFormPage } from './utils/form-page';

const BLOCK_SCRIPTS = /\/plugins\/job-submit-block\/build\/.*\.js/;

test.describe( 'Who sees what on the public page', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	let pageId: number;

	test.beforeAll( async ( { requestUtils } ) => {
		( { id: pageId } = await publishFormPage(
			requestUtils,
			'Post a vacancy'
		) );
	} );

	test( 'a logged-out visitor gets the message and a login link back, no form and none of the block’s scripts', async ( {
		page,
	} ) => {
		const scripts: string[] = [];
		page.on( 'request', ( request ) => {
			if ( BLOCK_SCRIPTS.test( request.url() ) ) {
				scripts.push( request.url() );
			}
		} );
		const form = new JobFormPage( page );
		await form.open( pageId );
		await expect( form.block ).toContainText(
			'Please log in to post a job.'
		);
		const login = form.block.getByRole( 'link', { name: 'Log in' } );
		expect( await login.getAttribute( 'href' ) ).toContain(
			`redirect_to=${ encodeURIComponent( page.url() ) }`
		);
		await expect( form.block.locator( 'form' ) ).toHaveCount( 0 );
		await expect(
			page.locator( '#job-submit-block-data-layer' )
		).toHaveCount( 0 );
		expect( scripts ).toEqual( [] );

		await login.click();
		await logInOnScreen( page, 'admin' );
		await expect( form.field( 'Job title' ) ).toBeVisible();
	} );

	test( 'a member gets the form, with no accessibility violations', async ( {
		page,
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const form = new JobFormPage( page );
		await form.logIn( member.username );
		await form.open( pageId );
		await expect( form.field( 'Job title' ) ).toBeVisible();
		await expect( form.submitButton() ).toBeVisible();
		const results = await new AxeBuilder( { page } )
			.include( '.wp-block-job-submit-block-form' )
			.analyze();
		expect( results.violations ).toEqual( [] );
	} );

	test( 'a user of a role the site owner excluded is told they may not post', async ( {
		page,
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, {
			job_submit_block_roles: [ 'subscriber' ],
		} );
		try {
			const contributor = await createUser( requestUtils, 'contributor' );
			const form = new JobFormPage( page );
			await form.logIn( contributor.username );
			await form.open( pageId );
			await expect( form.block ).toContainText(
				'Your account cannot post jobs on this site.'
			);
			await expect( form.block.locator( 'form' ) ).toHaveCount( 0 );
		} finally {
			await restore();
		}
	} );
} );
