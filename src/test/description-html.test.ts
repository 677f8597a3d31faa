/**
 * Internal dependencies
 */
import {
	hasMarkup,
	paragraphsFromText,
	sanitizeDescription,
} from '../rich-description/description-html';

describe( 'sanitizeDescription', () => {
	it( 'keeps paragraphs, lists, bold, italic and web links', () => {
		expect(
			sanitizeDescription(
				'<p>Tend the <b>roses</b> and <i>lilies</i>.</p><ul><li>Water</li><li><a href="https://green.example">Prune</a></li></ul><ol><li>One</li></ol>'
			)
		).toBe(
			'<p>Tend the <strong>roses</strong> and <em>lilies</em>.</p><ul><li>Water</li><li><a href="https://green.example">Prune</a></li></ul><ol><li>One</li></ol>'
		);
	} );

	it( 'drops scripts, styles, images, attributes and unsafe links, keeping their text where it is text', () => {
		expect(
			sanitizeDescription(
				'<p class="x" onclick="alert(1)">Hi <a href="javascript:alert(1)">there</a><img src=x onerror=alert(1)><script>alert(1)</script><style>p{}</style></p>'
			)
		).toBe( '<p>Hi there</p>' );
	} );

	it( 'reads a word processor’s paste: headings and divs as paragraphs, styled spans as bold and italic, Google Docs’ normal <b> unwrapped', () => {
		expect(
			sanitizeDescription(
				'<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><h2><span style="font-weight:700">Role</span></h2><div><span style="font-style:italic">Part time</span></div><ul><li><p>Water</p></li></ul></b>'
			)
		).toBe(
			'<p><strong>Role</strong></p><p><em>Part time</em></p><ul><li>Water</li></ul>'
		);
	} );

	it( 'takes lists out of paragraphs, wraps loose text, drops empty paragraphs', () => {
		expect(
			sanitizeDescription(
				'Loose <b>text</b><p><ul><li>A</li></ul></p><p> </p><p><br></p>'
			)
		).toBe( '<p>Loose <strong>text</strong></p><ul><li>A</li></ul>' );
	} );

	it( 'is empty when nothing is left to read', () => {
		expect( sanitizeDescription( '<p><br></p><script>x</script>' ) ).toBe(
			''
		);
	} );
} );

describe( 'paragraphsFromText', () => {
	it( 'makes a paragraph of each block of lines, escaping what looks like markup', () => {
		expect( paragraphsFromText( 'One\ntwo\n\n<b>Three</b>' ) ).toBe(
			'<p>One<br>two</p><p>&lt;b&gt;Three&lt;/b&gt;</p>'
		);
		expect( hasMarkup( 'a < b' ) ).toBe( false );
		expect( hasMarkup( '<p>a</p>' ) ).toBe( true );
	} );
} );
