/**
 * Submit latency, timed from outside the product: from performance.now() right before the
 * click on the button to the confirmation entering the page (a failed submit's error message
 * ends the wait and fails the run). Its floor: one bare fetch() POST of the identical record
 * (every field, terms, form identity, an idempotency key of the same length) by the same
 * member from the same page, timed the same way, from its start to its response handled.
 *
 * The two alternate in order from run to run. The site answers the first create after a page
 * load more slowly than one right after another create (on the stack, by tens of milliseconds
 * when the machine is busy), so a floor always measured second would flatter the baseline.
 * A run that sends the bare POST first sends the record the previous run's form sent, with a
 * fresh idempotency key (the form identity is the page's, the title as long).
 *
 * Only the split of the block's time comes from the form's own User Timing measures
 * (`job-submit-block: validation`, `…: save`) and the create's Resource Timing entry:
 * core-data's bookkeeping is the save less its request; the rest is rendering the outcome.
 */

const CREATE =
	/\/wp-json\/wp\/v2\/job-listings(\?|$)|rest_route=%2Fwp%2Fv2%2Fjob-listings/;

/** The record the form sent last, for a run that sends the bare POST first. */
let lastSent = null;
let calls = 0;

/**
 * POSTs a record as the form would, without the form, and times it to its response handled.
 *
 * @param {import('@playwright/test').Page} page The form's page.
 * @param {string}                          sent The body the form sent.
 * @return {Promise<number>} Milliseconds.
 */
function barePost( page, sent ) {
	const record = JSON.parse( sent );
	// A key of the same length, so that the bare POST creates rather than replays.
	record.idempotency_key = record.idempotency_key.replace( /./g, () =>
		Math.floor( Math.random() * 16 ).toString( 16 )
	);
	return page.evaluate( async ( body ) => {
		const start = performance.now();
		const response = await fetch( '/wp-json/wp/v2/job-listings', {
			method: 'POST',
			credentials: 'same-origin',
			headers: {
				'Content-Type': 'application/json',
				'X-WP-Nonce': window.wp.apiFetch.nonceMiddleware.nonce,
			},
			body,
		} );
		await response.json();
		if ( response.status !== 201 ) {
			throw new Error( `Bare POST answered ${ response.status }` );
		}
		return performance.now() - start;
	}, JSON.stringify( record ) );
}

/**
 * Fills and submits the form once, after its data layer is running, and sends the same
 * record bare: after the form's on one run, before it on the next.
 *
 * @param {import('@playwright/test').BrowserContext} context The member's context.
 * @param {string}                                    url     The form's page.
 * @return {Promise<{submit: number, floor: number, validation: number, bookkeeping: number, request: number, render: number}>} Milliseconds.
 */
export async function submitOnce( context, url ) {
	const page = await context.newPage();
	await page.goto( url );
	await page.evaluate( () => window.localStorage.clear() );
	await page.reload();
	const title = `Latency ${ Date.now() }`;
	await page.getByLabel( 'Job title' ).fill( title );
	// The formatting editor replaces the description's textarea once the form is focused.
	await page.getByRole( 'toolbar' ).waitFor();
	await page
		.getByRole( 'textbox', { name: 'Job description' } )
		.fill( 'Measure the tide.' );
	await page.getByLabel( /How to apply/ ).fill( 'jobs@tide.example' );
	await page.getByLabel( 'Company name' ).fill( 'Tide Ltd' );
	await page.getByLabel( 'Location' ).fill( 'Lisbon' );
	const jobType = page.getByRole( 'radio' ).first();
	if ( await jobType.count() ) {
		await jobType.check();
	}
	await page.waitForFunction( () => !! window.jobSubmitBlockDataLayer );
	const bareFirst = calls++ % 2 === 1 && lastSent !== null;
	const floorFirst = bareFirst ? await barePost( page, lastSent ) : 0;

	let sentBody = null;
	const onRequest = ( request ) => {
		if ( request.method() === 'POST' && CREATE.test( request.url() ) ) {
			sentBody = request.postData();
		}
	};
	page.on( 'request', onRequest );
	const timings = await page.evaluate( async () => {
		performance.clearMeasures();
		performance.clearResourceTimings();
		const block = '.wp-block-job-submit-block-form';
		// The outcome a member sees: the confirmation, or the form's error message.
		const outcome = () =>
			document.querySelector( `${ block }__notice.is-success` ) ??
			document.querySelector( `${ block }__status.is-error` );
		// Timed from outside the product: its own measures are only for the split below.
		const start = performance.now();
		document.querySelector( `${ block }__submit` ).click();
		const shown = await new Promise( ( resolve, reject ) => {
			// The moment the outcome enters the page, as the baseline's ends when its response is handled.
			const observer = new window.MutationObserver( () => {
				const found = outcome();
				if ( found ) {
					observer.disconnect();
					clearTimeout( deadline );
					resolve( { at: performance.now(), found } );
				}
			} );
			const deadline = setTimeout( () => {
				observer.disconnect();
				reject( new Error( 'No confirmation or error after 60 s.' ) );
			}, 60_000 );
			observer.observe( document.body, {
				childList: true,
				subtree: true,
				attributes: true,
				attributeFilter: [ 'class' ],
			} );
		} );
		if ( ! shown.found.classList.contains( 'is-success' ) ) {
			throw new Error(
				`The submit failed: ${ shown.found.textContent.trim() }`
			);
		}
		const measured = ( name ) =>
			performance.getEntriesByName( `job-submit-block: ${ name }` )[ 0 ]
				?.duration ?? 0;
		const create = performance
			.getEntriesByType( 'resource' )
			.find( ( entry ) => /job-listings/.test( entry.name ) );
		return {
			submit: shown.at - start,
			validation: measured( 'validation' ),
			save: measured( 'save' ),
			request: create ? create.responseEnd - create.startTime : 0,
		};
	} );
	page.off( 'request', onRequest );
	if ( ! sentBody ) {
		throw new Error( 'The form sent no create.' );
	}

	lastSent = sentBody;
	const floor = bareFirst ? floorFirst : await barePost( page, sentBody );
	await page.close();
	return {
		submit: timings.submit,
		floor,
		validation: timings.validation,
		request: timings.request,
		bookkeeping: Math.max( 0, timings.save - timings.request ),
		render: Math.max(
			0,
			timings.submit - timings.validation - timings.save
		),
	};
}
