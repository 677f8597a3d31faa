/**
 * The data layer of the form, loaded on demand (see data-layer-loader.ts): creates listings
 * with @wordpress/core-data, which sends them through the site's api-fetch with the member's
 * wp_rest nonce, and gets a fresh nonce and retries once when that nonce has gone stale.
 *
 * core-data and @wordpress/data are bundled into this script (webpack.config.js), so the
 * store lives in this script's own registry: another plugin's `core` store on the same page,
 * from WordPress's wp-core-data, is a different one, and neither sees the other.
 */

/**
 * WordPress dependencies
 */
import { store as coreStore } from '@wordpress/core-data';
import { dispatch, select } from '@wordpress/data';

/**
 * Internal dependencies
 */
import { sendLogo } from './logo-after-save';
import {
	forgetSent,
	keyToSend,
	rememberSent,
	replaceKey,
	sentBefore,
} from './sent-keys';
import { savedNotice } from './saved-notice';
import { describeSubmitError } from './submit-outcome';
import type {
	DataLayer,
	ListingRecord,
	PersistedListing,
	SavedListing,
} from './types';

/*
 * core-data learns the post type entities from /wp/v2/types the first time one is saved.
 * That is one more request on the member's submit, and when it fails (offline, logged out)
 * core-data keeps the failure and saves nothing, silently, on every retry. The listing entity
 * is declared here instead, with only what a listing's save needs: no blocks parsed from its
 * content, no real-time collaboration (the packages those need are left out of this bundle).
 * The registry is this script's own, so nothing else has resolved or will resolve the
 * entities here.
 */
dispatch( coreStore ).addEntities( [
	{
		kind: 'postType',
		name: 'job_listing',
		baseURL: '/wp/v2/job-listings',
		baseURLParams: { context: 'edit' },
		label: 'Job Listings',
		transientEdits: { blocks: true, selection: true },
		mergedEdits: { meta: true },
		rawAttributes: [ 'title', 'excerpt', 'content' ],
		supportsPagination: true,
	},
] );
dispatch( coreStore ).finishResolution( 'getEntitiesConfig', [ 'postType' ] );

/**
 * Sends a listing as a whole: a create without an id, an update of the listing with one.
 * core-data looks up no persisted record first: the request is the only one, which the
 * submit spec asserts for the create.
 *
 * @param record The listing.
 */
async function sendListing( record: ListingRecord ) {
	const saved = await dispatch( coreStore ).saveEntityRecord(
		'postType',
		'job_listing',
		record,
		{ throwOnError: true }
	);
	if ( ! saved ) {
		throw { code: 'job_submit_not_saved' };
	}
	return saved as SavedListing;
}

const dataLayer: DataLayer = {
	// The draft's key makes a create sent twice one listing; a key the server says was used
	// for other content is sorted out by who used it (see sent-keys.ts).
	async saveListing( record: ListingRecord ) {
		const draftKey = String( record.idempotency_key ?? '' );
		const key = keyToSend( draftKey );
		// Asked before this create is recorded, and used only if the server refuses the key.
		// eslint-disable-next-line @wordpress/no-unused-vars-before-return
		const sentHere = sentBefore( key );
		rememberSent( key );
		try {
			return await sendListing( { ...record, idempotency_key: key } );
		} catch ( error ) {
			const { code, data } = error as {
				code?: string;
				data?: {
					status?: number;
					listing?: number;
					editable?: boolean;
				};
			};
			if ( code !== 'job_submit_key_reused' ) {
				// Refused for sure (a field, the limit, a log-out), the create made nothing
				// with the key; still running elsewhere (409 in progress), it may yet.
				const refused =
					!! data?.status &&
					data.status >= 400 &&
					data.status < 500 &&
					code !== 'job_submit_in_progress';
				if ( refused && ! sentHere ) {
					forgetSent( key );
				}
				throw error;
			}
			if ( sentHere && data?.listing && data.editable ) {
				const { idempotency_key: unused, ...changes } = record;
				return sendListing( { ...changes, id: data.listing } );
			}
			const fresh = replaceKey( draftKey );
			rememberSent( fresh );
			return sendListing( { ...record, idempotency_key: fresh } );
		}
	},
	// Here rather than in the view script: only a submit that reached the site needs it, and
	// every visitor would otherwise download its messages.
	describeSubmitError,

	// Only a listing that reached the site has a logo to send and a notice to show.
	sendLogo,
	savedNotice,

	async updateListing( persisted: PersistedListing, record: ListingRecord ) {
		const args = [ 'postType', 'job_listing', persisted.id ];
		// The page brought the listing as stored: core-data takes it as its persisted record
		// instead of fetching it again, and compares the member's changes with it.
		if (
			! select( coreStore ).hasFinishedResolution(
				'getEntityRecord',
				args
			)
		) {
			dispatch( coreStore ).receiveEntityRecords(
				'postType',
				'job_listing',
				[ persisted ]
			);
			for ( const selector of [
				'getEntityRecord',
				'getRawEntityRecord',
				'getEditedEntityRecord',
			] as const ) {
				dispatch( coreStore ).finishResolution( selector, args );
			}
		}
		dispatch( coreStore ).editEntityRecord(
			'postType',
			'job_listing',
			persisted.id,
			record
		);
		const saved = await dispatch( coreStore ).saveEditedEntityRecord(
			'postType',
			'job_listing',
			persisted.id,
			{ throwOnError: true }
		);
		// Nothing changed: nothing was sent, and the listing is as it was.
		return ( saved ??
			select( coreStore ).getEntityRecord(
				'postType',
				'job_listing',
				persisted.id
			) ) as SavedListing;
	},
};

window.jobSubmitBlockDataLayer = dataLayer;
