/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

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
import { JobFormPage } from './job-form.page';
import { installGermanTranslation, wpContentFolder } from './utils/german';
import {
	LISTINGS,
	PASSWORD,
	applicationPasswordClient,
	cookieClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';
import { emptyMailbox, keptMails } from './utils/mailbox';
import { logInOnScreen } from './utils/login-screen';
import { publishFormPage } from './utils/form-page';
import { withSettings } from './utils/settings';

/**
 * Sets the site's language, as Settings → General does.
 *
 * @param requestUtils The admin's request utilities.
 * @param locale       A locale, or '' for English.
 */
async function setSiteLanguage( requestUtils: RequestUtils, locale: string ) {
	await requestUtils.rest( {
		method: 'POST',
		path: '/job-submit-block-test/v1/language',
		data: { locale },
	} );
}

/**
 * Logs in through wp-login.php by the form's fields, whatever the page's language.
 *
 * @param page     A page of the member's own browser context.
 * @param username The user's login.
 */
async function logIn( page: Page, username: string ) {
	await page.goto( '/wp-login.php' );
	// WordPress's own strings come from Debian's German translation of WordPress.
	await expect( page.locator( '#wp-submit' ) ).toHaveValue( 'Anmelden' );
	await logInOnScreen( page, username, PASSWORD );
	await page.waitForURL( /wp-admin|\/$/ );
}

test.describe( 'The plugin in German', () => {
	let removeTranslation: () => void;

	test.beforeAll( async ( { requestUtils } ) => {
		removeTranslation = installGermanTranslation( wpContentFolder() );
		await requestUtils.activatePlugin(
			'job-submit-block-test-site-language'
		);
		await requestUtils.activatePlugin( 'job-submit-block-test-mailbox' );
	} );

	test.beforeEach( async ( { requestUtils } ) => {
		await setSiteLanguage( requestUtils, 'de_DE' );
		await emptyMailbox( requestUtils );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await setSiteLanguage( requestUtils, '' );
		await requestUtils.deactivatePlugin( 'job-submit-block-test-mailbox' );
		await requestUtils.deactivatePlugin(
			'job-submit-block-test-site-language'
		);
		removeTranslation();
	} );

	test( 'a member meets the form, its messages from the page and from the server, and the moderators’ e-mail in German', async ( {
		browser,
		requestUtils,
	} ) => {
		const { id: pageId } = await publishFormPage(
			requestUtils,
			'Stelle ausschreiben'
		);
		const member = await createUser( requestUtils, 'subscriber' );
		const context = await browser.newContext( {
			storageState: { cookies: [], origins: [] },
		} );
		const form = new JobFormPage( await context.newPage() );
		await logIn( form.page, member.username );
		await form.open( pageId );

		// Labels translated by the server, messages by the view script.
		await form.submitButton( 'Stelle einreichen' ).click();
		await expect(
			form.block.locator( '[data-field="title"]' )
		).toContainText( 'Stellenbezeichnung ist erforderlich.' );

		// The server's own field messages.
		const api = await applicationPasswordClient( requestUtils, member );
		const refused = await api.post( LISTINGS, {
			data: listingPayload( {
				meta: {
					_company_website: 'kein Link',
					_application: 'jobs@green.example',
				},
			} ),
		} );
		expect( ( await refused.json() ).data.params ).toEqual( {
			company_website:
				'Geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt.',
		} );
		await api.dispose();

		await form.field( 'Stellenbezeichnung' ).fill( 'Leuchtturmwärter' );
		await form.field( 'Stellenbeschreibung' ).fill( 'Das Licht hüten.' );
		const apply = form.field( 'So bewerben Sie sich (E-Mail oder URL)' );
		await apply.fill( 'jobs@coast.example' );
		// Leaving the field clears its message and moves the button; then click it.
		await apply.blur();
		await expect(
			form.block.locator( '[data-field="application"]' )
		).not.toContainText( 'ist erforderlich' );
		await form.submitButton( 'Stelle einreichen' ).click();
		await expect( form.block ).toContainText(
			'Danke! Ihre Stellenanzeige wurde eingereicht und wartet auf Prüfung.'
		);
		await context.close();

		expect( await keptMails( requestUtils ) ).toEqual( [
			expect.objectContaining( {
				subject: expect.stringContaining(
					'Neue Stellenanzeige wartet auf Prüfung: Leuchtturmwärter'
				),
			} ),
		] );
	} );

	test( 'the site builder’s editor and the settings screen are in German', async ( {
		admin,
		editor,
		page,
	} ) => {
		await admin.createNewPost( { postType: 'page' } );
		await editor.insertBlock( { name: 'job-submit-block/form' } );
		// The canvas draws the server's translated labels.
		await expect(
			editor.canvas.locator( '.wp-block-job-submit-block-form' )
		).toContainText( 'Stellenbezeichnung' );
		await editor.openDocumentSettingsSidebar();
		// block.json's title, translated by WordPress with its context.
		await expect(
			page.locator( '.block-editor-block-card__title' )
		).toContainText( 'Stellenformular' );
		// The inspector, translated by the editor script's own translations.
		await expect(
			page.getByRole( 'button', { name: 'Felder' } )
		).toBeVisible();

		await admin.visitAdminPage(
			'edit.php',
			'post_type=job_listing&page=job-submit-block-settings'
		);
		await expect(
			page.getByRole( 'heading', {
				name: 'Einstellungen zur Stelleneinreichung',
			} )
		).toBeVisible();
		await expect( page.getByText( 'Wer einreichen darf' ) ).toBeVisible();
	} );

	test( 'an author is written to in their own language on an English site', async ( {
		requestUtils,
	} ) => {
		await setSiteLanguage( requestUtils, '' );
		const member = await createUser( requestUtils, 'subscriber' );
		await requestUtils.rest( {
			method: 'POST',
			path: `/wp/v2/users/${ member.id }`,
			data: { locale: 'de_DE' },
		} );
		// The moderators' address is no account's, and the member's request asks for the
		// member's language (`_locale=user`, as the form's requests do).
		const restore = await withSettings( requestUtils, {
			job_submit_block_notification_email: 'jobs-desk@example.com',
		} );
		try {
			// Logged in by cookie, as the form is: WordPress knows the member, and their
			// language, from the start of the request.
			const browser = await cookieClient( member.username );
			const created = await browser.context.post(
				`${ LISTINGS }?_locale=user`,
				{
					headers: { 'X-WP-Nonce': browser.nonce },
					data: listingPayload( { title: 'Nachtbäcker' } ),
				}
			);
			expect( created.status() ).toBe( 201 );
			const { id } = await created.json();
			await browser.context.dispose();

			await requestUtils.rest( {
				method: 'POST',
				path: `/wp/v2/job-listings/${ id }`,
				data: { status: 'publish' },
			} );
			const sent = await keptMails( requestUtils );
			// The moderators' mail in the site's language, the author's in theirs.
			expect( sent[ 0 ] ).toMatchObject( {
				to: [ 'jobs-desk@example.com' ],
				subject: expect.stringContaining(
					'New job listing awaiting review: Nachtbäcker'
				),
			} );
			expect( sent[ 1 ] ).toMatchObject( {
				to: [ `${ member.username }@example.com` ],
				subject: expect.stringContaining(
					'Ihre Stellenanzeige ist online: Nachtbäcker'
				),
			} );
		} finally {
			await restore();
		}
	} );
} );
