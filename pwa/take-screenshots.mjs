// Take the manifest's install-dialog screenshots from the built app (dist/):
//   node pwa/take-screenshots.mjs   (after `trunk build --release`; then rebuild to copy them)
// Small JPEGs at the exact sizes the manifest declares, light theme, a sample article pasted.
import fs from 'node:fs';
import path from 'node:path';
import { serve, ROOT } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const OUT = path.join(ROOT, 'pwa/screenshots');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'tests/samples/police-fraud.txt'), 'utf8');
const server = await serve();
const browser = await launch();
try {
  for (const [name, width, height] of [['wide', 1280, 800], ['narrow', 390, 844]]) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: 'light', serviceWorkers: 'block' });
    await page.goto(server.url);
    await page.getByTestId('source').fill(SAMPLE);
    await page.waitForSelector('[data-testid=row]');
    await page.evaluate(() => document.getElementById('pwa-bar')?.remove());
    await page.evaluate(() => document.activeElement?.blur());
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, `${name}.jpg`), type: 'jpeg', quality: 60 });
    // A lossless copy to look at (target/ is not committed).
    fs.mkdirSync(path.join(ROOT, 'target/e2e'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'target/e2e', `manifest-${name}.png`) });
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
