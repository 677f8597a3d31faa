/**
 * The notice that replaces the form once a listing is saved. Part of the data layer's script,
 * not the view script's: only a member whose listing reached the site sees it, and every
 * visitor would otherwise download its messages before touching the form.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { logoRetryGroup } from './logo-after-save';
import type { SavedNoticeOptions } from './types';

/**
 * The notice for a saved listing: what became of it, a link to it when live, how the logo
 * fared (with a way to send it again), and the page to go on to.
 *
 * @param options                The saved listing and what the form knows of it.
 * @param options.saved
 * @param options.edited
 * @param options.successMessage
 * @param options.redirect
 * @param options.logo
 * @param options.form
 * @return The notice, to put in the form's place and focus.
 */
export function savedNotice( {
	saved,
	edited,
	successMessage,
	redirect,
	logo,
	form,
}: SavedNoticeOptions ) {
	const live = saved.status === 'publish';
	const notice = document.createElement( 'div' );
	notice.className = 'wp-block-job-submit-block-form__notice is-success';
	notice.setAttribute( 'role', 'status' );
	notice.tabIndex = -1;
	const message = document.createElement( 'p' );
	const editedMessage = live
		? __( 'Your changes are saved and live.', 'job-submit-block' )
		: __(
				'Your changes are saved. The listing awaits review before it goes live.',
				'job-submit-block'
			);
	message.textContent = edited
		? editedMessage
		: successMessage ||
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
	if ( logo.message ) {
		const said = Object.assign( document.createElement( 'p' ), {
			textContent: logo.message,
		} );
		notice.append( said );
		const retry = logo.retry
			? logoRetryGroup( form, saved.id, said )
			: null;
		if ( retry ) {
			notice.append( retry );
		}
	}
	if ( redirect ) {
		const next = document.createElement( 'p' );
		next.append(
			Object.assign( document.createElement( 'a' ), {
				href: redirect,
				textContent: __( 'Continue', 'job-submit-block' ),
			} )
		);
		notice.append( next );
	}
	return notice;
}
