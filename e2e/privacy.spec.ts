/**
 * WordPress dependencies
 */
import {
	test,
	expect,
	type Admin,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { markDebugLog } from './utils/debug-log';
import { listingsBy, postListingsAs } from './utils/listings';
import {
	createUser,
	listingPayload,
	type TestUser,
} from './utils/rest-clients';
import { readZipEntry } from './utils/zip-entry';

/** One group of items in WordPress's export.json. */
interface ExportGroup {
	group_label: string;
	items: Record< string, Array< { name: string; value: string } > >;
}

/**
 * A member with a published and a pending listing.
 *
 * @param requestUtils The admin's request utilities.
 */
async function memberWithListings( requestUtils: RequestUtils ) {
	const member = await createUser( requestUtils, 'subscriber' );
	const ids = await postListingsAs(
		requestUtils,
		member,
		[ 'Orchard Keeper', 'Beekeeper' ].map( ( title ) => ( {
			title,
			meta: {
				...listingPayload().meta,
				_company_name: 'Private Orchard Ltd',
			},
		} ) )
	);
	await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/job-listings/${ ids[ 0 ] }`,
		data: { status: 'publish' },
	} );
	return { member, ids };
}

/**
 * Files a confirmed privacy request for a member on core's screen, as an administrator does
 * who confirmed the person's identity themselves.
 *
 * @param admin  The admin fixture.
 * @param page   The admin's page.
 * @param screen 'export' or 'erase'.
 * @param member The member.
 */
async function confirmedRequest(
	admin: Admin,
	page: Page,
	screen: 'export' | 'erase',
	member: TestUser
) {
	await admin.visitAdminPage( `${ screen }-personal-data.php` );
	await page
		.getByRole( 'textbox', { name: 'Username or email address' } )
		.fill( `${ member.username }@example.com` );
	await page
		.getByRole( 'checkbox', { name: /confirmation email/ } )
		.uncheck();
	await page.getByRole( 'button', { name: 'Send Request' } ).click();
	return page.locator( '#the-list tr' ).filter( {
		hasText: `${ member.username }@example.com`,
	} );
}

test.describe( 'A member’s listings and their personal data', () => {
	test( 'core’s export puts every listing of the member in the download, with its fields', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const log = markDebugLog();
		const { member } = await memberWithListings( requestUtils );
		const row = await confirmedRequest( admin, page, 'export', member );
		const download = page.waitForEvent( 'download' );
		// Row actions show on focus: the keyboard's way to them.
		await row
			.getByRole( 'button', { name: 'Download personal data' } )
			.first()
			.focus();
		await page.keyboard.press( 'Enter' );
		const file = await ( await download ).path();
		const exported = JSON.parse(
			readZipEntry( file, 'export.json' )
		) as Record< string, Record< string, ExportGroup > >;
		const [ groups ] = Object.values( exported );
		const items = Object.values( groups[ 'job-listings' ].items );
		expect( groups[ 'job-listings' ].group_label ).toBe( 'Job listings' );
		expect( items ).toHaveLength( 2 );
		const asRecords = items.map( ( item ) =>
			Object.fromEntries(
				item.map( ( { name, value } ) => [ name, value ] )
			)
		);
		expect( asRecords ).toEqual( [
			expect.objectContaining( {
				'Job title': 'Orchard Keeper',
				Status: 'Published',
				'Company name': 'Private Orchard Ltd',
				'How to apply (email or URL)': 'jobs@green.example',
			} ),
			expect.objectContaining( {
				'Job title': 'Beekeeper',
				Status: 'Pending',
			} ),
		] );
		// Both dated as submitted: a pending listing too, which has no GMT date yet.
		const year = new Date().toISOString().slice( 0, 4 );
		for ( const record of asRecords ) {
			expect( record.Submitted ).toMatch(
				new RegExp( `^${ year }-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$` )
			);
		}
		expect( log.problemsSince() ).toEqual( [] );
	} );

	test( 'core’s erasure deletes the member’s listings', async ( {
		admin,
		page,
		requestUtils,
	} ) => {
		const log = markDebugLog();
		const { member } = await memberWithListings( requestUtils );
		const row = await confirmedRequest( admin, page, 'erase', member );
		await row
			.getByRole( 'button', { name: 'Erase personal data' } )
			.click();
		await expect(
			page.getByText(
				'All of the personal data found for this user was erased.'
			)
		).toBeVisible();
		expect( await listingsBy( requestUtils, member.id ) ).toEqual( [] );
		expect( log.problemsSince() ).toEqual( [] );
	} );

	for ( const choice of [
		'Delete all content.',
		'Attribute all content to:',
	] ) {
		test( `deleting an account on core’s screen with “${ choice }” does so to its listings`, async ( {
			admin,
			page,
			requestUtils,
		} ) => {
			const me = ( await requestUtils.rest( {
				path: '/wp/v2/users/me',
			} ) ) as { id: number };
			const { member, ids } = await memberWithListings( requestUtils );
			await admin.visitAdminPage( 'users.php', `s=${ member.username }` );
			const remove = page
				.locator( '#the-list tr' )
				.filter( { hasText: member.username } )
				.getByRole( 'link', { name: 'Delete', exact: true } );
			await remove.focus();
			await page.keyboard.press( 'Enter' );
			await page.getByRole( 'radio', { name: choice } ).check();
			// Core's list of accounts has no label of its own; it is the administrator.
			await page
				.locator( 'select[name="reassign_user"]' )
				.selectOption( String( me.id ) );
			await page
				.getByRole( 'button', { name: 'Confirm Deletion' } )
				.click();
			await expect( page.getByText( 'User deleted.' ) ).toBeVisible();
			const kept = ( await listingsBy( requestUtils, me.id ) ).filter(
				( listing ) => ids.includes( listing.id )
			);
			expect( kept ).toHaveLength(
				choice === 'Delete all content.' ? 0 : 2
			);
		} );
	}

	test( 'the plugin suggests privacy policy text', async ( {
		admin,
		page,
	} ) => {
		await admin.visitAdminPage( 'options-privacy.php', 'tab=policyguide' );
		await page.getByRole( 'button', { name: 'Job Submit Block' } ).click();
		await expect(
			page.getByText(
				/When you submit a job listing, we store what you enter/
			)
		).toBeVisible();
	} );
} );
