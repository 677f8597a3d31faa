/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { __ } from '@wordpress/i18n';

/**
 * The block's canvas in the editor.
 */
export default function Edit() {
	return (
		<div { ...useBlockProps() }>
			<p>{ __( 'Job submission form', 'job-submit-block' ) }</p>
		</div>
	);
}
