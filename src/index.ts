/**
 * WordPress dependencies
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';

/**
 * Internal dependencies
 */
import metadata from '../block.json';
import Edit from './edit';
import { transforms } from './transforms';
import type { JobFormAttributes } from './types';
import './style.scss';
import './editor.scss';

registerBlockType< JobFormAttributes >(
	// block.json is the schema; JSON imports are typed too loosely to say so.
	metadata as unknown as BlockConfiguration< JobFormAttributes >,
	{ edit: Edit, transforms }
);
