/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { JPEG_WITH_EXIF } from './utils/images';
import { listingsBy, type StoredListing } from './utils/listings';
import { createUser, type TestUser } from './utils/rest-clients';
import { withSettings } from './utils/settings';
import { logInOnScreen } from './utils/login-screen';
import { publishFormPage } from './utils/form-page';

const LOGO_ROUTE = /\/job-submit-block\/v1\/listings\/\d+\/logo/;
const EXTRAS_SCRIPT = /\/build\/form-extras\.js/;

/** The logo the member picks: a real JPEG. */
const LOGO = {
	name: 'logo.jpg',
	mimeType: 'image/jpeg',
	buffer: JPEG_WITH_EXIF,
};

test.describe( 'The form when a part of the post fails', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	let member: TestUser;
	let form: JobFormPage;

	test.beforeEach( async ( { page, requestUtils } ) => {
		member = await createUser( requestUtils, 'subscriber' );
		form = new JobFormPage( page );
		await form.logIn( member.username );
	} );

	test( 'a logo lost on the way is said, even with a page to go to, and can be sent again', async ( {
		page,
		requestUtils,
	} ) => {
		const thanks = await requestUtils.createPage( {
			title: 'Thanks for posting',
			status: 'publish',
		} );
		const { id } = await requestUtils.createPage( {
			title: 'Post with a logo and go',
			status: 'publish',
			content: `<!-- wp:job-submit-block/form {"redirectPageId":${ thanks.id }} /-->`,
		} );
		await form.open( id );
		await form.fillValid( 'Harbour Pilot' );
		await form.block.getByLabel( 'Company logo' ).setInputFiles( LOGO );
		await page.route( LOGO_ROUTE, ( route ) =>
			route.abort( 'internetdisconnected' )
		);
		await form.submitButton().click();

		const notice = form.block.getByRole( 'status' ).last();
		await expect( notice ).toContainText( 'awaiting review' );
		// The plugin's own words, not api-fetch's ("You are probably offline.").
		await expect(
			notice.getByText( /^The listing was submitted, but/ )
		).toHaveText(
			'The listing was submitted, but its logo could not be sent. Check your connection and send it again.'
		);
		await expect(
			notice.getByRole( 'link', { name: 'Continue' } )
		).toHaveAttribute(
			'href',
			new RegExp( `page_id=${ thanks.id }|thanks` )
		);
		await expect( page ).not.toHaveTitle( /Thanks for posting/ );

		// A server error on the second try (an HTML error page, which api-fetch reports as
		// "The response is not a valid JSON response."): the plugin's words again.
		await page.unroute( LOGO_ROUTE );
		await page.route( LOGO_ROUTE, ( route ) =>
			route.fulfill( {
				status: 500,
				contentType: 'text/html',
				body: '<html><body>Internal Server Error</body></html>',
			} )
		);
		await notice
			.getByRole( 'button', { name: 'Send the logo again' } )
			.click();
		await expect(
			notice.getByText( /^The logo was not stored/ )
		).toHaveText(
			'The logo was not stored: it could not be sent. Check your connection and send it again.'
		);

		// Back online: the picked file is still there, sent again with one press.
		await page.unroute( LOGO_ROUTE );
		await notice
			.getByRole( 'button', { name: 'Send the logo again' } )
			.click();
		await expect( notice ).toContainText(
			'The logo is stored with the listing.'
		);
		// The button pressed is gone: the keyboard is on the notice, not the page's top.
		await expect( notice ).toBeFocused();
		const [ listing, ...others ] = ( await listingsBy(
			requestUtils,
			member.id
		) ) as ( StoredListing & { featured_media: number } )[];
		expect( others ).toEqual( [] );
		expect( listing.featured_media ).toBeGreaterThan( 0 );
	} );

	test( 'a preview whose script cannot be fetched says so, and one click opens one preview', async ( {
		page,
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, {
			job_submit_block_preview_required: true,
		} );
		try {
			const { id } = await publishFormPage(
				requestUtils,
				'Preview first'
			);
			await page.route( EXTRAS_SCRIPT, ( route ) =>
				route.abort( 'internetdisconnected' )
			);
			await form.open( id );
			await form.field( 'Job title' ).fill( 'Deck Hand' );
			await form.field( 'Job description' ).fill( 'Scrub the deck.' );
			await form.field( 'Company name' ).fill( 'Coast Guard Co' );
			await form.field( 'Location' ).fill( 'Sagres' );
			await form.field( /How to apply/ ).fill( 'jobs@coast.example' );
			await form.block.getByRole( 'button', { name: 'Preview' } ).click();
			await expect( form.status ).toContainText(
				'The preview could not be loaded'
			);
			await expect( form.status ).toHaveClass( /is-error/ );

			// Back online, without leaving the page: a double click on Preview fetches the
			// script again and shows one preview.
			await page.unroute( EXTRAS_SCRIPT );
			await form.block
				.getByRole( 'button', { name: 'Preview' } )
				.dblclick();
			await expect(
				form.block.getByRole( 'button', { name: 'Submit job' } )
			).toHaveCount( 1 );
			await form.block
				.getByRole( 'button', { name: 'Submit job' } )
				.click();
			await expect( form.block ).toContainText( 'awaiting review' );
		} finally {
			await restore();
		}
	} );

	test( 'logged out with a logo picked: the restored draft asks for the logo again', async ( {
		page,
		context,
		requestUtils,
	} ) => {
		const { id } = await publishFormPage(
			requestUtils,
			'Post after a log-out'
		);
		await form.open( id );
		await form.fillValid( 'Ferry Captain' );
		await form.block.getByLabel( 'Company logo' ).setInputFiles( LOGO );
		await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );
		await context.clearCookies();
		await form.submitButton().click();
		await form.status.getByRole( 'link', { name: 'Log in' } ).click();
		await logInOnScreen( page, member.username );

		await expect( form.field( 'Job title' ) ).toHaveValue(
			'Ferry Captain'
		);
		await expect( form.status ).toContainText(
			'except its logo: please pick the logo again'
		);
	} );

	test( 'a toolbar that could not be fetched is fetched again on the next focus, and the words typed stay', async ( {
		page,
		requestUtils,
	} ) => {
		const { id } = await publishFormPage(
			requestUtils,
			'Toolbar after a drop'
		);
		await page.route( EXTRAS_SCRIPT, ( route ) =>
			route.abort( 'internetdisconnected' )
		);
		await form.open( id );
		// Settles once the loader has taken the failed script element away again, which is
		// when the failed load is over.
		const failed = page.evaluate(
			() =>
				new Promise< void >( ( resolve ) =>
					new MutationObserver( ( records, observer ) => {
						const gone = records.some( ( record ) =>
							Array.from( record.removedNodes ).some(
								( node ) =>
									node instanceof HTMLScriptElement &&
									node.src.includes( 'form-extras' )
							)
						);
						if ( gone ) {
							observer.disconnect();
							resolve();
						}
					} ).observe( document.body, { childList: true } )
				)
		);
		await form.description.click();
		await page.keyboard.type( 'Keep the light' );
		await failed;
		const toolbar = form.block.getByRole( 'toolbar', {
			name: 'Description formatting',
		} );
		await expect( toolbar ).toHaveCount( 0 );
		await expect( form.description ).toHaveValue( 'Keep the light' );

		// Back online: the next focus in the form, here leaving the description, fetches the
		// toolbar. It replaces the textarea when it arrives; clicking the description before
		// that could land in the textarea as it is hidden, and the words typed after nowhere.
		await page.unroute( EXTRAS_SCRIPT );
		await form.field( 'Job title' ).click();
		await expect( toolbar ).toBeVisible();
		await form.description.click();
		await page.keyboard.press( 'End' );
		await page.keyboard.type( ' burning.' );
		await expect( form.description ).toHaveText(
			'Keep the light burning.'
		);
	} );

	test( 'words typed while the toolbar loads stay, and typing goes on after them', async ( {
		page,
		requestUtils,
	} ) => {
		const { id } = await publishFormPage(
			requestUtils,
			'Type before the toolbar'
		);
		// The toolbar's script is held until the first words are typed.
		let release = () => {};
		const typed = new Promise< void >( ( resolve ) => {
			release = resolve;
		} );
		await page.route( EXTRAS_SCRIPT, async ( route ) => {
			await typed;
			await route.continue();
		} );
		await form.open( id );
		await form.field( 'Job description' ).click();
		await page.keyboard.type( 'Keep the light' );
		release();
		await form.block
			.getByRole( 'toolbar', { name: 'Description formatting' } )
			.waitFor();
		await page.keyboard.type( ' burning.' );
		await expect( form.description ).toHaveText(
			'Keep the light burning.'
		);
	} );
} );
