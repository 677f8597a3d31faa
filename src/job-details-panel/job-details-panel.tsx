/**
 * WordPress dependencies
 */
// wp.a11y, which WordPress provides; installed here with @wordpress/components.
// eslint-disable-next-line import/no-extraneous-dependencies
import { speak } from '@wordpress/a11y';
import { useEntityProp } from '@wordpress/core-data';
import { useDispatch } from '@wordpress/data';
import {
	PluginDocumentSettingPanel,
	store as editorStore,
} from '@wordpress/editor';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { getFields } from '../fields';
import { fieldError } from '../validation';
import { toClientField } from './client-field';
import FieldControl from './field-control';
import { useServerFieldErrors } from './use-server-field-errors';
import './editor.scss';

type Meta = Record< string, string | number >;

const SAVE_LOCK = 'job-submit-block-job-details';

/**
 * The "Job details" panel of the document sidebar: every meta field of the listing (those of
 * the definition, those other plugins add, and the moderators' featured, filled and expiry
 * date), read and written as the listing's meta entity property, so the editor's own Save
 * sends them. Values are checked with the form's rules and messages as the moderator leaves a
 * field; the editor will not save while one is wrong, and the server's messages of a refused
 * save appear under their fields.
 */
export default function JobDetailsPanel() {
	const [ meta, setMeta ] = useEntityProp(
		'postType',
		'job_listing',
		'meta'
	) as [ Meta | undefined, ( meta: Meta ) => void, unknown ];
	const fields = useMemo(
		() => getFields().filter( ( field ) => field.source === 'meta' ),
		[]
	);
	const [ touched, setTouched ] = useState< Record< string, true > >( {} );
	const serverErrors = useServerFieldErrors();
	// A server message holds until its field is changed, or the next save answers.
	const [ answered, setAnswered ] = useState< Record< string, true > >( {} );
	useEffect( () => setAnswered( {} ), [ serverErrors ] );

	const clientErrors = useMemo(
		() =>
			Object.fromEntries(
				fields.map( ( field ) => [
					field.key,
					fieldError(
						toClientField( field ),
						meta?.[ field.property ]
					),
				] )
			),
		[ fields, meta ]
	);
	const { lockPostSaving, unlockPostSaving } = useDispatch( editorStore ) as {
		lockPostSaving: ( name: string ) => void;
		unlockPostSaving: ( name: string ) => void;
	};
	const blocked = fields.some(
		( { key } ) => touched[ key ] && clientErrors[ key ]
	);
	useEffect( () => {
		if ( blocked ) {
			lockPostSaving( SAVE_LOCK );
		} else {
			unlockPostSaving( SAVE_LOCK );
		}
	}, [ blocked, lockPostSaving, unlockPostSaving ] );
	useEffect(
		() => () => unlockPostSaving( SAVE_LOCK ),
		[ unlockPostSaving ]
	);

	if ( ! meta ) {
		return null;
	}
	const shownErrors = Object.fromEntries(
		fields.map( ( { key } ) => [
			key,
			( touched[ key ] ? clientErrors[ key ] : null ) ??
				( answered[ key ] ? null : ( serverErrors[ key ] ?? null ) ),
		] )
	);

	return (
		<PluginDocumentSettingPanel
			name="job-submit-block-job-details"
			title={ __( 'Job details', 'job-submit-block' ) }
			className="job-submit-block-job-details"
		>
			{ fields.map( ( field ) => (
				<FieldControl
					key={ field.key }
					field={ field }
					value={ meta[ field.property ] }
					error={ shownErrors[ field.key ] }
					onChange={ ( value ) => {
						setMeta( { ...meta, [ field.property ]: value } );
						setAnswered( ( keys ) => ( {
							...keys,
							[ field.key ]: true,
						} ) );
						// A choice is complete when made; a text when its field is left.
						if ( field.type === 'integer' || field.enum ) {
							setTouched( ( keys ) => ( {
								...keys,
								[ field.key ]: true,
							} ) );
						}
					} }
					onBlur={ () => {
						setTouched( ( keys ) => ( {
							...keys,
							[ field.key ]: true,
						} ) );
						const error = clientErrors[ field.key ];
						if ( error ) {
							speak( error, 'assertive' );
						}
					} }
				/>
			) ) }
		</PluginDocumentSettingPanel>
	);
}
