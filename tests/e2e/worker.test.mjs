// A long document is analysed in the web worker: the page keeps answering while it runs, the
// "analysing…" indicator shows, rows appear, an answer for an older text is never shown, and
// nothing leaves the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordRequests, useServerAndBrowser } from './browser.mjs';
import { LONG } from './long-text.mjs';

const TAIL = 'Rapat evaluasi proyek ditutup pukul 16.00 WITA.';

const env = useServerAndBrowser();

test('a long document is analysed off the main thread and the page stays responsive', async (t) => {
  assert.ok(new TextEncoder().encode(LONG).length >= 20_000, 'the document is long');
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const foreign = recordRequests(page, new URL(env.server.url).origin);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // Count the worker's answers as they arrive (before the app reads them), to know when the
  // analysis was pending.
  await page.addInitScript(() => {
    window.__answers = 0;
    const Native = window.Worker;
    window.Worker = function (url, options) {
      const w = new Native(url, options);
      w.addEventListener('message', (e) => { if (e.data !== 'ready') window.__answers++; });
      return w;
    };
  });
  await page.goto(env.server.url);
  const source = page.getByTestId('source');
  await source.waitFor();

  await source.fill(LONG);
  await page.locator('.busy').waitFor();
  // Until the worker answers (the pause before sending included), the main thread answers at
  // once. The round trip during which the answer arrives also covers drawing the rows, which
  // is the main thread's job whoever analyses: not counted.
  let slowest = 0;
  let samples = 0;
  const giveUp = Date.now() + 30_000;
  while (Date.now() < giveUp) {
    const t0 = Date.now();
    const pending = await page.evaluate(() => window.__answers === 0);
    if (!pending) break;
    slowest = Math.max(slowest, Date.now() - t0);
    samples++;
  }
  // Reported, not asserted: timings on a shared machine are noise (docs/PERFORMANCE.md).
  t.diagnostic(`busy for ${samples} round trips, slowest ${slowest} ms`);
  assert.ok(page.workers().some((w) => /kilas_worker/.test(w.url())), 'the analysis worker runs');
  assert.ok(await page.evaluate(() => window.__answers) > 0, 'the worker answered');

  const rows = page.getByTestId('row');
  await rows.first().waitFor();
  // Long documents are drawn in batches: wait for the last row.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=row]').length >= 450);
  assert.ok((await rows.count()) >= 450, `one row per sentence (${await rows.count()})`);
  assert.match(await page.getByTestId('brief').textContent(), /Sigi/);

  // Type more while the new analysis runs: the answer for the text without it must never
  // win, the final rows include the new sentence.
  await source.focus();
  await page.keyboard.press('Control+End');
  const t0 = Date.now();
  await page.keyboard.type(' ' + TAIL, { delay: 5 });
  t.diagnostic(`typing ${TAIL.length + 1} characters took ${Date.now() - t0} ms`);
  assert.ok((await source.inputValue()).endsWith(TAIL));
  await page.waitForFunction((tail) => ![...document.querySelectorAll('.busy')].length &&
    [...document.querySelectorAll('[data-testid=src]')].some((e) => e.textContent.includes(tail)), TAIL);
  await page.waitForTimeout(600);
  assert.ok(await page.locator('[data-testid=src]', { hasText: TAIL }).count(), 'the newest text is shown');

  assert.deepEqual(errors, [], 'no errors in the console');
  assert.deepEqual(foreign, [], 'no request leaves the app origin');
  await context.close();
});

test('when the worker cannot load, a long document is analysed on the main thread', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/kilas_worker*', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const page = await context.newPage();
  const foreign = recordRequests(page, new URL(env.server.url).origin);
  const crashes = [];
  page.on('pageerror', (e) => crashes.push(String(e)));
  await page.goto(env.server.url);
  await page.getByTestId('source').fill(LONG);
  const rows = page.getByTestId('row');
  await rows.first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=row]').length >= 450);
  assert.ok((await rows.count()) >= 450, `rows without the worker (${await rows.count()})`);
  await page.waitForFunction(() => !document.querySelector('.busy'));
  assert.deepEqual(crashes, [], 'no uncaught errors');
  assert.deepEqual(foreign, [], 'no request leaves the app origin');
  await context.close();
});
