/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { loadDataLayer } from './data-layer-loader';
import {
	clearDraft,
	loadDraft,
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
import { describeSubmitError } from './submit-outcome';
import type { ClientField, ClientFormConfig, SavedListing } from './types';
import { fieldError } from './validation';

const BLOCK = 'wp-block-job-submit-block-form';

/**
 * Takes over one rendered form: mirrors the server's validation, keeps a draft of what the
 * member types, loads the data layer when the form is first used, and creates the listing.
 */
export class JobFormController {
	private readonly config: ClientFormConfig;
	private readonly form: HTMLFormElement;
	private readonly status: HTMLElement;
	private readonly submitButton: HTMLButtonElement;
	private draft: Draft;
	private busy = false;
	private draftTimer = 0;

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
		this.draft = { values: {}, idempotencyKey: newIdempotencyKey() };
	}

	/** Starts listening; the form keeps working without this, by posting to the server. */
	start() {
		// The script gives field-level messages; the browser's bubbles would come first.
		this.form.noValidate = true;
		this.restoreDraft();
		const loadSoon = () => {
			loadDataLayer().catch( () => {
				// Tried again on submit, where a failure is reported.
			} );
		};
		this.form.addEventListener( 'focusin', loadSoon, { once: true } );
		this.form.addEventListener( 'input', loadSoon, { once: true } );
		if ( 'requestIdleCallback' in window ) {
			window.requestIdleCallback( loadSoon, { timeout: 5000 } );
		} else {
			setTimeout( loadSoon, 3000 );
		}
		this.form.addEventListener( 'input', () => this.scheduleDraftSave() );
		this.form.addEventListener( 'change', () => this.scheduleDraftSave() );
		// Leaving the page (a reload, a link, a closed tab, an app switched away on a phone)
		// must not lose what was typed in the last moment before the save.
		window.addEventListener( 'pagehide', () => this.savePendingDraft() );
		document.addEventListener( 'visibilitychange', () => {
			if ( document.visibilityState === 'hidden' ) {
				this.savePendingDraft();
			}
		} );
		this.form.addEventListener( 'focusout', ( event ) =>
			this.validateLeftField( event )
		);
		this.form.addEventListener( 'submit', ( event ) => {
			event.preventDefault();
			this.submit();
		} );
	}

	private restoreDraft() {
		const saved = loadDraft( this.config.userId, this.config.formId );
		if ( ! saved ) {
			return;
		}
		this.draft = saved;
		writeFormValues( this.form, saved.values );
		this.announce(
			__( 'Your unsent listing was restored.', 'job-submit-block' )
		);
	}

	private scheduleDraftSave() {
		window.clearTimeout( this.draftTimer );
		this.draftTimer = window.setTimeout( () => this.saveDraftNow(), 250 );
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
		this.showFieldError( field, fieldError( field, values[ field.key ] ) );
	}

	private async submit() {
		if ( this.busy ) {
			return;
		}
		this.saveDraftNow();
		const values = this.draft.values;
		const errors: Record< string, string > = {};
		for ( const field of this.config.fields ) {
			const error = fieldError( field, values[ field.key ] );
			if ( error ) {
				errors[ field.key ] = error;
			}
		}
		if ( this.showErrors( errors ) ) {
			return;
		}

		this.setBusy( true );
		this.announce( __( 'Submitting your listing…', 'job-submit-block' ) );
		try {
			await loadDataLayer();
			const honeypot = this.form.elements.namedItem( 'job_submit_hp' );
			const record = filterListingRecord(
				toListingRecord( values, this.config.fields ),
				{ formId: this.config.formId, form: this.form }
			);
			const saved = await window.jobSubmitBlockDataLayer!.saveListing( {
				...record,
				// After the filters: the create's own bookkeeping is not theirs to change.
				idempotency_key: this.draft.idempotencyKey,
				job_submit_form: this.config.formToken,
				job_submit_hp:
					honeypot instanceof HTMLInputElement ? honeypot.value : '',
			} );
			this.succeed( saved );
		} catch ( error ) {
			this.fail( error );
		} finally {
			this.setBusy( false );
		}
	}

	private succeed( saved: SavedListing ) {
		clearDraft( this.config.userId, this.config.formId );
		// Before a redirect can take the page away.
		announceSubmitted( this.wrapper, saved, this.config.formId );
		if ( this.config.redirectUrl ) {
			window.location.assign( this.config.redirectUrl );
			return;
		}
		const live = saved.status === 'publish';
		const notice = document.createElement( 'div' );
		notice.className = `${ BLOCK }__notice is-success`;
		notice.setAttribute( 'role', 'status' );
		notice.tabIndex = -1;
		const message = document.createElement( 'p' );
		message.textContent =
			this.config.successMessage ||
			( live
				? __( 'Your job listing is live.', 'job-submit-block' )
				: __(
						'Thank you! Your job listing has been submitted and is awaiting review.',
						'job-submit-block'
					) );
		if ( live && saved.link ) {
			const link = document.createElement( 'a' );
			link.href = saved.link;
			link.textContent = __( 'View your listing', 'job-submit-block' );
			message.append( ' ', link );
		}
		notice.append( message );
		this.form.replaceWith( notice );
		notice.focus();
	}

	private fail( error: unknown ) {
		const problem = describeSubmitError(
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
		if ( problem.kind === 'logged-out' ) {
			this.announce(
				__(
					'You have been logged out. Your entries are kept: log in again and submit.',
					'job-submit-block'
				),
				true,
				{
					href: this.config.loginUrl,
					text: __( 'Log in', 'job-submit-block' ),
				}
			);
			return;
		}
		this.announce( problem.message, true );
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
	 * @return The control to focus for the field.
	 */
	private showFieldError(
		field: ClientField,
		message: string | null
	): HTMLElement | null {
		const container = this.form.querySelector< HTMLElement >(
			`[data-field="${ field.key }"]`
		);
		if ( ! container ) {
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
		const control =
			field.control === 'terms'
				? container
				: container.querySelector< HTMLElement >( 'input, textarea' );
		if ( message ) {
			control?.setAttribute( 'aria-invalid', 'true' );
		} else {
			control?.removeAttribute( 'aria-invalid' );
		}
		return field.control === 'terms'
			? container.querySelector< HTMLElement >( 'input' )
			: control;
	}

	private setBusy( busy: boolean ) {
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
