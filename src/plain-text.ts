/**
 * Plain text in and out of RichText, for attributes the server prints escaped: RichText's
 * value is HTML, in which RichText itself escapes only `&` and `<` (and `>` on output).
 */

/**
 * Plain text as RichText's HTML value.
 *
 * @param text Plain text.
 */
export function toRichTextValue( text: string ): string {
	return text
		.replace( /&/g, '&amp;' )
		.replace( /</g, '&lt;' )
		.replace( />/g, '&gt;' );
}

/**
 * RichText's HTML value (with no formats allowed: text and entities) as plain text.
 *
 * @param html RichText's value.
 */
export function fromRichTextValue( html: string ): string {
	return html
		.replace( /<[^>]*>/g, '' )
		.replace( /&lt;/g, '<' )
		.replace( /&gt;/g, '>' )
		.replace( /&quot;/g, '"' )
		.replace( /&#0?39;/g, "'" )
		.replace( /&nbsp;/g, '\u00a0' )
		.replace( /&amp;/g, '&' );
}
