/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { markDebugLog } from './utils/debug-log';
import { uniqueWord } from './utils/gate-helpers';
import { listingPayload } from './utils/rest-clients';

test( 'a moderator opens a pending listing at its plain address, as WordPress lets them', async ( {
	page,
	requestUtils,
} ) => {
	const log = markDebugLog();
	const title = `Pending Lighthouse Keeper ${ uniqueWord( 'Pending' ) }`;
	const pending = ( await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/job-listings',
		data: listingPayload( { title, status: 'pending' } ),
	} ) ) as { id: number };

	const response = await page.goto(
		`/?post_type=job_listing&p=${ pending.id }`
	);

	expect( response?.status() ).toBe( 200 );
	await expect( page.getByRole( 'heading', { name: title } ) ).toBeVisible();
	expect( log.problemsSince() ).toEqual( [] );
} );
