/**
 * Brings the data layer to life: runs the scripts the server printed into the inert
 * `<template id="job-submit-block-data-layer">` (see includes/front-end-scripts.php), in
 * order, once. Scripts inserted from a template do not run, so each is recreated; an external
 * one is awaited before the next, because the inline scripts after it use what it defines.
 */

let loading: Promise< void > | null = null;

function runScript( original: HTMLScriptElement ): Promise< void > {
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
		for ( const script of scripts ) {
			if ( script.src ) {
				const preload = document.createElement( 'link' );
				preload.rel = 'preload';
				preload.as = 'script';
				preload.href = script.src;
				document.head.appendChild( preload );
			}
		}
		loading = scripts
			.reduce(
				( previous, script ) =>
					previous.then( () => runScript( script ) ),
				Promise.resolve()
			)
			.catch( ( error: unknown ) => {
				loading = null;
				throw error;
			} );
	}
	return loading;
}
