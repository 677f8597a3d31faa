/**
 * The job description's HTML, reduced to what the server keeps (paragraphs, bulleted and
 * numbered lists, bold, italic, links, line breaks: see
 * job_submit_block_description_allowed_html()). Used on what the member types and pastes,
 * so that a paste from a word processor keeps its structure and nothing else.
 */

/** Elements whose content is never text of the description. */
const DROPPED = new Set( [
	'SCRIPT',
	'STYLE',
	'TEMPLATE',
	'HEAD',
	'TITLE',
	'META',
	'LINK',
	'IFRAME',
	'OBJECT',
	'EMBED',
	'SVG',
	'MATH',
	'IMG',
	'VIDEO',
	'AUDIO',
	'CANVAS',
	'NOSCRIPT',
	'BUTTON',
	'INPUT',
	'SELECT',
	'TEXTAREA',
] );

/** Elements that become a paragraph. */
const PARAGRAPHS = new Set( [
	'P',
	'DIV',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'BLOCKQUOTE',
	'PRE',
	'SECTION',
	'ARTICLE',
	'HEADER',
	'FOOTER',
	'ADDRESS',
	'TR',
	'DT',
	'DD',
] );

/**
 * Whether a link's address may be kept: a web or email address.
 *
 * @param href The address.
 */
export function isSafeHref( href: string ): boolean {
	return /^(https?:\/\/|mailto:)/i.test( href.trim() );
}

function element( doc: Document, tag: string, children: Node[] ) {
	const made = doc.createElement( tag );
	made.append( ...children );
	return made;
}

/**
 * An element's content reduced to the allowed elements, block elements as paragraphs.
 *
 * @param node The node.
 * @param doc  The document to make nodes in.
 */
function clean( node: Node, doc: Document ): Node[] {
	if ( node.nodeType === Node.TEXT_NODE ) {
		return [ doc.createTextNode( node.textContent ?? '' ) ];
	}
	if ( node.nodeType !== Node.ELEMENT_NODE ) {
		return [];
	}
	const source = node as HTMLElement;
	const tag = source.tagName.toUpperCase();
	if ( DROPPED.has( tag ) ) {
		return [];
	}
	const children = Array.from( source.childNodes ).flatMap( ( child ) =>
		clean( child, doc )
	);
	const style = source.getAttribute( 'style' ) ?? '';
	// Word processors mark bold and italic with styles; a document pasted from Google Docs
	// wraps everything in a <b> whose style says "normal".
	const weight = /font-weight\s*:\s*(bold|[6-9]00)/i.test( style );
	const italic = /font-style\s*:\s*italic/i.test( style );
	let inner = children;
	if ( tag === 'SPAN' || tag === 'FONT' ) {
		if ( italic ) {
			inner = [ element( doc, 'em', inner ) ];
		}
		return weight ? [ element( doc, 'strong', inner ) ] : inner;
	}
	switch ( tag ) {
		case 'B':
		case 'STRONG':
			return /font-weight\s*:\s*(normal|[1-4]00)/i.test( style )
				? inner
				: [ element( doc, 'strong', inner ) ];
		case 'I':
		case 'EM':
		case 'CITE':
			return [ element( doc, 'em', inner ) ];
		case 'BR':
			return [ doc.createElement( 'br' ) ];
		case 'A': {
			const href = source.getAttribute( 'href' ) ?? '';
			if ( ! isSafeHref( href ) ) {
				return inner;
			}
			const link = element( doc, 'a', inner );
			link.setAttribute( 'href', href.trim() );
			return [ link ];
		}
		case 'UL':
		case 'OL':
			return [ element( doc, tag.toLowerCase(), asItems( inner, doc ) ) ];
		case 'LI':
			return [ element( doc, 'li', inner ) ];
	}
	if ( PARAGRAPHS.has( tag ) ) {
		return [ element( doc, 'p', inner ) ];
	}
	return inner;
}

/**
 * A list's content as list items: stray text or paragraphs become items of their own.
 *
 * @param nodes The list's cleaned content.
 * @param doc   The document.
 */
function asItems( nodes: Node[], doc: Document ): Node[] {
	const items: Node[] = [];
	for ( const node of nodes ) {
		if ( node.nodeName === 'LI' ) {
			items.push( node );
		} else if ( node.nodeName === 'UL' || node.nodeName === 'OL' ) {
			// A nested list belongs in the item before it.
			const last = items[ items.length - 1 ];
			if ( last ) {
				last.appendChild( node );
			} else {
				items.push( element( doc, 'li', [ node ] ) );
			}
		} else if ( node.textContent?.trim() ) {
			items.push(
				element(
					doc,
					'li',
					node.nodeName === 'P'
						? Array.from( node.childNodes )
						: [ node ]
				)
			);
		}
	}
	return items;
}

/**
 * Block content: paragraphs and lists, inline runs wrapped in paragraphs, paragraphs in
 * paragraphs (or lists in paragraphs) taken apart, empty paragraphs dropped.
 *
 * @param nodes Cleaned nodes.
 * @param doc   The document.
 */
function asBlocks( nodes: Node[], doc: Document ): Node[] {
	const blocks: Node[] = [];
	let run: Node[] = [];
	const endRun = () => {
		if ( run.some( ( node ) => node.textContent?.trim() ) ) {
			blocks.push( element( doc, 'p', trimBreaks( run ) ) );
		}
		run = [];
	};
	for ( const node of nodes ) {
		if ( node.nodeName === 'P' ) {
			endRun();
			blocks.push( ...asBlocks( Array.from( node.childNodes ), doc ) );
		} else if ( node.nodeName === 'UL' || node.nodeName === 'OL' ) {
			endRun();
			if ( node.childNodes.length ) {
				node.childNodes.forEach( ( item ) => inlineItem( item, doc ) );
				blocks.push( node );
			}
		} else {
			run.push( node );
		}
	}
	endRun();
	return blocks;
}

/**
 * Keeps a list item's content inline (paragraphs become lines), nested lists kept.
 *
 * @param item A list item.
 * @param doc  The document.
 */
function inlineItem( item: Node, doc: Document ) {
	for ( const child of Array.from( item.childNodes ) ) {
		if ( child.nodeName === 'P' ) {
			const lines: Node[] = [ ...Array.from( child.childNodes ) ];
			if ( child.nextSibling ) {
				lines.push( doc.createElement( 'br' ) );
			}
			( child as Element ).replaceWith( ...lines );
		} else if ( child.nodeName === 'UL' || child.nodeName === 'OL' ) {
			child.childNodes.forEach( ( nested ) => inlineItem( nested, doc ) );
		}
	}
}

function trimBreaks( nodes: Node[] ): Node[] {
	const kept = [ ...nodes ];
	while ( kept.length && kept[ 0 ].nodeName === 'BR' ) {
		kept.shift();
	}
	while ( kept.length && kept[ kept.length - 1 ].nodeName === 'BR' ) {
		kept.pop();
	}
	return kept;
}

/**
 * HTML reduced to the description's allowed structure; '' when it holds no text.
 *
 * @param html The HTML, from the editor or the clipboard.
 * @param doc  The document to parse in.
 */
export function sanitizeDescription( html: string, doc = document ): string {
	const template = doc.createElement( 'template' );
	template.innerHTML = html;
	const cleaned = Array.from( template.content.childNodes ).flatMap(
		( node ) => clean( node, doc )
	);
	const holder = doc.createElement( 'div' );
	holder.append( ...asBlocks( cleaned, doc ) );
	return holder.textContent?.trim() ? holder.innerHTML : '';
}

/**
 * Plain text as paragraphs (blank lines between them) with line breaks, as the server
 * reads a description typed without the toolbar.
 *
 * @param text The text.
 * @param doc  The document.
 */
export function paragraphsFromText( text: string, doc = document ): string {
	const holder = doc.createElement( 'div' );
	for ( const block of text.split( /\n\s*\n/ ) ) {
		if ( ! block.trim() ) {
			continue;
		}
		const paragraph = doc.createElement( 'p' );
		block
			.trim()
			.split( '\n' )
			.forEach( ( line, index ) => {
				if ( index ) {
					paragraph.append( doc.createElement( 'br' ) );
				}
				paragraph.append( line );
			} );
		holder.append( paragraph );
	}
	return holder.innerHTML;
}

/**
 * Whether a description already holds markup (else it is plain text).
 *
 * @param value The description.
 */
export function hasMarkup( value: string ): boolean {
	return /<\/?[a-z][^>]*>/i.test( value );
}
