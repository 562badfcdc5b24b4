// Headless-browser check of the offline GraphiQL playground.
//
//   node playground.mjs [URL]   (default http://127.0.0.1:8089/playground/)
//   EXPECT="Marco Rubio" node playground.mjs URL   also runs the default query
//   AUTHORIZATION="Bearer KEY" MUTATION='mutation { … }' EXPECT_MUTATION=TEXT node playground.mjs URL
//       also pastes the key into the key bar, runs MUTATION and waits for
//       TEXT in the answer (a key reaches the server as README tells users
//       to send it); checks that the key is in sessionStorage and not in
//       localStorage, that the explorer page (/) of the same tab shows it
//       in use, and that Forget removes it
//
// Opens URL in Chromium (CHROMIUM, default /usr/bin/chromium) and fails if
// any request or WebSocket goes to a host that is not loopback, if the
// page logs a Content-Security-Policy violation or throws, or if the
// GraphiQL query editor does not render with the default query. Writes a
// screenshot to screenshots/playground.png (git-ignored).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guardPage } from './guard.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8089/playground/';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const shotDir = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const shot = join(shotDir, 'playground.png');

const problems = [];

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await guardPage(page, problems);

  const resp = await page.goto(url, { waitUntil: 'load' });
  if (!resp || resp.status() !== 200) problems.push(`GET ${url}: status ${resp && resp.status()}`);

  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.waitFor({ state: 'visible', timeout: 15000 });
  const text = await editor.evaluate((el) => el.CodeMirror.getValue());
  if (!text.includes('actors(filter: {name: "Rubio"}')) {
    problems.push(`query editor does not hold the default query; it holds:\n${text}`);
  }
  // Let the introspection request (and anything it triggers) settle.
  await page.waitForLoadState('networkidle');

  // With EXPECT set, run the default query and wait for the answer to show
  // that text: the playground really talks to the server's /query.
  const expect = process.env.EXPECT;
  if (expect) {
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response .CodeMirror');
    try {
      await page.waitForFunction(
        (want) => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes(want),
        expect, { timeout: 15000 });
    } catch {
      const got = await result.evaluate((el) => el.CodeMirror.getValue()).catch(() => '(no result pane)');
      problems.push(`running the default query did not show ${JSON.stringify(expect)}; the result pane holds:\n${got}`);
    }
  }

  const authorization = process.env.AUTHORIZATION;
  if (authorization) {
    // A key the server does not know is refused and not kept.
    await page.locator('#credential').fill('not-a-key-of-this-server');
    await page.getByRole('button', { name: 'Use', exact: true }).click();
    try {
      await page.waitForFunction(
        () => document.getElementById('credential-status').textContent.startsWith('Key refused, not kept'), null, { timeout: 15000 });
    } catch {
      problems.push(`an unknown key was not refused; the key bar says ${JSON.stringify(await page.locator('#credential-status').textContent())}`);
    }
    if (await page.evaluate(() => sessionStorage.getItem('eventgraph.authorization')) !== null) {
      problems.push('a refused key was kept in sessionStorage');
    }
    await page.locator('#credential').fill(authorization);
    await page.getByRole('button', { name: 'Use', exact: true }).click();
    const status = page.locator('#credential-status');
    try {
      await page.waitForFunction(
        () => document.getElementById('credential-status').textContent.startsWith('Key in use'), null, { timeout: 15000 });
    } catch {
      problems.push(`the key bar did not accept the key; it says ${JSON.stringify(await status.textContent())}`);
    }
    await editor.evaluate((el, value) => el.CodeMirror.setValue(value), process.env.MUTATION);
    await page.locator('.graphiql-execute-button').click();
    const want = process.env.EXPECT_MUTATION;
    try {
      await page.waitForFunction(
        (w) => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes(w),
        want, { timeout: 15000 });
    } catch {
      const got = await page.locator('.graphiql-response .CodeMirror').evaluate((el) => el.CodeMirror.getValue()).catch(() => '(no result pane)');
      problems.push(`the mutation with the key bar's key did not show ${JSON.stringify(want)}; the result pane holds:\n${got}`);
    }
    const secret = authorization.replace(/^Bearer\s+/i, '');
    const stored = await page.evaluate((s) => ({
      session: sessionStorage.getItem('eventgraph.authorization'),
      local: Object.keys(localStorage).filter((k) => (localStorage.getItem(k) || '').includes(s)),
    }), secret);
    if (stored.session !== 'Bearer ' + secret) problems.push(`sessionStorage holds ${JSON.stringify(stored.session)}, want the key as a Bearer header`);
    if (stored.local.length > 0) problems.push(`localStorage holds the key under ${stored.local.join(', ')}`);

    // The explorer, in the same tab, has the key too and can forget it.
    await page.goto(new URL('/', url).href, { waitUntil: 'load' });
    try {
      await page.waitForFunction(
        () => document.getElementById('credential-status').textContent.startsWith('Key in use'), null, { timeout: 15000 });
    } catch {
      problems.push(`the explorer does not show the tab's key in use; it says ${JSON.stringify(await page.locator('#credential-status').textContent())}`);
    }
    // The built explorer keeps the key bar folded under "Key".
    const keybar = page.locator('details#keybar');
    if (await keybar.count() && !(await keybar.evaluate((d) => d.open))) await keybar.locator('summary').click();
    await page.getByRole('button', { name: 'Forget' }).click();
    if (await page.evaluate(() => sessionStorage.getItem('eventgraph.authorization')) !== null) {
      problems.push('Forget left the key in sessionStorage');
    }
    await page.goto(url, { waitUntil: 'load' });
  }

  mkdirSync(shotDir, { recursive: true });
  await page.screenshot({ path: shot });
  console.log(`screenshot: ${shot}`);
} finally {
  await browser.close();
}

if (problems.length > 0) {
  console.error(`FAIL ${url}\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`ok ${url}: GraphiQL rendered, every request stayed on loopback, no CSP violations`);
