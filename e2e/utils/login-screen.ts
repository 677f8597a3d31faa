/**
 * External dependencies
 */
import { expect, type Page } from '@playwright/test';

/**
 * Logs in on wp-login.php's screen, as a person would, from a page that shows it.
 *
 * The screen focuses and selects the username field 200 ms after it loads
 * (`wp_attempt_focus()`). On a busy machine that can land between the password field's focus
 * and its typing, sending the password into the username field; waiting for that focus first
 * leaves nothing to race with.
 *
 * @param page     A page showing the login screen.
 * @param username The user's login.
 * @param password The user's password.
 */
export async function logInOnScreen(
	page: Page,
	username: string,
	password = 'password'
) {
	const user = page.locator( '#user_login' );
	await expect( user ).toBeFocused();
	await user.fill( username );
	await page.locator( '#user_pass' ).fill( password );
	await page.locator( '#wp-submit' ).click();
}
