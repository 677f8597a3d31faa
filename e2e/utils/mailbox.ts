/**
 * WordPress dependencies
 */
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/** The test mailbox's route (the job-submit-block-test-mailbox plugin, e2e/plugins/). */
export const MAILBOX = '/job-submit-block-test/v1/mails';

/** A mail the mailbox test plugin kept instead of sending it. */
export interface KeptMail {
	to: string[];
	subject: string;
	message: string;
}

/**
 * The mails kept since the mailbox was last emptied.
 *
 * @param requestUtils The admin's request utilities.
 */
export async function keptMails(
	requestUtils: RequestUtils
): Promise< KeptMail[] > {
	return ( await requestUtils.rest( { path: MAILBOX } ) ) as KeptMail[];
}

/**
 * The mails kept whose subject contains a text.
 *
 * @param requestUtils The admin's request utilities.
 * @param text         What the subject contains.
 */
export async function mailsAbout( requestUtils: RequestUtils, text: string ) {
	return ( await keptMails( requestUtils ) ).filter( ( mail ) =>
		mail.subject.includes( text )
	);
}

/**
 * The mails kept for one address.
 *
 * @param requestUtils The admin's request utilities.
 * @param address      The recipient.
 */
export async function mailsTo( requestUtils: RequestUtils, address: string ) {
	return ( await keptMails( requestUtils ) ).filter( ( mail ) =>
		mail.to.includes( address )
	);
}

/**
 * Empties the mailbox.
 *
 * @param requestUtils The admin's request utilities.
 */
export async function emptyMailbox( requestUtils: RequestUtils ) {
	await requestUtils.rest( { method: 'DELETE', path: MAILBOX } );
}
