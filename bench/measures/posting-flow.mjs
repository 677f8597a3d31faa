/**
 * A member's whole flow, from opening the page to the listing stored: its wall time and
 * every request the browser made (the page, its assets, scripts loaded on intent, the
 * create), through the block's form, through WP Job Manager's [submit_job_form] (form,
 * preview, submit), and through a bare HTML form of the same fields that sends one fetch()
 * POST (bench/plugins/bare-form.php): the floor, what the page and the typing cost any form.
 */

/**
 * Counts the requests and the time of one flow in a new page.
 *
 * @param {import('@playwright/test').BrowserContext}                context The member's context.
 * @param {(page: import('@playwright/test').Page) => Promise<void>} steps   The flow.
 */
async function timedFlow( context, steps ) {
	const page = await context.newPage();
	// Drafts of an earlier run are not part of a fresh visit.
	await page.addInitScript( () => window.localStorage.clear() );
	let requests = 0;
	page.on( 'request', () => requests++ );
	const started = performance.now();
	await steps( page );
	const ms = performance.now() - started;
	await page.close();
	return { ms, requests };
}

/**
 * The block's flow: open, fill the same fields WP Job Manager asks for, submit.
 *
 * @param {import('@playwright/test').BrowserContext} context The member's context.
 * @param {string}                                    url     The form's page.
 */
export function blockFlow( context, url ) {
	return timedFlow( context, async ( page ) => {
		await page.goto( url );
		await page.getByLabel( 'Job title' ).fill( 'Flow Gardener' );
		await page.getByLabel( 'Location' ).fill( 'Lisbon' );
		// The formatting editor replaces the description's textarea once the form is focused.
		await page.getByRole( 'toolbar' ).waitFor();
		await page
			.getByRole( 'textbox', { name: 'Job description' } )
			.fill( 'Tend the roses.' );
		await page.getByLabel( /How to apply/ ).fill( 'jobs@green.example' );
		await page.getByLabel( 'Company name' ).fill( 'Green Ltd' );
		const jobType = page.getByRole( 'radio' ).first();
		if ( await jobType.count() ) {
			await jobType.check();
		}
		await page.getByRole( 'button', { name: 'Submit job' } ).click();
		await page
			.locator( '.wp-block-job-submit-block-form__notice.is-success' )
			.waitFor();
	} );
}

/**
 * The floor's flow: the same fields as the block's, filled the same way, then one POST.
 *
 * @param {import('@playwright/test').BrowserContext} context The member's context.
 * @param {string}                                    url     The bare form's page.
 */
export function bareFormFlow( context, url ) {
	return timedFlow( context, async ( page ) => {
		await page.goto( url );
		await page.getByLabel( 'Job title' ).fill( 'Flow Gardener' );
		await page.getByLabel( 'Location' ).fill( 'Lisbon' );
		await page.getByLabel( 'Job description' ).fill( 'Tend the roses.' );
		await page.getByLabel( 'How to apply' ).fill( 'jobs@green.example' );
		await page.getByLabel( 'Company name' ).fill( 'Green Ltd' );
		await page.getByRole( 'button', { name: 'Submit job' } ).click();
		const status = await page.locator( '.bare-form-notice' ).textContent();
		if ( status !== '201' ) {
			throw new Error( `The bare form's POST answered ${ status }` );
		}
	} );
}

/**
 * WP Job Manager's flow: open, fill its form, preview, submit the listing.
 *
 * @param {import('@playwright/test').BrowserContext} context The member's context.
 * @param {string}                                    url     The [submit_job_form] page.
 */
export function jobManagerFlow( context, url ) {
	return timedFlow( context, async ( page ) => {
		await page.goto( url );
		await page.fill( '#job_title', 'Flow Gardener' );
		await page.fill( '#job_location', 'Lisbon' );
		if ( await page.locator( 'select#job_type' ).count() ) {
			await page.selectOption( 'select#job_type', { index: 1 } );
		}
		// Its description is a TinyMCE editor; typed into as a person would.
		await page
			.frameLocator( '#job_description_ifr' )
			.locator( 'body' )
			.fill( 'Tend the roses.' );
		await page.fill( '#application', 'jobs@green.example' );
		await page.fill( '#company_name', 'Green Ltd' );
		await Promise.all( [
			page.waitForNavigation(),
			page.click( 'input[name="submit_job"]' ),
		] );
		await Promise.all( [
			page.waitForNavigation(),
			page.click( '#job_preview_submit_button' ),
		] );
		await page.locator( '.job-manager-message' ).waitFor();
	} );
}
