/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { listingsBy, readListing } from './utils/listings';
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';
import { publishFormPage } from './utils/form-page';

/** The test-only plugin adding "Hiring manager" and "Team website" (e2e/plugins/extra-fields.php). */
const EXTRA_FIELDS = 'job-submit-block-test-extra-fields';

const CREATE = /\/wp\/v2\/job-listings(\?|$)/;

test.describe( 'A field another plugin adds through job_submit_block_fields', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await requestUtils.activatePlugin( EXTRA_FIELDS );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.deactivatePlugin( EXTRA_FIELDS );
	} );

	test( 'appears in the editor’s inspector and canvas; a removed one does not', async ( {
		admin,
		editor,
		page,
	} ) => {
		await admin.createNewPost( { postType: 'page', title: 'Team jobs' } );
		await editor.insertBlock( { name: 'job-submit-block/form' } );
		await editor.openDocumentSettingsSidebar();
		const settings = page.getByRole( 'region', {
			name: 'Editor settings',
		} );

		const manager = settings.getByRole( 'group', {
			name: 'Hiring manager',
		} );
		await expect( manager ).toBeVisible();
		await expect(
			manager.getByRole( 'textbox', { name: 'Help text' } )
		).toHaveAttribute( 'placeholder', 'Who reads the applications.' );
		const team = settings.getByRole( 'group', { name: 'Team website' } );
		await expect(
			team.getByRole( 'checkbox', { name: 'Required' } )
		).toBeChecked();
		await expect(
			team.getByRole( 'checkbox', { name: 'Required' } )
		).toBeDisabled();
		await expect(
			settings.getByRole( 'group', { name: 'Company tagline' } )
		).toHaveCount( 0 );

		await expect(
			editor.canvas.locator( '[data-field="hiring_manager"]' )
		).toContainText( 'Hiring manager' );
		await expect(
			editor.canvas.locator( '[data-field="team_website"]' )
		).toContainText( 'Team website' );
		await expect(
			editor.canvas.locator( '[data-field="company_tagline"]' )
		).toHaveCount( 0 );
	} );

	test.describe( 'on the page', () => {
		test.use( { storageState: { cookies: [], origins: [] } } );

		test( 'renders, is checked in the browser, and is stored', async ( {
			page,
			requestUtils,
		} ) => {
			const { id: pageId } = await publishFormPage(
				requestUtils,
				'Team jobs board'
			);
			const member = await createUser( requestUtils, 'subscriber' );
			const form = new JobFormPage( page );
			await form.logIn( member.username );
			await form.open( pageId );

			await expect( form.field( 'Hiring manager' ) ).toHaveAttribute(
				'maxlength',
				'100'
			);
			await expect( form.field( 'Team website' ) ).toHaveAttribute(
				'required',
				''
			);
			await expect( form.field( 'Company tagline' ) ).toHaveCount( 0 );

			const creates: string[] = [];
			page.on( 'request', ( request ) => {
				if (
					request.method() === 'POST' &&
					CREATE.test( request.url() )
				) {
					creates.push( request.url() );
				}
			} );
			await form.fillValid( 'Release Manager' );
			await form.field( 'Hiring manager' ).fill( 'Ada Lovelace' );
			await form.field( 'Team website' ).fill( 'our team page' );
			await form.field( 'Team website' ).blur();
			const team = form.block.locator( '[data-field="team_website"]' );
			await expect( team ).toContainText(
				'Enter a web address starting with http:// or https://.'
			);
			await form.submitButton().click();
			await expect( form.status ).toHaveText( 'Please correct 1 field.' );
			await expect( form.field( 'Team website' ) ).toBeFocused();
			expect( creates ).toEqual( [] );

			await form
				.field( 'Team website' )
				.fill( 'https://team.coast.example' );
			// Leaving the field clears its message; the button then stays where it is clicked.
			await form.field( 'Team website' ).blur();
			await expect( team ).not.toContainText( 'Enter a web address' );
			await form.submitButton().click();
			await expect( form.block ).toContainText( 'awaiting review' );
			expect( creates ).toHaveLength( 1 );

			const [ listing ] = await listingsBy( requestUtils, member.id );
			expect( listing ).toMatchObject( {
				title: { raw: 'Release Manager' },
				meta: {
					_hiring_manager: 'Ada Lovelace',
					_team_website: 'https://team.coast.example',
				},
			} );
			expect( listing.meta ).not.toHaveProperty( '_company_tagline' );
		} );
	} );

	test.describe( 'without JavaScript', () => {
		test.use( {
			storageState: { cookies: [], origins: [] },
			javaScriptEnabled: false,
		} );

		test( 'is checked by the server and stored through the plain form', async ( {
			page,
			requestUtils,
		} ) => {
			const { id: pageId } = await requestUtils.createPage( {
				title: 'Team jobs board, plain',
				status: 'publish',
				content: '<!-- wp:job-submit-block/form /-->',
			} );
			const member = await createUser( requestUtils, 'subscriber' );
			const form = new JobFormPage( page );
			await form.logIn( member.username );
			await form.open( pageId );

			// A web address the browser lets through and the server refuses.
			await form.fillValid( 'Release Manager' );
			await form.field( 'Hiring manager' ).fill( 'Ada Lovelace' );
			await form.field( 'Team website' ).fill( 'ftp://team.example' );
			await form.submitButton().click();
			await expect(
				form.block.locator( '[data-field="team_website"]' )
			).toContainText(
				'Enter a web address starting with http:// or https://.'
			);
			await expect( form.field( 'Hiring manager' ) ).toHaveValue(
				'Ada Lovelace'
			);
			expect( await listingsBy( requestUtils, member.id ) ).toEqual( [] );

			await form
				.field( 'Team website' )
				.fill( 'https://team.coast.example' );
			await form.submitButton().click();
			await expect( form.block ).toContainText( 'awaiting review' );
			const [ listing ] = await listingsBy( requestUtils, member.id );
			expect( listing.meta ).toMatchObject( {
				_hiring_manager: 'Ada Lovelace',
				_team_website: 'https://team.coast.example',
			} );
		} );
	} );

	test( 'is registered as meta, required and checked by the server over REST', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		const send = ( meta: Record< string, string > ) =>
			client.post( LISTINGS, {
				data: listingPayload( {
					meta: { ...listingPayload().meta, ...meta },
				} ),
			} );

		const missing = await send( {} );
		expect( missing.status() ).toBe( 400 );
		expect( ( await missing.json() ).data.params ).toEqual( {
			team_website: 'Team website is required.',
		} );

		const bad = await send( {
			_team_website: 'our team page',
			_hiring_manager: 'x'.repeat( 101 ),
		} );
		expect( bad.status() ).toBe( 400 );
		expect( ( await bad.json() ).data.params ).toEqual( {
			team_website:
				'Enter a web address starting with http:// or https://.',
			hiring_manager: 'Hiring manager must be at most 100 characters.',
		} );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 0 );

		const created = await send( {
			_team_website: 'https://team.green.example',
			_hiring_manager: 'Grace Hopper',
		} );
		expect( created.status() ).toBe( 201 );
		const { id, meta } = await created.json();
		expect( meta ).toMatchObject( {
			_team_website: 'https://team.green.example',
			_hiring_manager: 'Grace Hopper',
		} );
		expect( ( await readListing( requestUtils, id ) ).meta ).toMatchObject(
			{
				_team_website: 'https://team.green.example',
				_hiring_manager: 'Grace Hopper',
			}
		);

		const options = ( await requestUtils.rest( {
			method: 'OPTIONS',
			path: '/wp/v2/job-listings',
		} ) ) as {
			schema: {
				properties: {
					meta: { properties: Record< string, unknown > };
				};
			};
		};
		const metaSchema = options.schema.properties.meta.properties;
		expect( metaSchema._team_website ).toMatchObject( {
			type: 'string',
			format: 'uri',
		} );
		expect( metaSchema._hiring_manager ).toMatchObject( {
			type: 'string',
			maxLength: 100,
		} );
		expect( metaSchema ).not.toHaveProperty( '_company_tagline' );
		await client.dispose();
	} );
} );
