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
import { withSettings } from './utils/settings';

test.describe( 'The settings screen', () => {
	let restore: () => Promise< void >;

	test.beforeEach( async ( { requestUtils } ) => {
		// Every setting the tests change, from a known start; put back afterwards.
		restore = await withSettings( requestUtils, {
			job_submit_block_roles: [ 'subscriber', 'author' ],
			job_submit_block_auto_publish: false,
			job_submit_block_duration_days: 30,
			job_submit_block_rate_limit: 5,
			job_submit_block_notification_email: '',
		} );
	} );

	test.afterEach( async () => {
		await restore();
	} );

	test( 'an administrator changes who may post and the limits, by keyboard, and the site keeps them', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		await admin.visitAdminPage(
			'edit.php',
			'post_type=job_listing&page=job-submit-block-settings'
		);
		await expect(
			page.getByRole( 'heading', { name: 'Job Submission Settings' } )
		).toBeVisible();

		const subscriber = page.getByRole( 'checkbox', { name: 'Subscriber' } );
		await subscriber.focus();
		await page.keyboard.press( 'Space' );
		await page.getByLabel( 'Listing duration (days)' ).fill( '14' );
		await page.getByLabel( 'Listings per member per hour' ).fill( '2' );
		await page
			.getByLabel( 'Notify about new listings' )
			.fill( 'hiring@example.com' );
		await page
			.getByRole( 'checkbox', {
				name: 'Publish members’ listings at once, without review',
			} )
			.check();
		await page.getByLabel( 'Notify about new listings' ).press( 'Enter' );

		await expect( page.getByText( 'Settings saved.' ) ).toBeVisible();
		await expect( subscriber ).not.toBeChecked();
		await expect(
			page.getByLabel( 'Listings per member per hour' )
		).toHaveValue( '2' );
		const saved = ( await requestUtils.rest( {
			path: '/wp/v2/settings',
		} ) ) as Record< string, unknown >;
		expect( saved ).toMatchObject( {
			job_submit_block_auto_publish: true,
			job_submit_block_duration_days: 14,
			job_submit_block_rate_limit: 2,
			job_submit_block_notification_email: 'hiring@example.com',
		} );
		expect( saved.job_submit_block_roles ).not.toContain( 'subscriber' );
		expect( saved.job_submit_block_roles ).toContain( 'author' );

		const results = await new AxeBuilder( { page } )
			.include( '.wrap form' )
			.analyze();
		expect( results.violations ).toEqual( [] );
	} );

	test( 'values out of range are refused with a message and the stored ones kept, and an unticked box is read back as false', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		// Ticked, so that the form sends the box unticked; the outer restore puts it back.
		await withSettings( requestUtils, {
			job_submit_block_auto_publish: true,
			job_submit_block_duration_days: 45,
			job_submit_block_rate_limit: 7,
		} );
		await admin.visitAdminPage(
			'edit.php',
			'post_type=job_listing&page=job-submit-block-settings'
		);
		// The browser's own range check would stop the form; the server must not rely on it.
		await page
			.locator( 'form[action="options.php"]' )
			.evaluate(
				( form: HTMLFormElement ) => ( form.noValidate = true )
			);
		await page.getByLabel( 'Listing duration (days)' ).fill( '9999' );
		await page.getByLabel( 'Listings per member per hour' ).fill( '-3' );
		await page
			.getByRole( 'checkbox', {
				name: 'Publish members’ listings at once, without review',
			} )
			.uncheck();
		await page.getByRole( 'button', { name: 'Save Changes' } ).click();

		await expect(
			page.getByText(
				'The listing duration must be a whole number of days from 1 to 365.'
			)
		).toBeVisible();
		await expect(
			page.getByText(
				'Listings per member per hour must be a whole number from 0 to 1000.'
			)
		).toBeVisible();
		await expect( page.getByText( 'Settings saved.' ) ).toHaveCount( 0 );
		await expect(
			page.getByLabel( 'Listing duration (days)' )
		).toHaveValue( '45' );
		const saved = ( await requestUtils.rest( {
			path: '/wp/v2/settings',
		} ) ) as Record< string, unknown >;
		// A box sent unticked is no value at all; the REST settings must still read it.
		expect( saved.job_submit_block_auto_publish ).toBe( false );
		expect( saved.job_submit_block_duration_days ).toBe( 45 );
		expect( saved.job_submit_block_rate_limit ).toBe( 7 );
		// And it still takes updates.
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/settings',
			data: { job_submit_block_auto_publish: true },
		} );
	} );
} );
