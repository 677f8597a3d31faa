/**
 * WordPress dependencies
 */
import { useEffect, useState } from '@wordpress/element';

/**
 * False until the component's first render has been painted, then true: lets a component
 * draw what the user looks at first and mount the rest a frame later.
 */
export function useAfterFirstPaint(): boolean {
	const [ painted, setPainted ] = useState( false );
	useEffect( () => {
		let timer = 0;
		// The frame callback runs before the paint; the task it queues runs after it.
		const frame = window.requestAnimationFrame( () => {
			timer = window.setTimeout( () => setPainted( true ) );
		} );
		return () => {
			window.cancelAnimationFrame( frame );
			window.clearTimeout( timer );
		};
	}, [] );
	return painted;
}
