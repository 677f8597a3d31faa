/**
 * WordPress dependencies
 */
import { RichText } from '@wordpress/block-editor';

/**
 * Internal dependencies
 */
import { fromRichTextValue, toRichTextValue } from '../plain-text';

interface InPlaceTextProps {
	editable: boolean;
	className?: string;
	label: string;
	value: string;
	/** What shows while the text is empty: the default the server uses then. */
	placeholder?: string;
	onChange: ( value: string ) => void;
}

/**
 * A short text of the preview (a field label, the button text) edited in place: a one-line
 * RichText without formats, or, while `editable` is false, the same text drawn still. Each
 * RichText costs a few milliseconds to mount (its store subscriptions, format types, input
 * handlers), so the preview can draw its texts first and make them editable a frame later.
 *
 * @param props             The text's properties.
 * @param props.editable    Whether the RichText is mounted yet.
 * @param props.className   Its class.
 * @param props.label       Its accessible name.
 * @param props.value       The text; '' once the site builder emptied it.
 * @param props.placeholder What shows while it is empty.
 * @param props.onChange    Stores a new value.
 */
export default function InPlaceText( {
	editable,
	className,
	label,
	value,
	placeholder,
	onChange,
}: InPlaceTextProps ) {
	if ( ! editable ) {
		return <span className={ className }>{ value || placeholder }</span>;
	}
	return (
		<RichText
			tagName="span"
			className={ className }
			aria-label={ label }
			// The attribute keeps text, as the server prints it ("R&D", not "R&amp;D"); RichText
			// edits HTML.
			value={ toRichTextValue( value ) }
			// Emptied, the text stays empty as the site builder types on: the default shows
			// as a placeholder rather than coming back as text to type into.
			placeholder={ placeholder }
			onChange={ ( html ) => onChange( fromRichTextValue( html ) ) }
			allowedFormats={ [] }
			withoutInteractiveFormatting
			disableLineBreaks
		/>
	);
}
