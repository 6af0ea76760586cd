// Opening a file: the file picker and drag-and-drop onto the source pane; .txt as text, .html
// as its text (never markup); the replaced draft stays restorable; refusals in plain words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';
import { recordRequests, useServerAndBrowser, SHOTS, DESKTOP, PHONE } from './browser.mjs';

const DRAFT = 'Draf saya: rapat koordinasi digelar di Makassar.';
const TXT = 'Bandung (ANTARA) - Dinas Perhubungan membuka terminal baru pada Senin. Terminal itu melayani 40 bus.';
const HTML = `<!doctype html><html><head><title>Rilis</title><style>p{color:red}</style></head><body>
<h1>Terminal baru dibuka</h1><p>Dinas Perhubungan membuka <b>terminal baru</b> di Bandung.</p>
<img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script></body></html>`;
const env = useServerAndBrowser();

async function open(viewport = DESKTOP, options = {}) {
  const context = await env.browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const foreign = recordRequests(page, new URL(env.server.url).origin);
  await page.goto(env.server.url);
  return { context, page, foreign };
}

const file = (name, mimeType, contents) => ({ name, mimeType, buffer: Buffer.from(contents) });

test('a .txt file replaces the draft, and Undo brings the draft back', async () => {
  const { context, page, foreign } = await open();
  await page.getByTestId('source').fill(DRAFT);
  await page.waitForSelector('[data-testid=row]');
  await page.getByTestId('open-file').setInputFiles(file('terminal.txt', 'text/plain', TXT));
  await page.waitForFunction((t) => document.querySelector('[data-testid=source]').value === t, TXT);
  const notice = page.getByTestId('undo-notice');
  assert.match(await notice.textContent(), /Opened terminal\.txt\. Your previous text was kept\./);
  assert.equal(await page.getByTestId('row').count(), 2);
  await page.screenshot({ path: path.join(SHOTS, 'files-desktop.png'), fullPage: true });

  // The replaced draft is also in storage, so a reload cannot lose it.
  const kept = await page.evaluate(() => localStorage.getItem('kilas.draft.previous.text'));
  assert.equal(kept, DRAFT);

  await page.getByTestId('undo-load').click();
  assert.equal(await page.getByTestId('source').inputValue(), DRAFT);
  assert.match(await notice.textContent(), /Your previous text is back/);
  await page.getByTestId('undo-load').click();
  assert.equal(await page.getByTestId('source').inputValue(), TXT);
  assert.deepEqual(foreign, [], 'no request leaves the app origin');
  await context.close();
});

test('an .html file becomes its text, never markup', async () => {
  const { context, page } = await open();
  await page.getByTestId('open-file').setInputFiles(file('rilis.html', 'text/html', HTML));
  await page.waitForSelector('[data-testid=row]');
  const text = await page.getByTestId('source').inputValue();
  assert.match(text, /Terminal baru dibuka/);
  assert.match(text, /Dinas Perhubungan membuka terminal baru di Bandung\./);
  assert.doesNotMatch(text, /<|p\{color|__pwned/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // Nothing was replaced, so there is nothing to undo.
  assert.equal(await page.getByTestId('undo-notice').count(), 0);
  await context.close();
});

test('dropping a file on the source pane opens it', async () => {
  const { context, page } = await open();
  await page.getByTestId('source').fill(DRAFT);
  await page.evaluate((contents) => {
    const dt = new DataTransfer();
    dt.items.add(new File([contents], 'dropped.txt', { type: 'text/plain' }));
    const pane = document.querySelector('.source-pane');
    pane.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    document.querySelector('[data-testid=source]')
      .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, TXT);
  await page.waitForFunction((t) => document.querySelector('[data-testid=source]').value === t, TXT);
  assert.match(await page.getByTestId('undo-notice').textContent(), /Opened dropped\.txt/);
  await context.close();
});

test('binary, PDF, too large and empty files are refused in plain words', async () => {
  const { context, page } = await open(PHONE, { bypassCSP: true });
  await page.getByTestId('source').fill(DRAFT);
  const error = page.getByTestId('file-error');
  const cases = [
    [file('photo.txt', 'text/plain', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])), /does not look like a text file/],
    [file('laporan.pdf', 'application/pdf', '%PDF-1.7'), /PDF file, which Kilas cannot open yet/],
    [file('big.txt', 'text/plain', 'a'.repeat(2_100_000)), /too large \(2\.1 MB\).*up to 2 MB/],
    [file('empty.txt', 'text/plain', ''), /has no text in it/],
  ];
  for (const [f, message] of cases) {
    await page.getByTestId('open-file').setInputFiles(f);
    await error.waitFor();
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('[data-testid=file-error]')?.textContent ?? ''), message.source);
    assert.equal(await page.getByTestId('source').inputValue(), DRAFT, `${f.name} leaves the draft alone`);
  }
  await page.screenshot({ path: path.join(SHOTS, 'files-phone-error.png'), fullPage: true });
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(async () => await window.axe.run(document));
  const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target})`), []);
  // A good file afterwards clears the message.
  await page.getByTestId('open-file').setInputFiles(file('ok.txt', 'text/plain', TXT));
  await page.waitForFunction(() => !document.querySelector('[data-testid=file-error]'));
  await context.close();
});
