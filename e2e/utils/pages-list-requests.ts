/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

/**
 * Records from now on the editor's requests for a list of pages (/wp/v2/pages, not one page
 * by id), whichever permalink form the site uses; returns a reader of their decoded URLs.
 *
 * @param page The browser page of the editor.
 */
export function pagesListRequests( page: Page ): () => string[] {
	const urls: string[] = [];
	page.on( 'request', ( request ) => {
		const url = decodeURIComponent( request.url() );
		if ( /wp\/v2\/pages(?![\/\d])/.test( url ) ) {
			urls.push( url );
		}
	} );
	return () => [ ...urls ];
}
