/**
 * WordPress dependencies
 */
import { ComboboxControl } from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useDispatch, useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { debounce } from '../debounce';
import { editorViewStore } from '../editor-view-store';

// One search a pause in typing, not one a keystroke. One inspector is open at a time.
const searchAfterPause = debounce(
	( search: ( text: string ) => void, text: string ) => search( text ),
	300
);

interface PageRecord {
	id: number;
	title: { rendered: string };
}

interface RedirectPageControlProps {
	clientId: string;
	pageId: number;
	onChange: ( pageId: number ) => void;
}

/**
 * The page members go to after submitting, found by searching the site's published pages
 * through core-data as the site builder types. Nothing is asked of the server until then,
 * except the title of a page already chosen.
 *
 * @param props          The control's properties.
 * @param props.clientId The form block.
 * @param props.pageId   The chosen page, 0 to stay on the form's page.
 * @param props.onChange Chooses another.
 */
export default function RedirectPageControl( {
	clientId,
	pageId,
	onChange,
}: RedirectPageControlProps ) {
	const { setPageSearch } = useDispatch( editorViewStore );
	const { found, chosen } = useSelect(
		( select ) => {
			const { getEntityRecords, getEntityRecord } = select( coreStore );
			const search = select( editorViewStore ).getPageSearch( clientId );
			return {
				found: search
					? ( getEntityRecords( 'postType', 'page', {
							search,
							status: 'publish',
							per_page: 20,
							_fields: 'id,title',
						} ) as PageRecord[] | null )
					: null,
				chosen: pageId
					? ( getEntityRecord( 'postType', 'page', pageId, {
							_fields: 'id,title',
						} ) as PageRecord | undefined )
					: undefined,
			};
		},
		[ clientId, pageId ]
	);
	const options = [ ...( chosen ? [ chosen ] : [] ), ...( found ?? [] ) ]
		.filter(
			( page, index, all ) =>
				all.findIndex( ( other ) => other.id === page.id ) === index
		)
		.map( ( page ) => ( {
			value: String( page.id ),
			label: page.title.rendered || `#${ page.id }`,
		} ) );
	return (
		<ComboboxControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ __( 'Then go to', 'job-submit-block' ) }
			help={ __(
				'Type to search the published pages. Empty: members stay on this page.',
				'job-submit-block'
			) }
			value={ pageId ? String( pageId ) : null }
			options={ options }
			onFilterValueChange={ ( text ) =>
				searchAfterPause(
					( value ) => setPageSearch( clientId, value ),
					text.trim()
				)
			}
			onChange={ ( value ) => onChange( value ? Number( value ) : 0 ) }
		/>
	);
}
