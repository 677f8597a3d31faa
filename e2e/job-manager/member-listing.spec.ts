/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from '../job-form.page';
import { markDebugLog } from '../utils/debug-log';
import { loggedInPage, uniqueWord } from '../utils/gate-helpers';
import { createListingFor, listingsBy, readListing } from '../utils/listings';
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
} from '../utils/rest-clients';
import {
	activateTestPlugins,
	daysFromToday,
	jobTerm,
	mailsAbout,
	storedMeta,
	withJobManagerSettings,
} from './helpers';
import { logInOnScreen } from '../utils/login-screen';
import { withSettings } from '../utils/settings';

// WP Job Manager's own mail to the site's administrator about a new submission.
const NEW_JOB_MAIL = 'New Job Listing Submitted';

test.describe( 'Beside WP Job Manager', () => {
	let debugLog: ReturnType< typeof markDebugLog >;

	test.beforeAll( async ( { requestUtils } ) => {
		await activateTestPlugins( requestUtils );
	} );

	test.beforeEach( () => {
		debugLog = markDebugLog();
	} );

	test.afterEach( () => {
		expect( debugLog.problemsSince() ).toEqual( [] );
	} );

	test(
		'a member posts with every field through the block; WP Job Manager moderates, lists and shows it',
		{ tag: '@playground' },
		async ( { browser, admin, page, requestUtils } ) => {
			const category = await jobTerm(
				requestUtils,
				'job-categories',
				'Maritime'
			);
			const member = await createUser( requestUtils, 'subscriber' );
			const memberPage = await loggedInPage( browser, member.username );
			const form = new JobFormPage( memberPage );
			await memberPage.goto( '/post-a-job/' );
			const title = uniqueWord( 'Harbour Pilot ' );
			await form.field( 'Job title' ).fill( title );
			await form.fillDescription( 'Guide ships into the harbour.' );
			await form.field( 'Company name' ).fill( 'Tagus Pilots' );
			await form
				.field( 'Company website' )
				.fill( 'https://pilots.example' );
			await form.field( 'Company tagline' ).fill( 'Safe passage' );
			await form.field( 'Location' ).fill( 'Lisbon' );
			await form.block
				.getByRole( 'checkbox', { name: 'Remote position' } )
				.check();
			await form.block
				.getByRole( 'radio', { name: 'Full Time' } )
				.check();
			await form.block.getByRole( 'radio', { name: 'Maritime' } ).check();
			await form.field( 'Salary' ).fill( '45000' );
			await form.field( /How to apply/ ).fill( 'jobs@pilots.example' );
			await form.submitButton().click();
			await expect( form.block ).toContainText( 'awaiting review' );
			await memberPage.context().close();

			const [ listing ] = await listingsBy( requestUtils, member.id );
			const fullTime = await jobTerm(
				requestUtils,
				'job-types',
				'Full Time'
			);
			expect( listing ).toMatchObject( {
				status: 'pending',
				'job-types': [ fullTime ],
				'job-categories': [ category ],
				// A paragraph, as every editor shows it.
				content: {
					raw: '<p>Guide ships into the harbour.</p>',
				},
			} );
			// WP Job Manager's site defaults: the form shows no currency or unit.
			expect(
				await storedMeta( requestUtils, listing.id )
			).toMatchObject( {
				_job_salary: '45000',
				_job_salary_currency: 'EUR',
				_job_salary_unit: 'YEAR',
			} );
			// One mail to the moderators about it, WP Job Manager's; none from the block.
			await expect
				.poll( async () =>
					( await mailsAbout( requestUtils, title ) ).map(
						( mail ) => mail.subject
					)
				)
				.toEqual( [ `${ NEW_JOB_MAIL }: ${ title }` ] );

			// WP Job Manager's list: its columns only, each cell once.
			await admin.visitAdminPage( 'edit.php', 'post_type=job_listing' );
			await expect( page.locator( 'thead #job_location' ) ).toHaveCount(
				1
			);
			await expect( page.locator( 'thead #job_status' ) ).toHaveCount(
				1
			);
			await expect(
				page.locator( 'thead #job_company, thead #job_submitter' )
			).toHaveCount( 0 );
			const row = page.locator( `#post-${ listing.id }` );
			await expect( row.locator( 'td.job_location' ) ).toHaveText(
				/^\s*Lisbon \(Remote\)\s*$/
			);
			await expect( row.locator( 'td.job_status' ) ).toHaveText(
				/^\s*Pending approval\s*$/
			);
			// One Settings entry and one pending bubble in WP Job Manager's menu.
			const menu = page.locator( '#menu-posts-job_listing' );
			await expect(
				menu.locator( '.wp-menu-name .awaiting-mod' )
			).toHaveCount( 1 );
			await expect(
				menu.getByRole( 'link', { name: 'Settings', exact: true } )
			).toHaveCount( 1 );
			// The block's own settings: under Settings, not a second entry here.
			await expect(
				page
					.locator( '#menu-settings' )
					.getByRole( 'link', { name: 'Job Submission' } )
			).toHaveCount( 1 );

			// WP Job Manager's approve action publishes it for its listing duration.
			await row.hover();
			await row.getByRole( 'link', { name: 'Approve' } ).click();
			await expect
				.poll(
					async () =>
						( await readListing( requestUtils, listing.id ) ).status
				)
				.toBe( 'publish' );
			expect(
				( await storedMeta( requestUtils, listing.id ) )._job_expires
			).toBe( daysFromToday( 45 ) );

			// As WP Job Manager renders it: its single job page, its list and the dashboard.
			const published = await readListing( requestUtils, listing.id );
			const visitor = await browser.newContext( {
				storageState: { cookies: [], origins: [] },
			} );
			const visitorPage = await visitor.newPage();
			await visitorPage.goto(
				( published as unknown as { link: string } ).link
			);
			const single = visitorPage.locator( '.single_job_listing' );
			await expect( single.locator( '.company' ) ).toContainText(
				'Tagus Pilots'
			);
			await expect( single.locator( '.location' ) ).toContainText(
				'Lisbon'
			);
			await expect( single.locator( '.job-type' ) ).toHaveText(
				'Full Time'
			);
			await expect( single ).toContainText( '45000' );
			await expect( single ).not.toContainText( 'USD' );
			await expect( single.locator( '.job_application' ) ).toBeVisible();
			await visitor.close();
			// The [jobs] list, as WP Job Manager's script fetches it for the page.
			const found = await requestUtils.request.get(
				'/jm-ajax/get_listings/',
				{
					params: { search_keywords: title },
				}
			);
			const { html } = ( await found.json() ) as { html: string };
			expect( html ).toContain( title );
			expect( html ).toContain( 'Tagus Pilots' );
			expect( html ).toMatch( /Lisbon/ );
			expect( html ).toMatch( /full-time/ );

			const dashboard = await loggedInPage( browser, member.username );
			await dashboard.goto( '/job-dashboard/' );
			await expect(
				dashboard.locator( '.job-manager-jobs' ).getByText( title )
			).toBeVisible();
			await dashboard.context().close();
		}
	);

	test( 'WP Job Manager hears of a member’s listing once, at submission; its expiry and duration decide', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		const title = uniqueWord( 'Lock Keeper ' );
		const created = await client.post( LISTINGS, {
			data: listingPayload( { title } ),
		} );
		expect( created.status() ).toBe( 201 );
		const { id } = ( await created.json() ) as { id: number };
		await client.dispose();
		const submittedMails = () =>
			mailsAbout( requestUtils, `${ NEW_JOB_MAIL }: ${ title }` );
		await expect
			.poll( async () => ( await submittedMails() ).length )
			.toBe( 1 );
		expect( await storedMeta( requestUtils, id ) ).not.toHaveProperty(
			'_public_submission'
		);

		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ id }`,
			data: { status: 'publish' },
		} );
		expect( ( await storedMeta( requestUtils, id ) )._job_expires ).toBe(
			daysFromToday( 45 )
		);

		// Past its date: the block's hourly maintenance leaves expiring to WP Job Manager.
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ id }`,
			data: { meta: { _job_expires: daysFromToday( -1 ) } },
		} );
		await requestUtils.rest( {
			method: 'POST',
			path: '/job-submit-block-test/v1/maintenance',
		} );
		expect( ( await readListing( requestUtils, id ) ).status ).toBe(
			'publish'
		);
		await requestUtils.rest( {
			method: 'POST',
			path: '/job-submit-block-test/v1/job-manager-expiry-check',
		} );
		expect( ( await readListing( requestUtils, id ) ).status ).toBe(
			'expired'
		);

		// Relisted by its member, approved by a moderator: published again with a date of
		// WP Job Manager's from today, not submitted again.
		const relisting = await applicationPasswordClient(
			requestUtils,
			member
		);
		const relisted = await relisting.post( `${ LISTINGS }/${ id }`, {
			data: { status: 'pending' },
		} );
		expect( relisted.status() ).toBe( 200 );
		await relisting.dispose();
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ id }`,
			data: { status: 'publish' },
		} );
		expect( ( await readListing( requestUtils, id ) ).status ).toBe(
			'publish'
		);
		expect( ( await storedMeta( requestUtils, id ) )._job_expires ).toBe(
			daysFromToday( 45 )
		);
		expect( await submittedMails() ).toHaveLength( 1 );
	} );

	test( 'WP Job Manager’s settings on editing pending and published listings hold for REST writes', async ( {
		requestUtils,
	} ) => {
		const restore = await withJobManagerSettings( requestUtils, {
			job_manager_user_can_edit_pending_submissions: 0,
			job_manager_user_edit_published_submissions: 'no',
		} );
		try {
			const member = await createUser( requestUtils, 'subscriber' );
			const client = await applicationPasswordClient(
				requestUtils,
				member
			);
			const created = await client.post( LISTINGS, {
				data: listingPayload(),
			} );
			const { id } = ( await created.json() ) as { id: number };
			const edit = () =>
				client.post( `${ LISTINGS }/${ id }`, {
					data: { title: 'Senior Rose Gardener' },
				} );

			const refused = await edit();
			expect( refused.status() ).toBe( 403 );
			expect( ( await readListing( requestUtils, id ) ).title.raw ).toBe(
				'Senior Gardener'
			);

			await withJobManagerSettings( requestUtils, {
				job_manager_user_can_edit_pending_submissions: 1,
			} );
			expect( ( await edit() ).status() ).toBe( 200 );
			await client.dispose();
		} finally {
			await restore();
		}
	} );

	test( 'WP Job Manager’s “edits require approval” sends a member’s edit of a live listing back to review', async ( {
		requestUtils,
	} ) => {
		const restoreJobManager = await withJobManagerSettings( requestUtils, {
			job_manager_user_edit_published_submissions: 'yes_moderated',
		} );
		const restore = await withSettings( requestUtils, {
			job_submit_block_live_edits: 'live',
		} );
		try {
			const member = await createUser( requestUtils, 'subscriber' );
			const id = await createListingFor( requestUtils, member, {
				status: 'publish',
			} );
			const client = await applicationPasswordClient(
				requestUtils,
				member
			);
			const edited = await client.post( `${ LISTINGS }/${ id }`, {
				data: { title: 'Senior Rose Gardener' },
			} );
			expect( edited.status() ).toBe( 200 );
			expect( await readListing( requestUtils, id ) ).toMatchObject( {
				status: 'pending',
				title: { raw: 'Senior Rose Gardener' },
			} );
			await client.dispose();
		} finally {
			await restore();
			await restoreJobManager();
		}
	} );

	test( 'the author hears of expiry once: from WP Job Manager when its own warning is on, else from the block', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const restoreJobManager = await withJobManagerSettings( requestUtils, {
			job_manager_email_employer_expiring_job: { enabled: '1' },
		} );
		const restore = await withSettings( requestUtils, {
			job_submit_block_expiry_notice: true,
			job_submit_block_expiry_notice_days: 3,
		} );
		try {
			const title = uniqueWord( 'Tide Watcher ' );
			await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/job-listings',
				data: listingPayload( {
					title,
					status: 'publish',
					author: member.id,
					meta: {
						...listingPayload().meta,
						_job_expires: daysFromToday( 2 ),
					},
				} ),
			} );
			const warnings = async () =>
				( await mailsAbout( requestUtils, title ) ).filter( ( mail ) =>
					mail.subject.includes( 'expires soon' )
				);
			const runMaintenance = () =>
				requestUtils.rest( {
					method: 'POST',
					path: '/job-submit-block-test/v1/maintenance',
				} );

			await runMaintenance();
			expect( await warnings() ).toEqual( [] );

			await withJobManagerSettings( requestUtils, {
				job_manager_email_employer_expiring_job: { enabled: '0' },
			} );
			await runMaintenance();
			expect( await warnings() ).toHaveLength( 1 );
		} finally {
			await restore();
			await restoreJobManager();
		}
	} );

	test( 'with WP Job Manager’s published edits off, a member still marks their live listing filled and not filled', async ( {
		requestUtils,
	} ) => {
		const restore = await withJobManagerSettings( requestUtils, {
			job_manager_user_edit_published_submissions: 'no',
		} );
		try {
			const member = await createUser( requestUtils, 'subscriber' );
			const client = await applicationPasswordClient(
				requestUtils,
				member
			);
			const created = await client.post( LISTINGS, {
				data: listingPayload(),
			} );
			const { id } = ( await created.json() ) as { id: number };
			await requestUtils.rest( {
				method: 'POST',
				path: `/wp/v2/job-listings/${ id }`,
				data: { status: 'publish' },
			} );
			const mark = ( filled: 0 | 1 ) =>
				client.post( `${ LISTINGS }/${ id }`, {
					data: { meta: { _filled: filled } },
				} );

			expect( ( await mark( 1 ) ).status() ).toBe( 200 );
			expect( ( await storedMeta( requestUtils, id ) )._filled ).toBe(
				'1'
			);
			expect( ( await mark( 0 ) ).status() ).toBe( 200 );
			// An edit of the live listing is still refused.
			const edited = await client.post( `${ LISTINGS }/${ id }`, {
				data: { title: 'Senior Rose Gardener' },
			} );
			expect( edited.status() ).toBe( 403 );
			await client.dispose();
		} finally {
			await restore();
		}
	} );

	test( 'logged out meanwhile: after logging in again every field is back, the job type too', async ( {
		browser,
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const page = await loggedInPage( browser, member.username );
		const form = new JobFormPage( page );
		await page.goto( '/post-a-job/' );
		await form.fillValid( 'Canal Dredger' );
		await form.block.getByRole( 'radio', { name: 'Part Time' } ).check();
		await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );
		await page.context().clearCookies();
		await form.submitButton().click();
		await expect( form.status ).toContainText( 'You have been logged out' );
		await form.status.getByRole( 'link', { name: 'Log in' } ).click();
		await logInOnScreen( page, member.username );

		await expect( form.field( 'Job title' ) ).toHaveValue(
			'Canal Dredger'
		);
		await expect(
			form.block.getByRole( 'radio', { name: 'Part Time' } )
		).toBeChecked();
		await form.submitButton().click();
		await expect( form.block ).toContainText( 'awaiting review' );
		const [ listing ] = await listingsBy( requestUtils, member.id );
		expect( listing[ 'job-types' ] ).toEqual( [
			await jobTerm( requestUtils, 'job-types', 'Part Time' ),
		] );
		await page.context().close();
	} );
} );
