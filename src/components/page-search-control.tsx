/**
 * WordPress dependencies
 */
import { ComboboxControl } from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { useMemo, useState } from '@wordpress/element';
import { decodeEntities } from '@wordpress/html-entities';

/**
 * Internal dependencies
 */
import { debounce } from '../debounce';

interface PageRecord {
	id: number;
	title: { rendered: string };
}

interface PageSearchControlProps {
	label: string;
	help: string;
	value: number;
	onChange: ( pageId: number ) => void;
}

/**
 * A published page of the site, found by searching as the site builder types. Nothing is
 * asked of the server until then, except the id and title of the page already chosen: a
 * site with thousands of pages costs the editor no more than one with three.
 *
 * @param props          The control's properties.
 * @param props.label    The control's label.
 * @param props.help     What the page is for, and what none means.
 * @param props.value    The chosen page, 0 for none.
 * @param props.onChange Chooses another, or none (0).
 */
export default function PageSearchControl( {
	label,
	help,
	value,
	onChange,
}: PageSearchControlProps ) {
	const [ search, setSearch ] = useState( '' );
	// One search a pause in typing, not one a keystroke.
	const searchAfterPause = useMemo( () => debounce( setSearch, 300 ), [] );
	const { found, chosen } = useSelect(
		( select ) => {
			const { getEntityRecords, getEntityRecord } = select( coreStore );
			return {
				found: search
					? ( getEntityRecords( 'postType', 'page', {
							search,
							status: 'publish',
							per_page: 20,
							_fields: 'id,title',
						} ) as PageRecord[] | null )
					: null,
				chosen: value
					? ( getEntityRecord( 'postType', 'page', value, {
							_fields: 'id,title',
						} ) as PageRecord | undefined )
					: undefined,
			};
		},
		[ search, value ]
	);
	const options = [ ...( chosen ? [ chosen ] : [] ), ...( found ?? [] ) ]
		.filter(
			( page, index, all ) =>
				all.findIndex( ( other ) => other.id === page.id ) === index
		)
		.map( ( page ) => ( {
			value: String( page.id ),
			// The rendered title is HTML ("Terms &#038; Conditions"); the list shows text.
			label: decodeEntities( page.title.rendered ) || `#${ page.id }`,
		} ) );
	return (
		<ComboboxControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ label }
			help={ help }
			value={ value ? String( value ) : null }
			options={ options }
			onFilterValueChange={ ( text ) => searchAfterPause( text.trim() ) }
			onChange={ ( next ) => onChange( next ? Number( next ) : 0 ) }
		/>
	);
}
