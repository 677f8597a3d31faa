/**
 * Editor: the time from inserting a block into a post's canvas to the block being drawn
 * there, measured inside the page so that only the editor's own work counts. For this
 * block, "drawn" means its form preview with the job types fetched through core-data.
 *
 * Each sample is a freshly loaded editor, as a site builder meets it. The bench times each
 * block in an editor of its own after a core Heading was inserted there and removed (the
 * editor's own first-insert work done, the block's code still cold), and also the block as
 * the fresh editor's first insert with the Paragraph after it in the same editor, where the
 * Paragraph finds the editor warmed up.
 */

const CANVAS = 'iframe[name="editor-canvas"]';

/**
 * Opens a new post in the editor.
 *
 * @param {import('@playwright/test').BrowserContext} context An administrator's context.
 */
export async function openEditor( context ) {
	const page = await context.newPage();
	const quiet = trackQuiet( page );
	await page.goto( '/wp-admin/post-new.php' );
	await page.waitForFunction(
		( canvas ) =>
			window.wp?.blocks?.getBlockType( 'core/paragraph' ) &&
			document
				.querySelector( canvas )
				?.contentDocument?.querySelector( '.is-root-container' ),
		CANVAS,
		{ timeout: 120_000 }
	);

	/**
	 * Empties the post and waits until the editor is quiet, then inserts a block and waits
	 * until a selector matches in the canvas.
	 *
	 * @param {string} blockName The block to insert.
	 * @param {string} drawn     Selector of the drawn block.
	 * @return {Promise<number>} Milliseconds from insertion to drawn.
	 */
	const insertAndDraw = async ( blockName, drawn ) => {
		await page.evaluate( () =>
			window.wp.data.dispatch( 'core/block-editor' ).resetBlocks( [] )
		);
		await quiet( 1000 );
		return page.evaluate(
			( { canvas, name, selector } ) =>
				new Promise( ( resolve, reject ) => {
					const doc =
						document.querySelector( canvas ).contentDocument;
					const started = performance.now();
					window.wp.data
						.dispatch( 'core/block-editor' )
						.insertBlocks( window.wp.blocks.createBlock( name ) );
					const giveUp = setTimeout(
						() => reject( new Error( `${ name } never drawn` ) ),
						60_000
					);
					const check = () => {
						if ( doc.querySelector( selector ) ) {
							clearTimeout( giveUp );
							resolve( performance.now() - started );
							return;
						}
						window.requestAnimationFrame( check );
					};
					check();
				} ),
			{ canvas: CANVAS, name: blockName, selector: drawn }
		);
	};
	return { insertAndDraw, close: () => page.close() };
}

/**
 * A wait for a moment in which no request starts or ends. The editor's heartbeat keeps
 * Playwright's "networkidle" from ever arriving, so quiet is watched here, up to a limit.
 *
 * @param {import('@playwright/test').Page} page The page.
 */
function trackQuiet( page ) {
	let lastActivity = Date.now();
	const activity = () => ( lastActivity = Date.now() );
	for ( const event of [ 'request', 'requestfinished', 'requestfailed' ] ) {
		page.on( event, activity );
	}
	return async ( ms, limitMs = 10_000 ) => {
		const deadline = Date.now() + limitMs;
		while ( Date.now() < deadline && Date.now() - lastActivity < ms ) {
			await new Promise( ( r ) => setTimeout( r, 50 ) );
		}
	};
}
