/**
 * WordPress dependencies
 */
import { RichText } from '@wordpress/block-editor';

/**
 * Internal dependencies
 */
import { fromRichTextValue } from '../plain-text';

interface InPlaceTextProps {
	editable: boolean;
	className?: string;
	label: string;
	value: string;
	onChange: ( value: string ) => void;
}

/**
 * A short text of the preview (a field label, the button text) edited in place: a one-line
 * RichText without formats, or, while `editable` is false, the same text drawn still. Each
 * RichText costs a few milliseconds to mount (its store subscriptions, format types, input
 * handlers), so the preview can draw its texts first and make them editable a frame later.
 *
 * @param props           The text's properties.
 * @param props.editable  Whether the RichText is mounted yet.
 * @param props.className Its class.
 * @param props.label     Its accessible name.
 * @param props.value     RichText's value (HTML).
 * @param props.onChange  Stores a new value.
 */
export default function InPlaceText( {
	editable,
	className,
	label,
	value,
	onChange,
}: InPlaceTextProps ) {
	if ( ! editable ) {
		return (
			<span className={ className }>{ fromRichTextValue( value ) }</span>
		);
	}
	return (
		<RichText
			tagName="span"
			className={ className }
			aria-label={ label }
			value={ value }
			onChange={ onChange }
			allowedFormats={ [] }
			withoutInteractiveFormatting
			disableLineBreaks
		/>
	);
}
