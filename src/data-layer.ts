/**
 * The data layer of the form, loaded on demand (see data-layer-loader.ts): creates listings
 * with @wordpress/core-data, which sends them through api-fetch with the member's wp_rest
 * nonce, and gets a fresh nonce and retries once when that nonce has gone stale.
 */

/**
 * WordPress dependencies
 */
import { store as coreStore } from '@wordpress/core-data';
import { dispatch } from '@wordpress/data';

/**
 * Internal dependencies
 */
import type { DataLayer, ListingRecord, SavedListing } from './types';

const dataLayer: DataLayer = {
	async saveListing( record: ListingRecord ) {
		const saved = await dispatch( coreStore ).saveEntityRecord(
			'postType',
			'job_listing',
			record,
			{ throwOnError: true }
		);
		return saved as SavedListing;
	},
};

window.jobSubmitBlockDataLayer = dataLayer;
