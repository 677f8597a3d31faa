/**
 * External dependencies
 */
import { defineConfig } from '@playwright/test';
import path from 'node:path';

const artifacts = path.join( __dirname, 'artifacts' );
process.env.WP_ARTIFACTS_PATH ??= artifacts;
process.env.STORAGE_STATE_PATH ??= path.join(
	artifacts,
	'storage-states/admin.json'
);

export default defineConfig( {
	testDir: './e2e',
	testMatch: '**/*.spec.ts',
	outputDir:
		process.env.PLAYWRIGHT_RESULTS_DIR ??
		path.join( artifacts, 'test-results' ),
	globalSetup: require.resolve( './e2e/global-setup.ts' ),
	forbidOnly: !! process.env.CI,
	// One WordPress serves every test, and Playground answers one request per worker:
	// parallel specs would only queue up behind each other.
	workers: 1,
	retries: 0,
	// A safety net, not a measure: on a loaded machine an editor test has taken over two minutes.
	timeout: 300_000,
	// Specs wait for states: a busy machine may make them slower, never red.
	expect: { timeout: 30_000 },
	reporter: [ [ 'list' ] ],
	reportSlowTests: null,
	use: {
		baseURL: process.env.WP_BASE_URL ?? 'http://localhost:8889',
		headless: true,
		viewport: { width: 1200, height: 900 },
		locale: 'en-US',
		storageState: process.env.STORAGE_STATE_PATH,
		// Publishing from the editor takes Playground's PHP (WebAssembly) 10 to 20 seconds.
		actionTimeout: 45_000,
		navigationTimeout: 60_000,
		// Recording a trace for every test took about a third of the suite's time, on a
		// machine where the browser is what the suite waits for; a failed spec is run again
		// with `-- --trace retain-on-failure` to get one.
		trace: 'off',
		screenshot: 'only-on-failure',
		contextOptions: { reducedMotion: 'reduce', strictSelectors: true },
		launchOptions: {
			// Debian's headless shell: the same engine without the browser's window layers,
			// about half the CPU of `/usr/bin/chromium --headless` for the same specs.
			executablePath:
				process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run',
				'--disable-sync',
				// A test's page lives seconds: V8's optimizing compilers (Maglev, TurboFan) spent
				// about a sixth of the renderers' CPU compiling code for pages closed before it ran
				// much. The same JavaScript runs, in the interpreter and the baseline compiler;
				// the benchmark (bench/run.mjs) launches the browser as users have it.
				'--js-flags=--no-opt --no-maglev',
			],
		},
	},
	// The WP Job Manager suite needs WP Job Manager active (scripts/e2e.mjs
	// --with-job-manager); the main suite runs on a site without it.
	projects: [
		process.env.JOB_SUBMIT_BLOCK_SUITE === 'job-manager'
			? { name: 'job-manager', testDir: './e2e/job-manager' }
			: { name: 'chromium', testIgnore: 'job-manager/**' },
	],
} );
