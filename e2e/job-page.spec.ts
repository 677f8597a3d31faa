/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import { request, type Page } from '@playwright/test';

/**
 * WordPress dependencies
 */
import {
	test,
	expect,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { markDebugLog } from './utils/debug-log';
import { createMember, uniqueWord } from './utils/gate-helpers';
import { postListings } from './utils/listings';
import { jobTerm } from './utils/terms';
import { BASE_URL, listingPayload } from './utils/rest-clients';

const THEME_PREVIEW = 'job-submit-block-test-theme-preview';
const DETAILS = '.wp-block-job-submit-block-job-details';

interface Listing {
	id: number;
	link: string;
}

/**
 * A listing a member sent with every field of the form, published by the administrator with
 * the salary's currency and unit (which the form leaves to site builders).
 *
 * @param requestUtils The admin's request utilities.
 * @param title        The job title.
 * @param application  How to apply: an email or a web address.
 */
async function publishMemberListing(
	requestUtils: RequestUtils,
	title: string,
	application: string
): Promise< Listing > {
	const jobType = await jobTerm( requestUtils, 'job-types', 'Full Time' );
	const category = await jobTerm(
		requestUtils,
		'job-categories',
		'Horticulture'
	);
	const member = await createMember( requestUtils );
	const [ id ] = await postListings( member.client, [
		{
			title,
			content: '<p>Tend the <strong>roses</strong> of the city.</p>',
			'job-types': [ jobType ],
			'job-categories': [ category ],
			meta: {
				_company_name: 'Green Ltd',
				_company_website: 'https://green.example/about',
				_company_tagline: 'Gardens for everyone',
				_job_location: 'Lisbon',
				_remote_position: 1,
				_job_salary: '50,000',
				_application: application,
			},
		},
	] );
	await member.client.dispose();
	return ( await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/job-listings/${ id }`,
		data: {
			status: 'publish',
			meta: {
				_job_salary_currency: 'EUR',
				_job_salary_unit: 'YEAR',
				_job_expires: '2099-12-31',
			},
		},
	} ) ) as Listing;
}

/**
 * The robots directives of the page shown.
 *
 * @param page The page.
 */
async function robotsOf( page: Page ) {
	const robots = page.locator( 'meta[name="robots"]' );
	return ( await robots.count() )
		? await robots.getAttribute( 'content' )
		: '';
}

test.describe( 'The listing page, without WP Job Manager', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	let emailListing: Listing;
	let title: string;

	test.beforeAll( async ( { requestUtils } ) => {
		title = `Rose Gardener ${ uniqueWord( 'Page' ) }`;
		emailListing = await publishMemberListing(
			requestUtils,
			title,
			'jobs@green.example'
		);
		await requestUtils.activatePlugin( THEME_PREVIEW );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.deactivatePlugin( THEME_PREVIEW );
	} );

	test( 'shows every field the member gave and an email apply action, in Twenty Twenty-Five, with nothing for axe to report', async ( {
		page,
	} ) => {
		const log = markDebugLog();
		const response = await page.goto( emailListing.link );
		expect( response?.status() ).toBe( 200 );
		// The plugin's block template, inside the theme's own header and footer.
		await expect( page.locator( 'body' ) ).toHaveClass(
			/single-job_listing/
		);
		await expect(
			page.locator( 'header.wp-block-template-part' )
		).toHaveCount( 1 );
		await expect(
			page.locator( 'footer.wp-block-template-part' )
		).toHaveCount( 1 );
		await expect(
			page.getByRole( 'heading', { level: 1, name: title } )
		).toBeVisible();

		const details = page.locator( DETAILS );
		await expect( details ).toHaveCount( 1 );
		await expect( details ).toContainText( 'Green Ltd' );
		await expect( details ).toContainText( 'Gardens for everyone' );
		await expect(
			details.getByRole( 'link', { name: 'green.example' } )
		).toHaveAttribute( 'href', 'https://green.example/about' );
		const fact = ( term: string ) =>
			details.locator( 'dt', { hasText: term } ).locator( '+ dd' );
		await expect( fact( 'Location' ) ).toHaveText( 'Lisbon · Remote' );
		await expect( fact( 'Job type' ) ).toHaveText( 'Full Time' );
		await expect( fact( 'Category' ) ).toHaveText( 'Horticulture' );
		await expect( fact( 'Salary' ) ).toHaveText( '50,000 EUR per year' );
		await expect( fact( 'Posted' ).locator( 'time' ) ).toHaveAttribute(
			'datetime',
			/^\d{4}-\d{2}-\d{2}$/
		);
		await expect( fact( 'Expires' ) ).toHaveText( 'December 31, 2099' );
		await expect( page.locator( 'main' ) ).toContainText(
			'Tend the roses of the city.'
		);

		const apply = details.getByRole( 'link', { name: 'Apply by email' } );
		await expect( apply ).toHaveAttribute(
			'href',
			`mailto:jobs@green.example?subject=${ encodeURIComponent(
				`Application: ${ title }`
			) }`
		);
		await expect( details ).toContainText(
			'Send your application to jobs@green.example.'
		);
		expect( await robotsOf( page ) ).not.toContain( 'noindex' );

		const results = await new AxeBuilder( { page } )
			.include( 'main' )
			.analyze();
		expect( results.violations ).toEqual( [] );
		expect( log.problemsSince() ).toEqual( [] );
	} );

	test( 'a web address to apply at is a button that takes the candidate there', async ( {
		page,
		requestUtils,
	} ) => {
		const target = `${ BASE_URL }/?apply-here=${ Date.now() }`;
		const listing = await publishMemberListing(
			requestUtils,
			`Hedge Trimmer ${ uniqueWord( 'Url' ) }`,
			target
		);
		await page.goto( listing.link );
		const apply = page
			.locator( DETAILS )
			.getByRole( 'link', { name: 'Apply for this job' } );
		await expect( apply ).toHaveAttribute( 'rel', 'nofollow ugc' );
		await apply.click();
		await expect( page ).toHaveURL( target );
	} );

	test( 'renders once, before the description, in the classic theme Twenty Twenty-One', async ( {
		page,
		context,
	} ) => {
		await context.addCookies( [
			{
				name: 'job_submit_block_test_theme',
				value: 'twentytwentyone',
				url: BASE_URL,
			},
		] );
		const log = markDebugLog();
		await page.goto( emailListing.link );
		await expect(
			page.locator( '#twenty-twenty-one-style-css' )
		).toHaveCount( 1 );
		const details = page.locator( DETAILS );
		await expect( details ).toHaveCount( 1 );
		await expect(
			page.locator( '.entry-content' ).locator( DETAILS )
		).toHaveCount( 1 );
		await expect( details ).toContainText( '50,000 EUR per year' );
		await expect(
			details.getByRole( 'link', { name: 'Apply by email' } )
		).toBeVisible();
		await expect( page.locator( '.entry-content' ) ).toContainText(
			'Tend the roses of the city.'
		);
		const results = await new AxeBuilder( { page } )
			.include( DETAILS )
			.analyze();
		expect( results.violations ).toEqual( [] );
		expect( log.problemsSince() ).toEqual( [] );
	} );

	test( 'the Job details block keeps the HTML anchor the site builder gave it', async ( {
		page,
		requestUtils,
	} ) => {
		const listing = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/job-listings',
			data: listingPayload( {
				title: `Anchored Gardener ${ uniqueWord( 'Anchor' ) }`,
				status: 'publish',
				content:
					'<!-- wp:paragraph --><p>Tend the roses.</p><!-- /wp:paragraph --><!-- wp:job-submit-block/job-details {"anchor":"the-details"} /-->',
			} ),
		} ) ) as Listing;
		await page.goto( listing.link );
		await expect( page.locator( `#the-details${ DETAILS }` ) ).toHaveCount(
			1
		);
	} );

	test( 'a listing behind a password shows its details, on its page and through REST, only with the password', async ( {
		requestUtils,
	} ) => {
		const application = `jobs@${ uniqueWord( 'secret' ) }.example`;
		const listing = await publishMemberListing(
			requestUtils,
			`Vault Keeper ${ uniqueWord( 'Protected' ) }`,
			application
		);
		const password = uniqueWord( 'pw' );
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ listing.id }`,
			data: { password },
		} );

		const guest = await request.newContext( {
			baseURL: BASE_URL,
			storageState: { cookies: [], origins: [] },
		} );
		const html = await ( await guest.get( listing.link ) ).text();
		expect( html ).toContain( 'post-password-form' );
		expect( html ).not.toContain( application );
		expect( html ).not.toContain( 'Green Ltd' );

		const path = `/wp-json/wp/v2/job-listings/${ listing.id }`;
		const withoutPassword = await ( await guest.get( path ) ).json();
		expect( withoutPassword ).not.toHaveProperty( 'meta' );
		expect( JSON.stringify( withoutPassword ) ).not.toContain(
			application
		);
		const withPassword = await (
			await guest.get( path, { params: { password } } )
		).json();
		expect( withPassword.meta._application ).toBe( application );
		await guest.dispose();
	} );

	test( 'an expired listing answers 200 with its notice, no apply action and noindex; a filled one says so; pending ones stay private', async ( {
		page,
		requestUtils,
	} ) => {
		const expired = await publishMemberListing(
			requestUtils,
			`Old Orchard Keeper ${ uniqueWord( 'Expired' ) }`,
			'jobs@green.example'
		);
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ expired.id }`,
			data: { status: 'expired' },
		} );
		const response = await page.goto( expired.link );
		expect( response?.status() ).toBe( 200 );
		const details = page.locator( DETAILS );
		await expect( details ).toContainText( 'This listing has expired.' );
		await expect(
			details.getByRole( 'link', { name: /Apply/ } )
		).toHaveCount( 0 );
		expect( await robotsOf( page ) ).toContain( 'noindex' );

		const filled = await publishMemberListing(
			requestUtils,
			`Filled Pruner ${ uniqueWord( 'Filled' ) }`,
			'jobs@green.example'
		);
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ filled.id }`,
			data: { meta: { _filled: 1 } },
		} );
		await page.goto( filled.link );
		await expect( details ).toContainText(
			'This position has been filled.'
		);
		await expect(
			details.getByRole( 'link', { name: /Apply/ } )
		).toHaveCount( 0 );
		expect( await robotsOf( page ) ).not.toContain( 'noindex' );

		for ( const status of [ 'pending', 'draft' ] ) {
			const hidden = ( await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/job-listings',
				data: listingPayload( {
					title: `Hidden ${ status } ${ uniqueWord( 'Hidden' ) }`,
					status,
				} ),
			} ) ) as Listing & { slug: string };
			const byId = await page.goto(
				`/?post_type=job_listing&p=${ hidden.id }`
			);
			expect( byId?.status() ).toBe( 404 );
		}
	} );
} );

test.describe( 'The listings archive', () => {
	test( 'an existing /jobs/ page still answers after the permalinks are saved, and the archive lives at its own address', async ( {
		page,
		requestUtils,
		browser,
	} ) => {
		const word = uniqueWord( 'Archive' );
		// A page a site already had at /jobs/ (a rerun's one goes first).
		const earlier = ( await requestUtils.rest( {
			path: '/wp/v2/pages',
			params: { slug: 'jobs', status: 'publish,draft,trash' },
		} ) ) as Array< { id: number } >;
		for ( const { id } of earlier ) {
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/pages/${ id }`,
				params: { force: true },
			} );
		}
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/pages',
			data: {
				slug: 'jobs',
				status: 'publish',
				title: `Jobs ${ word }`,
				content:
					'<!-- wp:paragraph --><p>Our own jobs page.</p><!-- /wp:paragraph -->',
			},
		} );
		const listing = await publishMemberListing(
			requestUtils,
			`Archive Gardener ${ word }`,
			'jobs@green.example'
		);

		await page.goto( '/wp-admin/options-permalink.php' );
		await page.getByRole( 'button', { name: 'Save Changes' } ).click();
		await expect(
			page.getByText( 'Permalink structure updated.' )
		).toBeVisible();

		const guest = await browser.newPage( {
			storageState: { cookies: [], origins: [] },
		} );
		const jobs = await guest.goto( '/jobs/' );
		expect( jobs?.status() ).toBe( 200 );
		await expect(
			guest.getByRole( 'heading', { level: 1, name: `Jobs ${ word }` } )
		).toBeVisible();

		const archive = await guest.goto( '/job-listings/' );
		expect( archive?.status() ).toBe( 200 );
		await expect(
			guest.getByRole( 'link', { name: `Archive Gardener ${ word }` } )
		).toHaveAttribute( 'href', listing.link );
		await guest.close();
	} );

	test( 'the archive address is a setting that refuses a page’s address and moves the archive at once', async ( {
		page,
		requestUtils,
		browser,
	} ) => {
		const word = uniqueWord( 'Board' );
		await publishMemberListing(
			requestUtils,
			`Board Gardener ${ word }`,
			'jobs@green.example'
		);
		await page.goto(
			'/wp-admin/edit.php?post_type=job_listing&page=job-submit-block-settings'
		);
		const address = page.getByRole( 'textbox', {
			name: 'Job listings archive address',
		} );
		await expect( address ).toHaveValue( 'job-listings' );
		await address.fill( 'post-a-job' );
		await page.getByRole( 'button', { name: 'Save Changes' } ).click();
		await expect(
			page.getByText(
				'The page “Post a job” already has the address /post-a-job/.'
			)
		).toBeVisible();
		await expect( address ).toHaveValue( 'job-listings' );

		// The REST settings endpoint refuses it too, with the same message on the setting.
		await expect(
			requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/settings',
				data: { job_submit_block_archive_slug: 'post-a-job' },
			} )
		).rejects.toMatchObject( {
			code: 'rest_invalid_param',
			data: {
				status: 400,
				params: {
					job_submit_block_archive_slug: expect.stringContaining(
						'already has the address /post-a-job/'
					),
				},
			},
		} );

		const slug = `job-board-${ Date.now() }`;
		await address.fill( slug );
		await page.getByRole( 'button', { name: 'Save Changes' } ).click();
		await expect( address ).toHaveValue( slug );
		try {
			const guest = await browser.newPage( {
				storageState: { cookies: [], origins: [] },
			} );
			const archive = await guest.goto( `/${ slug }/` );
			expect( archive?.status() ).toBe( 200 );
			await expect(
				guest.getByRole( 'link', { name: `Board Gardener ${ word }` } )
			).toBeVisible();
			await guest.close();
		} finally {
			await requestUtils.rest( {
				method: 'POST',
				path: '/wp/v2/settings',
				data: { job_submit_block_archive_slug: 'job-listings' },
			} );
		}
	} );
} );
