/**
 * External dependencies
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/**
 * One file of a zip archive, as text: enough of the format (its central directory, stored or
 * deflated entries) to read what WordPress's ZipArchive writes, without another dependency.
 *
 * @param archive The archive's path.
 * @param name    The file's name inside it.
 */
export function readZipEntry( archive: string, name: string ): string {
	const zip = readFileSync( archive );
	const end = zip.lastIndexOf( Buffer.from( [ 0x50, 0x4b, 0x05, 0x06 ] ) );
	if ( end < 0 ) {
		throw new Error( `${ archive } is not a zip archive` );
	}
	const count = zip.readUInt16LE( end + 10 );
	let entry = zip.readUInt32LE( end + 16 );
	for ( let index = 0; index < count; index++ ) {
		const method = zip.readUInt16LE( entry + 10 );
		const size = zip.readUInt32LE( entry + 20 );
		const nameLength = zip.readUInt16LE( entry + 28 );
		const skip =
			nameLength +
			zip.readUInt16LE( entry + 30 ) +
			zip.readUInt16LE( entry + 32 );
		const local = zip.readUInt32LE( entry + 42 );
		if (
			zip.toString( 'utf8', entry + 46, entry + 46 + nameLength ) === name
		) {
			const start =
				local +
				30 +
				zip.readUInt16LE( local + 26 ) +
				zip.readUInt16LE( local + 28 );
			const data = zip.subarray( start, start + size );
			return ( method === 8 ? inflateRawSync( data ) : data ).toString(
				'utf8'
			);
		}
		entry += 46 + skip;
	}
	throw new Error( `${ name } is not in ${ archive }` );
}
