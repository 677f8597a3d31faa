/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { JobFormPage } from './job-form.page';
import { listingsBy } from './utils/listings';
import { createUser, type TestUser } from './utils/rest-clients';
import { withSettings } from './utils/settings';
import { logInOnScreen } from './utils/login-screen';
import { publishFormPage } from './utils/form-page';

const CREATE = /\/wp\/v2\/job-listings(\?|$)/;

test.describe( 'A member posting a job from the public page', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	let pageId: number;
	let member: TestUser;
	let form: JobFormPage;

	test.beforeAll( async ( { requestUtils } ) => {
		( { id: pageId } = await publishFormPage(
			requestUtils,
			'Advertise a job'
		) );
	} );

	test.beforeEach( async ( { page, requestUtils } ) => {
		member = await createUser( requestUtils, 'subscriber' );
		form = new JobFormPage( page );
		await form.logIn( member.username );
		await form.open( pageId );
	} );

	test.afterEach( () => {
		// Whatever the outcome shown, the data layer never reached what its bundle leaves out.
		expect( form.dataLayerGaps ).toEqual( [] );
	} );

	test(
		'creates a pending listing as the member with every field, meta and term as typed',
		{ tag: '@playground' },
		async ( { requestUtils } ) => {
			await form.fillValid();
			await form
				.field( 'Company website' )
				.fill( 'https://coast.example' );
			await form.field( 'Salary' ).fill( '30000' );
			await form.block
				.getByRole( 'checkbox', { name: 'Remote position' } )
				.check();
			await form.block
				.getByRole( 'radio', { name: 'Part Time' } )
				.check();
			await form.submitButton().click();

			await expect( form.block ).toContainText( 'awaiting review' );
			const [ listing ] = await listingsBy( requestUtils, member.id );
			const [ partTime ] = ( await requestUtils.rest( {
				path: '/wp/v2/job-types',
				params: { slug: 'part-time' },
			} ) ) as Array< { id: number } >;
			expect( listing ).toMatchObject( {
				status: 'pending',
				author: member.id,
				title: { raw: 'Lighthouse Keeper' },
				content: { raw: '<p>Keep the light burning.</p>' },
				meta: {
					_company_name: 'Coast Guard Co',
					_company_website: 'https://coast.example',
					_job_location: 'Sagres',
					_job_salary: '30000',
					_remote_position: 1,
					_application: 'jobs@coast.example',
				},
				'job-types': [ partTime.id ],
			} );
		}
	);

	test( 'a submit sends one request to the server: the create', async ( {
		page,
	} ) => {
		await form.fillValid( 'Ferry Pilot' );
		await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );
		// The script sends the logo itself: its input leaves the form's entries, which FormData
		// would otherwise turn into an empty File, 4 to 10 ms on every read of the values.
		await expect(
			form.block.getByLabel( 'Company logo' )
		).not.toHaveAttribute( 'name' );
		const sent: string[] = [];
		page.on( 'request', ( request ) => {
			if ( request.url().includes( '/wp-json/' ) ) {
				sent.push(
					`${ request.method() } ${ new URL( request.url() ).pathname }`
				);
			}
		} );

		await form.submitButton().click();

		await expect( form.block ).toContainText( 'awaiting review' );
		expect( sent ).toEqual( [ 'POST /wp-json/wp/v2/job-listings' ] );
	} );

	test( 'invalid input gets field messages and focus, and sends nothing', async ( {
		page,
	} ) => {
		const creates: string[] = [];
		page.on( 'request', ( request ) => {
			if ( request.method() === 'POST' && CREATE.test( request.url() ) ) {
				creates.push( request.url() );
			}
		} );
		await form.field( 'Company website' ).fill( 'not a website' );
		await form.submitButton().click();

		await expect( form.field( 'Job title' ) ).toBeFocused();
		await expect( form.field( 'Job title' ) ).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		await expect( form.field( 'Job title' ) ).toHaveAccessibleDescription(
			/Job title is required/
		);
		await expect(
			form.block.locator( '[data-field="company_website"]' )
		).toContainText( 'web address starting with http' );
		await expect( form.status ).toContainText( 'Please correct 4 fields.' );
		expect( creates ).toEqual( [] );

		await form.field( 'Job title' ).fill( 'Keeper' );
		await form.field( 'Job title' ).blur();
		await expect( form.field( 'Job title' ) ).not.toHaveAttribute(
			'aria-invalid'
		);
	} );

	test( 'a term removed meanwhile is reported on its field by the server', async ( {
		requestUtils,
	} ) => {
		const term = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/job-types',
			data: { name: `Seasonal ${ Date.now() }` },
		} ) ) as { id: number; name: string };
		await form.open( pageId );
		await form.fillValid();
		await form.block.getByRole( 'radio', { name: term.name } ).check();
		await requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/job-types/${ term.id }`,
			params: { force: true },
		} );
		await form.submitButton().click();

		await expect(
			form.block.locator( '[data-field="job_type"]' )
		).toContainText( 'no longer available' );
		await expect( form.field( 'Job title' ) ).toHaveValue(
			'Lighthouse Keeper'
		);
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 0 );
	} );

	test( 'a stale nonce is renewed without the member noticing', async ( {
		page,
		requestUtils,
	} ) => {
		await form.fillValid();
		await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );
		await page.evaluate( () => {
			// What a page served from a cache, or left open for a day, would hold.
			(
				window as unknown as {
					wp: { apiFetch: { nonceMiddleware: { nonce: string } } };
				}
			 ).wp.apiFetch.nonceMiddleware.nonce = '0123456789';
		} );
		await form.submitButton().click();
		await expect( form.block ).toContainText( 'awaiting review' );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 1 );
	} );

	test( 'logged out meanwhile: a login link, then the draft is back and submits', async ( {
		page,
		context,
		requestUtils,
	} ) => {
		await form.fillValid( 'Ferry Captain' );
		await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );
		await context.clearCookies();
		await form.submitButton().click();

		await expect( form.status ).toContainText( 'You have been logged out' );
		await form.status.getByRole( 'link', { name: 'Log in' } ).click();
		await logInOnScreen( page, member.username );

		await expect( form.field( 'Job title' ) ).toHaveValue(
			'Ferry Captain'
		);
		await expect( form.status ).toContainText( 'restored' );
		await form.submitButton().click();
		await expect( form.block ).toContainText( 'awaiting review' );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 1 );
	} );

	test( 'offline: a message and the draft kept; back online the retry makes exactly one listing', async ( {
		page,
		context,
		requestUtils,
	} ) => {
		await form.fillValid( 'Radio Operator' );
		await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );
		await context.setOffline( true );
		await form.submitButton().click();
		await expect( form.status ).toContainText( 'could not be reached' );
		await expect( form.field( 'Job title' ) ).toHaveValue(
			'Radio Operator'
		);

		await context.setOffline( false );
		await form.submitButton().click();
		await expect( form.block ).toContainText( 'awaiting review' );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 1 );
	} );

	test( 'a server error keeps the draft, and the retry succeeds', async ( {
		page,
		requestUtils,
	} ) => {
		await form.fillValid( 'Net Mender' );
		let failures = 1;
		await page.route( CREATE, async ( route ) => {
			if ( route.request().method() === 'POST' && failures-- > 0 ) {
				await route.fulfill( {
					status: 503,
					contentType: 'text/html',
					body: '<h1>Service Unavailable</h1>',
				} );
				return;
			}
			await route.continue();
		} );
		await form.submitButton().click();
		await expect( form.status ).toContainText( 'entries are kept' );
		await expect( form.field( 'Job title' ) ).toHaveValue( 'Net Mender' );
		await form.submitButton().click();
		await expect( form.block ).toContainText( 'awaiting review' );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 1 );
	} );

	test( 'while the listing is on its way, the fields stay where they were and the progress is said beside the button', async ( {
		page,
	} ) => {
		await form.fillValid( 'Tide Watcher' );
		// Where the title is on the page, whatever the scrolling.
		const titleTop = () =>
			form
				.field( 'Job title' )
				.evaluate(
					( field ) =>
						field.getBoundingClientRect().top + window.scrollY
				);
		const before = await titleTop();
		let release = () => {};
		const held = new Promise< void >(
			( resolve ) => ( release = resolve )
		);
		await page.route( CREATE, async ( route ) => {
			if ( route.request().method() === 'POST' ) {
				await held;
			}
			await route.continue();
		} );
		await form.submitButton().click();

		await expect( form.progress ).toHaveText( 'Submitting your listing…' );
		await expect( form.messageArea ).toBeEmpty();
		expect( await titleTop() ).toBe( before );
		release();
		await expect( form.block ).toContainText( 'awaiting review' );
	} );

	test( 'Enter in a field sends the listing, once', async ( {
		requestUtils,
	} ) => {
		await form.fillValid( 'Rope Splicer' );
		await form.field( 'Company name' ).press( 'Enter' );
		await expect( form.block ).toContainText( 'awaiting review' );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 1 );
	} );

	test( 'a double click makes exactly one listing', async ( {
		requestUtils,
	} ) => {
		await form.fillValid( 'Sail Maker' );
		await form.submitButton().dblclick();
		await expect( form.block ).toContainText( 'awaiting review' );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 1 );
	} );

	test( 'a reload while typing restores the draft', async ( { page } ) => {
		await form.field( 'Job title' ).fill( 'Cartographer' );
		await form.fillDescription( 'Draw the coast.' );
		// The draft is saved a moment after typing stops.
		await page.waitForFunction( () =>
			Object.keys( window.localStorage ).some( ( key ) =>
				key.startsWith( 'job-submit-block:draft:' )
			)
		);
		await page.reload();
		await expect( form.field( 'Job title' ) ).toHaveValue( 'Cartographer' );
		// Restored in the formatting editor, as paragraphs, before any interaction.
		await expect( form.description ).toHaveText( 'Draw the coast.' );
	} );

	test( 'a listing sent from a field still focused is not kept as a draft', async ( {
		page,
	} ) => {
		await form.fillValid( 'Tide Reader' );
		// A click that leaves the focus in the field, as in Safari: the field's change and
		// focusout come only as the confirmation replaces the form.
		await form
			.submitButton()
			.evaluate( ( button: HTMLButtonElement ) => button.click() );
		await expect( form.block ).toContainText( 'awaiting review' );

		// Leaving the page saves a draft that is waiting to be saved, if there were one.
		await page.reload();
		await expect( form.block.locator( 'form[novalidate]' ) ).toHaveCount(
			1
		);
		await expect( form.field( 'Job title' ) ).toHaveValue( '' );
		await expect( form.block ).not.toContainText( 'restored' );
		expect(
			await page.evaluate( () => Object.keys( window.localStorage ) )
		).not.toContainEqual(
			expect.stringMatching( /^job-submit-block:draft:/ )
		);
	} );

	test( 'leaving the page right after typing keeps the last keystrokes', async ( {
		page,
	} ) => {
		await form.field( 'Job title' ).fill( 'Lamplighter' );
		// No wait, and a page that unloads this one at once (a reload would keep it running
		// until the server answers): it goes before the usual save a moment after typing.
		await page.goto( 'about:blank' );
		await form.open( pageId );
		await expect( form.field( 'Job title' ) ).toHaveValue( 'Lamplighter' );
	} );

	test( 'a submit made while the data layer is still loading waits for it and succeeds', async ( {
		page,
		requestUtils,
	} ) => {
		// The data layer's bundle is held back until the submit was clicked: the data layer
		// is then certainly still loading, however fast or slow the machine.
		let releaseDataLayer = () => {};
		const clicked = new Promise< void >( ( resolve ) => {
			releaseDataLayer = resolve;
		} );
		await page.route(
			/job-submit-block\/build\/data-layer\.js/,
			async ( route ) => {
				await clicked;
				await route.continue();
			}
		);
		// Not the load event: on a slow machine the idle callback starts the data layer
		// first, and the held-back bundle would then hold the load event too.
		await form.open( pageId, 'domcontentloaded' );
		await form.fillValid( 'Tide Watcher' );
		expect(
			await page.evaluate( () => !! window.jobSubmitBlockDataLayer )
		).toBe( false );
		await form.submitButton().click();
		releaseDataLayer();
		await expect( form.block ).toContainText( 'awaiting review', {
			timeout: 30_000,
		} );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 1 );
	} );

	test( 'goes to the page the site builder chose after the listing is in', async ( {
		page,
		requestUtils,
	} ) => {
		const thanks = await requestUtils.createPage( {
			title: 'Thanks for posting',
			status: 'publish',
		} );
		const { id } = await requestUtils.createPage( {
			title: 'Post and go',
			status: 'publish',
			content: `<!-- wp:job-submit-block/form {"redirectPageId":${ thanks.id }} /-->`,
		} );
		await form.open( id );
		await form.fillValid( 'Pier Master' );
		// What the page holds as the browser leaves it, kept in storage that outlives the page.
		await page.evaluate( () =>
			window.addEventListener( 'pagehide', () =>
				window.sessionStorage.setItem(
					'leftBehind',
					JSON.stringify( {
						form: !! document.querySelector(
							'.wp-block-job-submit-block-form form'
						),
						notice:
							document.querySelector(
								'.wp-block-job-submit-block-form__notice'
							)?.textContent ?? '',
					} )
				)
			)
		);
		await form.submitButton().click();
		await expect( page ).toHaveTitle( /Thanks for posting/ );
		// The page left behind (a member coming back, or stopping the browser, finds it) says
		// the listing is in and links on; it has no form that could send the listing again.
		const leftBehind = JSON.parse(
			( await page.evaluate( () =>
				window.sessionStorage.getItem( 'leftBehind' )
			) ) ?? 'null'
		);
		expect( leftBehind ).toEqual( {
			form: false,
			notice: expect.stringMatching( /awaiting review.*Continue/s ),
		} );
		expect( await listingsBy( requestUtils, member.id ) ).toHaveLength( 1 );
	} );

	test( 'over the hourly limit: the server’s message, and the draft kept', async ( {
		page,
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, {
			job_submit_block_rate_limit: 1,
		} );
		try {
			await form.fillValid( 'First Mate' );
			await form.submitButton().click();
			await expect( form.block ).toContainText( 'awaiting review' );

			await form.open( pageId );
			await form.fillValid( 'Second Mate' );
			await form.submitButton().click();
			await expect( form.status ).toContainText( 'Please try again in' );
			await expect( form.field( 'Job title' ) ).toHaveValue(
				'Second Mate'
			);
			await page.reload();
			await expect( form.field( 'Job title' ) ).toHaveValue(
				'Second Mate'
			);
			expect( await listingsBy( requestUtils, member.id ) ).toHaveLength(
				1
			);
		} finally {
			await restore();
		}
	} );
} );
