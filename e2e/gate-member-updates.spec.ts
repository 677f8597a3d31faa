/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { markDebugLog } from './utils/debug-log';
import { JPEG_WITH_EXIF } from './utils/images';
import { createListingFor, readListing } from './utils/listings';
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';
import { withSettings } from './utils/settings';

const LOGO = {
	name: 'logo.jpg',
	mimeType: 'image/jpeg',
	buffer: JPEG_WITH_EXIF,
};
const LOGO_ROUTE = ( id: number ) =>
	`/wp-json/job-submit-block/v1/listings/${ id }/logo`;

test.describe( 'What a member’s updates may carry', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	let debugLog: ReturnType< typeof markDebugLog >;

	test.beforeEach( () => {
		debugLog = markDebugLog();
	} );

	test.afterEach( () => {
		expect( debugLog.problemsSince() ).toEqual( [] );
	} );

	test( 'a new logo is an edit: the first one follows the create, later ones only as the site lets the member edit', async ( {
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, {
			job_submit_block_live_edits: 'no',
			job_submit_block_auto_publish: true,
		} );
		try {
			const member = await createUser( requestUtils, 'subscriber' );
			const client = await applicationPasswordClient(
				requestUtils,
				member
			);
			const upload = ( id: number ) =>
				client.post( LOGO_ROUTE( id ), {
					multipart: { logo: LOGO },
				} );

			// Published at once, and its logo still follows the create; the next is an edit.
			const created = await client.post( LISTINGS, {
				data: listingPayload(),
			} );
			const { id, status } = ( await created.json() ) as {
				id: number;
				status: string;
			};
			expect( status ).toBe( 'publish' );
			expect( ( await upload( id ) ).status() ).toBe( 201 );
			const again = await upload( id );
			expect( again.status() ).toBe( 403 );
			expect( await again.json() ).toMatchObject( {
				code: 'job_submit_logo_forbidden',
			} );

			const expired = await createListingFor( requestUtils, member, {
				status: 'expired',
			} );
			const withdrawn = await createListingFor( requestUtils, member, {
				status: 'pending',
			} );
			await requestUtils.rest( {
				method: 'DELETE',
				path: `/wp/v2/job-listings/${ withdrawn }`,
			} );
			for ( const listing of [ expired, withdrawn ] ) {
				expect( ( await upload( listing ) ).status() ).toBe( 403 );
			}

			// Where live edits go back to review, so does a live listing with a new logo.
			await withSettings( requestUtils, {
				job_submit_block_live_edits: 'review',
			} );
			expect( ( await upload( id ) ).status() ).toBe( 201 );
			expect( ( await readListing( requestUtils, id ) ).status ).toBe(
				'pending'
			);
			await client.dispose();
		} finally {
			await restore();
		}
	} );

	test( 'a relist carries only the status: anything more is an edit of an expired listing', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		const expired = await createListingFor( requestUtils, member, {
			status: 'expired',
		} );
		const withExtra = await client.post( `${ LISTINGS }/${ expired }`, {
			data: { status: 'pending', excerpt: 'Not a field' },
		} );
		expect( withExtra.status() ).toBe( 403 );
		expect( await withExtra.json() ).toMatchObject( {
			code: 'job_submit_not_allowed',
		} );
		expect( ( await readListing( requestUtils, expired ) ).status ).toBe(
			'expired'
		);
		const relisted = await client.post( `${ LISTINGS }/${ expired }`, {
			data: { status: 'pending' },
		} );
		expect( relisted.status() ).toBe( 200 );
		await client.dispose();
	} );

	test( 'a member never reads their listing’s password, neither in the edit context nor in an update’s answer', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		const id = await createListingFor( requestUtils, member, {
			status: 'pending',
			password: 'moderators-only',
		} );
		const read = await client.get( `${ LISTINGS }/${ id }?context=edit` );
		expect( read.status() ).toBe( 200 );
		expect( await read.json() ).not.toHaveProperty( 'password' );
		const updated = await client.post( `${ LISTINGS }/${ id }`, {
			data: { title: 'Senior Rose Gardener' },
		} );
		expect( updated.status() ).toBe( 200 );
		expect( await updated.json() ).not.toHaveProperty( 'password' );
		const asModerator = ( await readListing( requestUtils, id ) ) as {
			password?: string;
		};
		expect( asModerator.password ).toBe( 'moderators-only' );
		await client.dispose();
	} );

	test.describe( 'without JavaScript', () => {
		test.use( { javaScriptEnabled: false } );

		test( 'a form that requires the logo saves an edit of a listing that has one without asking for it again', async ( {
			page,
			requestUtils,
		} ) => {
			const { id: pageId } = await requestUtils.createPage( {
				title: 'Post with a required logo',
				status: 'publish',
				content:
					'<!-- wp:job-submit-block/form {"fields":{"company_logo":{"required":true}}} /-->',
			} );
			const member = await createUser( requestUtils, 'subscriber' );
			const form = new JobFormPage( page );
			await form.logIn( member.username );
			await form.open( pageId );
			await form.field( 'Job title' ).fill( 'Night Gardener' );
			await form.field( 'Job description' ).fill( 'Tend the roses.' );
			await form.field( /How to apply/ ).fill( 'jobs@green.example' );
			await form.block.getByLabel( 'Company logo' ).setInputFiles( LOGO );
			await form.submitButton().click();
			await expect( form.block ).toContainText( 'awaiting review' );
			const [ listing ] = ( await requestUtils.rest( {
				path: '/wp/v2/job-listings',
				params: { author: member.id, status: 'pending' },
			} ) ) as Array< { id: number; featured_media: number } >;
			expect( listing.featured_media ).toBeGreaterThan( 0 );

			await page.goto(
				`/?page_id=${ pageId }&edit_listing=${ listing.id }`
			);
			await form
				.field( 'Job title' )
				.fill( 'Night Gardener, nights only' );
			// The listing keeps its logo: the browser must not ask for one before sending.
			await expect(
				form.block.getByLabel( 'Company logo' )
			).not.toHaveAttribute( 'required' );
			await form.submitButton( 'Save changes' ).click();
			await expect( form.block ).toContainText(
				'Your changes are saved'
			);
			expect(
				await readListing( requestUtils, listing.id )
			).toMatchObject( {
				title: { raw: 'Night Gardener, nights only' },
				featured_media: listing.featured_media,
			} );
		} );
	} );
} );
