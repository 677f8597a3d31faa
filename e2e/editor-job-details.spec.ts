/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';

/**
 * WordPress dependencies
 */
import {
	test,
	expect,
	type Editor,
} from '@wordpress/e2e-test-utils-playwright';
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { markDebugLog } from './utils/debug-log';
import { readListing } from './utils/listings';
import { listingPayload } from './utils/rest-clients';

/**
 * Opens the Job details panel of the document sidebar. Like core's panels it stays as the
 * moderator last left it, which the editor keeps in their preferences.
 *
 * @param editor The editor fixture.
 * @param page   The editor's page.
 */
async function openJobDetails( editor: Editor, page: Page ) {
	await editor.openDocumentSettingsSidebar();
	const toggle = page
		.getByRole( 'region', { name: 'Editor settings' } )
		.getByRole( 'button', { name: 'Job details' } );
	if ( ( await toggle.getAttribute( 'aria-expanded' ) ) !== 'true' ) {
		await toggle.click();
	}
	await expect( toggle ).toHaveAttribute( 'aria-expanded', 'true' );
	return page.locator( '.job-submit-block-job-details' );
}

test.describe( 'The Job details panel of the editor', () => {
	test( 'a moderator edits company and expiry with the form’s messages; the server’s refusal lands on its field', async ( {
		admin,
		editor,
		page,
		requestUtils,
	} ) => {
		const log = markDebugLog();
		const { id } = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/job-listings',
			data: listingPayload( {
				title: 'Harbour Pilot',
				status: 'publish',
			} ),
		} ) ) as { id: number };

		await admin.visitAdminPage( 'post.php', `post=${ id }&action=edit` );
		const panel = await openJobDetails( editor, page );
		const company = panel.getByRole( 'textbox', { name: 'Company name' } );
		await expect( company ).toHaveValue( 'Green Ltd' );
		// Admin-only fields are there for moderators.
		await expect(
			panel.getByRole( 'checkbox', { name: 'Featured' } )
		).toBeVisible();
		await expect(
			panel.getByRole( 'checkbox', { name: 'Position filled' } )
		).toBeVisible();

		const website = panel.getByRole( 'textbox', {
			name: 'Company website',
		} );
		await website.fill( 'green dot example' );
		await company.focus();
		await expect( website ).toHaveAccessibleDescription(
			'Enter a web address starting with http:// or https://.'
		);
		const save = page
			.getByRole( 'region', { name: 'Editor top bar' } )
			.getByRole( 'button', { name: 'Save', exact: true } );
		await expect( save ).toHaveAttribute( 'aria-disabled', 'true' );

		expect(
			(
				await new AxeBuilder( { page } )
					.include( '.job-submit-block-job-details' )
					.analyze()
			).violations
		).toEqual( [] );

		// A rule only the server checks: its message comes back under the field.
		await website.fill( 'https://bright.example' );
		await company.fill( 'Bright Harbour Co' );
		await panel.getByLabel( 'Listing expires' ).fill( '2031-03-15' );
		const currency = panel.getByRole( 'textbox', {
			name: 'Salary currency',
		} );
		await currency.fill( 'E1R' );
		await company.focus();
		await save.click();
		await expect( currency ).toHaveAccessibleDescription(
			/Salary currency is not in the right form/
		);
		expect( ( await readListing( requestUtils, id ) ).meta ).toMatchObject(
			{ _company_name: 'Green Ltd' }
		);

		await currency.fill( 'EUR' );
		await expect( currency ).toHaveAccessibleDescription(
			'A three-letter code such as USD or EUR.'
		);
		// The unit's choices in words, as the form offers them, not their stored values.
		await panel
			.getByRole( 'combobox', { name: 'Salary unit' } )
			.selectOption( { label: 'Per year' } );
		const saved = page.waitForResponse(
			( response ) =>
				response.url().includes( `job-listings/${ id }` ) &&
				response.request().method() === 'POST'
		);
		await save.click();
		expect( ( await saved ).status() ).toBe( 200 );
		expect( ( await readListing( requestUtils, id ) ).meta ).toMatchObject(
			{
				_company_name: 'Bright Harbour Co',
				_company_website: 'https://bright.example',
				_job_expires: '2031-03-15',
				_job_salary_currency: 'EUR',
				_job_salary_unit: 'YEAR',
			}
		);

		// The listings screen shows what the panel stored.
		await admin.visitAdminPage( 'edit.php', 'post_type=job_listing' );
		const row = page.locator( `#post-${ id }` );
		await expect( row ).toContainText( 'Bright Harbour Co' );
		// And the listing's page shows it to job seekers.
		await page.goto( ( await readListing( requestUtils, id ) ).link );
		const details = page.locator(
			'.wp-block-job-submit-block-job-details'
		);
		await expect( details ).toContainText( 'Bright Harbour Co' );
		await expect(
			details.locator( 'time[datetime="2031-03-15"]' )
		).toBeVisible();
		expect( log.problemsSince() ).toEqual( [] );
	} );

	test( 'a field another plugin adds is in the panel, with its rules', async ( {
		admin,
		editor,
		page,
		requestUtils,
	} ) => {
		await requestUtils.activatePlugin(
			'job-submit-block-test-extra-fields'
		);
		try {
			const payload = listingPayload( { title: 'Team Lead' } );
			const { id } = ( await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/job-listings',
				data: {
					...payload,
					meta: {
						...payload.meta,
						_team_website: 'https://team.example',
					},
				},
			} ) ) as { id: number };
			await admin.visitAdminPage(
				'post.php',
				`post=${ id }&action=edit`
			);
			const panel = await openJobDetails( editor, page );
			const team = panel.getByRole( 'textbox', { name: 'Team website' } );
			await expect( team ).toHaveValue( 'https://team.example' );
			await team.fill( '' );
			await panel
				.getByRole( 'textbox', { name: 'Hiring manager' } )
				.focus();
			await expect( team ).toHaveAccessibleDescription(
				'Team website is required.'
			);
			// The filter removed the tagline: the panel leaves it out too.
			await expect(
				panel.getByRole( 'textbox', { name: 'Company tagline' } )
			).toHaveCount( 0 );
		} finally {
			await requestUtils.deactivatePlugin(
				'job-submit-block-test-extra-fields'
			);
		}
	} );

	test( 'a moderator’s expiry date that is not a date is refused by the server with the field’s message', async ( {
		requestUtils,
	} ) => {
		const { id } = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/job-listings',
			data: listingPayload(),
		} ) ) as { id: number };
		await expect(
			requestUtils.rest( {
				method: 'POST',
				path: `/wp/v2/job-listings/${ id }`,
				data: { meta: { _job_expires: 'soon' } },
			} )
		).rejects.toMatchObject( {
			code: 'rest_invalid_param',
			data: { params: { job_expires: 'Enter a date as YYYY-MM-DD.' } },
		} );
		expect(
			( await readListing( requestUtils, id ) ).meta._job_expires
		).toBe( '' );
	} );
} );
