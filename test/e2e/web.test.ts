// End-to-end: the built web UI (web/dist) served by `rasad serve` over a store filled by `rasad ingest`,
// driven in Debian's headless Chromium. CI runs `npm run build` first; this test builds nothing.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { findChromium, launchBrowser } from './browser.ts';
import { repoRoot, startRasad } from './rasad.ts';

const dist = join(repoRoot, 'web/dist');
const artifacts = join(repoRoot, 'test-artifacts/e2e');
const chromiumPath = findChromium();
const inCI = process.env.CI === 'true' || process.env.CI === '1';

function missing(): string | null {
  if (!existsSync(join(dist, 'index.html'))) return 'web/dist is missing: run `npm run build` before the e2e tests';
  if (!chromiumPath) return 'Chromium not found: install Debian chromium or set RASAD_CHROMIUM';
  return null;
}

const why = missing();
if (why && inCI) {
  test('web UI end-to-end prerequisites', () => assert.fail(why));
}

describe('web UI in Chromium', { skip: why && !inCI ? why : false }, () => {
  let server: { url: string; close(): Promise<void> };
  let browser: { context: BrowserContext; close(): Promise<void> };

  before(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await startRasad();
    browser = await launchBrowser(chromiumPath!);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    (page as Page & { jsErrors?: string[] }).jsErrors = errors;
    await page.goto(server.url + path);
    return page;
  }
  // '.message:not(.loading)': a page's outcome (the loading notice shares the .message box).
  const shot = (page: Page, name: string) => page.screenshot({ path: join(artifacts, name + '.png'), fullPage: true });
  const jsErrors = (page: Page) => (page as Page & { jsErrors?: string[] }).jsErrors ?? [];

  test('the document is Persian, right-to-left, with the bundled font', async () => {
    const page = await open('/');
    await page.waitForURL(/\/search$/);
    assert.equal(await page.getAttribute('html', 'lang'), 'fa');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await page.evaluate(() => document.fonts.ready);
    assert.ok(await page.evaluate(() => document.fonts.check('16px Vazirmatn', 'رصد')), 'Vazirmatn is loaded from the app itself');
    assert.match(await page.locator('main').innerText(), /عبارتی برای جستجو بنویسید/);
    await shot(page, '01-search-empty');

    // Keyboard: the first Tab reaches the skip link, which takes focus to the content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'پرش به محتوای اصلی', await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? ''));
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.close();
  });

  test('search → open an article → click an entity', async (t) => {
    const page = await open('/search');
    await page.fill('#q', 'ایران');
    const started = Date.now();
    await page.press('#q', 'Enter');
    await page.waitForURL(/\/search\?q=/);
    await page.locator('.hit').first().waitFor();
    t.diagnostic(`time to first result (search "ایران", from submit to first hit shown): ${Date.now() - started} ms`);
    assert.match(await page.locator('.results-bar').innerText(), /[۰-۹]+ خبر/, 'hit count in Persian digits');
    assert.ok(await page.locator('.hit mark').count() > 0, 'snippets mark the matched words');
    assert.equal(await page.locator('.hit time:not([title])').count(), 0, 'every date carries the Gregorian date as a title');
    await shot(page, '02-search-results');

    // The URL is the state: reloading shows the same results.
    await page.reload();
    await page.locator('.hit').first().waitFor();

    await page.locator('.hit h2 a').first().click();
    await page.waitForURL(/\/article\//);
    await page.locator('.article-body').waitFor();
    assert.ok((await page.locator('.article h1').innerText()).length > 0);
    await shot(page, '03-article');

    const entity = page.locator('.article-body a.ent').first();
    assert.ok(await entity.count() > 0, 'the body links at least one entity');
    await entity.click();
    await page.waitForURL(/\/entity\//);
    await page.locator('.entity-page h1, .message:not(.loading)').first().waitFor();
    await shot(page, '04-entity');
    assert.equal(await page.locator('.entity-page h1').count(), 1, await page.locator('main').innerText());
    assert.deepEqual(jsErrors(page), []);
    await page.close();
  });

  test('analyze a pasted text without storing it, then store it', async () => {
    const page = await open('/analyze');
    await page.fill('#analyze-text', 'به گزارش خبرگزاری مهر، محمدجواد ظریف وزیر امور خارجه ایران روز دوشنبه در مسکو با سرگئی لاوروف دیدار کرد. او گفت: «روابط دو کشور راهبردی است.»');
    await page.getByRole('button', { name: 'تحلیل کن' }).click();
    await page.locator('.article-body').waitFor();
    assert.match(await page.locator('.article-body').innerText(), /لاوروف/);
    assert.match(await page.locator('.store-bar').innerText(), /[۰-۹]+ موجودیت/);
    await shot(page, '05-analyze');
    await page.getByRole('button', { name: 'ذخیره در پایگاه' }).click();
    await page.locator('.store-bar [role=status] a').waitFor();
    assert.match(await page.locator('.store-bar [role=status]').innerText(), /ذخیره/);
    await page.close();
  });

  test('analyze an uploaded agency page (HTML read by the server, never injected)', async () => {
    const page = await open('/analyze');
    await page.setInputFiles('input[type=file]', join(repoRoot, 'samples/html/mehr-foreign-ministry.html'));
    await page.locator('.analyze-page .muted bdi').waitFor();
    await page.getByRole('button', { name: 'تحلیل کن' }).click();
    await page.locator('.article h1').waitFor();
    assert.match(await page.locator('.article h1').innerText(), /کنعانی/);
    assert.equal(await page.locator('.article script, .article nav').count(), 0, 'page markup is not carried into the view');
    await shot(page, '05b-analyze-upload');
    await page.close();
  });

  test('a link to a span (#s-START-END) marks that text in the article', async () => {
    const found = await (await fetch(server.url + '/api/search?q=' + encodeURIComponent('ایران'))).json() as { hits: { id: string }[] };
    assert.ok(found.hits.length > 0, 'the sample store has an article about Iran');
    const article = await (await fetch(server.url + '/api/articles/' + found.hits[0].id)).json() as { text: string };
    const page = await open(`/article/${found.hits[0].id}#s-10-60`);
    const mark = page.locator('.article-body mark.target');
    await mark.waitFor();
    assert.equal(await mark.textContent(), article.text.slice(10, 60));
    await shot(page, '03b-article-span');
    await page.close();
  });

  test('an unknown article id shows a Persian message', async () => {
    const page = await open('/article/no-such-article-0000');
    await page.locator('.message.error').waitFor();
    assert.match(await page.locator('.message.error').innerText(), /خبری با این شناسه پیدا نشد/);
    await shot(page, '06-unknown-article');
    await page.close();
  });

  test('a query of stopwords only never leaves a blank page', async () => {
    const page = await open('/search?q=' + encodeURIComponent('از به که'));
    await page.locator('.hit, .message:not(.loading)').first().waitFor();
    // Either matches with the words marked, or a Persian message saying why there are none.
    const marked = await page.locator('.hit mark').count();
    const message = await page.locator('.message:not(.loading)').count() ? await page.locator('.message:not(.loading)').first().innerText() : '';
    assert.ok(marked > 0 || /خبری پیدا نشد|جستجو نمی‌شوند|درخواست نادرست/.test(message), `hits with marks or a message (got: ${message})`);
    await shot(page, '07-stopwords');
    await page.close();
  });

  test('a malformed query is explained in Persian', async () => {
    const page = await open('/search?q=' + encodeURIComponent('ایران type:XYZ'));
    await page.locator('.message.error').waitFor();
    assert.match(await page.locator('.message.error').innerText(), /این پرسش را نمی‌توان خواند/);
    await page.close();
  });

  test('with the API down the page says so in Persian', async () => {
    const page = await browser.context.newPage();
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto(server.url + '/search?q=' + encodeURIComponent('ایران'));
    await page.locator('.message.error').waitFor();
    assert.match(await page.locator('.message.error').innerText(), /ارتباط با سرور رصد برقرار نشد/);
    await shot(page, '08-api-down');
    await page.close();
  });

  test('an answer of an unexpected shape shows a message, not a blank screen', async () => {
    const page = await browser.context.newPage();
    await page.route('**/api/articles/broken', (route) => route.fulfill({ json: { id: 'broken', text: 5, entities: 'x', quotes: null } }));
    await page.goto(server.url + '/article/broken');
    await page.locator('.message.error').waitFor();
    assert.match(await page.locator('.message.error').innerText(), /نمایش این صفحه با خطا روبه‌رو شد/);
    // Moving on works: the next page renders normally.
    await page.locator('.site-header a[href="/dashboard"]').click();
    await page.locator('.stat-cards').waitFor();
    await page.close();
  });

  test('pagination and sort live in the URL', async () => {
    const page = await browser.context.newPage();
    const asked: string[] = [];
    await page.route('**/api/search?**', (route) => {
      const u = new URL(route.request().url());
      asked.push(`${u.searchParams.get('page')}/${u.searchParams.get('sort')}`);
      const p = Number(u.searchParams.get('page'));
      route.fulfill({ json: { query: 'x', total: 95, page: p, size: 20, facets: {},
        hits: [{ id: 'h' + p, headline: 'خبر صفحهٔ ' + p, agency: null, published: '2021-12-06', score: 1, snippet: { text: 'متن', highlights: [] } }] } });
    });
    await page.goto(server.url + '/search?q=x');
    await page.locator('.pager').waitFor();
    assert.match(await page.locator('.pager').innerText(), /۵/, 'five pages, in Persian digits');
    await page.locator('.pager a[rel=next]').click();
    await page.waitForURL(/page=2/);
    await page.locator('.hit h2', { hasText: 'خبر صفحهٔ 2' }).waitFor();
    await page.selectOption('.results-bar select', 'date');
    await page.waitForURL(/sort=date/);
    // wait for page 1's hit: page 2's is still on screen until the date-sorted answer arrives
    await page.locator('.hit h2', { hasText: 'خبر صفحهٔ 1' }).waitFor();
    assert.deepEqual(asked, ['1/relevance', '2/relevance', '1/date']);
    await page.close();
  });

  test('text from articles is shown as text, never parsed as HTML', async () => {
    const page = await browser.context.newPage();
    const evil = '<img src=x onerror="window.__pwned=1">';
    await page.route('**/api/search?**', (route) => route.fulfill({ json: {
      query: 'x', total: 1, page: 1, size: 20, facets: {},
      hits: [{ id: 'evil', headline: evil, agency: evil, published: null, score: 1, snippet: { text: evil + ' ایران', highlights: [[evil.length + 1, evil.length + 6]] } }],
    } }));
    await page.goto(server.url + '/search?q=x');
    await page.locator('.hit').waitFor();
    assert.equal(await page.locator('.hit img').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.match(await page.locator('.hit h2').innerText(), /<img/);
    await page.close();
  });

  test('dashboard, relations, network and a phone-sized search render', async () => {
    const page = await open('/dashboard');
    await page.locator('.stat-cards, .message.error').first().waitFor();
    assert.equal(await page.locator('.stat-cards').count(), 1, await page.locator('main').innerText());
    await page.locator('.dashboard .columns, .dashboard .message:not(.loading)').last().waitFor();
    await shot(page, '09-dashboard');

    // The strongest dyad of the sample store: its timeline, and an event's link to its sentence.
    // (How many events the samples yield depends on the event extractor; with none, the page must say so.)
    const net = await (await fetch(server.url + '/api/network')).json() as { edges: { a: string; b: string; count: number }[] };
    const top = net.edges.slice().sort((x, y) => y.count - x.count)[0] ?? { a: 'country:IRN', b: 'country:RUS' };
    await page.goto(server.url + '/relations?' + new URLSearchParams({ a: top.a, b: top.b }));
    if (net.edges.length) {
      await page.locator('.relations-page .evidence li').first().waitFor();
      await shot(page, '10-relations');
      await page.locator('.relations-page .evidence li a').first().click();
      await page.waitForURL(/\/article\/[^#]+#s-\d+-\d+$/);
      await page.locator('.article-body mark.target').waitFor();
      await shot(page, '10b-relation-evidence-in-article');
    } else {
      await page.locator('.relations-page .message:not(.loading)').waitFor();
      assert.match(await page.locator('.relations-page .message:not(.loading)').innerText(), /رویدادی ثبت نشده است/);
      await shot(page, '10-relations');
    }

    await page.goto(server.url + '/network');
    await page.locator('.network-canvas canvas, .network-page .message:not(.loading)').first().waitFor();
    await shot(page, '11-network');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.url + '/search?q=' + encodeURIComponent('ایران'));
    await page.locator('.hit, .message:not(.loading)').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no horizontal scroll on a phone (overflow ${overflow}px)`);
    await shot(page, '12-search-phone');

    // A very long Persian word and a long Latin URL in user text wrap instead of widening the page.
    await page.goto(server.url + '/analyze');
    await page.fill('#analyze-text', 'خبرگزاری ' + 'ناهمگون‌سازی'.repeat(30) + ' https://example.com/' + 'a'.repeat(200) + ' ایران');
    await page.getByRole('button', { name: 'تحلیل کن' }).click();
    await page.locator('.article-body, .message.error').first().waitFor();
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(wide <= 1, `long words wrap on a phone (overflow ${wide}px)`);
    await shot(page, '13-analyze-long-words-phone');
    assert.deepEqual(jsErrors(page), []);
    await page.close();
  });
});
