/**
 * Internal dependencies
 */
import { fromRichTextValue, toRichTextValue } from '../plain-text';

describe( 'plain text through RichText', () => {
	it( 'escapes what HTML would read as markup', () => {
		expect( toRichTextValue( 'Tom & <b>Jerry</b>' ) ).toBe(
			'Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;'
		);
	} );

	it( 'reads entities back as the characters typed, and drops stray markup', () => {
		expect(
			fromRichTextValue( 'Tom &amp; &lt;b&gt; &quot;Jerry&quot;<br>' )
		).toBe( 'Tom & <b> "Jerry"' );
		expect( fromRichTextValue( '&amp;lt;' ) ).toBe( '&lt;' );
	} );

	it( 'round-trips any text', () => {
		const text = 'Log in & post: <5 minutes> "now" it\'s fine &amp;';
		expect( fromRichTextValue( toRichTextValue( text ) ) ).toBe( text );
	} );
} );
