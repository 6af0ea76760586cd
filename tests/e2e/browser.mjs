// Debian's headless Chromium through playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';

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
