/**
 * Bodies the fuzz corpus sends that Playwright's own options cannot express: form bodies
 * with repeated and bracketed names and raw (invalid UTF-8) bytes, batch envelopes, and
 * XML-RPC calls.
 */

/** A form value sent exactly as given, already percent-encoded (raw bytes, say). */
export interface Encoded {
	encoded: string;
}

/** One name and value of a form body; a list repeats the name with `[]`. */
export type FormPair = [ string, string | Encoded ];

/**
 * A value that goes into a form body as it is: `%C3%28` stays two raw bytes, invalid UTF-8.
 *
 * @param bytes Percent-encoded bytes.
 */
export function encoded( bytes: string ): Encoded {
	return { encoded: bytes };
}

/**
 * An `application/x-www-form-urlencoded` body, in the pairs' order.
 *
 * @param pairs Names and values.
 */
export function formBody( pairs: FormPair[] ): string {
	return pairs
		.map(
			( [ name, value ] ) =>
				`${ encodeURIComponent( name ) }=${
					typeof value === 'string'
						? encodeURIComponent( value )
						: value.encoded
				}`
		)
		.join( '&' );
}

/** One request inside a `/batch/v1` envelope. */
export interface BatchRequest {
	method?: string;
	path: string;
	body?: unknown;
	headers?: Record< string, string >;
}

/**
 * The body of a `POST /wp-json/batch/v1`.
 *
 * @param requests The sub-requests.
 */
export function batchBody( requests: BatchRequest[] ) {
	return {
		requests: requests.map( ( request ) => ( {
			method: 'POST',
			...request,
		} ) ),
	};
}

/** An XML-RPC value: a string, an integer, or a struct of them. */
export type XmlRpcValue = string | number | { [ name: string ]: XmlRpcValue };

function escapeXml( text: string ) {
	return text
		.replace( /&/g, '&amp;' )
		.replace( /</g, '&lt;' )
		.replace( />/g, '&gt;' );
}

function xmlRpcValue( value: XmlRpcValue ): string {
	if ( typeof value === 'number' ) {
		return `<value><int>${ value }</int></value>`;
	}
	if ( typeof value === 'string' ) {
		return `<value><string>${ escapeXml( value ) }</string></value>`;
	}
	const members = Object.entries( value )
		.map(
			( [ name, member ] ) =>
				`<member><name>${ escapeXml( name ) }</name>${ xmlRpcValue(
					member
				) }</member>`
		)
		.join( '' );
	return `<value><struct>${ members }</struct></value>`;
}

/**
 * An XML-RPC method call.
 *
 * @param method The method, e.g. `wp.newPost`.
 * @param params Its parameters, in order.
 */
export function xmlRpcCall( method: string, params: XmlRpcValue[] ) {
	const values = params
		.map( ( param ) => `<param>${ xmlRpcValue( param ) }</param>` )
		.join( '' );
	return `<?xml version="1.0"?><methodCall><methodName>${ method }</methodName><params>${ values }</params></methodCall>`;
}
