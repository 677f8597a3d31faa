/**
 * Brings the data layer to life: runs the scripts the server printed into the inert
 * `<template id="job-submit-block-data-layer">` (see includes/front-end-scripts.php), in
 * order, once. Scripts inserted from a template do not run, so each is recreated; an external
 * one is awaited before the next, because the inline scripts after it use what it defines.
 */

let loading: Promise< void > | null = null;

async function runScript(
	original: HTMLScriptElement,
	fetched: Map< string, Promise< void > >
): Promise< void > {
	// The script element asks for its source only once the preload has it: one asked for
	// while the preload is still being set up would be fetched a second time.
	await fetched.get( original.src );
	const script = document.createElement( 'script' );
	for ( const { name, value } of Array.from( original.attributes ) ) {
		script.setAttribute( name, value );
	}
	if ( ! original.src ) {
		script.text = original.text;
		document.body.appendChild( script );
		return Promise.resolve();
	}
	script.async = false;
	return new Promise( ( resolve, reject ) => {
		script.addEventListener( 'load', () => resolve() );
		// Shaped as api-fetch reports a network failure, which is what this is.
		script.addEventListener( 'error', () =>
			reject( { code: 'fetch_error', message: original.src } )
		);
		document.body.appendChild( script );
	} );
}

/**
 * Loads the data layer once; later calls get the same promise. A failed load (the network
 * dropped) may be tried again.
 */
export function loadDataLayer(): Promise< void > {
	if ( window.jobSubmitBlockDataLayer ) {
		return Promise.resolve();
	}
	if ( ! loading ) {
		const template = document.getElementById(
			'job-submit-block-data-layer'
		) as HTMLTemplateElement | null;
		const scripts = (
			template
				? Array.from( template.content.querySelectorAll( 'script' ) )
				: []
		).filter(
			// A script already on the page, by WordPress's id, is not loaded twice.
			( script ) => ! script.id || ! document.getElementById( script.id )
		);
		// Fetched all at once, then run one by one from the cache: about forty scripts
		// would otherwise cost forty round trips in a row.
		const fetched = new Map< string, Promise< void > >();
		for ( const script of scripts ) {
			if ( script.src ) {
				const preload = document.createElement( 'link' );
				preload.rel = 'preload';
				preload.as = 'script';
				preload.href = script.src;
				fetched.set(
					script.src,
					new Promise( ( settle ) => {
						// A failed preload is reported by the script element's own fetch.
						preload.onload = preload.onerror = () => settle();
					} )
				);
				document.head.appendChild( preload );
			}
		}
		loading = scripts
			.reduce(
				( previous, script ) =>
					previous.then( () => runScript( script, fetched ) ),
				Promise.resolve()
			)
			.catch( ( error: unknown ) => {
				loading = null;
				throw error;
			} );
	}
	return loading;
}
