/**
 * Rows of the fuzz corpus for the company logo route: files that are not images (a PHP
 * script named .png, an SVG with a script), a file over the size limit, no file, and
 * images sent for someone else's listing, for the owner's listing the site no longer lets
 * them edit, by a guest or without a nonce. Each must be refused with its reason and leave
 * nothing stored.
 */

/**
 * Internal dependencies
 */
import {
	JPEG_WITH_EXIF,
	PHP_AS_PNG,
	SVG_WITH_SCRIPT,
	oversizedPng,
} from '../utils/images';
import type {
	CorpusContext,
	FuzzRow,
	Sender,
	Nonce,
	Expectation,
} from './corpus';

type LogoFile = { name: string; mimeType: string; buffer: Buffer };

const JPEG: LogoFile = {
	name: 'logo.jpg',
	mimeType: 'image/jpeg',
	buffer: JPEG_WITH_EXIF,
};

/**
 * The logo route's rows.
 *
 * @param context The accounts and records of the run.
 */
export function logoRows( context: CorpusContext ): FuzzRow[] {
	const route = ( id: number, spelling = 0 ) =>
		[
			`/wp-json/job-submit-block/v1/listings/${ id }/logo`,
			`/?rest_route=/job-submit-block/v1/listings/${ id }/logo`,
			`/wp-json/Job-Submit-Block/V1/Listings/${ id }/Logo`,
		][ spelling ];
	const row = (
		name: string,
		as: Sender,
		listing: number,
		file: LogoFile | null,
		expect: Expectation,
		spelling = 0,
		nonce?: Nonce
	): FuzzRow => ( {
		name: `logo: ${ name } as ${ as }`,
		category: 'logo uploads',
		as,
		nonce,
		kind: 'rest',
		method: 'POST',
		path: route( listing, spelling ),
		body: { multipart: file ? { logo: file } : { nothing: 'here' } },
		keys: [],
		expect,
	} );
	const own = context.ownListing;
	return [
		row(
			'a PHP script named .png',
			'other',
			own,
			{ name: 'logo.png', mimeType: 'image/png', buffer: PHP_AS_PNG },
			{ status: 415, code: 'job_submit_logo_type' }
		),
		row(
			'an SVG with a script',
			'otherCookie',
			own,
			{
				name: 'logo.svg',
				mimeType: 'image/svg+xml',
				buffer: SVG_WITH_SCRIPT,
			},
			{ status: 415, code: 'job_submit_logo_type' },
			1,
			'valid'
		),
		row(
			'a file over 2 MB',
			'other',
			own,
			{
				name: 'big.png',
				mimeType: 'image/png',
				buffer: oversizedPng( 2 * 1024 * 1024 + 10 ),
			},
			{ status: 413, code: 'job_submit_logo_too_big' },
			2
		),
		row( 'no file', 'other', own, null, {
			status: 400,
			code: 'job_submit_logo_missing',
		} ),
		row( 'an image for another member’s listing', 'member', own, JPEG, {
			status: 404,
			code: 'rest_post_invalid_id',
		} ),
		row(
			'an image for an administrator’s listing',
			'authorCookie',
			context.adminListing,
			JPEG,
			{ status: 404, code: 'rest_post_invalid_id' },
			1,
			'valid'
		),
		row(
			'an image with the owner’s cookie and no nonce',
			'otherCookie',
			own,
			JPEG,
			{ status: 401, code: 'rest_not_logged_in' },
			0,
			'none'
		),
		row(
			'an image with another member’s nonce',
			'otherCookie',
			own,
			JPEG,
			{ status: 403 },
			0,
			'foreign'
		),
		row(
			'an image for the owner’s live listing, which the site does not let them edit',
			'other',
			context.liveListing,
			JPEG,
			{ status: 403, code: 'job_submit_logo_forbidden' }
		),
		row(
			'an image for the owner’s expired listing',
			'otherCookie',
			context.expiredListing,
			JPEG,
			{ status: 403, code: 'job_submit_logo_forbidden' },
			1,
			'valid'
		),
		row( 'an image from a guest', 'guest', own, JPEG, {
			status: 401,
			code: 'rest_not_logged_in',
		} ),
		row(
			'an image for a listing that does not exist',
			'other',
			999999999,
			JPEG,
			{ status: 404, code: 'rest_post_invalid_id' }
		),
	];
}
