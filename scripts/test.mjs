#!/usr/bin/env node
/**
 * Runs every test and prints how long each part took: four lanes at once, the checks (lint,
 * unit tests, packaging), the end-to-end suite on two production-like stacks, and the specs
 * tagged @playground on Playground. The checks that read only the sources, lint and unit
 * tests, run beside the build; everything else waits for it.
 *
 * The whole end-to-end suite runs on the production-like stack (nginx, PHP-FPM, MariaDB),
 * where WordPress answers in tens of milliseconds, split by file between two stacks, each a
 * WordPress of its own, so that the browser of one works while the other's waits on its site.
 * The specs tagged @playground run again on the Playground site, the embedded runtime that
 * `npm start` serves, to show the product works there too (PHP in WebAssembly, SQLite)
 * without paying for the whole suite twice.
 *
 * The sites the suites need, the two stacks and the Playground test site, start in the
 * background once the build is done. The lanes start then too: none of them waits for
 * another, so that a lane waiting on a site or on the browser leaves the CPU to the others.
 * The run stops the sites again if it started them.
 *
 * The WP Job Manager suite (e2e/job-manager/) runs on the second stack with WP Job Manager
 * active, after that stack's half of the suite.
 * Its @playground spec, the same flow on a Playground site of its own, shows nothing about
 * WP Job Manager the stack does not, so it is run by hand (`npm run test:e2e --
 * --with-job-manager`), not here. Where WP Job Manager is not beside the checkout (see
 * JOB_MANAGER in scripts/wordpress/site.mjs), its suite is left out, and the run says so.
 *
 * A lane stops at its first part that fails; the run says which parts failed.
 */

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { answers } from './lib/local-server.mjs';
import * as stack from './stack/stack.mjs';
import {
	JOB_MANAGER,
	JOB_MANAGER_NOT_FOUND,
	start as startSite,
	stop as stopSite,
} from './wordpress/site.mjs';

const root = resolve( dirname( fileURLToPath( import.meta.url ) ), '..' );

// The second stack: a WordPress of its own (folder, database, port) beside the first, so that
// the suite's two halves never see each other's listings, settings, plugins or mail.
const SECOND_STACK_ENV = {
	JOB_SUBMIT_BLOCK_STACK_DIR: '.cache/stack-2',
	JOB_SUBMIT_BLOCK_STACK_PORT: '8895',
};
// The specs of wp-admin, the editor (the blocks', My Job Listings' in the editor, the German
// editor's) and the extension points run on the second stack, with the WP Job Manager suite
// after them; the others on the first. Measured on two cores with every lane running, the
// first stack's lane otherwise ended 25 to 45 s after the other two, alone on the machine.
const SECOND_STACK_SPECS =
	/^((admin|block|editor|extension)-.+|my-listings-editor|translation-german)\.spec\.ts$/;

/**
 * Runs the stack script for the second stack.
 *
 * @param {string} command start or stop.
 * @return {Promise<void>} Rejects with the script's output when it failed.
 */
async function secondStack( command ) {
	const output = [];
	const status = await run(
		process.execPath,
		[ join( root, 'scripts/stack/stack.mjs' ), command ],
		output,
		SECOND_STACK_ENV
	);
	if ( status !== 0 ) {
		throw new Error( output.join( '' ) );
	}
}

// The site each end-to-end part needs, started in the background after the build.
const SITES = {
	stack: { start: stack.start, stop: stack.stop },
	'second stack': {
		start: async () => {
			// After the first: both would install the stack's packages and copy WordPress.
			await starting.stack?.catch( () => {} );
			const url = `http://127.0.0.1:${ SECOND_STACK_ENV.JOB_SUBMIT_BLOCK_STACK_PORT }`;
			const wasRunning = await answers( `${ url }/wp-login.php` );
			await secondStack( 'start' );
			return ! wasRunning;
		},
		stop: () => secondStack( 'stop' ),
	},
	playground: {
		start: () => startSite( 'tests' ),
		stop: () => stopSite( 'tests' ),
	},
};
// What every lane needs: the browser and PHP.
const PREPARE = [
	[ 'system packages', 'bash', [ 'scripts/ensure-system-packages.sh' ] ],
];
// What the sites, the plugin zip and the end-to-end lanes need: a part that names 'build' as
// what it needs waits for it. It runs while lint and the unit tests use the other core.
const BUILD = [ 'build', 'npm', [ 'run', 'build', '--silent' ] ];
const JOB_MANAGER_FLAG = '--with-job-manager';

/**
 * Playwright's file filters (regular expressions on the path) for exactly these spec files.
 *
 * @param {string[]} files Spec files in e2e/.
 */
const onlyFiles = ( files ) =>
	files.map( ( file ) => `/e2e/${ file.replace( /\./g, '\\.' ) }$` );
// Every spec of the main suite; e2e/job-manager/ is the WP Job Manager suite's.
const specs = readdirSync( join( root, 'e2e' ), { recursive: true } ).filter(
	( file ) =>
		file.endsWith( '.spec.ts' ) && ! file.startsWith( 'job-manager/' )
);
// The spec files holding a test tagged @playground: Playwright is given only these, so that
// it does not load and compile every spec file of the suite to find five tests.
const playgroundSpecs = specs.filter( ( file ) =>
	readFileSync( join( root, 'e2e', file ), 'utf8' ).includes(
		"'@playground'"
	)
);
const stackPart = ( name, files, site, env ) => [
	name,
	'npm',
	[ 'run', 'test:e2e:native', '--silent', '--', ...onlyFiles( files ) ],
	site,
	env,
];
// Four lanes run at once. The three end-to-end lanes each have a site of their own, the two
// stacks and Playground: they share no WordPress, so none can see another's listings,
// settings or mail. The first lane's output goes to the terminal as it comes; the others'
// is printed whole when the first is done.
const LANES = [
	{
		name: 'stack',
		parts: [
			stackPart(
				'end-to-end, stack: front end, REST, the rest',
				specs.filter( ( file ) => ! SECOND_STACK_SPECS.test( file ) ),
				'stack'
			),
		],
	},
	{
		name: 'second stack',
		parts: [
			stackPart(
				'end-to-end, second stack: wp-admin, editor',
				specs.filter( ( file ) => SECOND_STACK_SPECS.test( file ) ),
				'second stack',
				SECOND_STACK_ENV
			),
			...( JOB_MANAGER.dir
				? [
						[
							'WP Job Manager suite, second stack',
							'npm',
							[
								'run',
								'test:e2e:native',
								'--silent',
								'--',
								JOB_MANAGER_FLAG,
							],
							'second stack',
							SECOND_STACK_ENV,
						],
					]
				: [] ),
		],
	},
	{
		name: 'checks',
		parts: [
			[ 'lint and typecheck', 'npm', [ 'run', 'lint', '--silent' ] ],
			[ 'unit tests', 'npm', [ 'run', 'test:unit', '--silent' ] ],
			[ 'plugin zip', 'npm', [ 'run', 'test:zip', '--silent' ], 'build' ],
			[
				'Playground blueprint',
				'npm',
				[ 'run', 'test:blueprint', '--silent' ],
				'build',
			],
		],
	},
	{
		name: 'Playground',
		parts: [
			[
				'end-to-end, Playground (@playground)',
				'npm',
				[
					'run',
					'test:e2e',
					'--silent',
					'--',
					'--grep',
					'@playground',
					...onlyFiles( playgroundSpecs ),
				],
				'playground',
			],
		],
	},
];
if ( ! JOB_MANAGER.dir ) {
	process.stdout.write(
		`\nNote: ${ JOB_MANAGER_NOT_FOUND } Its suite is left out of this run.\n`
	);
}

/**
 * Runs a command. Its output goes to the terminal, or, for a lane running beside another,
 * into `output` to be printed whole when the lane is done (two Playwright reporters writing
 * into one terminal at once could not be read).
 *
 * @param {string}        command The command.
 * @param {string[]}      args    Its arguments.
 * @param {string[]|null} output  Where to keep the output, or null for the terminal.
 * @param {Object}        env     Environment variables to add.
 * @return {Promise<number>} The exit status.
 */
function run( command, args, output = null, env = {} ) {
	return new Promise( ( done ) => {
		const child = spawn( command, args, {
			cwd: root,
			env: { ...process.env, ...env },
			stdio: output ? [ 'ignore', 'pipe', 'pipe' ] : 'inherit',
		} );
		if ( output ) {
			child.stdout.on( 'data', ( chunk ) => output.push( chunk ) );
			child.stderr.on( 'data', ( chunk ) => output.push( chunk ) );
		}
		child.on( 'exit', ( code ) => done( code ) );
		child.on( 'error', () => done( 1 ) );
	} );
}

async function siteFailed( starting, output ) {
	try {
		await starting;
		return false;
	} catch ( error ) {
		if ( output ) {
			output.push( `${ error.message }\n` );
		} else {
			process.stderr.write( `${ error.message }\n` );
		}
		return true;
	}
}

const times = [];
const failed = [];
const starting = {};
let built;
const began = Date.now();

/**
 * Runs parts one after the other, stopping at the first that fails.
 *
 * @param {Array}         parts  [ name, command, args, site, env ] each; site, the key of SITES
 *                               the part needs, or 'build', if any; env, variables to add, if
 *                               any.
 * @param {string[]|null} output Where to keep the output, or null for the terminal.
 */
async function runParts( parts, output = null ) {
	const say = ( text ) =>
		output ? output.push( text ) : process.stdout.write( text );
	for ( const [ name, command, args, site, env ] of parts ) {
		const started = Date.now();
		say( `\n▶ ${ name }\n` );
		// A site that failed to start, or the build, fails the part that needs it.
		const needed = site === 'build' ? built : starting[ site ];
		const status =
			site && ( await siteFailed( needed, output ) )
				? 1
				: await run( command, args, output, env );
		times.push( [ name, Date.now() - started ] );
		if ( status !== 0 ) {
			failed.push( name );
			return;
		}
	}
}

try {
	await runParts( PREPARE );
	if ( ! failed.length ) {
		// The build writes to the terminal: the lanes beside it keep their output until the end.
		built = runParts( [ BUILD ] ).then( () => {
			if ( failed.includes( BUILD[ 0 ] ) ) {
				throw new Error( 'Not run: the build failed.' );
			}
		} );
		// The sites start once the plugin is built: activating it registers its blocks from
		// build/.
		for ( const [ key, { start } ] of Object.entries( SITES ) ) {
			starting[ key ] = built.then( start );
			// Awaited by the part that needs it; a failure is reported there.
			starting[ key ].catch( () => {} );
		}
		const [ first, ...beside ] = LANES;
		const outputs = beside.map( () => [] );
		const besideRuns = beside.map( ( lane, index ) =>
			runParts( lane.parts, outputs[ index ] )
		);
		await built.catch( () => {} );
		await runParts( first.parts );
		for ( const [ index, lane ] of beside.entries() ) {
			await besideRuns[ index ];
			process.stdout.write(
				`\n── Beside it, the ${ lane.name } lane ──\n${ outputs[
					index
				].join( '' ) }`
			);
		}
	}
} finally {
	for ( const [ key, promise ] of Object.entries( starting ) ) {
		if ( await promise.catch( () => false ) ) {
			await SITES[ key ].stop();
		}
	}
}

const minutes = ( ms ) => {
	// Rounded to the second first, so that 59.6 s reads 1 min 00 s, not 0 min 60 s.
	const seconds = Math.round( ms / 1000 );
	return `${ Math.floor( seconds / 60 ) } min ${ String(
		seconds % 60
	).padStart( 2, '0' ) } s`;
};
process.stdout.write(
	'\nWall time by part (the checks, the two stacks and Playground ran in four lanes at once, lint and unit tests beside the build):\n'
);
for ( const [ name, ms ] of times ) {
	process.stdout.write( `  ${ name.padEnd( 46 ) } ${ minutes( ms ) }\n` );
}
process.stdout.write(
	`  ${ 'total, start to end'.padEnd( 46 ) } ${ minutes(
		Date.now() - began
	) }\n`
);
if ( ! JOB_MANAGER.dir ) {
	process.stdout.write(
		'\nLeft out: the WP Job Manager suites (WP Job Manager was not found; see the note at the start).\n'
	);
}
if ( failed.length ) {
	process.stdout.write( `\nFailed: ${ failed.join( ', ' ) }\n` );
	process.exit( 1 );
}
