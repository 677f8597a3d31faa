#!/usr/bin/env node
/**
 * Runs the end-to-end suite against the test site: starts the site when it is not running,
 * runs Playwright with any arguments given, and stops the site again if it started it.
 */

import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { start, stop } from './wordpress/site.mjs';

const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '..' );

const started = await start( 'tests' );
let status = 1;
try {
	const result = spawnSync(
		'npx',
		[ 'playwright', 'test', ...process.argv.slice( 2 ) ],
		{ cwd: root, stdio: 'inherit' }
	);
	status = result.status ?? 1;
} finally {
	if ( started ) {
		await stop( 'tests' );
	}
}
process.exit( status );
