/**
 * WordPress dependencies
 */
import { test, expect } from '@wordpress/e2e-test-utils-playwright';
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

type Labels = Record< string, string | null >;

/**
 * A post type's or taxonomy's labels as the editor and wp-admin read them.
 *
 * @param requestUtils The REST client, as an administrator.
 * @param path         `/wp/v2/types/…` or `/wp/v2/taxonomies/…`.
 */
async function labelsOf(
	requestUtils: RequestUtils,
	path: string
): Promise< Labels > {
	const { labels } = ( await requestUtils.rest( {
		path,
		params: { context: 'edit' },
	} ) ) as { labels: Labels };
	return labels;
}

/**
 * The labels whose text mentions a word, by key.
 *
 * @param labels The labels.
 * @param word   A pattern.
 */
function mentioning( labels: Labels, word: RegExp ) {
	return Object.fromEntries(
		Object.entries( labels ).filter(
			( [ , text ] ) => typeof text === 'string' && word.test( text )
		)
	);
}

test.describe( 'Labels of the job content types', () => {
	test( 'the post type’s labels over REST speak of job listings, the editor’s notice texts included, never of posts', async ( {
		requestUtils,
	} ) => {
		const labels = await labelsOf(
			requestUtils,
			'/wp/v2/types/job_listing'
		);
		expect( labels ).toMatchObject( {
			item_published: 'Job listing published.',
			item_updated: 'Job listing updated.',
			item_scheduled: 'Job listing scheduled.',
			item_reverted_to_draft: 'Job listing reverted to draft.',
			add_new_item: 'Add New Job Listing',
			new_item: 'New Job Listing',
			view_items: 'View Job Listings',
		} );
		// Core's defaults for posts say "post" or "posts".
		expect( mentioning( labels, /\bposts?\b/i ) ).toEqual( {} );
	} );

	test( 'the job types’ labels over REST never say tag, nor the job categories’ an unqualified category', async ( {
		requestUtils,
	} ) => {
		const types = await labelsOf(
			requestUtils,
			'/wp/v2/taxonomies/job_listing_type'
		);
		expect( types ).toMatchObject( {
			add_new_item: 'Add New Job Type',
			not_found: 'No job types found.',
			separate_items_with_commas: 'Separate job types with commas',
		} );
		expect( mentioning( types, /\btags?\b/i ) ).toEqual( {} );

		const categories = await labelsOf(
			requestUtils,
			'/wp/v2/taxonomies/job_listing_category'
		);
		expect( categories ).toMatchObject( {
			add_new_item: 'Add New Job Category',
			parent_item: 'Parent Job Category',
			not_found: 'No job categories found.',
		} );
		// Core's help texts of the term form's fields name no taxonomy and stay core's.
		const named = Object.fromEntries(
			Object.entries( categories ).filter(
				( [ key ] ) => ! key.endsWith( '_field_description' )
			)
		);
		expect(
			mentioning(
				mentioning( named, /\bcategor(y|ies)\b/i ),
				/^(?!.*\bjob\b)/i
			)
		).toEqual( {} );
	} );
} );

test.describe( 'The block’s anchor', () => {
	test.use( { storageState: { cookies: [], origins: [] } } );

	test( 'an HTML anchor set on the block is the id of the form’s wrapper on the page', async ( {
		page,
		requestUtils,
	} ) => {
		const { id } = await requestUtils.createPage( {
			title: 'Apply here',
			status: 'publish',
			content:
				'<!-- wp:job-submit-block/form {"anchor":"post-your-job"} /-->',
		} );
		await page.goto( `/?page_id=${ id }` );
		await expect(
			page.locator( '#post-your-job.wp-block-job-submit-block-form' )
		).toBeVisible();
	} );
} );
