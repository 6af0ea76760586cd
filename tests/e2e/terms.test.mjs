// "My terms": a user's own translations and do-not-translate list, applied to the English as
// they type, on the main thread and in the worker, kept across reloads, shown as text only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';
import { recordRequests, useServerAndBrowser, SHOTS, DESKTOP, PHONE } from './browser.mjs';

const TEXT = 'Warga Desa Sukamaju membeli sembako di pasar pagi. Kepala desa mengatakan harga sembako stabil.';
const TERMS = 'sembako = basic groceries\nDesa Sukamaju =\n<img src=x onerror="window.__pwned=1"> = <b>bold</b>';
const env = useServerAndBrowser();

async function open(viewport = DESKTOP, options = {}) {
  const context = await env.browser.newContext({ viewport, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const foreign = recordRequests(page, new URL(env.server.url).origin);
  await page.goto(env.server.url);
  return { context, page, foreign };
}

async function english(page) {
  return (await page.getByTestId('en').allTextContents()).join(' ');
}

test('my terms replace the English and are kept across a reload', async () => {
  const { context, page, foreign } = await open();
  await page.getByTestId('source').fill(TEXT);
  await page.waitForSelector('[data-testid=row]');
  assert.doesNotMatch(await english(page), /basic groceries/);

  await page.getByTestId('terms').locator('summary').click();
  await page.getByTestId('terms-input').fill(TERMS);
  await page.waitForFunction(() => document.body.textContent.includes('basic groceries'));
  const en = await english(page);
  assert.match(en, /basic groceries/);
  assert.match(en, /Desa Sukamaju/, 'a do-not-translate term is kept as written');
  assert.match(await page.getByTestId('terms-count').textContent(), /^3 terms · 2 used in this text/);
  assert.match(await page.getByTestId('terms').locator('summary').textContent(), /My terms \(3\)/);
  // The English a term gave is marked, and its tooltip says where it came from.
  const mine = page.locator('.chunk.user-term');
  assert.ok(await mine.count() >= 3, 'each use of a term is marked');
  await mine.first().hover();
  assert.match(await page.getByTestId('tooltip').textContent(), /from My terms/);
  // The brief uses the same English.
  assert.match(await page.getByTestId('brief').textContent(), /basic groceries/);
  // Markup in a term is text: nothing rendered, nothing run.
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('.aligned b, .aligned img, .terms-panel img').count(), 0);
  await page.screenshot({ path: path.join(SHOTS, 'terms-desktop.png'), fullPage: true });

  // The list downloads as a file the command line reads with --terms.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('terms-download').click()]);
  assert.equal(download.suggestedFilename(), 'kilas-terms.txt');
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), TERMS);

  await page.reload();
  await page.waitForSelector('[data-testid=row]');
  assert.equal(await page.getByTestId('terms-input').inputValue(), TERMS);
  assert.match(await english(page), /basic groceries/);

  // Clearing the list brings Kilas's own English back.
  await page.getByTestId('terms').locator('summary').click();
  await page.getByTestId('terms-input').fill('');
  await page.waitForFunction(() => !document.body.textContent.includes('basic groceries'));
  assert.deepEqual(foreign, [], 'no request leaves the app origin');
  await context.close();
});

test('terms apply to long documents analysed in the worker', async () => {
  const { context, page } = await open();
  await page.getByTestId('terms').locator('summary').click();
  await page.getByTestId('terms-input').fill('sembako\tbasic groceries');
  const long = `${TEXT} `.repeat(80);
  assert.ok(long.length > 6000, 'long enough for the worker');
  await page.getByTestId('source').fill(long);
  await page.waitForSelector('[data-testid=row]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=row]').length >= 160);
  const last = await page.getByTestId('en').last().textContent();
  assert.match(last, /basic groceries/);
  await context.close();
});

test('the terms panel on a phone, and accessibility with it open', async () => {
  const { context, page } = await open(PHONE, { bypassCSP: true });
  await page.getByTestId('source').fill(TEXT);
  await page.waitForSelector('[data-testid=row]');
  await page.getByTestId('terms').locator('summary').click();
  await page.getByTestId('terms-input').fill('sembako = basic groceries\nDesa Sukamaju =');
  await page.waitForFunction(() => document.body.textContent.includes('basic groceries'));
  const box = await page.getByTestId('terms-input').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, 'the terms box fits the phone width');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no sideways scrolling');
  await page.getByTestId('terms').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'terms-phone.png'), fullPage: true });

  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(async () => await window.axe.run(document));
  const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target})`), []);
  await context.close();
});
