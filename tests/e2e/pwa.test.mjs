// The offline, install and privacy promises, end to end against the release build in dist/:
// first visit → offline reload → analysis without a server → a new build offers
// "Update available — reload" → after the reload only the new cache is left and the draft is
// still there. Also the app from a sub-path (/kilas/), installability, the CSP and that no
// request ever leaves the app's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, serve } from './server.mjs';
import { chromium } from 'playwright-core';
import { launch, recordRequests } from './browser.mjs';

const DIST = path.join(ROOT, 'dist');
const SHOTS = path.join(ROOT, 'target/e2e');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'tests/samples/police-fraud.txt'), 'utf8');
const DRAFT = 'Rapat koordinasi digelar di Makassar.';
let browser, tmp;

const swVersion = (dir) => fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const VERSION = "([0-9a-f]+)"/)[1];
const cacheNames = (page) => page.evaluate(() => caches.keys());
const waitForControl = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });

// Console errors and CSP violations: the page must need nothing the policy forbids.
function watchProblems(page) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  return problems;
}

before(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kilas-pwa-'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('dist/ is a complete PWA build: generated sw.js lists every file, manifest and icons', () => {
  const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const listed = JSON.parse(sw.match(/const FILES = (\[[\s\S]*?\]);/)[1]).map((f) => f.replace(/^\.\//, '')).sort();
  const onDisk = fs.readdirSync(DIST, { recursive: true })
    .filter((f) => fs.statSync(path.join(DIST, f)).isFile() && f !== 'sw.js' && !f.endsWith('.br') && !f.split('/').some((p) => p.startsWith('.')))
    .sort();
  assert.deepEqual(listed, onDisk, 'sw.js precaches exactly the files of dist/');
  assert.match(swVersion(DIST), /^[0-9a-f]{16}$/);
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.display, 'standalone');
  for (const icon of [...manifest.icons, ...manifest.screenshots]) {
    assert.ok(fs.existsSync(path.join(DIST, icon.src)), `${icon.src} is in dist/`);
  }
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline scripts');
  assert.match(html, /http-equiv="Content-Security-Policy"/);
});

test('works offline after the first visit, then offers a new build and drops the old cache', async () => {
  let server = await serve(DIST);
  const origin = new URL(server.url).origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // The context also sees the service worker's own requests (the precache).
  const foreign = recordRequests(context, origin);
  const page = await context.newPage();
  const problems = watchProblems(page);
  try {
    await page.goto(server.url);
    await waitForControl(page);
    const v1 = swVersion(DIST);
    assert.deepEqual((await cacheNames(page)).map((k) => k.split(':').pop()), [v1]);
    await page.getByTestId('network').filter({ hasText: 'works offline' }).waitFor();
    assert.deepEqual(problems, [], 'no console errors or CSP violations online');

    // The server is gone: the reload and the analysis come from the service worker alone.
    await server.stop();
    await assert.rejects(fetch(server.url), 'the server is really down');
    await page.reload();
    await page.getByTestId('source').fill(SAMPLE);
    await page.waitForSelector('[data-testid=row]');
    assert.ok(await page.getByTestId('row').count() >= 5, 'offline analysis gives rows');
    await page.screenshot({ path: path.join(SHOTS, 'pwa-offline.png') });
    // The indicator follows the browser's network state.
    await context.setOffline(true);
    await page.getByTestId('network').and(page.locator('[data-state=offline]')).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'pwa-offline-indicator.png') });
    await context.setOffline(false);
    await page.getByTestId('network').and(page.locator('[data-state=online]')).waitFor();
    await page.getByTestId('source').fill(DRAFT);
    await page.waitForSelector('[data-testid=row]');

    // A new build on the same origin: index.html changed, post_build.py regenerates sw.js.
    const next = path.join(tmp, 'next');
    fs.cpSync(DIST, next, { recursive: true });
    const index = path.join(next, 'index.html');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('</head>', '<meta name="kilas-build" content="next" /></head>'));
    execFileSync('python3', [path.join(ROOT, 'scripts/post_build.py'), next]);
    const v2 = swVersion(next);
    assert.notEqual(v2, v1, 'a changed file is a new cache version');
    server = await serve(next, server.port);

    // The browser checks sw.js on navigation; the page stays on the old build until asked.
    await page.reload();
    const update = page.getByTestId('update');
    await update.waitFor({ timeout: 30000 });
    assert.equal((await update.textContent()).trim(), 'Update available — reload');
    assert.equal(await page.locator('meta[name=kilas-build]').count(), 0, 'still the old build');
    assert.equal(await page.getByTestId('source').inputValue(), DRAFT);
    await page.screenshot({ path: path.join(SHOTS, 'pwa-update.png') });
    await Promise.all([page.waitForEvent('load'), update.click()]);

    await page.locator('meta[name=kilas-build]').waitFor({ state: 'attached' });
    await page.waitForFunction((v) => caches.keys().then((k) => k.length === 1 && k[0].endsWith(`:${v}`)), v2);
    assert.deepEqual((await cacheNames(page)).map((k) => k.split(':').pop()), [v2], 'only the new cache is left');
    assert.equal(await page.getByTestId('source').inputValue(), DRAFT, 'the draft survives the update');
    await page.waitForSelector('[data-testid=row]');
    assert.ok(await update.isHidden());
    assert.deepEqual(foreign, [], 'no request leaves the app origin');
  } finally {
    await context.close();
    await server.stop();
  }
});

test('works from a sub-path (/kilas/), is installable there, and offers Install', async () => {
  const parent = path.join(tmp, 'host');
  fs.cpSync(DIST, path.join(parent, 'kilas'), { recursive: true });
  const server = await serve(parent);
  const url = `${server.url}kilas/`;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const foreign = recordRequests(context, new URL(server.url).origin);
  const page = await context.newPage();
  const problems = watchProblems(page);
  try {
    await page.goto(url);
    await waitForControl(page);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope)), url);
    await page.getByTestId('source').fill(SAMPLE);
    await page.waitForSelector('[data-testid=row]');

    // Chrome's own installability verdict (manifest, icons, service worker, scope).
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, [], 'the manifest parses cleanly');
    assert.equal(manifest.url, `${url}manifest.webmanifest`);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's contexts are incognito-like; that is the only error allowed.
    const errs = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
    assert.deepEqual(errs, [], 'installable');

    // Install: the button appears only when the browser offers the prompt, and shows it.
    const install = page.getByTestId('install');
    assert.ok(await install.isHidden());
    await page.evaluate(() => {
      const e = new Event('beforeinstallprompt', { cancelable: true });
      e.prompt = () => { window.promptShown = true; };
      e.userChoice = Promise.resolve({ outcome: 'dismissed' });
      window.dispatchEvent(e);
    });
    await install.waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'pwa-subpath-install.png') });
    await install.click();
    assert.equal(await page.evaluate(() => window.promptShown), true);
    await install.waitFor({ state: 'hidden' });

    // Offline at the sub-path too, including a deep link (navigation fallback to the shell).
    await server.stop();
    await page.goto(`${url}some/deep/link?x=1`);
    await page.getByTestId('source').waitFor();
    assert.deepEqual(problems, [], 'no console errors or CSP violations');
    assert.deepEqual(foreign, [], 'no request leaves the app origin');
  } finally {
    await context.close();
    await server.stop();
  }
});

test('the served Content-Security-Policy forbids inline scripts and other origins', async () => {
  const server = await serve(DIST);
  try {
    const res = await fetch(server.url);
    const csp = res.headers.get('content-security-policy');
    for (const d of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "frame-ancestors 'none'"]) {
      assert.ok(csp.includes(d), `CSP has ${d}`);
    }
    assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
    const page = await browser.newPage();
    const violations = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await page.goto(server.url);
    await page.getByTestId('source').waitFor();
    // An injected inline script must not run.
    const ran = await page.evaluate(() => new Promise((resolve) => {
      window.inlineRan = false;
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.append(s);
      setTimeout(() => resolve(window.inlineRan), 100);
    }));
    assert.equal(ran, false, 'inline script blocked');
    assert.ok(violations.length >= 1, 'the browser reported the blocked inline script');
    await page.close();
  } finally {
    await server.stop();
  }
});

test('a normal (not incognito) profile finds the app installable with no error at all', async () => {
  const parent = path.join(tmp, 'host2');
  fs.cpSync(DIST, path.join(parent, 'kilas'), { recursive: true });
  const server = await serve(parent);
  const url = `${server.url}kilas/`;
  // The flags of browser.mjs, in a persistent profile (installing needs one).
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  const foreign = recordRequests(context, new URL(server.url).origin);
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(url);
    await waitForControl(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'installable');
    assert.deepEqual(foreign, [], 'no request leaves the app origin');
  } finally {
    await context.close();
    await server.stop();
  }
});
