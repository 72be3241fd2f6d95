// Ingest: bad documents are set aside with their reason and the batch goes on; feed-URL lists are fetched
// with errors per URL; re-ingesting changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backends } from '../store/helpers.ts';
import { ingest } from '../../src/store/ingest.ts';
import { feedUrls, readFeedList } from '../../src/store/readers.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>خبرگزاری نمونه</title>
<item><title>دیدار وزیران</title><link>https://example.org/1</link><pubDate>Sun, 05 Dec 2021 10:00:00 GMT</pubDate>
<description>وزیر امور خارجه با همتای خود در تهران دیدار و گفتگو کرد و دو طرف بر گسترش روابط تاکید کردند.</description></item>
</channel></rss>`;

const fakeFetch = (async (url: string | URL | Request) => {
  const u = String(url);
  if (u.endsWith('/feed.xml')) return new Response(RSS, { status: 200, headers: { 'content-type': 'application/rss+xml' } });
  if (u.endsWith('/down')) throw new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') });
  return new Response('missing', { status: 404, statusText: 'Not Found' });
}) as typeof fetch;

for (const b of await backends()) {
  test(`ingest on ${b.name}: good and bad documents, feed lists, idempotent`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasad-ingest-'));
    const list = `${dir}.feeds`;
    const store = await b.open();
    try {
      writeFileSync(join(dir, 'a.txt'), 'افتتاح پروژه‌های عمرانی در سمنان\nبه گزارش خبرگزاری مهر، استاندار سمنان امروز چند پروژه عمرانی را افتتاح کرد.');
      writeFileSync(join(dir, 'empty.txt'), '');
      writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
      writeFileSync(join(dir, 'b.jsonl'), '{"title":"خبر دوم","body":"متن خبر دوم درباره بودجه سال آینده است."}\n{not json}\n');
      writeFileSync(list, '# feeds\nhttps://news.example/feed.xml\nhttps://news.example/gone\nhttps://news.example/down\n');
      assert.deepEqual(await feedUrls(list), ['https://news.example/feed.xml', 'https://news.example/gone', 'https://news.example/down']);
      assert.equal(await feedUrls(join(dir, 'a.txt')), null);
      // a stray line in a feed list is reported by line number, never ingested as an article
      const strayList = join(dir, 'stray.feeds');
      writeFileSync(strayList, 'https://news.example/feed.xml\nnot a url\nhttps://news.example/gone\n');
      assert.deepEqual(await feedUrls(strayList), ['https://news.example/feed.xml', 'https://news.example/gone']);
      assert.deepEqual((await readFeedList(strayList))?.strays, [{ line: 2, text: 'not a url' }]);
      rmSync(strayList);

      const first = await ingest(store, [dir, list, join(dir, 'a.txt')], { workers: 1, batchSize: 2, fetch: fakeFetch });
      assert.equal(first.created, 3, JSON.stringify(first));
      assert.equal(first.skipped, 1); // a.txt twice
      // the analysis worker reports its own CPU time, so an ingest can tell analysis from the writing thread
      assert.ok(first.pool && first.pool.workerCpuSeconds > 0 && first.pool.workerWaitSeconds >= 0, JSON.stringify(first.pool));
      const rejected = await store.rejected();
      const origins = rejected.map((r) => r.origin ?? '');
      assert.ok(origins.some((o) => o.endsWith('empty.txt')), JSON.stringify(rejected));
      assert.ok(origins.some((o) => o.endsWith('binary.txt')));
      assert.ok(origins.some((o) => o.includes('b.jsonl')));
      assert.ok(rejected.some((r) => r.origin === 'https://news.example/gone' && /404/.test(r.reason)));
      assert.ok(rejected.some((r) => r.origin === 'https://news.example/down' && /ECONNREFUSED/.test(r.reason)));
      const rejectedCount = rejected.length;

      const again = await ingest(store, [dir], { workers: 0, fetch: fakeFetch });
      assert.equal(again.created, 0);
      assert.equal(again.pool, undefined, 'no pool when analysis runs on the main thread');
      assert.equal(await store.count(), 3);
      assert.equal((await store.rejected()).length, rejectedCount, 'rejections are not repeated');
    } finally {
      await store.close();
      await b.cleanup();
      rmSync(dir, { recursive: true, force: true });
      rmSync(list, { force: true });
    }
  });
}
