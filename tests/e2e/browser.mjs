// Debian's headless Chromium through playwright-core (never a downloaded browser).
import { before, after } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, ROOT } from './server.mjs';

export const SHOTS = path.join(ROOT, 'target/e2e');
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

// The release build served and a browser started before a test file's tests, both stopped after
// them: `const env = useServerAndBrowser();` then `env.server.url`, `env.browser.newContext()`.
export function useServerAndBrowser() {
  const env = { server: null, browser: null };
  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

// Record every request a page makes; the test fails on any that leaves the app's origin.
export function recordRequests(page, origin) {
  const foreign = [];
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.origin !== origin && !['data:', 'blob:'].includes(u.protocol)) foreign.push(req.url());
  });
  return foreign;
}
