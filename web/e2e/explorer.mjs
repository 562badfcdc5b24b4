// Headless-browser test of the explorer against a real server with the
// sample data (server/explorer_browser_test.go runs it; by hand:
//   AUTHORIZATION="Bearer KEY" node explorer.mjs http://127.0.0.1:8080/ ;
// with EXPECT_EMPTY=1 it only checks the start page of an empty graph).
//
// Walks what an analyst does and asserts on what is shown: search
// "Zelensky" (suggestions with the match marked, no markup as text) and
// open him; his timeline and histogram are drawn with the seed's events,
// and a deep link reloads to the same view; back and forward work; the
// Rubio–Lavrov meeting shows its source sentence highlighted inside the
// article; Rubio's neighbourhood graph is drawn and a node expands; a path
// from Rubio to Zelensky; Trump's stance history on Ukraine's territory;
// the Rubio–Lavrov dyad chart; then, with AUTHORIZATION, the key bar takes a
// writer's key and an article ingested through the form shows its report
// and its events (announced by the subscription), one of which opens with
// its sentence highlighted.
//
// Fails on any request or WebSocket to a host that is not loopback, any
// Content-Security-Policy violation, any page error. Saves a screenshot
// per view in screenshots/explorer-*.png (git-ignored) and prints how long
// each step took.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guardPage, isLoopback } from './guard.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:8080/';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const shotDir = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(shotDir, { recursive: true });

const problems = [];
const timings = [];

class StepFailed extends Error {}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
let page;
async function shot(name) {
  const path = join(shotDir, `explorer-${name}.png`);
  await page.screenshot({ path, fullPage: true });
}

// step runs one part of the walk, times it, and records its failure
// (with a screenshot) without hiding the ones after it when it can go on.
async function step(name, fn, { fatal = false } = {}) {
  const t0 = Date.now();
  try {
    await fn();
    timings.push(`${name}: ${Date.now() - t0} ms`);
  } catch (err) {
    problems.push(`${name}: ${err.message.split('\n')[0]}`);
    await page.screenshot({ path: join(shotDir, `explorer-FAILED-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
    if (fatal) throw new StepFailed(name);
  }
}

function expect(cond, message) {
  if (!cond) throw new Error(message);
}

const T = { timeout: 15000 };

try {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await guardPage(page, problems);

  if (process.env.EXPECT_EMPTY) {
    // The graph has nothing yet: the start page says how to fill it.
    await step('empty graph', async () => {
      await page.goto(base, { waitUntil: 'load' });
      const box = page.locator('.empty-graph');
      await box.waitFor(T);
      const text = await box.innerText();
      expect(text.includes('The graph is empty') && text.includes('Add article'), `the empty state says ${JSON.stringify(text)}`);
      await shot('empty');
    });
    throw new StepFailed('done'); // nothing else to walk on an empty graph
  }

  await step('home', async () => {
    const resp = await page.goto(base, { waitUntil: 'load' });
    expect(resp && resp.status() === 200, `GET ${base}: status ${resp && resp.status()}`);
    expect(!(await page.locator('#explorer-not-built').count()), 'the server serves the "not built" page: run make explorer');
    await page.locator('#view[data-view="home"] .event-row').first().waitFor(T);
    await shot('home');
  }, { fatal: true });

  await step('search', async () => {
    await page.locator('#search').fill('Zelensky');
    const hit = page.locator('.suggestions li', { hasText: 'Volodymyr Zelensky' }).first();
    await hit.waitFor(T);
    const list = await page.locator('.suggestions').innerText();
    expect(!/<\/?em>|&lt;|&gt;|&amp;|&#/.test(list), `suggestions show markup or entities as text: ${list}`);
    expect(await page.locator('.suggestions mark').count() > 0, 'no matched words are marked in the suggestions');
    await shot('search');
    await hit.click();
  }, { fatal: true });

  let actorPaint = 0;
  await step('actor view of Zelensky', async () => {
    const t0 = Date.now();
    await page.locator('#view[data-view="actor"] h1', { hasText: 'Volodymyr Zelensky' }).waitFor(T);
    await page.locator('#timeline .vis-item').first().waitFor(T);
    await page.locator('.histogram .bucket').first().waitFor(T);
    actorPaint = Date.now() - t0;
    expect(page.url().endsWith('#/actor/volodymyr-zelensky'), `URL ${page.url()} does not name the actor`);
    const rows = await page.locator('.event-row').allInnerTexts();
    expect(rows.some((r) => r.includes("Trump and Zelensky's February encounter at the White House")), `the seed's February meeting is not in the list: ${rows.join(' | ')}`);
    // February 2025 is a month-precision date: drawn as a range, listed as 2025-02.
    expect(rows.some((r) => r.startsWith('2025-02')), 'no month-precision date (2025-02) in the list');
    expect(await page.locator('#timeline .vis-item.vis-range').count() > 0, 'no month- or year-precision event is drawn as a range');
    const items = await page.locator('#timeline .vis-item').count();
    const bars = await page.locator('.histogram .bucket').count();
    expect(bars >= 2, `histogram has ${bars} bars, want February and September 2025 at least`);
    await page.locator('.counterparts tbody tr', { hasText: 'Donald Trump' }).first().waitFor(T); // the second request's
    expect(await page.locator('.counterparts tbody tr', { hasText: 'Donald Trump' }).count() === 1, 'Trump is not once among the counterparts');
    timings.push(`  (actor view: timeline and histogram drawn ${actorPaint} ms after the click; ${items} items, ${bars} bars, ${rows.length} rows)`);
    await shot('actor');
  });

  await step('filters and brushing', async () => {
    // Brushing filters in place: the view is not rebuilt (the timeline's
    // element stays the same one), only its page of events is asked for.
    await page.evaluate(() => { document.getElementById('timeline').dataset.before = 'brush'; });
    await page.locator('.histogram .bucket[data-label="2025-02"] .hit').click();
    await page.waitForFunction(() => location.hash.includes('from=2025-02') && location.hash.includes('to=2025-02'), null, T);
    await page.locator('.event-row').first().waitFor(T);
    await page.locator('#timeline .vis-item').first().waitFor(T);
    const rows = await page.locator('.event-row').allInnerTexts();
    expect(rows.length > 0 && rows.every((r) => r.startsWith('2025-02') || r.startsWith('2025 ') || r.startsWith('2025\n')), `period 2025-02 shows other dates: ${rows.join(' | ')}`);
    expect(await page.locator('#timeline[data-before="brush"]').count() === 1, 'brushing rebuilt the view instead of filtering the timeline in place');
    expect(await page.locator('h2 .period', { hasText: '2025-02 – 2025-02' }).count() === 1, 'the heading does not name the brushed period');
    expect(await page.locator('.histogram .bucket.dimmed').count() > 0, 'the strip does not dim what is outside the period');
    await shot('actor-period');
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/actor/volodymyr-zelensky', null, T);
    await page.locator('.event-row', { hasText: '2025-09' }).first().waitFor(T);
    await page.goForward();
    await page.waitForFunction(() => location.hash.includes('from=2025-02'), null, T);
    await page.locator('.muted', { hasText: '2025-02 – 2025-02' }).first().waitFor(T);
  });

  await step('deep link reloads', async () => {
    await page.goto(new URL('#/actor/volodymyr-zelensky?types=MEETING', base).href);
    await page.reload();
    await page.locator('#view[data-view="actor"] h1', { hasText: 'Volodymyr Zelensky' }).waitFor(T);
    await page.locator('.event-row').first().waitFor(T);
    const types = await page.locator('.event-row .badge').allInnerTexts();
    expect(types.length > 0 && types.every((t) => t === 'Meeting'), `types=MEETING shows ${types.join(', ')}`);
    expect(await page.locator('input[value="STATEMENT"]').isChecked() === false, 'the Statement filter is still ticked');
  });

  await step('event with highlighted source', async () => {
    await page.goto(new URL('#/actor/marco-rubio', base).href);
    await page.locator('.event-row a', { hasText: 'Rubio and Lavrov meet' }).first().click();
    await page.locator('#view[data-view="event"] h1', { hasText: 'Rubio and Lavrov meet on the sidelines of the UN General Assembly' }).waitFor(T);
    const mark = page.locator('.article-text mark.source-sentence').first();
    await mark.waitFor(T);
    const marked = await mark.innerText();
    const sentence = await page.locator('.source blockquote.sentence').first().innerText();
    expect(marked.trim() === sentence.trim(), `the highlighted span ${JSON.stringify(marked)} is not the source sentence ${JSON.stringify(sentence)}`);
    expect(/Lavrov/.test(marked), `highlight ${JSON.stringify(marked)} does not mention Lavrov`);
    const facts = await page.locator('dl.facts').innerText();
    expect(facts.includes('New York') && facts.includes('2025-09-24'), `place or date missing: ${facts}`);
    expect(await page.locator('.source a[href^="https://www.themoscowtimes.com/"]').count() === 1, 'no link to the article');
    expect(await mark.isVisible(), 'the highlighted sentence is not scrolled into view');
    await shot('event');
  });

  await step('neighbourhood graph', async () => {
    await page.goto(new URL('#/actor/marco-rubio', base).href);
    await page.locator('a', { hasText: 'Neighbourhood graph' }).click();
    await page.locator('#graph canvas').first().waitFor(T);
    await page.waitForFunction(() => Number(document.getElementById('graph').dataset.nodes) >= 2, null, T);
    const before = Number(await page.locator('#graph').getAttribute('data-nodes'));
    await page.locator('.node-list button', { hasText: 'Sergei Lavrov' }).click();
    await page.locator('.graph-panel h2', { hasText: 'Sergei Lavrov' }).waitFor(T);
    await page.locator('button', { hasText: 'Expand' }).click();
    await page.locator('.graph-panel p', { hasText: 'actors added' }).waitFor(T);
    const after = Number(await page.locator('#graph').getAttribute('data-nodes'));
    timings.push(`  (graph: ${before} nodes, ${after} after expanding Lavrov)`);
    // The canvas holds a drawing: some of its pixels are not background.
    const inked = await page.evaluate(() => {
      const cs = [...document.querySelectorAll('#graph canvas')];
      return cs.some((c) => {
        const ctx = c.getContext('2d');
        if (!ctx || !c.width) return false;
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < d.length; i += 4 * 17) if (d[i] > 0) return true;
        return false;
      });
    });
    expect(inked, 'the graph canvas is blank');
    await shot('graph');
  });

  await step('path from Rubio to Zelensky', async () => {
    await page.goto(new URL('#/actor/marco-rubio', base).href);
    await page.locator('a', { hasText: 'Paths from here' }).click();
    await page.locator('#path-to').fill('Zelensky');
    await page.locator('#path-to-suggestions li', { hasText: 'Volodymyr Zelensky' }).first().click();
    await page.locator('button', { hasText: 'Find paths' }).click();
    const chain = page.locator('.path .chain').first();
    await chain.waitFor(T);
    const text = await chain.innerText();
    expect(text.startsWith('Marco Rubio') && text.endsWith('Volodymyr Zelensky'), `path reads ${JSON.stringify(text)}`);
    expect(await page.locator('.hop-events a').count() > 0, 'no events behind the hops');
    await shot('paths');
  });

  await step('stance history', async () => {
    await page.goto(new URL('#/actor/donald-trump', base).href);
    await page.locator('a', { hasText: "Stance: Russia-Ukraine war: Ukraine's territory" }).click();
    await page.locator('.position').nth(1).waitFor(T);
    const positions = await page.locator('.position').allInnerTexts();
    expect(positions.some((p) => p.startsWith('until 2025-09-23')) && positions.some((p) => p.startsWith('since 2025-09-23')), `positions: ${positions.join(' | ')}`);
    const ev = await page.locator('.evidence').innerText();
    expect(ev.includes('maybe even go further than that!'), `evidence: ${ev}`);
    await shot('stance');
  });

  await step('dyad', async () => {
    // Pages of one event, so that the sample's few shared events page on
    // with "More events" by the cursor.
    await page.route('**/query', (route) => {
      const body = route.request().postDataJSON();
      if (!body || !/query Dyad(More)?\(/.test(body.query || '')) return route.continue();
      return route.continue({ postData: JSON.stringify({ ...body, variables: { ...body.variables, first: 1 } }) });
    });
    await page.goto(new URL('#/dyad/marco-rubio/sergei-lavrov', base).href);
    await page.locator('.dyad-chart .month').first().waitFor(T);
    expect(await page.locator('.dyad-chart rect.coop').count() > 0, 'no cooperation bars');
    expect(await page.locator('.event-row').count() === 1, 'not one event on the first page of one');
    const more = page.locator('button.more', { hasText: 'More events' });
    await more.click();
    await page.locator('.event-row').nth(1).waitFor(T);
    const ids = await page.locator('.event-row').evaluateAll((rows) => rows.map((r) => r.dataset.id));
    expect(new Set(ids).size === ids.length, `"More events" repeated an event: ${ids.join(', ')}`);
    while (await more.isVisible()) {
      const n = await page.locator('.event-row').count();
      await more.click();
      await page.locator('.event-row').nth(n).waitFor(T);
    }
    await page.unroute('**/query');
    await shot('dyad');
  });

  const authorization = process.env.AUTHORIZATION;
  if (authorization) {
    await step('add an article with a writer key', async () => {
      await page.goto(new URL('#/ingest', base).href);
      await page.locator('#keybar summary').click();
      await page.locator('#credential').fill(authorization);
      await page.getByRole('button', { name: 'Use', exact: true }).click();
      await page.waitForFunction(() => document.getElementById('credential-status').textContent.startsWith('Key in use'), null, T);
      await page.locator('#keybar summary').click();
      await page.locator('#ingest-text').fill(process.env.ARTICLE_TEXT);
      await page.locator('#ingest-title').fill(process.env.ARTICLE_TITLE || '');
      await page.locator('#ingest-published').fill(process.env.ARTICLE_PUBLISHED || '');
      await page.locator('button', { hasText: 'Ingest' }).click();
      await page.locator('.report h2', { hasText: 'Ingested' }).waitFor({ timeout: 30000 });
      const counts = await page.locator('.report .counts').innerText();
      const created = Number((counts.match(/Events created: (\d+)/) || [])[1]);
      expect(created > 0, `the report says ${counts}`);
      await page.locator('.ingested-events a').first().waitFor(T);
      // The list grows as the subscription announces each event, so wait
      // for the one expected rather than reading the list at its first.
      const want = process.env.EXPECT_EVENT;
      const found = !want || await page.locator('.ingested-events a', { hasText: want }).first().waitFor(T).then(() => true, () => false);
      const titles = await page.locator('.ingested-events a').allInnerTexts();
      expect(found, `the article's events ${JSON.stringify(titles)} do not include ${JSON.stringify(want)}`);
      await shot('ingest');
      await page.locator('.ingested-events a').first().click();
      await page.locator('.article-text mark.source-sentence').first().waitFor(T);
      // The start page lists what was added last first, whatever its date.
      await page.goto(base);
      const top = page.locator('#view[data-view="home"] .event-row').first();
      await top.waitFor(T);
      const topText = await top.innerText();
      expect(titles.some((t) => topText.includes(t)), `the start page's first event ${JSON.stringify(topText)} is not one the article added (${JSON.stringify(titles)})`);
      await shot('home-after-ingest');
    });
  }

  if (authorization) {
    // Where WebSockets cannot be had, a view polls: a meeting recorded
    // through the API appears in Rubio's open actor view at the next poll
    // (the page's clock is moved on rather than waited for).
    await step('polling without a WebSocket', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        await context.route('**/*', (route) => (isLoopback(route.request().url()) ? route.continue() : route.abort()));
        let sockets = 0;
        await context.routeWebSocket(/.*/, (ws) => { sockets++; ws.close({ code: 1011, reason: 'blocked by the test' }); });
        const p = await context.newPage();
        p.on('pageerror', (err) => problems.push(`page error (polling): ${err.message}`));
        await p.clock.install();
        await p.goto(new URL('#/actor/marco-rubio', base).href);
        await p.locator('#view[data-view="actor"] .event-row').first().waitFor(T);
        await p.locator('.live-status', { hasText: 'looking for new events every 20 s' }).waitFor(T);
        expect(sockets > 0, 'the actor view did not try a WebSocket');
        const title = 'Rubio and Lavrov meet again, recorded while the explorer polls';
        const res = await fetch(new URL('query', base), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: /^Bearer /i.test(authorization) ? authorization : `Bearer ${authorization}` },
          body: JSON.stringify({
            query: 'mutation($in: MeetingInput!) { recordMeeting(input: $in) { id } }',
            variables: { in: { participants: ['marco-rubio', 'sergei-lavrov'], when: '2025-11-20', title } },
          }),
        });
        const body = await res.json();
        expect(!body.errors, `recordMeeting: ${JSON.stringify(body.errors)}`);
        expect(await p.locator('.event-row', { hasText: title }).count() === 0, 'the new meeting is shown before any poll');
        await p.clock.fastForward('00:21');
        await p.locator('.event-row', { hasText: title }).first().waitFor(T);
        await p.screenshot({ path: join(shotDir, 'explorer-polled.png'), fullPage: true });
      } finally {
        await context.close();
      }
    });
  }

  await step('phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(new URL('#/actor/volodymyr-zelensky', base).href);
    await page.locator('#timeline .vis-item').first().waitFor(T);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow <= 2, `the page is ${overflow}px wider than a phone's screen`);
    await shot('actor-phone');
  });
} catch (err) {
  if (!(err instanceof StepFailed)) problems.push(`${err.message}`);
} finally {
  await browser.close();
}

console.log(`timings:\n  ${timings.join('\n  ')}`);
console.log(`screenshots: ${shotDir}/explorer-*.png`);
if (problems.length > 0) {
  console.error(`FAIL ${base}\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`ok ${base}: every view showed what it should; every request stayed on loopback; no CSP violations or page errors`);
