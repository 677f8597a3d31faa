/**
 * External dependencies
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Checks readme.txt against WordPress.org's readme standard
 * (https://developer.wordpress.org/plugins/wordpress-org/how-your-readme-txt-works/):
 * the header, the short description, the sections, and the versions it shares with the
 * plugin's own header.
 */

const root = join( __dirname, '../..' );
const readme = readFileSync( join( root, 'readme.txt' ), 'utf8' );
const lines = readme.split( /\r?\n/ );

/**
 * The `Name: value` lines of a header, by name.
 *
 * @param text A readme header or a PHP file header.
 */
function headerFields( text: string ): Record< string, string > {
	const fields: Record< string, string > = {};
	for ( const match of text.matchAll(
		/^[\s*]*([A-Za-z][A-Za-z ]+?):[ \t]*(\S.*?)\s*$/gm
	) ) {
		fields[ match[ 1 ] ] ??= match[ 2 ];
	}
	return fields;
}

// The header runs from the name line to the first blank line.
const headerEnd = lines.indexOf( '' );
const header = headerFields( lines.slice( 1, headerEnd ).join( '\n' ) );
const plugin = headerFields(
	readFileSync( join( root, 'job-submit-block.php' ), 'utf8' ).split(
		'*/'
	)[ 0 ]
);

/**
 * A `== Section ==`'s text, up to the next section.
 *
 * @param name The section's name.
 */
function section( name: string ): string {
	const start = lines.indexOf( `== ${ name } ==` );
	if ( start === -1 ) {
		return '';
	}
	const next = lines.findIndex(
		( line, index ) => index > start && /^== .+ ==$/.test( line )
	);
	return lines
		.slice( start + 1, next === -1 ? undefined : next )
		.join( '\n' )
		.trim();
}

const version = ( text: string ) => text.split( '.' ).map( Number );
const atLeast = ( a: string, b: string ) => {
	const [ x, y ] = [ version( a ), version( b ) ];
	for ( let i = 0; i < Math.max( x.length, y.length ); i++ ) {
		if ( ( x[ i ] ?? 0 ) !== ( y[ i ] ?? 0 ) ) {
			return ( x[ i ] ?? 0 ) > ( y[ i ] ?? 0 );
		}
	}
	return true;
};

describe( 'readme.txt', () => {
	it( 'opens with the plugin name as the plugin header gives it', () => {
		expect( lines[ 0 ] ).toBe( `=== ${ plugin[ 'Plugin Name' ] } ===` );
	} );

	it( 'has every header the standard requires, with valid values', () => {
		for ( const name of [
			'Contributors',
			'Tags',
			'Requires at least',
			'Tested up to',
			'Requires PHP',
			'Stable tag',
			'License',
			'License URI',
		] ) {
			expect( { [ name ]: header[ name ] ?? '' } ).toEqual( {
				[ name ]: expect.stringMatching( /\S/ ),
			} );
		}
		// WordPress.org user names: lower case, digits, no spaces.
		for ( const contributor of header.Contributors.split( ',' ) ) {
			expect( contributor.trim() ).toMatch( /^[a-z0-9_.-]+$/ );
		}
		// WordPress.org shows at most five tags and ignores the rest.
		const tags = header.Tags.split( ',' ).map( ( tag ) => tag.trim() );
		expect( tags.length ).toBeGreaterThan( 0 );
		expect( tags.length ).toBeLessThanOrEqual( 5 );
		expect( header[ 'Tested up to' ] ).toMatch( /^\d+\.\d+$/ );
		expect(
			atLeast( header[ 'Tested up to' ], header[ 'Requires at least' ] )
		).toBe( true );
		expect( header[ 'License URI' ] ).toMatch( /^https:\/\// );
	} );

	it( 'agrees with the plugin header on the version, requirements and licence', () => {
		expect( header[ 'Stable tag' ] ).toBe( plugin.Version );
		expect( header[ 'Requires at least' ] ).toBe(
			plugin[ 'Requires at least' ]
		);
		expect( header[ 'Requires PHP' ] ).toBe( plugin[ 'Requires PHP' ] );
		expect( header.License ).toBe( plugin.License );
		expect( header[ 'License URI' ] ).toBe( plugin[ 'License URI' ] );
	} );

	it( 'gives a short description of at most 150 characters after the header', () => {
		const short = lines.slice( headerEnd ).find( ( line ) => line !== '' );
		expect( short ).toBeDefined();
		expect( short ).not.toMatch( /^=/ );
		expect( short!.length ).toBeLessThanOrEqual( 150 );
	} );

	it( 'has the sections WordPress.org shows, in order, none empty', () => {
		const expected = [
			'Description',
			'Installation',
			'Frequently Asked Questions',
			'Screenshots',
			'Changelog',
			'Upgrade Notice',
		];
		const found = lines
			.map( ( line ) => line.match( /^== (.+) ==$/ )?.[ 1 ] )
			.filter( Boolean );
		expect( found ).toEqual( expected );
		for ( const name of expected ) {
			expect( { [ name ]: section( name ).length > 0 } ).toEqual( {
				[ name ]: true,
			} );
		}
	} );

	it( 'asks its questions as = Question = subheadings with answers', () => {
		const questions = section( 'Frequently Asked Questions' ).match(
			/^= .+ =$/gm
		);
		expect( questions?.length ).toBeGreaterThanOrEqual( 3 );
	} );

	it( 'describes one screenshot for each image in docs/', () => {
		const images = readdirSync( join( root, 'docs' ) ).filter( ( file ) =>
			file.endsWith( '.png' )
		);
		const captions = section( 'Screenshots' ).match( /^\d+\. \S.*$/gm );
		expect( captions?.length ).toBe( images.length );
		captions!.forEach( ( caption, index ) =>
			expect( caption.startsWith( `${ index + 1 }. ` ) ).toBe( true )
		);
	} );

	it( 'has a changelog entry and an upgrade notice of at most 300 characters for the stable tag', () => {
		const tag = `= ${ header[ 'Stable tag' ] } =`;
		expect( section( 'Changelog' ).split( '\n' ) ).toContain( tag );
		const notice = section( 'Upgrade Notice' ).split( tag )[ 1 ];
		expect( notice?.trim().length ).toBeGreaterThan( 0 );
		expect( notice!.trim().length ).toBeLessThanOrEqual( 300 );
	} );

	it( 'says where the sources of the built scripts are (guideline 4)', () => {
		expect( section( 'Description' ) ).toMatch( /`build\/`.*`src\/`/s );
	} );
} );
