/**
 * Stand-ins for what the form's data layer aliases away (see webpack.config.js): packages that
 * core-data imports but that saving a listing never runs. Each export is a value
 * that throws on any use (a call, `new`, reading a property, `instanceof`), so a core-data
 * release that starts using one on the save path fails loudly, in the specs, never silently.
 */

/**
 * A stand-in for one export of a package the data layer leaves out.
 *
 * @param packageName The package, e.g. `@wordpress/blocks`.
 * @param exportName  The export core-data imports from it.
 */
export function notInDataLayer( packageName: string, exportName: string ) {
	const fail = (): never => {
		const error = new Error(
			`${ packageName }'s ${ exportName } is not part of the job form's data layer: ` +
				`saving a listing was not expected to use it (see webpack.config.js).`
		);
		// Also on the console: a caller may catch the error and show the member a generic
		// failure, and the specs must still see what happened.
		// eslint-disable-next-line no-console
		console.error( error );
		throw error;
	};
	return new Proxy( function standIn() {}, {
		apply: fail,
		construct: fail,
		get: fail,
		set: fail,
		has: fail,
		defineProperty: fail,
		deleteProperty: fail,
		getOwnPropertyDescriptor: fail,
		ownKeys: fail,
	} );
}
