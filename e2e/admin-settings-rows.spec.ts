/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { withSettings } from './utils/settings';

/**
 * The rows admin-settings.spec.ts does not change (who may post, moderation, duration, rate
 * limit and notification address are there), each from a known value to another one.
 */
const START = {
	job_submit_block_live_edits: 'no',
	job_submit_block_email_new_listing: true,
	job_submit_block_email_listing_approved: true,
	job_submit_block_email_listing_rejected: true,
	job_submit_block_email_listing_edited: true,
	job_submit_block_email_listing_relisted: true,
	job_submit_block_email_listing_withdrawn: true,
	job_submit_block_expiry_notice: true,
	job_submit_block_expiry_notice_days: 3,
	job_submit_block_archive_slug: 'job-listings',
	job_submit_block_logo_max_kb: 2048,
	job_submit_block_logo_max_pixels: 4000,
	job_submit_block_logo_hourly: 10,
	job_submit_block_logo_types: [ 'jpeg', 'png', 'webp', 'gif' ],
	job_submit_block_preview_required: false,
};

const CHANGED = {
	job_submit_block_live_edits: 'live',
	job_submit_block_email_new_listing: true,
	job_submit_block_email_listing_approved: false,
	job_submit_block_email_listing_rejected: true,
	job_submit_block_email_listing_edited: true,
	job_submit_block_email_listing_relisted: true,
	job_submit_block_email_listing_withdrawn: true,
	job_submit_block_expiry_notice: false,
	job_submit_block_expiry_notice_days: 7,
	job_submit_block_archive_slug: 'open-vacancies',
	job_submit_block_logo_max_kb: 512,
	job_submit_block_logo_max_pixels: 1200,
	job_submit_block_logo_hourly: 4,
	job_submit_block_logo_types: [ 'jpeg', 'png', 'webp' ],
	job_submit_block_preview_required: true,
};

test( 'every other row of the settings screen shows its setting, saves a change and reads it back', async ( {
	admin,
	page,
	requestUtils,
} ) => {
	const restore = await withSettings( requestUtils, START );
	try {
		await admin.visitAdminPage(
			'edit.php',
			'post_type=job_listing&page=job-submit-block-settings'
		);
		const liveEdits = page.getByRole( 'radio', {
			name: 'Allowed, and the edited listing stays live',
		} );
		const approvedMail = page.getByRole( 'checkbox', {
			name: 'To the author, when their listing is approved',
		} );
		const otherMails = [
			'To moderators, when a listing awaits review',
			'To the author, when their listing is rejected',
			'To moderators, when a member’s edit sends a live listing back to review',
			'To moderators, when a member relists an expired listing',
			'To moderators, when a member withdraws a listing',
		].map( ( name ) => page.getByRole( 'checkbox', { name } ) );
		const expiryNotice = page.getByRole( 'checkbox', {
			name: 'E-mail authors before their listing expires',
		} );
		const gif = page.getByRole( 'checkbox', { name: 'GIF', exact: true } );
		const preview = page.getByRole( 'checkbox', {
			name: 'Members preview their listing before they can submit it',
		} );
		const numbers = {
			'Days before': [ '3', '7' ],
			'Job listings archive address': [
				'job-listings',
				'open-vacancies',
			],
			'Largest company logo (KB)': [ '2048', '512' ],
			'Largest logo side (pixels)': [ '4000', '1200' ],
			'Logo uploads per member per hour': [ '10', '4' ],
		};

		// Each row shows what is stored.
		await expect(
			page.getByRole( 'radio', {
				name: 'Not allowed: members edit their listings only while they await review',
			} )
		).toBeChecked();
		for ( const box of [
			approvedMail,
			...otherMails,
			expiryNotice,
			gif,
		] ) {
			await expect( box ).toBeChecked();
		}
		await expect( preview ).not.toBeChecked();
		for ( const [ label, [ stored ] ] of Object.entries( numbers ) ) {
			await expect(
				page.getByLabel( label, { exact: true } )
			).toHaveValue( stored );
		}

		// Each row takes a change …
		await liveEdits.check();
		await approvedMail.uncheck();
		await expiryNotice.uncheck();
		await gif.uncheck();
		await preview.check();
		for ( const [ label, [ , changed ] ] of Object.entries( numbers ) ) {
			await page.getByLabel( label, { exact: true } ).fill( changed );
		}
		await page.getByRole( 'button', { name: 'Save Changes' } ).click();
		await expect( page.getByText( 'Settings saved.' ) ).toBeVisible();

		// … that the site keeps: the screen rendered after saving reads it back, and so does REST.
		await expect( liveEdits ).toBeChecked();
		await expect( approvedMail ).not.toBeChecked();
		for ( const box of otherMails ) {
			await expect( box ).toBeChecked();
		}
		await expect( expiryNotice ).not.toBeChecked();
		await expect( gif ).not.toBeChecked();
		await expect( preview ).toBeChecked();
		for ( const [ label, [ , changed ] ] of Object.entries( numbers ) ) {
			await expect(
				page.getByLabel( label, { exact: true } )
			).toHaveValue( changed );
		}
		expect(
			await requestUtils.rest( { path: '/wp/v2/settings' } )
		).toMatchObject( CHANGED );
	} finally {
		await restore();
	}
} );
