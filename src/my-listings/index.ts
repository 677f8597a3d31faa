/**
 * WordPress dependencies
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';

/**
 * Internal dependencies
 */
import metadata from './block.json';
import Edit from './edit';
import type { MyListingsAttributes } from './types';
import './style.scss';

registerBlockType< MyListingsAttributes >(
	// block.json is the schema; JSON imports are typed too loosely to say so.
	metadata as unknown as BlockConfiguration< MyListingsAttributes >,
	{ edit: Edit }
);
