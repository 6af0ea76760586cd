// End to end against the release build in dist/: paste an original sample article and read
// the aligned rows, as a user would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, ROOT } from './server.mjs';
import { launch, recordRequests } from './browser.mjs';

const SHOTS = path.join(ROOT, 'target/e2e');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'tests/samples/police-fraud.txt'), 'utf8');
let server, browser;

before(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('pasting an article gives one English row per Indonesian sentence', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const foreign = recordRequests(page, new URL(server.url).origin);
  await page.goto(server.url);
  await page.getByTestId('source').fill(SAMPLE);
  await page.waitForSelector('[data-testid=row]');
  const rows = page.getByTestId('row');
  // Six lines: five sentences and the credit line.
  assert.equal(await rows.count(), 6);
  for (let i = 0; i < 6; i++) {
    const src = (await rows.nth(i).getByTestId('src').textContent()).trim();
    const en = (await rows.nth(i).getByTestId('en').textContent()).trim();
    assert.ok(src.length > 0 && en.length > 0, `row ${i} has both panes`);
  }
  assert.match(await rows.nth(0).getByTestId('src').textContent(), /^Palu \(ANTARA\)/);
  await page.screenshot({ path: path.join(SHOTS, 'desktop.png'), fullPage: true });
  assert.deepEqual(foreign, [], 'no request leaves the app origin');
  await page.close();
});

test('the draft survives a reload', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(server.url);
  await page.getByTestId('source').fill('Rapat koordinasi digelar di Makassar.');
  await page.waitForSelector('[data-testid=row]');
  await page.reload();
  assert.equal(await page.getByTestId('source').inputValue(), 'Rapat koordinasi digelar di Makassar.');
  assert.equal(await page.getByTestId('row').count(), 1);
  await page.getByTestId('source').fill(SAMPLE);
  await page.waitForSelector('[data-testid=row]');
  await page.screenshot({ path: path.join(SHOTS, 'phone.png'), fullPage: true });
  await page.close();
});
