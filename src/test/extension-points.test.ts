/**
 * WordPress dependencies
 */
import { addFilter, removeFilter } from '@wordpress/hooks';

/**
 * Internal dependencies
 */
import {
	LISTING_RECORD_FILTER,
	SUBMITTED_EVENT,
	announceSubmitted,
	filterListingRecord,
	type ListingRecordContext,
} from '../extension-points';
import type { ListingRecord } from '../types';

const context = (): ListingRecordContext => ( {
	formId: '12:0',
	form: document.createElement( 'form' ),
} );

describe( 'filterListingRecord', () => {
	afterEach( () => {
		removeFilter( LISTING_RECORD_FILTER, 'test/source' );
		removeFilter( LISTING_RECORD_FILTER, 'test/broken' );
	} );

	it( 'passes the record through the filters, with the form', () => {
		addFilter(
			LISTING_RECORD_FILTER,
			'test/source',
			( record: ListingRecord, { formId }: ListingRecordContext ) => ( {
				...record,
				meta: { ...record.meta, _source: `form ${ formId }` },
			} )
		);
		expect(
			filterListingRecord(
				{ title: 'Baker', meta: { _company_name: 'Crumbs' } },
				context()
			)
		).toEqual( {
			title: 'Baker',
			meta: { _company_name: 'Crumbs', _source: 'form 12:0' },
		} );
	} );

	it( 'keeps the record when a filter returns something else', () => {
		addFilter( LISTING_RECORD_FILTER, 'test/broken', () => null );
		const record = { title: 'Baker', meta: {} };
		expect( filterListingRecord( record, context() ) ).toBe( record );
	} );
} );

describe( 'announceSubmitted', () => {
	it( 'dispatches a bubbling event with the listing on the wrapper', () => {
		const wrapper = document.createElement( 'div' );
		document.body.append( wrapper );
		const heard: unknown[] = [];
		const listener = ( event: Event ) =>
			heard.push( ( event as CustomEvent ).detail );
		document.addEventListener( SUBMITTED_EVENT, listener );

		announceSubmitted(
			wrapper,
			{ id: 7, status: 'pending', link: 'http://x.example/?p=7' },
			'12:0'
		);

		expect( heard ).toEqual( [
			{ id: 7, status: 'pending', formId: '12:0' },
		] );
		document.removeEventListener( SUBMITTED_EVENT, listener );
		wrapper.remove();
	} );
} );
