import { chromium } from '@playwright/test';
import { loggedInClient, createUser, browserContextAs } from './bench/lib/site-client.mjs';
const baseURL = 'http://127.0.0.1:8891';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run','--disable-sync'] });
const admin = await loggedInClient(baseURL, 'admin');
const formUrl = (await admin.rest('POST', '/wp/v2/pages', { title: 'Click probe', content: '<!-- wp:job-submit-block/form /-->', status: 'publish' })).body.link;
const member = await createUser(admin, 'subscriber');
const context = await browserContextAs(browser, baseURL, member.username);
for (let i = 0; i < 5; i++) {
  const page = await context.newPage();
  await page.goto(formUrl);
  await page.getByLabel('Job title').fill('');  // leave empty: validation fails, no request
  await page.waitForFunction(() => !!window.jobSubmitBlockDataLayer);
  const r = await page.evaluate(() => {
    const btn = document.querySelector('.wp-block-job-submit-block-form__submit');
    let tSubmit = 0; let tClick = 0;
    window.addEventListener('click', () => { tClick = performance.now(); }, { capture: true, once: true });
    window.addEventListener('submit', () => { tSubmit = performance.now(); }, { capture: true, once: true });
    const t0 = performance.now(); btn.click(); const t1 = performance.now();
    return { toClickEvent: tClick - t0, clickToSubmitEvent: tSubmit - tClick, total: t1 - t0 };
  });
  console.log(JSON.stringify(r, (k, v) => typeof v === 'number' ? +v.toFixed(2) : v));
  await page.close();
}
await browser.close();
