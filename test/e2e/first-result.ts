// Time to first result: how long from asking the browser for /search?q=… until the first hit is on
// screen, over `rasad serve` on an existing store (e.g. the 100k-article benchmark store).
//   node test/e2e/first-result.ts --db data/bench-100k.db [--q ایران] [--runs 7]
// Needs web/dist (npm run build) and Chromium. Prints each run and the median; asserts nothing.
import { parseArgs } from 'node:util';
import { findChromium, launchBrowser } from './browser.ts';
import { serveStore } from './rasad.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, q: { type: 'string', default: 'ایران' }, runs: { type: 'string', default: '7' } } });
if (!values.db) throw new Error('usage: node test/e2e/first-result.ts --db STORE.db [--q QUERY] [--runs N]');
const chromium = findChromium();
if (!chromium) throw new Error('Chromium not found: install Debian chromium or set RASAD_CHROMIUM');

const server = await serveStore(values.db);
const browser = await launchBrowser(chromium);
try {
  const times: number[] = [];
  const api: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const page = await browser.context.newPage();
    const t0 = Date.now();
    await page.goto(server.url + '/search?q=' + encodeURIComponent(values.q!));
    await page.locator('.hit, .message.error').first().waitFor({ timeout: 120_000 });
    const total = Date.now() - t0;
    // The search request alone, as the browser saw it.
    const apiMs = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/search')).map((e) => e.duration)[0] ?? NaN);
    const hits = await page.locator('.hit').count();
    console.log(`run ${i + 1}: first result ${total} ms (API ${Math.round(apiMs)} ms, ${hits} hits shown)${i === 0 ? ' [cold]' : ''}`);
    times.push(total); api.push(apiMs);
    await page.close();
  }
  const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`median time to first result: ${median(times)} ms; median /api/search: ${Math.round(median(api))} ms (query «${values.q}», store ${values.db})`);
} finally {
  await browser.close();
  await server.close();
}
