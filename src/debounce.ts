/**
 * A function that runs `run` once calls have paused for `wait` milliseconds, with the last
 * call's arguments.
 *
 * @param run  What to run.
 * @param wait The pause, in milliseconds.
 */
export function debounce< Args extends unknown[] >(
	run: ( ...args: Args ) => void,
	wait: number
): ( ...args: Args ) => void {
	let timer: ReturnType< typeof setTimeout > | undefined;
	return ( ...args: Args ) => {
		clearTimeout( timer );
		timer = setTimeout( () => run( ...args ), wait );
	};
}
