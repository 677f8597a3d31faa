/**
 * Submit latency: from the click on the button to the confirmation shown, against its floor,
 * one bare authenticated REST POST of the same listing by the same member from the same page.
 */

/**
 * Fills and submits the form once, after its data layer is running.
 *
 * @param {import('@playwright/test').BrowserContext} context The member's context.
 * @param {string}                                    url     The form's page.
 * @return {Promise<{submit: number, floor: number}>} Milliseconds.
 */
export async function submitOnce( context, url ) {
	const page = await context.newPage();
	await page.goto( url );
	await page.evaluate( () => window.localStorage.clear() );
	await page.reload();
	const title = `Latency ${ Date.now() }`;
	await page.getByLabel( 'Job title' ).fill( title );
	await page.getByLabel( 'Job description' ).fill( 'Measure the tide.' );
	await page.getByLabel( /How to apply/ ).fill( 'jobs@tide.example' );
	await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );

	const submit = await page.evaluate( async () => {
		const start = performance.now();
		document
			.querySelector( '.wp-block-job-submit-block-form__submit' )
			.click();
		await new Promise( ( resolve ) => {
			const check = () =>
				document.querySelector(
					'.wp-block-job-submit-block-form__notice.is-success'
				)
					? resolve()
					: window.requestAnimationFrame( check );
			check();
		} );
		return performance.now() - start;
	} );

	const floor = await page.evaluate( async ( listingTitle ) => {
		const start = performance.now();
		const response = await fetch( '/wp-json/wp/v2/job-listings', {
			method: 'POST',
			credentials: 'same-origin',
			headers: {
				'Content-Type': 'application/json',
				'X-WP-Nonce': window.wp.apiFetch.nonceMiddleware.nonce,
			},
			body: JSON.stringify( {
				title: listingTitle,
				content: 'Measure the tide.',
				meta: { _application: 'jobs@tide.example' },
			} ),
		} );
		await response.json();
		if ( response.status !== 201 ) {
			throw new Error( `Bare POST answered ${ response.status }` );
		}
		return performance.now() - start;
	}, `${ title } (bare)` );
	await page.close();
	return { submit, floor };
}
