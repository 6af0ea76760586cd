// End to end against the release build in dist/, as a user would use it: paste an original
// sample article, read the aligned rows and the brief, copy and download, hover for the
// tooltip, reload, and check the layout at phone width, in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';
import { recordRequests, useServerAndBrowser, SHOTS, DESKTOP, PHONE } from './browser.mjs';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'tests/samples/police-fraud.txt'), 'utf8');
const env = useServerAndBrowser();

async function openWith(text, options = {}) {
  const context = await env.browser.newContext({ viewport: DESKTOP, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const foreign = recordRequests(page, new URL(env.server.url).origin);
  await page.goto(env.server.url);
  if (text !== undefined) {
    await page.getByTestId('source').fill(text);
    await page.waitForSelector('[data-testid=row]');
  }
  return { context, page, foreign };
}

test('pasting an article gives one English row per Indonesian sentence', async () => {
  const { context, page, foreign } = await openWith(SAMPLE);
  const rows = page.getByTestId('row');
  // Six lines: five sentences and the credit line.
  assert.equal(await rows.count(), 6);
  for (let i = 0; i < 6; i++) {
    const src = (await rows.nth(i).getByTestId('src').textContent()).trim();
    const en = (await rows.nth(i).getByTestId('en').textContent()).trim();
    assert.ok(src.length > 0 && en.length > 0, `row ${i} has both panes`);
  }
  assert.match(await rows.nth(0).getByTestId('src').textContent(), /^Palu \(ANTARA\)/);
  assert.match(await rows.nth(1).getByTestId('en').textContent(), /Rp 7\.5 million|IDR 7\.5 million/);
  // Key facts are highlighted in both columns, with their kind.
  const kinds = await page.getByTestId('fact').evaluateAll((els) => els.map((e) => e.dataset.kind));
  for (const kind of ['person', 'place', 'date', 'money', 'quote', 'statement']) {
    assert.ok(kinds.includes(kind), `a ${kind} fact is highlighted (got ${[...new Set(kinds)]})`);
  }
  const inEnglish = await page.locator('[data-testid=en] [data-testid=fact]').count();
  assert.ok(inEnglish > 0, 'facts are highlighted in the English column too');
  await page.screenshot({ path: path.join(SHOTS, 'desktop-light.png'), fullPage: true });
  assert.deepEqual(foreign, [], 'no request leaves the app origin');
  await context.close();
});

test('the brief shows a headline and three English summary sentences', async () => {
  const { context, page } = await openWith(SAMPLE);
  const brief = page.getByTestId('brief');
  assert.equal(await brief.locator('h2').count(), 1);
  assert.equal(await brief.locator('ul.summary li').count(), 3);
  assert.match(await brief.textContent(), /Source: Palu \(ANTARA\)/);
  // The facts table lists who and how much; clicking a fact flashes its sentence.
  const table = await brief.locator('table.facts').textContent();
  assert.match(table, /Dedi Kurniawan/);
  // Quotes in English; reported speech as "X said that …".
  assert.match(table, /Dedi Kurniawan: “At least 42 people/);
  assert.match(table, /Dedi Kurniawan said that the suspect asked/);
  // The dateline's agency is the source line, not an organisation in the story.
  assert.doesNotMatch(table, /news agency/);
  await brief.locator('.fact-link.person').first().click();
  await page.waitForSelector('.row.flash');
  await context.close();
});

test('copy as Markdown and the downloads carry the brief', async () => {
  const { context, page } = await openWith(SAMPLE);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.server.url).origin });
  await page.getByTestId('copy-md').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^# /, 'Markdown headline');
  assert.match(copied, /Source: Palu \(ANTARA\)/);

  const [md] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-md').click()]);
  assert.match(md.suggestedFilename(), /^kilas-.*\.md$/);
  assert.equal(fs.readFileSync(await md.path(), 'utf8'), copied);

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  const doc = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.equal(doc.sentences.length, 6);
  assert.equal(doc.dateline.place, 'Palu');
  await context.close();
});

test('hovering an English word shows its tooltip and lights up its source', async () => {
  const { context, page } = await openWith(SAMPLE);
  const chunk = page.getByTestId('row').nth(4).locator('.chunk[tabindex]').first();
  await chunk.hover();
  const tip = page.getByTestId('tooltip');
  await tip.waitFor();
  assert.ok((await tip.textContent()).length > 0);
  assert.equal(await page.getByTestId('row').nth(4).locator('.tok.hl').count() > 0, true);
  // Keyboard users reach the same tooltip with Tab.
  await page.mouse.move(0, 0);
  await chunk.focus();
  await tip.waitFor();
  await context.close();
});

test('pasted markup is shown as text, never run', async () => {
  const { context, page } = await openWith('<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> Kantor dibuka.');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('.aligned img, .aligned script').count(), 0);
  await context.close();
});

test('the draft survives a reload, and phone width stacks the columns', async () => {
  const { context, page } = await openWith(undefined, { viewport: PHONE });
  await page.getByTestId('source').fill('Rapat koordinasi digelar di Makassar.');
  await page.waitForSelector('[data-testid=row]');
  await page.reload();
  assert.equal(await page.getByTestId('source').inputValue(), 'Rapat koordinasi digelar di Makassar.');
  assert.equal(await page.getByTestId('row').count(), 1);

  await page.getByTestId('source').fill(SAMPLE);
  await page.waitForSelector('[data-testid=row]');
  const row = page.getByTestId('row').nth(1);
  const src = await row.getByTestId('src').boundingBox();
  const en = await row.getByTestId('en').boundingBox();
  assert.ok(en.y >= src.y + src.height - 1, 'English sits under the Indonesian on a phone');
  await page.screenshot({ path: path.join(SHOTS, 'phone-light.png'), fullPage: true });
  await context.close();
});

test('dark theme screenshots (desktop and phone)', async () => {
  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    const { context, page } = await openWith(SAMPLE, { viewport, colorScheme: 'dark' });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(bg, 'rgb(251, 250, 247)', 'dark background');
    await page.screenshot({ path: path.join(SHOTS, `${name}-dark.png`), fullPage: true });
    await context.close();
  }
});

test('axe-core finds no serious or critical accessibility violations', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await openWith(SAMPLE, { bypassCSP: true, colorScheme });
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const result = await page.evaluate(async () => await window.axe.run(document));
    const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target})`), [], `${colorScheme} theme`);
    await context.close();
  }
});
