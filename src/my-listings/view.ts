/**
 * Front end of the My Job Listings block: sends each action through REST (the same routes
 * and gate as the form posts that work without it), then redraws the list in place from the
 * server's own render, says what happened and keeps the keyboard where it was.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { actionProblem } from './action-problem';
import { confirmWithdrawal } from './confirm-withdrawal';

const BLOCK = 'wp-block-job-submit-block-my-listings';

/**
 * WordPress's api-fetch, with the root URL and the member's wp_rest nonce that WordPress sets
 * up when it prints the script (the view script's dependency, see my-listings/block.php).
 */
const apiFetch = (
	window as unknown as {
		wp: {
			apiFetch: < T >( options: {
				path: string;
				method: string;
				data?: unknown;
			} ) => Promise< T >;
		};
	}
 ).wp.apiFetch;

type ListAction = 'fill' | 'unfill' | 'relist' | 'withdraw';

interface RestListing {
	id: number;
	status: string;
	title?: { rendered?: string; raw?: string };
}

/**
 * The REST request that does an action, as the server's no-JavaScript path builds it.
 *
 * @param action The action.
 * @param id     The listing.
 */
function restRequest( action: ListAction, id: number ) {
	const path = `/wp/v2/job-listings/${ id }`;
	if ( action === 'withdraw' ) {
		return { path, method: 'DELETE' };
	}
	return {
		path,
		method: 'POST',
		data:
			action === 'relist'
				? { status: 'pending' }
				: { meta: { _filled: action === 'fill' ? 1 : 0 } },
	};
}

/**
 * What the member is told once an action is done.
 *
 * @param action  The action.
 * @param title   The listing's title.
 * @param listing The listing as the server answered.
 */
function doneMessage(
	action: ListAction,
	title: string,
	listing: RestListing
) {
	if ( action === 'fill' ) {
		return sprintf(
			/* translators: %s: listing title. */
			__( '“%s” is marked filled.', 'job-submit-block' ),
			title
		);
	}
	if ( action === 'unfill' ) {
		return sprintf(
			/* translators: %s: listing title. */
			__( '“%s” is marked not filled.', 'job-submit-block' ),
			title
		);
	}
	if ( action === 'relist' && listing.status === 'publish' ) {
		return sprintf(
			/* translators: %s: listing title. */
			__( '“%s” is relisted and live.', 'job-submit-block' ),
			title
		);
	}
	if ( action === 'relist' ) {
		return sprintf(
			/* translators: %s: listing title. */
			__( '“%s” is relisted and awaits review.', 'job-submit-block' ),
			title
		);
	}
	return sprintf(
		/* translators: %s: listing title. */
		__( '“%s” is withdrawn.', 'job-submit-block' ),
		title
	);
}

/**
 * Takes over one rendered list.
 */
class MyListings {
	private busy = false;

	constructor( private readonly wrapper: HTMLElement ) {}

	start() {
		this.wrapper.addEventListener( 'submit', ( event ) => {
			const form = ( event.target as HTMLElement ).closest( 'form' );
			const action = form?.dataset.action as ListAction | undefined;
			if (
				! form ||
				! action ||
				! [ 'fill', 'unfill', 'relist', 'withdraw' ].includes( action )
			) {
				return;
			}
			event.preventDefault();
			this.run( form, action );
		} );
	}

	private get status() {
		return this.wrapper.querySelector< HTMLElement >(
			`.${ BLOCK }__status`
		);
	}

	private async run( form: HTMLFormElement, action: ListAction ) {
		if ( this.busy ) {
			return;
		}
		const row = form.closest< HTMLElement >( 'tr[data-listing]' );
		const id = Number( row?.dataset.listing );
		if ( ! id ) {
			return;
		}
		const title =
			row?.querySelector( `.${ BLOCK }__title` )?.textContent?.trim() ??
			'';
		const button = form.querySelector( 'button' );
		if (
			action === 'withdraw' &&
			! ( await confirmWithdrawal( title, button ) )
		) {
			return;
		}
		this.busy = true;
		this.wrapper.setAttribute( 'aria-busy', 'true' );
		try {
			const listing = await apiFetch< RestListing >(
				restRequest( action, id )
			);
			// The action is done once the server said so: a list that then fails to redraw
			// must not report it undone (a withdraw sent again would find it gone).
			const done = doneMessage( action, title, listing );
			try {
				await this.redraw();
			} catch {
				this.say(
					`${ done } ${ __(
						'The list could not be refreshed: reload the page to see it as it is now.',
						'job-submit-block'
					) }`,
					false
				);
				this.status?.focus();
				return;
			}
			this.say( done, false );
			this.focusAfter( id, action );
		} catch ( error ) {
			const problem = actionProblem( error );
			this.say( problem.message, true );
			const loginUrl = this.wrapper.dataset.loginUrl;
			if ( problem.loggedOut && loginUrl && this.status ) {
				const link = Object.assign( document.createElement( 'a' ), {
					href: loginUrl,
					textContent: __( 'Log in', 'job-submit-block' ),
				} );
				this.status.lastElementChild?.append( ' ', link );
			}
			button?.focus();
		} finally {
			this.busy = false;
			this.wrapper.setAttribute( 'aria-busy', 'false' );
		}
	}

	/**
	 * Replaces the list with the server's render of it as it is now; throws when the page
	 * could not be fetched, leaving the list as it was.
	 */
	private async redraw() {
		const response = await window.fetch( window.location.href, {
			credentials: 'same-origin',
		} );
		if ( ! response.ok ) {
			throw new Error( `The page answered ${ response.status }.` );
		}
		const page = new DOMParser().parseFromString(
			await response.text(),
			'text/html'
		);
		const blocks = [ ...document.querySelectorAll( `.${ BLOCK }` ) ];
		const fresh = page.querySelectorAll( `.${ BLOCK }` )[
			blocks.indexOf( this.wrapper )
		];
		const status = this.status;
		if ( ! fresh ) {
			return;
		}
		// The live region stays: a screen reader listens to the element it knows.
		for ( const child of [ ...this.wrapper.children ] ) {
			if ( child !== status ) {
				child.remove();
			}
		}
		for ( const child of [ ...fresh.children ] ) {
			if ( ! child.classList.contains( `${ BLOCK }__status` ) ) {
				this.wrapper.append( document.importNode( child, true ) );
			}
		}
	}

	private say( message: string, isError: boolean ) {
		const status = this.status;
		if ( ! status ) {
			return;
		}
		status.replaceChildren();
		const paragraph = document.createElement( 'p' );
		paragraph.textContent = message;
		status.append( paragraph );
		status.classList.toggle( 'is-error', isError );
	}

	/**
	 * Where the keyboard goes after an action: to the listing's next action of the same kind
	 * (Mark filled becomes Mark not filled), else to the listing's title.
	 *
	 * @param id     The listing.
	 * @param action The action done.
	 */
	private focusAfter( id: number, action: ListAction ) {
		const row = this.wrapper.querySelector< HTMLElement >(
			`tr[data-listing="${ id }"]`
		);
		const toggled = { fill: 'unfill', unfill: 'fill' } as Record<
			string,
			string
		>;
		const next = toggled[ action ]
			? row?.querySelector< HTMLElement >(
					`form[data-action="${ toggled[ action ] }"] button`
				)
			: null;
		(
			next ??
			row?.querySelector< HTMLElement >( `.${ BLOCK }__title` ) ??
			this.status
		)?.focus();
	}
}

document
	.querySelectorAll< HTMLElement >( `.${ BLOCK }` )
	.forEach( ( wrapper ) => new MyListings( wrapper ).start() );
