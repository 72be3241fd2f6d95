// QA (session 3): the HTTP API as an outside client meets it: bodies that are not a JSON object, typos in
// field names, the wrong content type, pasted links as queries, impossible dates in filters. Every answer
// is a 4xx with the error contract ({ error: { code, message, field? } }) that says what to send instead,
// and nothing is stored by a refused request.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { sqliteBackend, makeArticle } from '../store/helpers.ts';
import { buildServer } from '../../src/server/app.ts';
import type { Store } from '../../src/store/types.ts';

describe('API bad input (QA s3)', () => {
  const backend = sqliteBackend();
  let store: Store;
  let app: FastifyInstance;
  before(async () => {
    store = await backend.open();
    await store.putArticles([makeArticle({ id: 'qa1', headline: 'دیدار وزیران', agency: 'خبرگزاری فارس', published: '2021-12-05', text: 'وزیر امور خارجه ایران با همتای روس خود دیدار کرد.' })]);
    app = await buildServer({ store, apiKey: 'k', webDir: null });
  });
  after(async () => { await app.close(); await store.close(); await backend.cleanup(); });

  const post = (url: string, payload?: string, type?: string) =>
    app.inject({ method: 'POST', url, payload, headers: type ? { 'content-type': type, 'x-api-key': 'k' } : { 'x-api-key': 'k' } });
  const errorOf = (r: { statusCode: number; json(): any }) => {
    assert.ok(r.statusCode >= 400 && r.statusCode < 500, `status ${r.statusCode}`);
    const e = r.json().error;
    assert.equal(typeof e.code, 'string');
    assert.equal(typeof e.message, 'string');
    return e as { code: string; message: string; field?: string };
  };

  test('a body that is not a JSON object says what the body must be', async () => {
    for (const [payload, got] of [['[1,2]', 'an array'], ['null', 'null'], ['5', 'number'], ['"متن"', 'plain text']] as const) {
      for (const url of ['/api/analyze', '/api/articles']) {
        const e = errorOf(await post(url, payload, 'application/json'));
        assert.equal(e.code, 'invalid_request', payload);
        assert.equal(e.field, 'body');
        assert.match(e.message, /JSON object with one of text, html or content/);
        assert.match(e.message, new RegExp(got));
      }
    }
    const empty = errorOf(await post('/api/analyze'));
    assert.match(empty.message, /got an empty body/);
    const plain = errorOf(await post('/api/analyze', 'وزیر امور خارجه گفت', 'text/plain'));
    assert.match(plain.message, /content-type: application\/json; got plain text/);
  });

  test('a typo in a field name is named, not silently dropped', async () => {
    const typo = errorOf(await post('/api/analyze', JSON.stringify({ txt: 'وزیر گفت' }), 'application/json'));
    assert.equal(typo.field, 'txt');
    assert.match(typo.message, /unknown body field "txt"/);
    const extra = errorOf(await post('/api/articles', JSON.stringify({ text: 'وزیر گفت', agency: 'ایرنا' }), 'application/json'));
    assert.equal(extra.field, 'agency');
    const none = errorOf(await post('/api/analyze', '{}', 'application/json'));
    assert.equal(none.field, 'text');
    assert.match(none.message, /give one of text, html or content/);
    assert.equal((await store.stats()).articles, 1); // nothing refused was stored
  });

  test('the wrong content type names the one to use and the one sent', async () => {
    const r = await post('/api/analyze', '<doc/>', 'application/xml');
    assert.equal(r.statusCode, 415);
    const e = errorOf(r);
    assert.match(e.message, /application\/json/);
    assert.match(e.message, /application\/xml/);
  });

  test('a good body with every optional field still works', async () => {
    const r = await post('/api/analyze', JSON.stringify({ content: 'وزیر امور خارجه دیروز گفت.', format: 'text', published: '۱۴۰۰/۰۹/۱۴' }), 'application/json');
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().published, '2021-12-05');
    assert.deepEqual(r.json().dates.map((d: { value: string }) => d.value), ['2021-12-04']);
  });

  test('search: a pasted link is words, not an unknown field; impossible dates are refused by name', async () => {
    const link = await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent('https://www.farsnews.ir/news/14000909000123')}` });
    assert.equal(link.statusCode, 200, link.body);
    assert.equal(link.json().total, 0);
    assert.equal(errorOf(await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent('foo:bar')}` })).field, 'q');
    // 1400 is not a leap year in the Jalali calendar: 30 Esfand 1400 does not exist; 30 Esfand 1399 does
    const leap = errorOf(await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent('from:۱۴۰۰/۱۲/۳۰')}` }));
    assert.equal(leap.field, 'from');
    const ok = await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent('from:۱۳۹۹/۱۲/۳۰')}` });
    assert.equal(ok.statusCode, 200);
    assert.equal(errorOf(await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent('to:2021-02-30')}` })).field, 'to');
    assert.equal(errorOf(await app.inject({ method: 'GET', url: '/api/relations?a=country%3AIRN&from=2021-13-01' })).field, 'from');
    assert.equal(errorOf(await app.inject({ method: 'GET', url: '/api/network?to=%DB%B3%DB%B1%20%D8%A7%D8%B3%D9%81%D9%86%D8%AF%20%DB%B1%DB%B4%DB%B0%DB%B0' })).field, 'to');
    // a range that ends before it starts is an error in relations and network, as it is in search
    for (const url of ['/api/network?from=2012&to=2009', '/api/relations?a=country%3AIRN&from=2021-12-05&to=2021-01-01']) {
      const e = errorOf(await app.inject({ method: 'GET', url }));
      assert.equal(e.field, 'from', url);
      assert.match(e.message, /is after to:/);
    }
    assert.equal((await app.inject({ method: 'GET', url: '/api/network?from=2009&to=2012' })).statusCode, 200);
  });
});

describe('API enum errors list the allowed values (QA s3)', () => {
  const backend = sqliteBackend();
  let store: Store;
  let app: FastifyInstance;
  before(async () => { store = await backend.open(); app = await buildServer({ store, webDir: null }); });
  after(async () => { await app.close(); await store.close(); await backend.cleanup(); });

  test('window=year, sort=foo, format=pdf name the values to use', async () => {
    const trending = (await app.inject({ method: 'GET', url: '/api/trending?window=year' })).json().error;
    assert.equal(trending.field, 'window');
    assert.match(trending.message, /day, week, month/);
    const sort = (await app.inject({ method: 'GET', url: '/api/search?q=x&sort=foo' })).json().error;
    assert.match(sort.message, /relevance, date/);
    const format = (await app.inject({ method: 'POST', url: '/api/analyze', payload: { content: 'متن', format: 'pdf' } })).json().error;
    assert.equal(format.field, 'format');
    assert.match(format.message, /text, html, rss/);
  });
});
