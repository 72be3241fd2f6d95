// The HTTP API over both back ends (Fastify inject: no sockets): contract shapes, validation errors that name
// the field, body limits, API key, OpenAPI document, static UI with SPA fallback.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { backends, makeArticle } from '../store/helpers.ts';
import { buildServer } from '../../src/server/app.ts';
import type { Store } from '../../src/store/types.ts';

const KEY = 'test-key-123';
const web = mkdtempSync(join(tmpdir(), 'rasad-web-'));
mkdirSync(join(web, 'assets'));
writeFileSync(join(web, 'index.html'), '<!doctype html><title>رصد</title><div id=app></div>');
writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');

const articles = [
  makeArticle({ id: 'srv1', headline: 'دیدار وزیران خارجه ایران و روسیه', agency: 'خبرگزاری فارس', published: '2021-12-05',
    text: 'وزیر امور خارجه ایران با همتای روس خود دیدار کرد.', entities: [{ text: 'ایران', type: 'LOC', ref: 'country:IRN' }, { text: 'روس', type: 'NAT', ref: 'country:RUS' }],
    events: [{ type: 'CONSULT', actor: { text: 'ایران', ref: 'country:IRN' }, target: { text: 'روسیه', ref: 'country:RUS' }, negated: false, score: 4, anchor: 'دیدار کرد' }] }),
  makeArticle({ id: 'srv2', headline: 'بودجه سال آینده', agency: 'خبرگزاری مهر', published: '2021-12-01', text: 'لایحه بودجه به مجلس رسید.' }),
];

after(() => rmSync(web, { recursive: true, force: true }));

for (const b of await backends()) {
  describe(`HTTP API on ${b.name}`, () => {
    let store: Store;
    let app: FastifyInstance;
    before(async () => {
      store = await b.open();
      await store.putArticles(articles);
      app = await buildServer({ store, apiKey: KEY, webDir: web, bodyLimit: 64 * 1024 });
    });
    after(async () => { await app.close(); await store.close(); await b.cleanup(); });
    const get = (url: string) => app.inject({ method: 'GET', url });

    test('GET /api/search returns hits with snippets and facets', async () => {
      const r = await get(`/api/search?q=${encodeURIComponent('دیدار')}&size=5`);
      assert.equal(r.statusCode, 200);
      const body = r.json();
      assert.equal(body.total, 1);
      assert.equal(body.page, 1);
      assert.equal(body.size, 5);
      assert.deepEqual(Object.keys(body.hits[0]).sort(), ['agency', 'headline', 'id', 'published', 'score', 'snippet']);
      const [s, e] = body.hits[0].snippet.highlights[0];
      assert.equal(body.hits[0].snippet.text.slice(s, e), 'دیدار');
      assert.deepEqual(body.facets.agency, [{ value: 'خبرگزاری فارس', count: 1 }]);
      assert.deepEqual(Object.keys(body.facets).sort(), ['agency', 'entity', 'month', 'type']);
    });

    test('invalid parameters give 400 with the field named', async () => {
      for (const [url, field] of [
        ['/api/search?q=x&size=1000', 'size'], ['/api/search?q=x&page=0', 'page'], ['/api/search?q=x&sort=random', 'sort'],
        [`/api/search?q=${'x'.repeat(10_240)}`, 'q'], ['/api/search?q=colour:red', 'q'], ['/api/search?q=from:2021-13-45', 'from'],
        ['/api/relations', 'a'], ['/api/relations?a=country:IRN&from=not-a-date', 'from'], ['/api/network?limit=-3', 'limit'],
        ['/api/trending?window=year', 'window'],
      ] as const) {
        const r = await get(url);
        assert.equal(r.statusCode, 400, url);
        assert.equal(r.json().error.field, field, `${url}: ${r.body}`);
        assert.ok(r.json().error.message.length > 0);
      }
    });

    test('articles, entities, stats, trending, relations, network', async () => {
      const a = await get('/api/articles/srv1');
      assert.equal(a.statusCode, 200);
      assert.equal(a.json().headline, articles[0].headline);
      assert.deepEqual(a.json().duplicates, []);
      assert.equal((await get('/api/articles/nope')).json().error.code, 'not_found');
      const e = await get('/api/entities/country%3AIRN');
      assert.equal(e.statusCode, 200);
      assert.equal(e.json().count, 1);
      assert.equal((await get('/api/entities/country%3AXXX')).statusCode, 404);
      assert.equal((await get('/api/stats')).json().articles, 2);
      assert.equal((await get('/api/trending?window=month')).json().articles.length, 2);
      const rel = (await get('/api/relations?a=country:IRN&b=country:RUS&from=1400/09/01&to=1400/09/30')).json();
      assert.deepEqual(rel.counts, { CONSULT: 1 });
      assert.deepEqual(rel.months, [{ month: '2021-12', count: 1, score: 4 }]);
      assert.equal(rel.events[0].headline, articles[0].headline);
      const none = (await get('/api/relations?a=country:IRN&b=country:RUS&to=2021-01-01')).json();
      assert.deepEqual(none.events, []);
      const net = (await get('/api/network')).json();
      assert.deepEqual(net.edges.map((x: { a: string; b: string }) => [x.a, x.b]), [['country:IRN', 'country:RUS']]);
      assert.equal(net.nodes.length, 2);
    });

    test('POST /api/analyze analyzes without storing; POST /api/articles needs the key and is idempotent', async () => {
      const text = 'نشست خبری سخنگوی دولت\nسخنگوی دولت امروز در نشست خبری درباره بودجه سخن گفت.';
      const an = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text } });
      assert.equal(an.statusCode, 200, an.body);
      assert.ok(an.json().text.includes('بودجه'));
      assert.equal((await store.stats()).articles, 2);
      const noKey = await app.inject({ method: 'POST', url: '/api/articles', payload: { text } });
      assert.equal(noKey.statusCode, 401);
      assert.equal(noKey.json().error.field, 'x-api-key');
      const put = await app.inject({ method: 'POST', url: '/api/articles', payload: { text }, headers: { 'x-api-key': KEY } });
      assert.equal(put.statusCode, 201, put.body);
      assert.equal(put.json().created, true);
      const again = await app.inject({ method: 'POST', url: '/api/articles', payload: { text }, headers: { 'x-api-key': KEY } });
      assert.equal(again.statusCode, 200);
      assert.deepEqual(again.json(), { id: put.json().id, created: false });
      assert.equal((await get(`/api/articles/${put.json().id}`)).statusCode, 200);
    });

    test('bad bodies: empty, unknown shape, not JSON, too large, injection strings', async () => {
      const post = (payload: string | object, type = 'application/json') =>
        app.inject({ method: 'POST', url: '/api/analyze', payload: typeof payload === 'string' ? payload : JSON.stringify(payload), headers: { 'content-type': type } });
      const empty = await post({});
      assert.equal(empty.statusCode, 400);
      assert.equal(empty.json().error.code, 'invalid_request');
      assert.equal((await post({ text: '' })).json().error.field, 'text');
      const notJson = await post('{"text": "بی‌پایان');
      assert.equal(notJson.statusCode, 400);
      assert.equal(notJson.json().error.code, 'invalid_json');
      const wrongType = await post('text=hello', 'application/x-www-form-urlencoded');
      assert.equal(wrongType.statusCode, 415);
      const big = await post({ text: 'ا'.repeat(100 * 1024) });
      assert.equal(big.statusCode, 413);
      assert.equal(big.json().error.code, 'body_too_large');
      const sql = await get(`/api/search?q=${encodeURIComponent("'); DROP TABLE articles; --")}`);
      assert.equal(sql.statusCode, 200);
      assert.equal((await get(`/api/articles/${encodeURIComponent("x' OR '1'='1")}`)).statusCode, 404);
      assert.equal((await store.stats()).articles, 3);
    });

    test('malformed URLs, long ids and over-long request lines keep the error contract', async () => {
      for (const url of ['/api/entities/%', '/api/articles/%E0%A4%A']) {
        const r = await get(url);
        assert.equal(r.statusCode, 400, url);
        assert.equal(r.json().error.code, 'invalid_request', r.body);
        assert.match(r.json().error.message, /malformed URL encoding/);
      }
      const long = await get(`/api/articles/${'a'.repeat(5000)}`);
      assert.equal(long.statusCode, 404);
      assert.equal(long.json().error.field, 'id');
      assert.match(long.json().error.message, /^no article a+…$/);
      assert.ok(long.json().error.message.length < 120, long.body);
      const route = await get(`/api/${'b'.repeat(5000)}`);
      assert.equal(route.statusCode, 404);
      assert.ok(route.json().error.message.length < 130, route.body.slice(0, 300));
    });

    test('a URL over the header size limit gets a 431 with the error contract (real socket)', async () => {
      const server = await buildServer({ store, webDir: null });
      try {
        const address = await server.listen({ port: 0, host: '127.0.0.1' });
        const path = `/api/search?q=${encodeURIComponent('تهران '.repeat(2000))}`;
        const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
          request(`${address}${path}`, (res) => {
            let text = '';
            res.setEncoding('utf8').on('data', (c: string) => { text += c; }).on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          }).on('error', reject).end();
        });
        assert.equal(status, 431);
        const error = JSON.parse(body).error;
        assert.equal(error.code, 'request_too_large');
        assert.match(error.message, /shorten the query/);
      } finally {
        await server.close();
      }
    });

    test('POST /api/analyze: strings only, exactly one document field, control characters dropped, empty text named', async () => {
      const post = (payload: object) => app.inject({ method: 'POST', url: '/api/analyze', payload });
      const num = await post({ text: 5 });
      assert.equal(num.statusCode, 400, num.body);
      assert.equal(num.json().error.field, 'text');
      assert.equal((await post({ html: ['<p>x</p>'] })).json().error.field, 'html');
      const both = await post({ text: 'سلام', html: '<p>سلام</p>' });
      assert.equal(both.statusCode, 400, both.body);
      assert.match(both.json().error.message, /exactly one of text, html or content/);
      const controls = await post({ text: 'سلام\u0000دنیا\u0007' });
      assert.equal(controls.statusCode, 200, controls.body);
      assert.match(controls.json().text, /سلام\s+دنیا/);
      assert.doesNotMatch(controls.json().text, /[\u0000-\u0008]/);
      for (const text of ['   ', '\u0000\u0001']) {
        const blank = await post({ text });
        assert.equal(blank.statusCode, 422, blank.body);
        assert.equal(blank.json().error.field, 'text');
        assert.match(blank.json().error.message, /^text is empty/);
        assert.doesNotMatch(blank.json().error.message, /file|--encoding/);
      }
      const put = await app.inject({ method: 'POST', url: '/api/articles', payload: { content: 'x', text: 'y' }, headers: { 'x-api-key': KEY } });
      assert.equal(put.statusCode, 400);
    });

    test('OpenAPI 3.1 document from the route schemas', async () => {
      const doc = (await get('/api/openapi.json')).json();
      assert.equal(doc.openapi, '3.1.0');
      for (const p of ['/api/search', '/api/articles/{id}', '/api/entities/{ref}', '/api/stats', '/api/trending', '/api/relations', '/api/network', '/api/analyze', '/api/articles']) {
        assert.ok(doc.paths[p], p);
      }
      const size = doc.paths['/api/search'].get.parameters.find((x: { name: string }) => x.name === 'size');
      assert.equal(size.schema.maximum, 100);
    });

    test('web UI: files, SPA fallback, and /api/ never falls back', async () => {
      const js = await get('/assets/app.js');
      assert.equal(js.statusCode, 200);
      assert.match(js.headers['content-type'] as string, /javascript/);
      const deep = await get('/entity/country:IRN');
      assert.equal(deep.statusCode, 200);
      assert.match(deep.body, /<div id=app>/);
      assert.match((await get('/')).body, /<div id=app>/);
      assert.match((await get('/../../etc/passwd')).body, /<div id=app>/);
      assert.equal((await get('/%E0%A4%A')).statusCode, 400);
      const api = await get('/api/nothing');
      assert.equal(api.statusCode, 404);
      assert.equal(api.json().error.code, 'not_found');
    });
  });
}
