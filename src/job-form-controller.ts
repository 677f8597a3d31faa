/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { loadDataLayer, loadFormExtras } from './data-layer-loader';
import {
	clearDraft,
	loadDraft,
	restoredValues,
	newIdempotencyKey,
	saveDraft,
	type Draft,
} from './draft-storage';
import { announceSubmitted, filterListingRecord } from './extension-points';
import {
	readFormValues,
	toListingRecord,
	writeFormValues,
} from './form-values';
import { logoInput, logoProblem, pickedLogo, showLogo } from './logo-field';
import { unreachable } from './submit-outcome';
import type {
	ClientField,
	ClientFormConfig,
	LogoOutcome,
	SavedListing,
} from './types';
import { fieldError } from './validation';

const BLOCK = 'wp-block-job-submit-block-form';

// What shows a member means to post: a field focused or typed in, a press on the form
// (before the click completes), a submit (Enter in a field).
const INTENT_EVENTS = [ 'focusin', 'input', 'pointerdown', 'submit' ] as const;

/**
 * Records a step of the submit in the page's performance timeline (User Timing), where
 * profilers and the benchmark read it.
 *
 * @param step  The step's name.
 * @param start When it began (performance.now()).
 */
function measure( step: string, start: number ) {
	performance.measure( `job-submit-block: ${ step }`, {
		start,
		end: performance.now(),
	} );
}

/**
 * Takes over one rendered form: mirrors the server's validation, keeps a draft of what the
 * member types, loads the data layer when the form is first used, and creates the listing.
 */
export class JobFormController {
	private readonly config: ClientFormConfig;
	private readonly form: HTMLFormElement;
	private readonly status: HTMLElement;
	private readonly progress: HTMLElement | null;
	private readonly submitButton: HTMLButtonElement;
	private readonly previewButton: HTMLButtonElement | null;
	private draft: Draft;
	private busy = false;
	private previewed = false;
	private previewPending = false;
	private draftTimer = 0;
	/** Messages of fields left while a pointer is down, shown once it is released. */
	private heldMessages = new Map< ClientField, string | null >();
	private pointerDown = false;
	/** Ends the listeners that keep the draft and check fields, once the listing is in. */
	private readonly listening = new AbortController();

	/**
	 * @param wrapper The block's wrapper, holding the form and its data-config.
	 */
	constructor( private readonly wrapper: HTMLElement ) {
		this.config = JSON.parse(
			wrapper.dataset.config ?? '{}'
		) as ClientFormConfig;
		this.form = wrapper.querySelector( 'form' ) as HTMLFormElement;
		this.status = wrapper.querySelector(
			`.${ BLOCK }__status`
		) as HTMLElement;
		this.submitButton = wrapper.querySelector(
			`.${ BLOCK }__submit`
		) as HTMLButtonElement;
		this.progress = wrapper.querySelector( `.${ BLOCK }__progress` );
		this.previewButton = wrapper.querySelector< HTMLButtonElement >(
			`.${ BLOCK }__preview-button`
		);
		this.draft = { values: {}, idempotencyKey: newIdempotencyKey() };
	}

	/** Starts listening; the form keeps working without this, by posting to the server. */
	start() {
		// The script gives field-level messages; the browser's bubbles would come first.
		this.form.noValidate = true;
		// The script sends the logo itself once the listing exists (logo-after-save.ts), so the
		// file input leaves the form's entries, before anything reads them (a draft restored in
		// edit mode does): FormData would otherwise give it an empty File, a blob the browser
		// registers, 4 to 10 ms on every read of the form's values.
		logoInput( this.form )?.removeAttribute( 'name' );
		// The data layer is loaded on intent to post, never merely because the page went
		// idle: a member who only reads the page pays for none of it.
		const loadOnIntent = () => {
			for ( const type of INTENT_EVENTS ) {
				this.form.removeEventListener( type, loadOnIntent );
			}
			loadDataLayer().catch( () => {
				// Tried again on submit, where a failure is reported.
			} );
		};
		for ( const type of INTENT_EVENTS ) {
			this.form.addEventListener( type, loadOnIntent );
		}
		if ( this.restoreDraft() ) {
			loadOnIntent();
		}
		this.startFieldExtras();
		const { signal } = this.listening;
		this.form.addEventListener( 'input', () => this.scheduleDraftSave(), {
			signal,
		} );
		this.form.addEventListener( 'change', () => this.scheduleDraftSave(), {
			signal,
		} );
		// Leaving the page (a reload, a link, a closed tab, an app switched away on a phone)
		// must not lose what was typed in the last moment before the save.
		window.addEventListener( 'pagehide', () => this.savePendingDraft(), {
			signal,
		} );
		document.addEventListener(
			'visibilitychange',
			() => {
				if ( document.visibilityState === 'hidden' ) {
					this.savePendingDraft();
				}
			},
			{ signal }
		);
		this.form.addEventListener(
			'focusout',
			( event ) => this.validateLeftField( event ),
			{ signal }
		);
		// A press on the button leaves the field first: showing or hiding its message then
		// would move the button from under the pointer, and the click would land beside it.
		// The message waits until the press is over and its click has run.
		this.form.addEventListener( 'pointerdown', () => {
			this.pointerDown = true;
		} );
		const release = () => {
			if ( ! this.pointerDown ) {
				return;
			}
			this.pointerDown = false;
			window.setTimeout( () => this.showHeldMessages(), 0 );
		};
		document.addEventListener( 'pointerup', release, true );
		document.addEventListener( 'pointercancel', release, true );
		// The button's click is taken before the browser starts submitting the form, which
		// reads every field for autofill (2 to 4 ms in Chrome) before its submit event, on
		// the way to the request. Enter in a field clicks the button too; the submit event
		// stays for a script that calls requestSubmit().
		const send = ( event: Event ) => {
			event.preventDefault();
			this.submit();
		};
		this.form.addEventListener( 'submit', send );
		this.submitButton.addEventListener( 'click', send );
	}

	/**
	 * The formatting toolbar (loaded when the member first uses the form), the logo's
	 * picture and checks, and the Preview button.
	 */
	private startFieldExtras() {
		const description = this.form.querySelector< HTMLTextAreaElement >(
			'[data-field="description"] textarea'
		);
		let toolbarPending = false;
		const loadToolbar = () => {
			if ( ! description || toolbarPending ) {
				return;
			}
			toolbarPending = true;
			loadFormExtras()
				.then( ( { enhanceDescription } ) => {
					this.form.removeEventListener( 'focusin', loadToolbar );
					enhanceDescription( description );
				} )
				.catch( () => {
					// Without the toolbar (the network dropped), the textarea stays and
					// works; the next focus fetches the toolbar again (the loader forgets
					// a failed load).
					toolbarPending = false;
				} );
		};
		this.form.addEventListener( 'focusin', loadToolbar );
		// A restored draft's description is HTML: shown formatted at once, not as source.
		if ( description && /<[a-z]/i.test( description.value ) ) {
			loadToolbar();
		}
		const logo = logoInput( this.form );
		logo?.addEventListener( 'change', () => {
			showLogo( logo );
			const field = this.config.fields.find(
				( candidate ) => candidate.control === 'file'
			);
			if ( field ) {
				this.showFieldError( field, logoProblem( logo ) );
			}
		} );
		if ( this.previewButton ) {
			this.previewButton.hidden = false;
			this.previewButton.addEventListener( 'click', () =>
				this.preview()
			);
			this.submitButton.hidden = !! this.config.mustPreview;
		}
	}

	/** Shows the listing as it will look, once the form is valid. */
	private async preview() {
		if (
			this.busy ||
			this.previewPending ||
			this.showErrors( this.formErrors() )
		) {
			return;
		}
		// The first preview fetches its script: a second click meanwhile opens no second one.
		this.previewPending = true;
		let showPreview;
		try {
			( { showPreview } = await loadFormExtras() );
		} catch {
			this.announce(
				__(
					'The preview could not be loaded. Your entries are kept: check your connection and press Preview again.',
					'job-submit-block'
				),
				true
			);
			return;
		} finally {
			this.previewPending = false;
		}
		this.previewed = true;
		showPreview( {
			form: this.form,
			fields: this.config.fields,
			submitLabel: this.submitButton.textContent ?? '',
			onSubmit: () => this.submit(),
			onEdit: () => this.previewButton?.focus(),
		} );
	}

	/** Every field's message for the current values, which the draft keeps. */
	private formErrors(): Record< string, string > {
		this.draft.values = readFormValues( this.form, this.config.fields );
		// Stored right after the listing is on its way rather than before; a page left in
		// between stores it as it goes (pagehide).
		this.scheduleDraftSave( 0 );
		const errors: Record< string, string > = {};
		const logo = logoInput( this.form );
		for ( const field of this.config.fields ) {
			const error =
				fieldError( field, this.draft.values[ field.key ] ) ??
				( field.control === 'file' && logo
					? logoProblem( logo )
					: null );
			if ( error ) {
				errors[ field.key ] = error;
			}
		}
		return errors;
	}

	/** Puts a saved draft back into the form; true when there was one. */
	private restoreDraft(): boolean {
		// Editing a stored listing: what the page brought is the base of any change from now.
		const opened = this.config.listing
			? readFormValues( this.form, this.config.fields )
			: undefined;
		this.draft.base = opened;
		const saved = loadDraft( this.config.userId, this.config.formId );
		if ( ! saved ) {
			return false;
		}
		const values = opened ? restoredValues( saved, opened ) : saved.values;
		this.draft = { ...saved, values, base: opened };
		writeFormValues( this.form, values );
		// A browser keeps no picked file across pages: the draft knows only its name.
		const logoWasPicked = this.config.fields.some(
			( field ) =>
				field.control === 'file' && !! saved.values[ field.key ]
		);
		this.announce(
			logoWasPicked
				? __(
						'Your unsent listing was restored, except its logo: please pick the logo again.',
						'job-submit-block'
					)
				: __( 'Your unsent listing was restored.', 'job-submit-block' )
		);
		return true;
	}

	/**
	 * Saves the draft once typing pauses.
	 *
	 * @param delay How long a pause, in milliseconds.
	 */
	private scheduleDraftSave( delay = 250 ) {
		window.clearTimeout( this.draftTimer );
		this.draftTimer = window.setTimeout( () => this.saveDraftNow(), delay );
	}

	/** Saves now what is waiting to be saved; nothing when nothing changed since. */
	private savePendingDraft() {
		if ( this.draftTimer ) {
			this.saveDraftNow();
		}
	}

	private saveDraftNow() {
		window.clearTimeout( this.draftTimer );
		this.draftTimer = 0;
		this.draft.values = readFormValues( this.form, this.config.fields );
		saveDraft( this.config.userId, this.config.formId, this.draft );
	}

	private validateLeftField( event: FocusEvent ) {
		const element = ( event.target as HTMLElement ).closest< HTMLElement >(
			'[data-field]'
		);
		const field = this.config.fields.find(
			( candidate ) => candidate.key === element?.dataset.field
		);
		// Leaving one checkbox for another in the same group is not leaving the field.
		if (
			! field ||
			( event.relatedTarget instanceof Node &&
				element?.contains( event.relatedTarget ) )
		) {
			return;
		}
		const values = readFormValues( this.form, [ field ] );
		const message = fieldError( field, values[ field.key ] );
		if ( this.pointerDown ) {
			this.heldMessages.set( field, message );
			return;
		}
		this.showFieldError( field, message );
	}

	private showHeldMessages() {
		const held = [ ...this.heldMessages ];
		this.heldMessages.clear();
		// A submit since has shown every field's message already, and may have replaced
		// the form.
		if ( this.busy || ! this.form.isConnected ) {
			return;
		}
		for ( const [ field, message ] of held ) {
			this.showFieldError( field, message );
		}
	}

	private async submit() {
		if ( this.busy ) {
			return;
		}
		if ( this.config.mustPreview && ! this.previewed ) {
			this.preview();
			return;
		}
		this.heldMessages.clear();
		// The validation's measure starts here, before the checks that may end the submit.
		// eslint-disable-next-line @wordpress/no-unused-vars-before-return
		const started = performance.now();
		const errors = this.formErrors();
		const values = this.draft.values;
		if ( this.showErrors( errors ) ) {
			return;
		}
		measure( 'validation', started );

		this.setBusy( true );
		this.showProgress();
		try {
			await loadDataLayer();
			const saving = performance.now();
			const honeypot = this.form.elements.namedItem( 'job_submit_hp' );
			const record = filterListingRecord(
				toListingRecord( values, this.config.fields ),
				{ formId: this.config.formId, form: this.form }
			);
			const bookkeeping = {
				job_submit_form: this.config.formToken,
				job_submit_hp:
					honeypot instanceof HTMLInputElement ? honeypot.value : '',
			};
			const dataLayer = window.jobSubmitBlockDataLayer!;
			// After the filters: the request's own bookkeeping is not theirs to change.
			const saved = this.config.listing
				? await dataLayer.updateListing( this.config.listing, {
						...record,
						...bookkeeping,
					} )
				: await dataLayer.saveListing( {
						...record,
						...bookkeeping,
						idempotency_key: this.draft.idempotencyKey,
					} );
			measure( 'save', saving );
			const logo = await this.uploadLogo( saved.id );
			this.succeed( saved, logo );
		} catch ( error ) {
			this.fail( error );
			// Not on success: succeed() ends the busy state itself, before its notice is laid out.
			this.setBusy( false );
		}
	}

	/**
	 * Sends the picked logo for the listing just created, if one was picked.
	 *
	 * @param listingId The listing.
	 */
	private async uploadLogo( listingId: number ): Promise< LogoOutcome > {
		const file = pickedLogo( this.form );
		return file
			? window.jobSubmitBlockDataLayer!.sendLogo( listingId, file )
			: { message: '', retry: false };
	}

	private succeed(
		saved: SavedListing,
		logo: LogoOutcome = { message: '', retry: false }
	) {
		// The listing is in: the field still focused (a click that does not focus the button,
		// as in Safari) fires change and focusout as the form leaves the page, which must
		// neither save the sent listing back as a draft nor check a form no one sees.
		this.listening.abort();
		window.clearTimeout( this.draftTimer );
		this.draftTimer = 0;
		clearDraft( this.config.userId, this.config.formId );
		if ( ! this.config.listing ) {
			// Before a redirect can take the page away.
			announceSubmitted( this.wrapper, saved, this.config.formId );
		}
		const redirect = this.config.listing ? '' : this.config.redirectUrl;
		// Before the notice is focused, whose layout then takes the wrapper's state with it.
		this.setBusy( false );
		const notice = window.jobSubmitBlockDataLayer!.savedNotice( {
			saved,
			edited: !! this.config.listing,
			successMessage: this.config.successMessage,
			redirect,
			logo,
			form: this.form,
		} );
		// The notice takes the focus before the form leaves: removing the form while a field of
		// it still held the focus (or the caret) made the browser lay the page out for that,
		// and again for the focus.
		this.form.before( notice );
		notice.focus();
		this.form.remove();
		// The page is left holding the notice, with its link on, not a form that could send the
		// listing again: what a member finds who stops the browser, or comes back to it. A logo
		// that was not stored keeps the member here, where they can read why: the chosen page
		// is only offered as the notice's link.
		if ( redirect && ! logo.message ) {
			window.location.assign( redirect );
		}
	}

	private fail( error: unknown ) {
		// Without the data layer, which could not be fetched, the network is what failed.
		const describe =
			window.jobSubmitBlockDataLayer?.describeSubmitError ?? unreachable;
		const problem = describe(
			error,
			this.config.fields
				.filter(
					( field ) =>
						field.control === 'terms' &&
						Array.isArray( this.draft.values[ field.key ] ) &&
						( this.draft.values[ field.key ] as number[] ).length >
							0
				)
				.map( ( field ) => field.key )
		);
		if ( problem.kind === 'fields' ) {
			this.showErrors( problem.errors );
			return;
		}
		// A member logged out meanwhile is offered the login screen beside the message.
		this.announce(
			problem.message,
			true,
			problem.kind === 'logged-out'
				? {
						href: this.config.loginUrl,
						text: __( 'Log in', 'job-submit-block' ),
					}
				: undefined
		);
	}

	/**
	 * Shows the messages on their fields and moves focus to the first; false when none.
	 *
	 * @param errors Messages by field key.
	 */
	private showErrors( errors: Record< string, string > ): boolean {
		let first: HTMLElement | null = null;
		let count = 0;
		for ( const field of this.config.fields ) {
			const message = errors[ field.key ] ?? null;
			const control = this.showFieldError( field, message );
			if ( message ) {
				count++;
				first ??= control;
			}
		}
		const unplaced = Object.entries( errors ).filter(
			( [ key ] ) => ! this.config.fields.some( ( f ) => f.key === key )
		);
		if ( count === 0 && unplaced.length === 0 ) {
			return false;
		}
		this.announce(
			unplaced.length
				? unplaced.map( ( [ , message ] ) => message ).join( ' ' )
				: sprintf(
						/* translators: %d: number of fields with errors. */
						_n(
							'Please correct %d field.',
							'Please correct %d fields.',
							count,
							'job-submit-block'
						),
						count
					),
			true
		);
		first?.focus();
		return true;
	}

	/**
	 * Shows or clears one field's message.
	 *
	 * @param field   The field.
	 * @param message The message, or null to clear it.
	 * @return The control to focus for the field; null when there was nothing to show.
	 */
	private showFieldError(
		field: ClientField,
		message: string | null
	): HTMLElement | null {
		const container = this.form.querySelector< HTMLElement >(
			`[data-field="${ field.key }"]`
		);
		// Nothing shown to clear: every field of a valid submit comes through here.
		if (
			! container ||
			( ! message && ! container.classList.contains( 'has-error' ) )
		) {
			return null;
		}
		const slot = container.querySelector< HTMLElement >(
			`.${ BLOCK }__error`
		);
		if ( slot ) {
			slot.textContent = message ?? '';
			slot.hidden = ! message;
		}
		container.classList.toggle( 'has-error', !! message );
		// The formatting toolbar's editable area stands before the hidden textarea.
		const control =
			field.control === 'terms'
				? container
				: container.querySelector< HTMLElement >(
						'[contenteditable], input, textarea, select'
					);
		if ( message ) {
			control?.setAttribute( 'aria-invalid', 'true' );
		} else {
			control?.removeAttribute( 'aria-invalid' );
		}
		return field.control === 'terms'
			? container.querySelector< HTMLElement >( 'input' )
			: control;
	}

	/**
	 * Says the listing is on its way, beside the button. Said above the form, the words
	 * would push every field down under the member's eyes, and the browser would lay out
	 * and repaint the whole page while the site works on the create.
	 */
	private showProgress() {
		// A message from an earlier try is out of date once the listing is sent again.
		if ( this.status.textContent ) {
			this.announce( '' );
		}
		// A page cached from before the progress had its place shows the dimmed button only.
		if ( this.progress ) {
			this.progress.textContent = __(
				'Submitting your listing…',
				'job-submit-block'
			);
		}
	}

	private setBusy( busy: boolean ) {
		if ( ! busy && this.progress ) {
			this.progress.textContent = '';
		}
		this.busy = busy;
		this.form.setAttribute( 'aria-busy', busy ? 'true' : 'false' );
		this.submitButton.setAttribute(
			'aria-disabled',
			busy ? 'true' : 'false'
		);
		this.wrapper.classList.toggle( 'is-busy', busy );
	}

	/**
	 * Says something in the form's live region.
	 *
	 * @param message   The message.
	 * @param isError   Whether it reports a problem.
	 * @param link      A link to offer with it.
	 * @param link.href Its address.
	 * @param link.text Its text.
	 */
	private announce(
		message: string,
		isError = false,
		link?: { href: string; text: string }
	) {
		this.status.textContent = message;
		if ( link ) {
			const anchor = document.createElement( 'a' );
			anchor.href = link.href;
			anchor.textContent = link.text;
			this.status.append( ' ', anchor );
		}
		this.status.classList.toggle( 'is-error', isError );
	}
}
