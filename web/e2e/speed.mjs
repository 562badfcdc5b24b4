// How soon the explorer's actor view is usable: navigation to
// #/actor/ACTOR until its timeline and histogram strip are painted, in
// headless Chromium against a running server (bench/explorer.sh starts one
// over a generated graph). A benchmark, not a test: it prints figures and
// fails only when the view does not appear.
//
//   node speed.mjs http://127.0.0.1:18081/ ACTOR_ID [runs]
//
// cold: a fresh browser context each run (empty HTTP cache), the deep link
//       loaded as a new page: the bundle is fetched, parsed and run, then
//       the view's one request to /query is answered and drawn.
// warm: one page kept open; each run goes to the start page and then to
//       the actor by a link (hash change), as an analyst clicks about.
// Time is measured inside the page (performance.now()): from the
// navigation's start (cold) or the hash change (warm) to the first
// animation frame after both the timeline's first item and the strip's
// first bar are in the DOM. For each run it also notes how long the view's
// /query request took (the browser's Resource Timing, and the server's own
// Server-Timing when it sends one), how many timeline items and strip
// bars were drawn, and how many rows the list shows. A run ends when the
// counterparts, which come after the first paint, are drawn too.
import { chromium } from 'playwright-core';
import { isLoopback } from './guard.mjs';

const base = process.argv[2];
const actor = process.argv[3];
const runs = Number(process.argv[4] || process.env.RUNS || 7);
if (!base || !actor) {
  console.error('usage: node speed.mjs BASE_URL ACTOR_ID [runs]');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const actorHash = `#/actor/${encodeURIComponent(actor)}`;
const T = { timeout: 60000 };

// painted is installed in every page: it records, once per view, when the
// timeline's first item and the strip's first bar are both present and a
// frame has been drawn with them (window.__painted, ms on the page's clock).
function painted() {
  window.__painted = null;
  window.__navStart = 0;
  const check = () => {
    if (window.__painted !== null) return;
    if (document.querySelector('#timeline .vis-item') && document.querySelector('.histogram .bucket')) {
      window.__painted = -1; // seen; the frame's time follows
      requestAnimationFrame(() => { window.__painted = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  window.addEventListener('hashchange', () => {
    window.__navStart = performance.now();
    window.__painted = null;
  }, true);
}

// settled waits until the view has drawn what comes after the first
// paint (the counterparts), so that one run's requests do not slow the
// next one's.
async function settled(page) {
  await page.locator('section[aria-label="Counterparts"] .table-wrap > :not([aria-busy])').first().waitFor(T);
}

async function measure(page) {
  await page.waitForFunction(() => window.__painted > 0, null, T);
  await settled(page);
  return page.evaluate(() => {
    const res = performance.getEntriesByType('resource').filter((r) => r.startTime >= window.__navStart);
    const js = res.find((r) => /\/assets\/explorer\.js/.test(r.name));
    // The view sends its first-paint request first; the counterparts'
    // request goes with it and is not waited for.
    const q = res.filter((r) => r.name.endsWith('/query'));
    const last = q[0];
    const server = last && last.serverTiming ? last.serverTiming.map((s) => `${s.name}=${s.duration.toFixed(1)}`).join(' ') : '';
    return {
      ms: window.__painted - window.__navStart,
      bundle: js ? js.responseEnd - window.__navStart : null,
      sent: last ? last.startTime - window.__navStart : null,
      query: last ? last.responseEnd - last.startTime : null,
      server,
      items: document.querySelectorAll('#timeline .vis-item.vis-point, #timeline .vis-item.vis-range, #timeline .vis-item.vis-box').length,
      bars: document.querySelectorAll('.histogram .bucket').length,
      rows: document.querySelectorAll('.event-row').length,
    };
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const problems = [];
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
async function newPage(context) {
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (isLoopback(u)) return route.continue();
    problems.push(`request to non-loopback URL ${u}`);
    return route.abort();
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.addInitScript(painted);
  return page;
}

const results = { cold: [], warm: [] };
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await newPage(context);
    await page.goto(new URL(actorHash, base).href, { waitUntil: 'commit' });
    results.cold.push(await measure(page));
    await context.close();
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await newPage(context);
  await page.goto(new URL('#/', base).href);
  await page.locator('#view[data-view="home"] .event-row').first().waitFor(T);
  for (let i = 0; i < runs; i++) {
    await page.evaluate((hash) => { location.hash = hash; }, actorHash);
    results.warm.push(await measure(page));
    await page.evaluate(() => { location.hash = '#/'; });
    await page.locator('#view[data-view="home"] .event-row').first().waitFor(T);
  }
  await context.close();
} catch (err) {
  problems.push(err.message.split('\n')[0]);
} finally {
  await browser.close();
}

const fmt = (x) => (x === null || x === undefined ? '-' : `${Math.round(x)}`);
for (const kind of ['cold', 'warm']) {
  const rs = results[kind];
  if (rs.length === 0) continue;
  console.log(`${kind}: ${rs.map((r) => fmt(r.ms)).join(' ')} ms; median ${fmt(median(rs.map((r) => r.ms)))} ms `
    + `(${kind === 'cold' ? `bundle loaded at ${fmt(median(rs.map((r) => r.bundle ?? 0)))} ms, ` : ''}`
    + `first request sent at ${fmt(median(rs.map((r) => r.sent ?? 0)))} ms and answered in ${fmt(median(rs.map((r) => r.query ?? 0)))} ms; `
    + `${rs[0].items} timeline items, ${rs[0].bars} strip bars, ${rs[0].rows} rows${rs[0].server ? `; server ${rs[0].server}` : ''})`);
}
if (problems.length) {
  console.error(`FAIL\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
