/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { markDebugLog } from '../utils/debug-log';
import { loggedInPage, uniqueWord } from '../utils/gate-helpers';
import { listingsBy, readListing } from '../utils/listings';
import { mailsAbout } from '../utils/mailbox';
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
} from '../utils/rest-clients';
import { jobTerm } from '../utils/terms';
import { activateTestPlugins, storedMeta } from './helpers';

const JOB_MANAGER = 'wp-job-manager';

test.describe( 'Listings shared with WP Job Manager', () => {
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

	test( 'a listing made with WP Job Manager’s own form is left as WP Job Manager made it', async ( {
		browser,
		requestUtils,
	} ) => {
		// The category this test picks, whichever spec runs first on a fresh site.
		await jobTerm( requestUtils, 'job-categories', 'Maritime' );
		const member = await createUser( requestUtils, 'subscriber' );
		const page = await loggedInPage( browser, member.username );
		const title = uniqueWord( 'Dock Master ' );
		await page.goto( '/submit-job/' );
		const form = page.locator( '#submit-job-form' );
		await form.locator( '#job_title' ).fill( title );
		await form.locator( '#job_location' ).fill( 'Porto' );
		await form
			.locator( '#job_type' )
			.selectOption( { label: 'Part Time' } );
		await form
			.locator( '#job_category' )
			.selectOption( { label: 'Maritime' } );
		await page.evaluate( () => {
			const html = '<p>Run the docks.</p>';
			const editor = (
				window as unknown as {
					tinymce?: {
						get: (
							id: string
						) => { setContent: ( c: string ) => void } | null;
					};
				}
			 ).tinymce?.get( 'job_description' );
			if ( editor ) {
				editor.setContent( html );
			} else {
				(
					document.getElementById(
						'job_description'
					) as HTMLTextAreaElement
				 ).value = html;
			}
		} );
		await form.locator( '#application' ).fill( 'docks@porto.example' );
		await form.locator( '#company_name' ).fill( 'Porto Docks' );
		await form.locator( 'input[name="submit_job"]' ).click();
		await page.locator( '#job_preview_submit_button' ).click();
		await expect( page.locator( '.job-manager-message' ) ).toBeVisible();
		await page.context().close();

		const [ listing ] = await listingsBy( requestUtils, member.id );
		expect( listing ).toMatchObject( {
			status: 'pending',
			title: { raw: title },
			content: { raw: '<p>Run the docks.</p>' },
		} );
		const meta = await storedMeta( requestUtils, listing.id );
		expect( meta ).toMatchObject( { _job_location: 'Porto' } );
		expect( meta ).not.toHaveProperty( '_public_submission' );
		expect( meta ).not.toHaveProperty( '_job_expires' );
		// WP Job Manager's mail, once; none from the block.
		await expect
			.poll(
				async () => ( await mailsAbout( requestUtils, title ) ).length
			)
			.toBe( 1 );
		expect(
			( await mailsAbout( requestUtils, title ) )[ 0 ].subject
		).toContain( 'New Job Listing Submitted' );
	} );

	test( 'deactivating WP Job Manager with listings present hands them over, and reactivating it hands them back', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		const fullTime = await jobTerm(
			requestUtils,
			'job-types',
			'Full Time'
		);
		const created = await client.post( LISTINGS, {
			data: listingPayload( {
				title: uniqueWord( 'Ferry Pilot ' ),
				'job-types': [ fullTime ],
			} ),
		} );
		expect( created.status() ).toBe( 201 );
		const { id } = ( await created.json() ) as { id: number };
		const published = ( await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/job-listings/${ id }`,
			data: { status: 'publish' },
		} ) ) as { link: string };
		const answers = async () =>
			( await requestUtils.request.get( published.link ) ).status();

		await requestUtils.deactivatePlugin( JOB_MANAGER );
		try {
			expect( await answers() ).toBe( 200 );
			const edited = ( await requestUtils.rest( {
				method: 'POST',
				path: `/wp/v2/job-listings/${ id }`,
				data: { title: 'Ferry Pilot, nights' },
			} ) ) as { title: { raw: string } };
			expect( edited.title.raw ).toBe( 'Ferry Pilot, nights' );
			expect(
				( await readListing( requestUtils, id ) )[ 'job-types' ]
			).toEqual( [ fullTime ] );
			// Members still post through the block, with a job type.
			const another = await client.post( LISTINGS, {
				data: listingPayload( { 'job-types': [ fullTime ] } ),
			} );
			expect( another.status() ).toBe( 201 );
		} finally {
			await requestUtils.activatePlugin( JOB_MANAGER );
		}
		await client.dispose();

		expect( await answers() ).toBe( 200 );
		const listing = await readListing( requestUtils, id );
		expect( listing ).toMatchObject( {
			status: 'publish',
			'job-types': [ fullTime ],
		} );
	} );
} );
