/**
 * WordPress dependencies
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import {
	CheckboxControl,
	PanelBody,
	RangeControl,
} from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import PageSearchControl from '../components/page-search-control';
import type { ListColumn, MyListingsAttributes } from './types';

const BLOCK = 'wp-block-job-submit-block-my-listings';

/** The columns a site builder may show, with their headings. */
const COLUMNS: Array< [ ListColumn, string ] > = [
	[ 'status', __( 'Status', 'job-submit-block' ) ],
	[ 'submitted', __( 'Submitted', 'job-submit-block' ) ],
	[ 'expires', __( 'Expires', 'job-submit-block' ) ],
];

/** Sample rows for the canvas: the editor is not a member, so it shows what one would see. */
const SAMPLES = [
	{
		title: __( 'Lighthouse Keeper', 'job-submit-block' ),
		status: __( 'Pending review', 'job-submit-block' ),
		submitted: '2026-11-20',
		expires: '',
		actions: [
			__( 'Edit', 'job-submit-block' ),
			__( 'Withdraw', 'job-submit-block' ),
		],
	},
	{
		title: __( 'Harbour Pilot', 'job-submit-block' ),
		status: __( 'Live', 'job-submit-block' ),
		submitted: '2026-11-02',
		expires: '2026-12-02',
		actions: [
			__( 'Mark filled', 'job-submit-block' ),
			__( 'Withdraw', 'job-submit-block' ),
		],
	},
	{
		title: __( 'Net Mender', 'job-submit-block' ),
		status: __( 'Expired', 'job-submit-block' ),
		submitted: '2026-09-14',
		expires: '',
		actions: [
			__( 'Relist', 'job-submit-block' ),
			__( 'Withdraw', 'job-submit-block' ),
		],
	},
];

/**
 * The block in the editor: sample rows drawn as members see their own, and its settings.
 *
 * @param props               The block's edit properties.
 * @param props.attributes    The block's attributes.
 * @param props.setAttributes Updates them.
 */
export default function Edit( {
	attributes,
	setAttributes,
}: BlockEditProps< MyListingsAttributes > ) {
	const { perPage, columns, formPageId } = attributes;
	const shown = COLUMNS.filter( ( [ column ] ) =>
		columns.includes( column )
	);
	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'List', 'job-submit-block' ) }>
					<RangeControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Listings per page', 'job-submit-block' ) }
						min={ 1 }
						max={ 50 }
						value={ perPage }
						onChange={ ( value ) =>
							setAttributes( { perPage: value ?? 10 } )
						}
					/>
					{ COLUMNS.map( ( [ column, label ] ) => (
						<CheckboxControl
							__nextHasNoMarginBottom
							key={ column }
							label={ label }
							checked={ columns.includes( column ) }
							onChange={ ( checked ) =>
								setAttributes( {
									columns: COLUMNS.map(
										( [ key ] ) => key
									).filter( ( key ) =>
										key === column
											? checked
											: columns.includes( key )
									),
								} )
							}
						/>
					) ) }
					<PageSearchControl
						label={ __(
							'Page with the job form',
							'job-submit-block'
						) }
						help={ __(
							'Members edit their listings there, and an empty list links to it.',
							'job-submit-block'
						) }
						value={ formPageId }
						onChange={ ( value ) =>
							setAttributes( { formPageId: value } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<div { ...useBlockProps() }>
				<table className={ `${ BLOCK }__table` }>
					<thead>
						<tr>
							<th scope="col">
								{ __( 'Job', 'job-submit-block' ) }
							</th>
							{ shown.map( ( [ column, label ] ) => (
								<th scope="col" key={ column }>
									{ label }
								</th>
							) ) }
							<th scope="col">
								{ __( 'Actions', 'job-submit-block' ) }
							</th>
						</tr>
					</thead>
					<tbody>
						{ SAMPLES.slice( 0, perPage ).map( ( sample ) => (
							<tr key={ sample.title }>
								<th scope="row">{ sample.title }</th>
								{ shown.map( ( [ column ] ) => (
									<td key={ column }>{ sample[ column ] }</td>
								) ) }
								<td className={ `${ BLOCK }__actions` }>
									{ sample.actions.map( ( action ) => (
										<span
											key={ action }
											className={ `${ BLOCK }__button wp-element-button` }
										>
											{ action }
										</span>
									) ) }
								</td>
							</tr>
						) ) }
					</tbody>
				</table>
			</div>
		</>
	);
}
