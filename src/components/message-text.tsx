/**
 * WordPress dependencies
 */
import { RichText } from '@wordpress/block-editor';

/**
 * Internal dependencies
 */
import { fromRichTextValue, toRichTextValue } from '../plain-text';

interface MessageTextProps {
	label: string;
	value: string;
	placeholder: string;
	onChange: ( value: string ) => void;
}

/**
 * A message edited in place on the canvas. The attribute keeps plain text, as the inspector
 * and the server (which escapes it) read it: RichText's markup is turned back into text.
 *
 * @param props             The text's properties.
 * @param props.label       Its accessible name.
 * @param props.value       The text, '' for the default.
 * @param props.placeholder The default, shown while the text is empty.
 * @param props.onChange    Stores a new text.
 */
export default function MessageText( {
	label,
	value,
	placeholder,
	onChange,
}: MessageTextProps ) {
	return (
		<RichText
			tagName="p"
			aria-label={ label }
			value={ toRichTextValue( value ) }
			placeholder={ placeholder }
			onChange={ ( html ) => onChange( fromRichTextValue( html ) ) }
			allowedFormats={ [] }
			withoutInteractiveFormatting
			disableLineBreaks
		/>
	);
}
