/**
 * wp-scripts' own configuration, plus a second one for the form's data layer.
 *
 * Every entry keeps WordPress's script handles for the packages it imports, except the data
 * layer (src/data-layer.ts): it bundles @wordpress/core-data and @wordpress/data with what
 * they run, and keeps external only the handles the page has anyway or that must be the
 * site's own (api-fetch, with the site's root URL and nonce middlewares). See the README,
 * "The data layer's weight".
 */

/**
 * External dependencies
 */
const path = require( 'path' );

/**
 * WordPress dependencies
 */
const defaultConfig = require( '@wordpress/scripts/config/webpack.config' );
const DependencyExtractionWebpackPlugin = require( '@wordpress/dependency-extraction-webpack-plugin' );

const DATA_LAYER_ENTRY = 'data-layer';

/*
 * The WordPress handles the data layer leaves to the site: api-fetch must be the site's (its
 * root URL and nonce middlewares, the nonce refresh), url and i18n come with it, hooks and
 * i18n are on the page already, and element (React) is the site's if anything ever needs it.
 * Every other @wordpress package it imports is bundled, among them those core-data runs
 * when it loads: sync (core-data's sync module unlocks its private APIs at load), undo-manager
 * (the store's initial state), compose (a reducer composed at load) and private-apis.
 */
const DATA_LAYER_EXTERNALS = new Set( [
	'@wordpress/api-fetch',
	'@wordpress/url',
	'@wordpress/i18n',
	'@wordpress/hooks',
	'@wordpress/element',
] );

/*
 * Packages core-data imports but only calls on paths a job listing's save never runs; each
 * is replaced by a module of src/data-layer-aliases/ whose exports throw when used (the
 * reasons are in each file). None of them runs anything when core-data loads. Components,
 * icons and global-styles-engine need no alias: only modules the store never imports use
 * them, and webpack leaves those out (core-data declares its modules free of side effects).
 */
const ALIASED_PACKAGES = [ 'blocks', 'block-editor', 'rich-text', 'notices' ];

/*
 * The scripts a submit runs, marked for V8 to compile every function as the script loads
 * (an explicit compile hint, https://v8.dev/blog/explicit-compile-hints) instead of at its
 * first call. Without it, the first submit of a page compiled some eighty functions of the
 * view and the data layer on the main thread, between the click and the request and again
 * after the response: about 5 ms of the member's wait (bench/run.mjs, "Submit"). The data
 * layer loads on intent, in the background of the member's typing; the view script is small.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const SCRIPTS_A_SUBMIT_RUNS = new Set( [
	'view.js',
	`${ DATA_LAYER_ENTRY }.js`,
] );

/**
 * Puts the compile hint first in the scripts a submit runs: after minifying, which would
 * drop the comment, and before the source map is written, which then counts its line.
 */
class CompileHintPlugin {
	apply( compiler ) {
		const { Compilation, sources } = compiler.webpack;
		compiler.hooks.thisCompilation.tap( 'CompileHint', ( compilation ) => {
			compilation.hooks.processAssets.tap(
				{
					name: 'CompileHint',
					stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
				},
				( assets ) => {
					for ( const file of Object.keys( assets ) ) {
						if ( SCRIPTS_A_SUBMIT_RUNS.has( file ) ) {
							compilation.updateAsset(
								file,
								( source ) =>
									new sources.ConcatSource(
										COMPILE_HINT,
										source
									)
							);
						}
					}
				}
			);
		} );
	}
}

const { [ DATA_LAYER_ENTRY ]: dataLayerEntry, ...otherEntries } =
	defaultConfig.entry();

const pluginsWithout = ( config, PluginClass ) =>
	config.plugins.filter( ( plugin ) => ! ( plugin instanceof PluginClass ) );

module.exports = [
	{
		...defaultConfig,
		name: 'scripts',
		entry: otherEntries,
		plugins: [ ...defaultConfig.plugins, new CompileHintPlugin() ],
		output: {
			...defaultConfig.output,
			clean: {
				// The data layer's files come from the other compilation.
				keep: new RegExp(
					`^(fonts|images)/|^${ DATA_LAYER_ENTRY }\\.`
				),
			},
		},
	},
	{
		...defaultConfig,
		name: DATA_LAYER_ENTRY,
		dependencies: [ 'scripts' ],
		entry: { [ DATA_LAYER_ENTRY ]: dataLayerEntry },
		output: {
			...defaultConfig.output,
			clean: false,
			// For the benchmark's breakdown by package (bench/lib/bundle-packages.mjs); kept
			// out of build/ so that it never ships, and referenced by no comment in the script.
			sourceMapFilename: '../.cache/source-maps/[file].map',
		},
		devtool: 'hidden-source-map',
		resolve: {
			...defaultConfig.resolve,
			alias: {
				...defaultConfig.resolve.alias,
				...Object.fromEntries(
					ALIASED_PACKAGES.map( ( name ) => [
						`@wordpress/${ name }$`,
						path.resolve(
							__dirname,
							`src/data-layer-aliases/${ name }.ts`
						),
					] )
				),
			},
		},
		module: {
			...defaultConfig.module,
			rules: [
				...defaultConfig.module.rules,
				// @wordpress/sync's modules import `fast-deep-equal/es6` without its extension.
				{ test: /\.mjs$/, resolve: { fullySpecified: false } },
			],
		},
		plugins: [
			...pluginsWithout(
				defaultConfig,
				DependencyExtractionWebpackPlugin
			),
			new DependencyExtractionWebpackPlugin( {
				requestToExternal: ( request ) =>
					request.startsWith( '@wordpress/' ) &&
					! DATA_LAYER_EXTERNALS.has( request )
						? false
						: undefined,
			} ),
			new CompileHintPlugin(),
		],
	},
];
