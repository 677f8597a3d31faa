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
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
} from './utils/rest-clients';
import { withSettings } from './utils/settings';

/** The test-only plugin that logs the actions (e2e/plugins/listing-hooks.php). */
const LISTING_HOOKS = 'job-submit-block-test-listing-hooks';

/** One action as the test plugin logged it. */
interface HookEvent {
	hook: 'submitted' | 'published';
	id: number;
	status: string;
	route?: string;
	form?: string | null;
	/** The listing's company name when the action fired: its meta was stored by then. */
	meta: string;
}

async function hookLog( requestUtils: RequestUtils ) {
	return ( await requestUtils.rest( {
		path: '/job-submit-block-test/v1/hook-log',
	} ) ) as HookEvent[];
}

test.describe( 'The actions job_submit_block_listing_submitted and _published', () => {
	test.beforeAll( async ( { requestUtils } ) => {
		await requestUtils.activatePlugin( LISTING_HOOKS );
	} );

	test.beforeEach( async ( { requestUtils } ) => {
		await requestUtils.rest( {
			method: 'DELETE',
			path: '/job-submit-block-test/v1/hook-log',
		} );
	} );

	test.afterAll( async ( { requestUtils } ) => {
		await requestUtils.deactivatePlugin( LISTING_HOOKS );
	} );

	test( 'a member’s REST create is announced once, with its meta and no form; a replay and a moderator’s create are not', async ( {
		requestUtils,
	} ) => {
		const member = await createUser( requestUtils, 'subscriber' );
		const client = await applicationPasswordClient( requestUtils, member );
		const key = `hooks-${ Date.now() }`;
		const created = await client.post( LISTINGS, {
			data: listingPayload(),
			headers: { 'Idempotency-Key': key },
		} );
		expect( created.status() ).toBe( 201 );
		const { id } = await created.json();
		const replayed = await client.post( LISTINGS, {
			data: listingPayload(),
			headers: { 'Idempotency-Key': key },
		} );
		expect( replayed.status() ).toBe( 200 );
		await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/job-listings',
			data: listingPayload( { status: 'draft' } ),
		} );

		expect( await hookLog( requestUtils ) ).toEqual( [
			{
				hook: 'submitted',
				id,
				status: 'pending',
				route: '/wp/v2/job-listings',
				form: null,
				meta: 'Green Ltd',
			},
		] );
		await client.dispose();
	} );

	test( 'publishing is announced once a publication, not on later edits', async ( {
		requestUtils,
	} ) => {
		const { id } = ( await requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/job-listings',
			data: listingPayload( { status: 'pending' } ),
		} ) ) as { id: number };
		const update = ( data: Record< string, unknown > ) =>
			requestUtils.rest( {
				method: 'POST',
				path: `/wp/v2/job-listings/${ id }`,
				data,
			} );

		await update( { status: 'publish' } );
		await update( { title: 'Senior Gardener, renamed' } );
		let published = ( await hookLog( requestUtils ) ).filter(
			( event ) => event.hook === 'published'
		);
		expect( published ).toEqual( [
			{ hook: 'published', id, status: 'publish', meta: 'Green Ltd' },
		] );

		await update( { status: 'draft' } );
		await update( { status: 'publish' } );
		published = ( await hookLog( requestUtils ) ).filter(
			( event ) => event.hook === 'published'
		);
		expect( published ).toHaveLength( 2 );
	} );

	test( 'with auto-publish, a member’s listing is announced submitted, then published, once each', async ( {
		requestUtils,
	} ) => {
		const restore = await withSettings( requestUtils, {
			job_submit_block_auto_publish: true,
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
			expect( created.status() ).toBe( 201 );
			const { id, status } = await created.json();
			expect( status ).toBe( 'publish' );
			expect( await hookLog( requestUtils ) ).toEqual( [
				expect.objectContaining( {
					hook: 'submitted',
					id,
					status: 'pending',
				} ),
				{ hook: 'published', id, status: 'publish', meta: 'Green Ltd' },
			] );
			await client.dispose();
		} finally {
			await restore();
		}
	} );

	test.describe( 'from the form without JavaScript', () => {
		test.use( {
			storageState: { cookies: [], origins: [] },
			javaScriptEnabled: false,
		} );

		test( 'the listing is announced with the form it came from', async ( {
			page,
			requestUtils,
		} ) => {
			const { id: pageId } = await requestUtils.createPage( {
				title: 'Jobs, announced',
				status: 'publish',
				content: '<!-- wp:job-submit-block/form /-->',
			} );
			const member = await createUser( requestUtils, 'subscriber' );
			const form = new JobFormPage( page );
			await form.logIn( member.username );
			await form.open( pageId );
			await form.fillValid( 'Harbour Pilot' );
			await form.submitButton().click();
			await expect( form.block ).toContainText( 'awaiting review' );

			expect( await hookLog( requestUtils ) ).toEqual( [
				expect.objectContaining( {
					hook: 'submitted',
					status: 'pending',
					form: `${ pageId }:0`,
					meta: 'Coast Guard Co',
				} ),
			] );
		} );
	} );
} );
