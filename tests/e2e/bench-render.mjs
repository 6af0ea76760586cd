// Long-document drawing: long tasks on the main thread while 450 rows are drawn (`node tests/e2e/bench-render.mjs [dist]`
// after `trunk build --release`). Figures go to docs/PERFORMANCE.md; nothing here is asserted.
import { serve } from './server.mjs';
import { launch, DESKTOP } from './browser.mjs';
import { LONG } from './long-text.mjs';
const server = await serve(process.argv[2] || 'dist', 0);
const browser = await launch();
for (let run = 0; run < 3; run++) {
  const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await page.addInitScript(() => {
    window.__tasks = []; window.__ans = [];
    const Native = window.Worker;
    window.Worker = function (url, options) { const w = new Native(url, options);
      w.addEventListener('message', (e) => { if (e.data !== 'ready') window.__ans.push(Math.round(performance.now())); }); return w; };
    window.__rows = [];
    const tick = () => { const n = document.getElementsByClassName('row').length; const l = window.__rows[window.__rows.length - 1]; if (n && (!l || l[1] !== n)) window.__rows.push([Math.round(performance.now()), n]); requestAnimationFrame(tick); }; requestAnimationFrame(tick);
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(server.url);
  await page.getByTestId('source').waitFor();
  await page.waitForTimeout(500);
  const t0 = await page.evaluate(() => performance.now());
  await page.getByTestId('source').fill(LONG);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=row]').length >= 450 && !document.querySelector('.busy'), null, { timeout: 60000 });
  const t1 = await page.evaluate(() => performance.now());
  await page.waitForTimeout(300);
  console.log("nodes", await page.evaluate(() => document.getElementsByTagName("*").length), "tooltips", await page.evaluate(() => document.querySelectorAll("[data-testid=tooltip]").length));
  const tasks = await page.evaluate((t0) => window.__tasks.filter((t) => t[0] >= t0).map((t) => [t[0] - Math.round(t0), t[1]]), t0);
  const ans = await page.evaluate((t0) => window.__ans.map((a) => a - Math.round(t0)), t0);
  const rows = await page.evaluate((t0) => { const r = window.__rows; return [r[0], r[r.length - 1]].map((x) => [x[0] - Math.round(t0), x[1]]); }, t0);
  console.log(`run ${run}: all rows after ${Math.round(t1 - t0)} ms; long tasks [start,dur] ${JSON.stringify(tasks)} answers ${ans} rows ${JSON.stringify(rows)}`);
  await page.context().close();
}
await browser.close();
await server.stop();
