/**
 * Internal dependencies
 */
import { moveField, resolveFormFields } from '../form-config';

describe( 'resolveFormFields', () => {
	it( 'keeps the definition order and defaults without changes', () => {
		const fields = resolveFormFields( { fields: {}, fieldOrder: [] } );
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

describe( 'moveField', () => {
	it( 'swaps a field with its neighbour and stops at the ends', () => {
		const fields = resolveFormFields( { fields: {}, fieldOrder: [] } );
		expect( moveField( fields, 'description', -1 ).slice( 0, 2 ) ).toEqual(
			[ 'description', 'title' ]
		);
		expect( moveField( fields, 'title', -1 )[ 0 ] ).toBe( 'title' );
	} );
} );
