/**
 * WordPress dependencies
 */
import {
	test,
	expect,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext } from '@playwright/test';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { markDebugLog } from './utils/debug-log';
import {
	JPEG_WITH_EXIF,
	PHP_AS_PNG,
	SVG_WITH_SCRIPT,
	oversizedPng,
	pngWithBrokenPixels,
} from './utils/images';
import { listingsBy, readListing } from './utils/listings';
import { emptyMailbox, keptMails, mailsAbout } from './utils/mailbox';
import {
	BASE_URL,
	cookieClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';
import { withSettings } from './utils/settings';

const INSPECTOR = 'job-submit-block-test-logo-inspector';
const LOGO_ROUTE = ( id: number ) =>
	`/wp-json/job-submit-block/v1/listings/${ id }/logo`;

interface Stored {
	files: string[];
	attachments: number;
	logo?: {
		id: number;
		author: number;
		parent: number;
		mime: string;
		hasExif: boolean;
	};
	terms?: { acceptedAt: string; page: number; revision: number };
}

test.describe( 'The form members expect: logo, formatting, preview, terms, salary', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	let pageId: number;
	let termsPageId: number;

	test.beforeAll( async ( { requestUtils } ) => {
		await requestUtils.activatePlugin( INSPECTOR );
		( { id: termsPageId } = await requestUtils.createPage( {
			title: 'Posting terms',
			status: 'publish',
			content:
				'<!-- wp:paragraph --><p>Be honest.</p><!-- /wp:paragraph -->',
		} ) );
		( { id: pageId } = await requestUtils.createPage( {
			title: 'Post with logo',
			status: 'publish',
			content: `<!-- wp:job-submit-block/form {"salaryCurrency":"EUR","salaryUnit":"YEAR","termsPageId":${ termsPageId }} /-->`,
		} ) );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.deactivatePlugin( INSPECTOR );
	} );

	const stored = async ( requestUtils: RequestUtils, listing = 0 ) =>
		( await requestUtils.rest( {
			path: '/job-submit-block-test/v1/stored',
			params: { listing },
		} ) ) as Stored;

	test( 'a member formats the description, adds a logo, previews, accepts the terms and submits with currency and unit', async ( {
		page,
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const form = new JobFormPage( page );
		await form.logIn( member.username );
		// From the form on: logging in lands in wp-admin, which asks wordpress.org for updates.
		const log = markDebugLog();
		await form.open( pageId );

		await form.field( 'Job title' ).fill( 'Rose Gardener' );
		// Keyboard only: the toolbar arrives on the form's first focus.
		const description = form.block.getByRole( 'textbox', {
			name: 'Job description',
		} );
		await form.field( 'Job title' ).press( 'Tab' );
		await expect(
			form.block.getByRole( 'toolbar', {
				name: 'Description formatting',
			} )
		).toBeVisible();
		await expect( description ).toHaveAttribute(
			'contenteditable',
			'true'
		);
		await description.focus();
		await page.keyboard.type( 'Tend the ' );
		await page.keyboard.press( 'Control+b' );
		await expect(
			form.block.getByRole( 'button', { name: 'Bold' } )
		).toHaveAttribute( 'aria-pressed', 'true' );
		await page.keyboard.type( 'roses' );
		await page.keyboard.press( 'Control+b' );
		await page.keyboard.type( '.' );
		await page.keyboard.press( 'Enter' );
		await form.block
			.getByRole( 'button', { name: 'Bulleted list' } )
			.click();
		await expect(
			form.block.getByRole( 'button', { name: 'Bulleted list' } )
		).toHaveAttribute( 'aria-pressed', 'true' );
		await page.keyboard.type( 'Water' );
		await page.keyboard.press( 'Enter' );
		await page.keyboard.type( 'Prune' );

		await form.field( 'Company name' ).fill( 'Green Ltd' );
		await form.field( /How to apply/ ).fill( 'jobs@green.example' );
		await form.field( 'Salary' ).fill( '30000' );
		await expect( form.field( 'Salary currency' ) ).toHaveValue( 'EUR' );
		await expect(
			form.block.getByRole( 'combobox', { name: 'Salary unit' } )
		).toHaveValue( 'YEAR' );
		await form.block.getByLabel( 'Company logo' ).setInputFiles( {
			name: 'logo.jpg',
			mimeType: 'image/jpeg',
			buffer: JPEG_WITH_EXIF,
		} );
		await expect(
			form.block.getByRole( 'img', { name: 'The logo you picked' } )
		).toBeVisible();

		// Errors shown, with the toolbar: the terms are required once a page is chosen.
		await form.submitButton().click();
		await expect(
			form.block.getByText( 'I accept the terms is required.' )
		).toBeVisible();
		expect(
			(
				await new AxeBuilder( { page } )
					.include( '.wp-block-job-submit-block-form' )
					.analyze()
			).violations
		).toEqual( [] );
		await form.block
			.getByRole( 'checkbox', { name: 'I accept the terms' } )
			.check();
		await expect(
			form.block.getByRole( 'link', { name: /Posting terms/ } )
		).toHaveAttribute( 'href', /posting-terms|page_id=/ );

		// Preview, Edit, Preview again: no request, everything in place.
		const requests: string[] = [];
		page.on( 'request', ( request ) => {
			if (
				request.url().includes( '/wp-json/' ) ||
				request.method() === 'POST'
			) {
				requests.push( request.url() );
			}
		} );
		// By keyboard: a click could land after the terms message above it is cleared.
		await form.block.getByRole( 'button', { name: 'Preview' } ).focus();
		await page.keyboard.press( 'Enter' );
		const preview = form.block.getByRole( 'region', {
			name: 'Preview of your listing',
		} );
		await expect( preview ).toBeVisible();
		await expect(
			preview.getByRole( 'heading', { name: 'Rose Gardener' } )
		).toBeVisible();
		await expect(
			preview.locator( 'strong', { hasText: 'roses' } )
		).toBeVisible();
		await expect(
			preview.getByRole( 'listitem' ).filter( { hasText: 'Prune' } )
		).toBeVisible();
		await expect( preview ).toContainText( '30000 EUR per year' );
		await expect(
			preview.getByRole( 'img', { name: 'Logo of Green Ltd' } )
		).toBeVisible();
		await expect( form.field( 'Job title' ) ).toBeHidden();
		expect(
			(
				await new AxeBuilder( { page } )
					.include( '.wp-block-job-submit-block-form' )
					.analyze()
			).violations
		).toEqual( [] );
		await preview.getByRole( 'button', { name: 'Edit' } ).click();
		await expect( form.field( 'Job title' ) ).toHaveValue(
			'Rose Gardener'
		);
		await expect( description ).toContainText( 'Prune' );
		await expect(
			form.block.getByRole( 'button', { name: 'Preview' } )
		).toBeFocused();
		await page.keyboard.press( 'Enter' );
		expect( requests ).toEqual( [] );

		const created = page.waitForResponse(
			/job-submit-block\/v1\/listings\/\d+\/logo/
		);
		await preview.getByRole( 'button', { name: 'Submit job' } ).click();
		expect( ( await created ).status() ).toBe( 201 );
		await expect( form.block ).toContainText( 'awaiting review' );

		const [ listing ] = await listingsBy( requestUtils, member.id );
		const full = ( await readListing(
			requestUtils,
			listing.id
		) ) as Awaited< ReturnType< typeof readListing > > & {
			featured_media: number;
		};
		expect( full.content.raw ).toBe(
			'<p>Tend the <strong>roses</strong>.</p><ul><li>Water</li><li>Prune</li></ul>'
		);
		expect( full.meta ).toMatchObject( {
			_job_salary: '30000',
			_job_salary_currency: 'EUR',
			_job_salary_unit: 'YEAR',
			_job_terms_accepted: 1,
		} );
		const facts = await stored( requestUtils, listing.id );
		expect( full.featured_media ).toBe( facts.logo?.id );
		expect( facts.logo ).toMatchObject( {
			author: member.id,
			parent: listing.id,
			mime: 'image/jpeg',
			hasExif: false,
		} );
		expect( facts.terms?.page ).toBe( termsPageId );
		expect( facts.terms?.revision ).toBeGreaterThan( 0 );
		expect( facts.terms?.acceptedAt ).toMatch( /^\d{4}-\d\d-\d\dT/ );
		expect( log.problemsSince() ).toEqual( [] );
	} );

	test( 'the logo route refuses what is not a member’s image for their own listing, and leaves nothing behind', async ( {
		requestUtils,
	} ) => {
		const log = markDebugLog();
		const owner = await createUser( requestUtils, 'subscriber' );
		const other = await createUser( requestUtils, 'subscriber' );
		const ownerClient = await cookieClient( owner.username );
		const otherClient = await cookieClient( other.username );
		const made = await ownerClient.context.post(
			'/wp-json/wp/v2/job-listings',
			{
				headers: { 'X-WP-Nonce': ownerClient.nonce },
				data: listingPayload(),
			}
		);
		expect( made.status() ).toBe( 201 );
		const { id } = ( await made.json() ) as { id: number };
		const before = await stored( requestUtils );

		const send = (
			client: { context: APIRequestContext; nonce: string } | null,
			file: { name: string; mimeType: string; buffer: Buffer },
			listing = id
		) =>
			( client?.context ?? ownerClient.context ).post(
				LOGO_ROUTE( listing ),
				{
					headers: client ? { 'X-WP-Nonce': client.nonce } : {},
					multipart: { logo: file },
				}
			);
		const cases: Array<
			[ string, Awaited< ReturnType< typeof send > >, number, RegExp ]
		> = [
			[
				'too big',
				await send( ownerClient, {
					name: 'big.png',
					mimeType: 'image/png',
					buffer: oversizedPng( 2 * 1024 * 1024 + 1 ),
				} ),
				413,
				/too big: the most is 2 MB/,
			],
			[
				'PHP named .png',
				await send( ownerClient, {
					name: 'logo.png',
					mimeType: 'image/png',
					buffer: PHP_AS_PNG,
				} ),
				415,
				/must be an image file: JPEG, PNG, WebP or GIF/,
			],
			[
				'SVG with a script',
				await send( ownerClient, {
					name: 'logo.svg',
					mimeType: 'image/svg+xml',
					buffer: SVG_WITH_SCRIPT,
				} ),
				415,
				/must be an image file/,
			],
			[
				'another member’s listing',
				await send( otherClient, {
					name: 'logo.jpg',
					mimeType: 'image/jpeg',
					buffer: JPEG_WITH_EXIF,
				} ),
				404,
				/only to your own listing/,
			],
		];
		const guest = await (
			await import( '@playwright/test' )
		).request.newContext( {
			baseURL: BASE_URL,
			storageState: { cookies: [], origins: [] },
		} );
		cases.push( [
			'a guest',
			await guest.post( LOGO_ROUTE( id ), {
				multipart: {
					logo: {
						name: 'logo.jpg',
						mimeType: 'image/jpeg',
						buffer: JPEG_WITH_EXIF,
					},
				},
			} ),
			401,
			/log in/i,
		] );
		for ( const [ name, response, status, message ] of cases ) {
			expect( response.status(), name ).toBe( status );
			expect(
				( ( await response.json() ) as { message: string } ).message,
				name
			).toMatch( message );
		}
		const after = await stored( requestUtils, id );
		expect( after.files ).toEqual( before.files );
		expect( after.attachments ).toBe( before.attachments );
		expect( after.logo?.id ).toBe( 0 );

		// The owner's own image is stored once; sent again, it replaces the first.
		const first = await send( ownerClient, {
			name: 'logo.jpg',
			mimeType: 'image/jpeg',
			buffer: JPEG_WITH_EXIF,
		} );
		expect( first.status() ).toBe( 201 );
		const again = await send( ownerClient, {
			name: 'logo.jpg',
			mimeType: 'image/jpeg',
			buffer: JPEG_WITH_EXIF,
		} );
		expect( again.status() ).toBe( 201 );
		expect( ( await stored( requestUtils ) ).attachments ).toBe(
			before.attachments + 1
		);

		// A listing deleted takes its logo with it.
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/job-listings/${ id }`,
			params: { force: true },
		} );
		const gone = await stored( requestUtils );
		expect( gone.attachments ).toBe( before.attachments );
		expect( gone.files ).toEqual( before.files );
		await Promise.all( [
			guest.dispose(),
			ownerClient.context.dispose(),
			otherClient.context.dispose(),
		] );
		expect( log.problemsSince() ).toEqual( [] );
	} );

	test( 'with preview required, submitting shows the preview first, and only the preview submits', async ( {
		page,
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, {
			job_submit_block_preview_required: true,
		} );
		try {
			const member = await createUser( requestUtils, 'subscriber' );
			const form = new JobFormPage( page );
			await form.logIn( member.username );
			await form.open( pageId );
			await expect( form.submitButton() ).toBeHidden();
			await form.field( 'Job title' ).fill( 'Previewed Gardener' );
			await form.fillDescription( 'Dig.' );
			await form.field( /How to apply/ ).fill( 'jobs@green.example' );
			await form.block
				.getByRole( 'checkbox', { name: 'I accept the terms' } )
				.check();
			// Enter in a field submits a form: here it previews.
			await form.field( 'Job title' ).press( 'Enter' );
			const preview = form.block.getByRole( 'region', {
				name: 'Preview of your listing',
			} );
			await expect( preview ).toBeVisible();
			expect( await listingsBy( requestUtils, member.id ) ).toHaveLength(
				0
			);
			// Offline, the preview's Submit fails: the keyboard is left on Preview, in the
			// form, not at the top of the page.
			await page.waitForFunction(
				() => !! window.jobSubmitBlockDataLayer
			);
			await page.context().setOffline( true );
			await preview
				.getByRole( 'button', { name: 'Submit job' } )
				.press( 'Enter' );
			await expect( form.status ).toContainText( 'could not be reached' );
			const previewButton = form.block.getByRole( 'button', {
				name: 'Preview',
			} );
			await expect( previewButton ).toBeFocused();
			await page.context().setOffline( false );

			await previewButton.press( 'Enter' );
			await preview.getByRole( 'button', { name: 'Submit job' } ).click();
			await expect( form.block ).toContainText( 'awaiting review' );
			expect( await listingsBy( requestUtils, member.id ) ).toHaveLength(
				1
			);
		} finally {
			await restore();
		}
	} );

	test.describe( 'without JavaScript', () => {
		test.use( { javaScriptEnabled: false } );

		test( 'the form posts a listing with its logo through the same route, and plain paragraphs', async ( {
			page,
			requestUtils,
		} ) => {
			const member = await createUser( requestUtils, 'subscriber' );
			const form = new JobFormPage( page );
			await form.logIn( member.username );
			await form.open( pageId );
			await form.field( 'Job title' ).fill( 'Night Gardener' );
			await form
				.field( 'Job description' )
				.fill( 'First paragraph.\n\nSecond paragraph.' );
			await form.field( /How to apply/ ).fill( 'jobs@green.example' );
			await form.block
				.getByRole( 'checkbox', { name: 'I accept the terms' } )
				.check();
			await form.block.getByLabel( 'Company logo' ).setInputFiles( {
				name: 'logo.jpg',
				mimeType: 'image/jpeg',
				buffer: JPEG_WITH_EXIF,
			} );
			await form.submitButton().click();
			await expect( form.block ).toContainText( 'awaiting review' );
			const [ listing ] = await listingsBy( requestUtils, member.id );
			const full = await readListing( requestUtils, listing.id );
			expect( full.content.raw ).toBe(
				'<p>First paragraph.</p>\n<p>Second paragraph.</p>'
			);
			const facts = await stored( requestUtils, listing.id );
			expect( facts.logo ).toMatchObject( {
				mime: 'image/jpeg',
				hasExif: false,
				parent: listing.id,
			} );
		} );

		test( 'a post whose request died before its logo was stored is announced once, when sent again', async ( {
			requestUtils,
		} ) => {
			await requestUtils.activatePlugin(
				'job-submit-block-test-mailbox'
			);
			await requestUtils.activatePlugin(
				'job-submit-block-test-dead-requests'
			);
			const restore = await withSettings( requestUtils, {
				job_submit_block_notification_email: 'jobs-desk@example.com',
			} );
			try {
				await emptyMailbox( requestUtils );
				const member = await createUser( requestUtils, 'subscriber' );
				const client = await cookieClient( member.username );
				const html = await (
					await client.context.get( `/?page_id=${ pageId }` )
				).text();
				const hidden = ( name: string ) =>
					new RegExp( `name="${ name }" value="([^"]*)"` ).exec(
						html
					)?.[ 1 ] ?? '';
				const title = `Ferry Deckhand ${ Date.now().toString( 36 ) }`;
				const send = () =>
					client.context.post( `/?page_id=${ pageId }`, {
						maxRedirects: 0,
						multipart: {
							job_submit_form: hidden(
								'job_submit_form'
							).replace( /&quot;/g, '"' ),
							job_submit_nonce: hidden( 'job_submit_nonce' ),
							job_submit_hp: '',
							job_submit_key: hidden( 'job_submit_key' ),
							'job[title]': title,
							'job[description]': 'Cast off.',
							'job[application]': 'jobs@green.example',
							'job[terms_accepted]': '1',
							job_submit_logo: {
								name: 'logo.jpg',
								mimeType: 'image/jpeg',
								buffer: JPEG_WITH_EXIF,
							},
						},
					} );

				await requestUtils.rest( {
					method: 'POST',
					path: '/job-submit-block-test/v1/dead-request/next-logo',
				} );
				await send();
				expect(
					await listingsBy( requestUtils, member.id )
				).toHaveLength( 1 );
				expect( await mailsAbout( requestUtils, title ) ).toEqual( [] );

				expect( ( await send() ).status() ).toBe( 303 );
				expect(
					await listingsBy( requestUtils, member.id )
				).toHaveLength( 1 );
				expect( await mailsAbout( requestUtils, title ) ).toHaveLength(
					1
				);
				await client.context.dispose();
			} finally {
				await restore();
				await requestUtils.deactivatePlugin(
					'job-submit-block-test-dead-requests'
				);
				await requestUtils.deactivatePlugin(
					'job-submit-block-test-mailbox'
				);
			}
		} );

		test( 'a logo that cannot be stored after all leaves no listing, and nobody heard of one', async ( {
			page,
			requestUtils,
		} ) => {
			await requestUtils.activatePlugin(
				'job-submit-block-test-mailbox'
			);
			const restore = await withSettings( requestUtils, {
				job_submit_block_notification_email: 'jobs-desk@example.com',
			} );
			try {
				await emptyMailbox( requestUtils );
				const member = await createUser( requestUtils, 'subscriber' );
				const form = new JobFormPage( page );
				await form.logIn( member.username );
				await form.open( pageId );
				await form.field( 'Job title' ).fill( 'Broken Pixel Painter' );
				await form.field( 'Job description' ).fill( 'Paint.' );
				await form.field( /How to apply/ ).fill( 'jobs@green.example' );
				await form.block
					.getByRole( 'checkbox', { name: 'I accept the terms' } )
					.check();
				await form.block.getByLabel( 'Company logo' ).setInputFiles( {
					name: 'logo.png',
					mimeType: 'image/png',
					buffer: pngWithBrokenPixels(),
				} );
				await form.submitButton().click();
				await expect(
					form.block.getByLabel( 'Company logo' )
				).toHaveAttribute( 'aria-invalid', 'true' );
				await expect( form.field( 'Job title' ) ).toHaveValue(
					'Broken Pixel Painter'
				);
				expect( await listingsBy( requestUtils, member.id ) ).toEqual(
					[]
				);
				expect( await keptMails( requestUtils ) ).toEqual( [] );
			} finally {
				await restore();
				await requestUtils.deactivatePlugin(
					'job-submit-block-test-mailbox'
				);
			}
		} );
	} );
} );
