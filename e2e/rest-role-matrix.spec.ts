/**
 * External dependencies
 */
import type { APIRequestContext } from '@playwright/test';

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
import { listingsBy, readListing } from './utils/listings';
import {
	LISTINGS,
	applicationPasswordClient,
	createUser,
	listingPayload,
	type Role,
	type TestUser,
} from './utils/rest-clients';
import { withSettings } from './utils/settings';

/** Who is acting, and the accounts around them. */
interface Actor {
	client: APIRequestContext;
	/** The acting user; for a guest, a member whose listings the guest tries to touch. */
	self: TestUser;
	other: TestUser;
	requestUtils: RequestUtils;
}

/** What an action did: its status code and what is stored afterwards. */
type Observed = Record< string, unknown >;

/**
 * Creates a listing as the admin for an owner, in a status.
 * @param actor
 * @param owner
 * @param status
 */
async function seed( actor: Actor, owner: number, status: string ) {
	return ( await actor.requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/job-listings',
		data: listingPayload( { status, author: owner } ),
	} ) ) as { id: number };
}

/**
 * Posts a create and reads back the listing it made, if any.
 * @param actor
 * @param data
 */
async function create( actor: Actor, data: Record< string, unknown > ) {
	const response = await actor.client.post( LISTINGS, { data } );
	const body = await response.json();
	const stored = body.id
		? await readListing( actor.requestUtils, body.id )
		: null;
	return { status: response.status(), stored };
}

/**
 * Retitles a listing and reads back its title.
 * @param actor
 * @param id
 * @param title
 */
async function retitle( actor: Actor, id: number, title: string ) {
	const response = await actor.client.post( `${ LISTINGS }/${ id }`, {
		data: { title },
	} );
	const stored = await readListing( actor.requestUtils, id );
	return { status: response.status(), title: stored.title.raw };
}

const ACTIONS: Record< string, ( actor: Actor ) => Promise< Observed > > = {
	async create( actor ) {
		const { status, stored } = await create( actor, listingPayload() );
		return {
			status,
			stored: stored && {
				status: stored.status,
				ownAuthor: stored.author === actor.self.id,
			},
		};
	},
	async 'create as publish'( actor ) {
		const { status, stored } = await create(
			actor,
			listingPayload( { status: 'publish' } )
		);
		return {
			status,
			stored: stored && {
				status: stored.status,
				expiryDated: /^\d{4}-\d{2}-\d{2}$/.test(
					String( stored.meta._job_expires )
				),
			},
		};
	},
	async 'set author'( actor ) {
		const { status, stored } = await create(
			actor,
			listingPayload( { author: actor.other.id } )
		);
		return { status, storedForOther: stored?.author === actor.other.id };
	},
	async 'set _featured'( actor ) {
		const { status, stored } = await create(
			actor,
			listingPayload( {
				meta: { ...listingPayload().meta, _featured: 1 },
			} )
		);
		return { status, featured: stored?.meta._featured ?? null };
	},
	async 'edit own pending'( actor ) {
		const { id } = await seed( actor, actor.self.id, 'pending' );
		return retitle( actor, id, 'Changed by owner' );
	},
	async 'edit own published'( actor ) {
		const { id } = await seed( actor, actor.self.id, 'publish' );
		return retitle( actor, id, 'Changed after publication' );
	},
	async "edit another's"( actor ) {
		const { id } = await seed( actor, actor.other.id, 'pending' );
		return retitle( actor, id, 'Hijacked' );
	},
	async 'delete own'( actor ) {
		const { id } = await seed( actor, actor.self.id, 'pending' );
		const response = await actor.client.delete( `${ LISTINGS }/${ id }` );
		const stored = await readListing( actor.requestUtils, id );
		return { status: response.status(), stored: stored.status };
	},
	async "read another's pending"( actor ) {
		const { id } = await seed( actor, actor.other.id, 'pending' );
		const response = await actor.client.get( `${ LISTINGS }/${ id }` );
		return { status: response.status() };
	},
};

type Kind = 'guest' | 'member' | 'moderator';

/**
 * What each kind of account gets: guests are refused as logged out (401) and change
 * nothing, members are refused (403) what only moderators may do, moderators may do it all.
 */
const EXPECTED: Record< string, Record< Kind, Observed > > = {
	create: {
		guest: { status: 401, stored: null },
		member: { status: 201, stored: { status: 'pending', ownAuthor: true } },
		moderator: {
			status: 201,
			stored: { status: 'draft', ownAuthor: true },
		},
	},
	'create as publish': {
		guest: { status: 401, stored: null },
		member: { status: 403, stored: null },
		moderator: {
			status: 201,
			stored: { status: 'publish', expiryDated: true },
		},
	},
	'set author': {
		guest: { status: 401, storedForOther: false },
		member: { status: 403, storedForOther: false },
		moderator: { status: 201, storedForOther: true },
	},
	'set _featured': {
		guest: { status: 401, featured: null },
		member: { status: 403, featured: null },
		moderator: { status: 201, featured: 1 },
	},
	'edit own pending': {
		guest: { status: 401, title: 'Senior Gardener' },
		member: { status: 200, title: 'Changed by owner' },
		moderator: { status: 200, title: 'Changed by owner' },
	},
	'edit own published': {
		guest: { status: 401, title: 'Senior Gardener' },
		member: { status: 403, title: 'Senior Gardener' },
		moderator: { status: 200, title: 'Changed after publication' },
	},
	"edit another's": {
		guest: { status: 401, title: 'Senior Gardener' },
		member: { status: 403, title: 'Senior Gardener' },
		moderator: { status: 200, title: 'Hijacked' },
	},
	'delete own': {
		guest: { status: 401, stored: 'pending' },
		member: { status: 200, stored: 'trash' },
		moderator: { status: 200, stored: 'trash' },
	},
	"read another's pending": {
		guest: { status: 401 },
		member: { status: 403 },
		moderator: { status: 200 },
	},
};

/** Listings a user owns after every action above ran, trash left out. */
const OWNED_AFTERWARDS: Record< Kind, number > = {
	guest: 3,
	member: 3,
	moderator: 5,
};

const ROLES: Record< Role, Kind > = {
	guest: 'guest',
	subscriber: 'member',
	contributor: 'member',
	author: 'member',
	editor: 'moderator',
	administrator: 'moderator',
};

test.describe( 'REST role matrix for job listings', () => {
	let restoreSettings: () => Promise< void >;

	// Listings seeded for a member count towards their rate limit, which has its own spec.
	test.beforeAll( async ( { requestUtils } ) => {
		restoreSettings = await withSettings( requestUtils, {
			job_submit_block_rate_limit: 0,
		} );
	} );

	test.afterAll( async () => {
		await restoreSettings();
	} );

	for ( const [ role, kind ] of Object.entries( ROLES ) as Array<
		[ Role, Kind ]
	> ) {
		test.describe( role, () => {
			let actor: Actor;

			test.beforeAll( async ( { requestUtils } ) => {
				const isGuest = role === 'guest';
				const self = await createUser(
					requestUtils,
					isGuest ? 'subscriber' : role
				);
				actor = {
					self,
					other: await createUser( requestUtils, 'subscriber' ),
					client: await applicationPasswordClient(
						requestUtils,
						isGuest ? null : self
					),
					requestUtils,
				};
			} );

			test.afterAll( async () => {
				await actor.client.dispose();
			} );

			for ( const [ action, run ] of Object.entries( ACTIONS ) ) {
				test( action, async () => {
					expect( await run( actor ) ).toEqual(
						EXPECTED[ action ][ kind ]
					);
				} );
			}

			test( 'nothing half-written', async ( { requestUtils } ) => {
				// Refused creates left no listing behind: the user owns what was seeded for
				// them (one of it trashed where they may delete) and what they may create.
				expect(
					await listingsBy( requestUtils, actor.self.id )
				).toHaveLength( OWNED_AFTERWARDS[ kind ] );
			} );
		} );
	}
} );
