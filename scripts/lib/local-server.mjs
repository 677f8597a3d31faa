/**
 * What the project's local servers (the Playground sites and the production-like stack)
 * share: whether an address answers, and whether a process a pid file names is alive.
 */

import { readFileSync } from 'node:fs';

/**
 * Whether a URL answers with anything but a server error.
 *
 * @param {string} url       The address.
 * @param {number} timeoutMs How long to wait for an answer.
 */
export async function answers( url, timeoutMs = 5000 ) {
	try {
		const response = await fetch( url, {
			redirect: 'manual',
			signal: AbortSignal.timeout( timeoutMs ),
		} );
		return response.status < 500;
	} catch {
		return false;
	}
}

/**
 * The process id a pid file names, if that process is alive.
 *
 * @param {string} file The pid file.
 * @return {number|null} The id, or null.
 */
export function livePid( file ) {
	try {
		// Read without asking first whether it exists: a server shutting down (nginx) removes
		// its PID file, and may do so between the question and the read.
		const id = Number( readFileSync( file, 'utf8' ).trim() );
		process.kill( id, 0 );
		return id;
	} catch {
		return null;
	}
}

export const sleep = ( ms ) => new Promise( ( r ) => setTimeout( r, ms ) );
