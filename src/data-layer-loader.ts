/**
 * Brings the data layer and the form's extras to life: runs the scripts the server printed
 * into the inert templates `job-submit-block-data-layer` and `job-submit-block-form-extras`
 * (see includes/front-end-scripts.php), in order, once. Scripts inserted from a template do not run, so each is recreated; an external
 * one is awaited before the next, because the inline scripts after it use what it defines.
 */

/** Each template's loading, by the template's id. */
const loadings = new Map< string, Promise< void > >();

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
		script.addEventListener( 'error', () => {
			// Gone from the page, so that trying again fetches it again rather than
			// skipping it as already there (by its id).
			script.remove();
			reject( { code: 'fetch_error', message: original.src } );
		} );
		document.body.appendChild( script );
	} );
}

/**
 * Runs the scripts of one inert template once; later calls get the same promise. A failed
 * load (the network dropped) may be tried again.
 *
 * @param templateId The template's id.
 */
function loadTemplateScripts( templateId: string ): Promise< void > {
	let loading = loadings.get( templateId );
	if ( ! loading ) {
		const template = document.getElementById(
			templateId
		) as HTMLTemplateElement | null;
		const scripts = (
			template
				? Array.from( template.content.querySelectorAll( 'script' ) )
				: []
		).filter(
			// A script already on the page, by WordPress's id, is not loaded twice.
			( script ) => ! script.id || ! document.getElementById( script.id )
		);
		// Fetched all at once, then run one by one from the cache: a round trip each, in a
		// row, would otherwise add up.
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
				loadings.delete( templateId );
				throw error;
			} );
		loadings.set( templateId, loading );
	}
	return loading;
}

/**
 * Loads the data layer (@wordpress/core-data and what it needs) once.
 */
export function loadDataLayer(): Promise< void > {
	return window.jobSubmitBlockDataLayer
		? Promise.resolve()
		: loadTemplateScripts( 'job-submit-block-data-layer' );
}

/**
 * Loads the form's extras (the formatting toolbar and the preview) once.
 */
export async function loadFormExtras() {
	if ( ! window.jobSubmitBlockFormExtras ) {
		await loadTemplateScripts( 'job-submit-block-form-extras' );
	}
	if ( ! window.jobSubmitBlockFormExtras ) {
		throw { code: 'fetch_error', message: 'job-submit-block-form-extras' };
	}
	return window.jobSubmitBlockFormExtras;
}
