/**
 * Files to upload as a company logo: a real JPEG carrying an EXIF segment with a location,
 * and files that only pretend to be images.
 */

/**
 * External dependencies
 */
import { crc32 } from 'node:zlib';

/** A 40 × 30 JPEG whose APP1 segment holds "Exif" and a GPS latitude. */
export const JPEG_WITH_EXIF = Buffer.from(
	'/9j/4QAtRXhpZgAAR1BTTGF0aXR1ZGUgMzguNzIyMyBOIHNlY3JldC1sb2NhdGlvbv/gABBKRklGAAEBAQBgAGAAAP/+AD5DUkVBVE9SOiBnZC1qcGVnIHYxLjAgKHVzaW5nIElKRyBKUEVHIHY2MiksIGRlZmF1bHQgcXVhbGl0eQr/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAeACgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDkKKKK8U/TAooooAKKKKACiiigAooooAKKKKAP/9k=',
	'base64'
);

/** A PHP script named as a PNG. */
export const PHP_AS_PNG = Buffer.from( '<?php echo "owned"; ?>\n' );

/** An SVG image carrying a script. */
export const SVG_WITH_SCRIPT = Buffer.from(
	'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>'
);

/**
 * A file that starts as a PNG and is bigger than the limit.
 *
 * @param bytes Its size.
 */
export function oversizedPng( bytes: number ) {
	const file = Buffer.alloc( bytes, 0 );
	Buffer.from( '89504e470d0a1a0a', 'hex' ).copy( file );
	return file;
}

/**
 * A PNG whose header reads as a 40 × 30 image and whose pixel data is not an image: it passes
 * every check made from the file's header, and fails when the image is decoded to be stored.
 */
export function pngWithBrokenPixels() {
	const chunk = ( type: string, data: Buffer ) => {
		const length = Buffer.alloc( 4 );
		length.writeUInt32BE( data.length );
		const body = Buffer.concat( [ Buffer.from( type, 'ascii' ), data ] );
		const crc = Buffer.alloc( 4 );
		crc.writeUInt32BE( crc32( body ) );
		return Buffer.concat( [ length, body, crc ] );
	};
	const header = Buffer.alloc( 13 );
	header.writeUInt32BE( 40, 0 );
	header.writeUInt32BE( 30, 4 );
	header.set( [ 8, 2, 0, 0, 0 ], 8 );
	return Buffer.concat( [
		Buffer.from( '89504e470d0a1a0a', 'hex' ),
		chunk( 'IHDR', header ),
		chunk( 'IDAT', Buffer.from( 'these are not deflated pixels' ) ),
		chunk( 'IEND', Buffer.alloc( 0 ) ),
	] );
}
