const defaults = require( '@wordpress/scripts/config/eslint.config.cjs' );
const wpPlugin = require( '@wordpress/eslint-plugin' );

module.exports = [
	...defaults,
	{ ignores: [ 'artifacts/**', '.cache/**' ] },
	{
		rules: {
			'@wordpress/i18n-text-domain': [
				'error',
				{ allowedTextDomain: 'job-submit-block' },
			],
			// WordPress 6.8 exports ToolsPanel only under its experimental name; core's own
			// block inspectors are built with it.
			'@wordpress/no-unsafe-wp-apis': [
				'error',
				{
					'@wordpress/components': [
						'__experimentalToolsPanel',
						'__experimentalToolsPanelItem',
					],
				},
			],
		},
	},
	...wpPlugin.configs[ 'test-unit' ].map( ( config ) => ( {
		...config,
		files: [ 'src/**/test/*.ts', 'src/**/*.test.ts' ],
	} ) ),
	...wpPlugin.configs[ 'test-playwright' ].map( ( config ) => ( {
		...config,
		files: [ 'e2e/**/*.ts' ],
	} ) ),
	{
		// Command-line tools talk to the terminal.
		files: [ 'scripts/**', 'e2e/**', 'bench/**' ],
		rules: { 'no-console': 'off' },
	},
];
