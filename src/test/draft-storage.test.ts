/**
 * Internal dependencies
 */
import {
	DRAFT_MAX_AGE,
	loadDraft,
	restoredValues,
	saveDraft,
	type Draft,
} from '../draft-storage';

const DRAFT: Draft = {
	values: { title: 'Lighthouse Keeper' },
	idempotencyKey: 'key-1',
};

describe( 'Drafts kept in the browser', () => {
	beforeEach( () => window.localStorage.clear() );

	it( 'gives back a draft saved within the last week', () => {
		saveDraft( 7, '12:0', DRAFT );
		expect( loadDraft( 7, '12:0' ) ).toMatchObject( DRAFT );
	} );

	it( 'forgets a draft not touched for longer than a week', () => {
		saveDraft( 7, '12:0', DRAFT );
		expect(
			loadDraft( 7, '12:0', Date.now() + DRAFT_MAX_AGE + 1000 )
		).toBeNull();
		expect( window.localStorage.length ).toBe( 0 );
	} );

	it( 'keeps a draft saved before drafts were dated, and keeps members apart', () => {
		window.localStorage.setItem(
			'job-submit-block:draft:7:12:0',
			JSON.stringify( DRAFT )
		);
		expect( loadDraft( 7, '12:0' ) ).toMatchObject( DRAFT );
		expect( loadDraft( 8, '12:0' ) ).toBeNull();
	} );
} );

describe( 'restoredValues', () => {
	it( 'puts a new listing’s draft back whole', () => {
		expect(
			restoredValues(
				{
					values: { title: 'Kept', location: 'Sagres' },
					idempotencyKey: 'k',
				},
				{ title: '', location: '' }
			)
		).toEqual( { title: 'Kept', location: 'Sagres' } );
	} );

	it( 'puts back only what the member changed in a stored listing, over what is stored now', () => {
		const draft: Draft = {
			values: {
				title: 'Net Mender (mornings)',
				location: 'Sagres',
				types: [ 7 ],
			},
			base: { title: 'Net Mender', location: 'Sagres', types: [ 7 ] },
			idempotencyKey: 'k',
		};
		expect(
			restoredValues( draft, {
				title: 'Net Mender',
				location: 'Porto',
				types: [ 7, 9 ],
			} )
		).toEqual( {
			title: 'Net Mender (mornings)',
			location: 'Porto',
			types: [ 7, 9 ],
		} );
	} );

	it( 'keeps a term choice the member changed', () => {
		expect(
			restoredValues(
				{
					values: { types: [ 9 ] },
					base: { types: [ 7 ] },
					idempotencyKey: 'k',
				},
				{ types: [ 7 ] }
			)
		).toEqual( { types: [ 9 ] } );
	} );
} );
