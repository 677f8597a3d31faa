/**
 * Internal dependencies
 */
import { moveField, resolveFormFields } from '../form-config';
import definition from '../job-fields.json';

// As the server prints it for the editor (includes/editor-fields.php).
beforeEach( () => {
	window.jobSubmitBlockFields = definition.fields;
} );

afterEach( () => {
	delete window.jobSubmitBlockFields;
} );

describe( 'resolveFormFields', () => {
	it( 'shows the terms checkbox, required, only with a terms page', () => {
		const terms = ( termsPageId: number ) =>
			resolveFormFields( {
				fields: {},
				fieldOrder: [],
				termsPageId,
			} ).find( ( f ) => f.definition.key === 'terms_accepted' );
		expect( terms( 0 ) ).toMatchObject( { hidden: true, required: true } );
		expect( terms( 42 ) ).toMatchObject( {
			hidden: false,
			required: true,
		} );
	} );

	it( 'keeps the definition order and defaults without changes', () => {
		const fields = resolveFormFields( {
			fields: {},
			fieldOrder: [],
			termsPageId: 0,
		} );
		expect( fields.map( ( f ) => f.definition.key ).slice( 0, 3 ) ).toEqual(
			[ 'title', 'description', 'company_name' ]
		);
		expect(
			fields.find( ( f ) => f.definition.key === 'title' )
		).toMatchObject( {
			label: 'Job title',
			required: true,
			hidden: false,
		} );
		expect( fields.some( ( f ) => f.definition.adminOnly ) ).toBe( false );
	} );

	it( 'applies order, labels, requirements and hiding, ignoring unknown keys', () => {
		const fields = resolveFormFields( {
			termsPageId: 0,
			fieldOrder: [ 'application', 'nonsense', 'title' ],
			fields: {
				company_name: { required: true, label: 'Employer' },
				job_salary: { hidden: true },
				title: { hidden: true },
				nonsense: { hidden: true },
			},
		} );
		expect( fields[ 0 ].definition.key ).toBe( 'application' );
		expect( fields[ 1 ].definition.key ).toBe( 'title' );
		expect(
			fields.find( ( f ) => f.definition.key === 'company_name' )
		).toMatchObject( { label: 'Employer', required: true } );
		expect(
			fields.find( ( f ) => f.definition.key === 'job_salary' )?.hidden
		).toBe( true );
		// Title is always shown, whatever the attributes say.
		expect( fields[ 1 ].hidden ).toBe( false );
	} );
} );

describe( 'fields from the server', () => {
	it( 'shows a field another plugin added, and not one it removed', () => {
		window.jobSubmitBlockFields = [
			...definition.fields.filter(
				( field ) => field.key !== 'company_tagline'
			),
			{
				key: 'hiring_manager',
				source: 'meta',
				property: '_hiring_manager',
				type: 'string',
				control: 'text',
				maxLength: 100,
				label: 'Hiring manager',
				help: 'Who reads the applications.',
				required: false,
			},
		];
		const fields = resolveFormFields( {
			fields: {},
			fieldOrder: [],
			termsPageId: 0,
		} );
		const keys = fields.map( ( f ) => f.definition.key );
		expect( keys ).toContain( 'hiring_manager' );
		expect( keys ).not.toContain( 'company_tagline' );
		expect(
			fields.find( ( f ) => f.definition.key === 'hiring_manager' )
		).toMatchObject( {
			label: 'Hiring manager',
			help: 'Who reads the applications.',
		} );
	} );

	it( 'offers no fields when the server printed none', () => {
		delete window.jobSubmitBlockFields;
		expect(
			resolveFormFields( {
				fields: {},
				fieldOrder: [],
				termsPageId: 0,
			} )
		).toEqual( [] );
	} );
} );

describe( 'moveField', () => {
	it( 'swaps a field with its neighbour and stops at the ends', () => {
		const fields = resolveFormFields( {
			fields: {},
			fieldOrder: [],
			termsPageId: 0,
		} );
		expect( moveField( fields, 'description', -1 ).slice( 0, 2 ) ).toEqual(
			[ 'description', 'title' ]
		);
		expect( moveField( fields, 'title', -1 )[ 0 ] ).toBe( 'title' );
	} );
} );
