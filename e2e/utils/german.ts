/**
 * External dependencies
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { po, mo } from 'gettext-parser';

/**
 * German for the strings the translation spec looks at, keyed by context and msgid as in
 * languages/job-submit-block.pot. Every key must be in the template: a string the template
 * lacks could not be translated on a real site either.
 */
export const GERMAN: Record< string, string > = {
	'Job title': 'Stellenbezeichnung',
	'Job description': 'Stellenbeschreibung',
	'Company website': 'Firmenwebsite',
	'How to apply (email or URL)': 'So bewerben Sie sich (E-Mail oder URL)',
	'Submit job': 'Stelle einreichen',
	'%s is required.': '%s ist erforderlich.',
	'Enter a web address starting with http:// or https://.':
		'Geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt.',
	'Thank you! Your job listing has been submitted and is awaiting review.':
		'Danke! Ihre Stellenanzeige wurde eingereicht und wartet auf Prüfung.',
	Fields: 'Felder',
	'block title\u0004Job Submission Form': 'Stellenformular',
	'Job Submission Settings': 'Einstellungen zur Stelleneinreichung',
	'Who may submit': 'Wer einreichen darf',
	'[%1$s] New job listing awaiting review: %2$s':
		'[%1$s] Neue Stellenanzeige wartet auf Prüfung: %2$s',
	'[%1$s] Your job listing is live: %2$s':
		'[%1$s] Ihre Stellenanzeige ist online: %2$s',
};

/** The plugin's scripts that carry translations, as WordPress names their JSON files. */
const SCRIPTS = [ 'build/index.js', 'build/view.js' ];

const DOMAIN = 'job-submit-block';

/**
 * A German translation of the plugin made from its template, installed where WordPress
 * looks for it (wp-content/languages/plugins): a .mo file for PHP and one JSON file per
 * script. Returns a function that removes it.
 *
 * @param wpContent The site's wp-content folder.
 */
export function installGermanTranslation( wpContent: string ) {
	const template = po.parse(
		readFileSync(
			path.join( __dirname, '../../languages', `${ DOMAIN }.pot` ),
			'utf8'
		),
		'utf-8'
	);
	const missing = new Set( Object.keys( GERMAN ) );
	const jed: Record< string, string[] > = {};
	for ( const [ context, entries ] of Object.entries(
		template.translations
	) ) {
		for ( const [ msgid, entry ] of Object.entries( entries ) ) {
			const key = context ? `${ context }\u0004${ msgid }` : msgid;
			if ( ! msgid || ! GERMAN[ key ] ) {
				continue;
			}
			missing.delete( key );
			entry.msgstr = [ GERMAN[ key ] ];
			jed[ key ] = [ GERMAN[ key ] ];
		}
	}
	if ( missing.size ) {
		throw new Error(
			`Not in the translation template: ${ [ ...missing ].join( ', ' ) }`
		);
	}
	// The template says utf-8 in a header gettext-parser does not read on one line.
	template.charset = 'utf-8';
	template.headers.Language = 'de_DE';
	template.headers[ 'Plural-Forms' ] = 'nplurals=2; plural=(n != 1);';

	const folder = path.join( wpContent, 'languages/plugins' );
	mkdirSync( folder, { recursive: true } );
	const files = [ path.join( folder, `${ DOMAIN }-de_DE.mo` ) ];
	writeFileSync( files[ 0 ], mo.compile( template ) );
	for ( const script of SCRIPTS ) {
		const md5 = createHash( 'md5' ).update( script ).digest( 'hex' );
		const file = path.join( folder, `${ DOMAIN }-de_DE-${ md5 }.json` );
		writeFileSync(
			file,
			JSON.stringify( {
				domain: 'messages',
				locale_data: {
					messages: {
						'': {
							domain: 'messages',
							lang: 'de_DE',
							'plural-forms': 'nplurals=2; plural=(n != 1);',
						},
						...jed,
					},
				},
			} )
		);
		files.push( file );
	}
	return () => files.forEach( ( file ) => rmSync( file, { force: true } ) );
}

/**
 * The site's wp-content folder, from the debug log's path the suite is given.
 */
export function wpContentFolder() {
	const debugLog = process.env.WP_DEBUG_LOG_PATH;
	if ( ! debugLog ) {
		throw new Error(
			'WP_DEBUG_LOG_PATH is not set: run the suite with npm.'
		);
	}
	return path.dirname( debugLog );
}
