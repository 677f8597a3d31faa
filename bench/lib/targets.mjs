/**
 * The sites the benchmark can measure: the Playground bench site (the default) and the
 * production-like stack (--stack=native). Each names itself in the report and writes its
 * own results file, so that the two tables can be read side by side.
 */

import * as stack from '../../scripts/stack/stack.mjs';
import { SITES, start, stop } from '../../scripts/wordpress/site.mjs';

export const TARGETS = {
	playground: {
		url: `http://localhost:${ SITES.bench.port }`,
		site: 'WordPress 6.8 on Playground (PHP 8.3 WebAssembly, SQLite)',
		results: 'bench/results/latest.json',
		start: () => start( 'bench' ),
		stop: () => stop( 'bench' ),
	},
	native: {
		url: stack.STACK.url,
		site: `WordPress 6.8 on ${ stack.STACK.name }`,
		results: 'bench/results/latest-native.json',
		start: stack.start,
		stop: stack.stop,
		// WP Job Manager is linked in here for the side-by-side figures.
		pluginsDir: `${ stack.paths.wordpress }/wp-content/plugins`,
		// The concurrency figure runs on one node and on two.
		setNodes: stack.setNodes,
	},
};
