// One suite, both back ends: SQLite (temp file) and PostgreSQL (RASAD_TEST_DATABASE_URL; required in CI).
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends, makeArticle } from './helpers.ts';
import { insertArticle } from '../../src/store/rows.ts';
import { SqlStore } from '../../src/store/store.ts';
import { LATEST_VERSION } from '../../src/store/index.ts';

const IRAN = { text: 'ایران', type: 'LOC' as const, ref: 'country:IRN' };
const RUSSIA = { text: 'روسیه', type: 'LOC' as const, ref: 'country:RUS' };

function corpus() {
  return [
    makeArticle({
      headline: 'دیدار وزیران خارجه ایران و روسیه', agency: 'خبرگزاری فارس', published: '2021-12-05',
      text: 'وزیر امور خارجه ایران در مسکو با همتای روس خود دیدار کرد. دو طرف بر گسترش همکاری تاکید کردند.',
      entities: [IRAN, RUSSIA, { text: 'مسکو', type: 'LOC' }],
      events: [{ type: 'CONSULT', mode: 'visit', actor: { text: 'ایران', ref: 'country:IRN' }, target: { text: 'روسیه', ref: 'country:RUS' }, negated: false, score: 4, anchor: 'دیدار کرد' }],
      quotes: [{ speaker: 'وزیر امور خارجه', ref: 'country:IRN', verb: 'گفت', text: 'همکاری ادامه دارد' }],
    }),
    makeArticle({
      headline: 'انتقاد ایران از تحریم‌ها', agency: 'خبرگزاری مهر', published: '2021-11-20',
      text: 'ایران تحریم های جدید را محکوم کرد و گفت این اقدام غیرقانونی است.',
      entities: [IRAN],
      events: [{ type: 'ACCUSE', actor: { text: 'ایران', ref: 'country:IRN' }, target: { text: 'آمریکا', ref: 'country:USA' }, negated: false, score: -3, anchor: 'محکوم کرد' }],
    }),
    makeArticle({
      headline: 'امضای توافق اقتصادی', agency: 'ایرنا', published: '2021-12-20',
      text: 'روسیه و ایران یک توافق اقتصادی امضا کردند.',
      entities: [RUSSIA, IRAN],
      events: [{ type: 'COOPERATE', actor: { text: 'روسیه', ref: 'country:RUS' }, target: { text: 'ایران', ref: 'country:IRN' }, negated: false, score: 6, anchor: 'امضا کردند' }],
    }),
  ];
}

for (const b of await backends()) {
  describe(`store on ${b.name}`, () => {
    after(() => b.cleanup());

    test('stores a batch, reads an article back, and re-storing changes nothing', async () => {
      const store = await b.open();
      try {
        const arts = corpus();
        const first = await store.putArticles(arts);
        assert.deepEqual(first.map((r) => r.created), [true, true, true]);
        const again = await store.putArticles(arts);
        assert.deepEqual(again.map((r) => r.created), [false, false, false]);
        assert.equal(await store.count(), 3);
        const got = await store.getArticle(arts[0].id);
        assert.ok(got);
        assert.equal(got.headline, arts[0].headline);
        assert.deepEqual(got.entities, arts[0].entities);
        assert.deepEqual(got.duplicates, []);
        assert.equal(await store.getArticle('nope'), null);
        assert.deepEqual(await store.existing([arts[1].id, 'nope']), new Set([arts[1].id]));
      } finally { await store.close(); }
    });

    test('stats, entity page, trending', async () => {
      const store = await b.open();
      try {
        const s = await store.stats();
        assert.equal(s.articles, 3);
        assert.equal(s.events, 3);
        assert.equal(s.quotes, 1);
        assert.equal(s.newest, '2021-12-20');
        assert.equal(s.oldest, '2021-11-20');
        assert.equal(s.agencies.length, 3);
        const e = await store.entity('country:IRN');
        assert.ok(e);
        assert.equal(e.count, 3);
        assert.equal(e.name, 'ایران');
        assert.deepEqual(e.timeline, [{ month: '2021-11', count: 1 }, { month: '2021-12', count: 2 }]);
        assert.deepEqual(e.cooccurring.find((c) => c.ref === 'country:RUS')?.count, 2);
        assert.equal(e.quotes.length, 1);
        assert.equal(e.articles[0].published, '2021-12-20');
        const rus = e.relations.find((r) => r.ref === 'country:RUS');
        assert.deepEqual(rus && { count: rus.count, score: rus.score }, { count: 2, score: 10 });
        assert.equal(await store.entity('country:NOPE'), null);
        // An actor only seen in events still has a page.
        assert.equal((await store.entity('country:USA'))?.relations[0].ref, 'country:IRN');
        const t = await store.trending('week');
        assert.equal(t.until, '2021-12-21');
        assert.deepEqual(t.articles.map((a) => a.published), ['2021-12-20']);
        const m = await store.trending('month');
        assert.equal(m.entities.find((x) => x.ref === 'country:IRN')?.count, 2);
        assert.equal(m.entities.find((x) => x.ref === 'country:IRN')?.previous, 1);
      } finally { await store.close(); }
    });

    test('relations of a dyad and the actor network', async () => {
      const store = await b.open();
      try {
        const r = await store.relations({ a: 'country:IRN', b: 'country:RUS' });
        assert.deepEqual(r.counts, { CONSULT: 1, COOPERATE: 1 });
        assert.deepEqual(r.months, [{ month: '2021-12', count: 2, score: 10 }]);
        assert.equal(r.events.length, 2);
        assert.match(r.events[1].sentence ?? '', /دیدار کرد/);
        const only = await store.relations({ a: 'country:IRN', b: 'country:RUS', from: '2021-12-10' });
        assert.deepEqual(only.counts, { COOPERATE: 1 });
        const n = await store.network({});
        assert.equal(n.edges.length, 2);
        const e = n.edges.find((x) => x.a === 'country:IRN' && x.b === 'country:RUS');
        assert.deepEqual(e, { a: 'country:IRN', b: 'country:RUS', count: 2, score: 10, types: { CONSULT: 1, COOPERATE: 1 } });
        assert.equal(n.nodes[0].ref, 'country:IRN');
        assert.equal(n.nodes[0].count, 3);
        assert.equal((await store.network({ limit: 1 })).edges.length, 1);
      } finally { await store.close(); }
    });

    test('rejected documents are kept with their reason', async () => {
      const store = await b.open();
      try {
        await store.putRejected([{ origin: 'bad.html', reason: 'empty body' }]);
        const rows = await store.rejected();
        assert.equal(rows[0].origin, 'bad.html');
        assert.equal(rows[0].reason, 'empty body');
        assert.equal((await store.stats()).rejected, 1);
      } finally { await store.close(); }
    });

    test('a batch with a failing article writes nothing', async () => {
      const store = await b.open();
      try {
        const good = makeArticle({ headline: 'خبر سالم', text: 'متن سالم.' });
        const bad = makeArticle({ text: 'x' });
        (bad as unknown as { text: null }).text = null; // violates NOT NULL
        await assert.rejects(store.putArticles([good, bad]));
        assert.equal(await store.getArticle(good.id), null);
        assert.equal(await store.count(), 3);
      } finally { await store.close(); }
    });

    test('near-duplicates share a story cluster', async () => {
      const store = await b.open();
      try {
        const fp = 'ab'.repeat(128);
        const x = makeArticle({ headline: 'الف', text: 'متن یک.', fingerprint: fp });
        const y = makeArticle({ headline: 'ب', text: 'متن دو.', fingerprint: fp.slice(0, 240) + 'cd'.repeat(8) });
        const z = makeArticle({ headline: 'ج', text: 'متن سه.', fingerprint: '12'.repeat(128) });
        await store.putArticles([x, y, z]);
        const got = await store.getArticle(y.id);
        assert.deepEqual(got?.duplicates.map((d) => d.id), [x.id]);
        assert.ok((got?.duplicates[0].similarity ?? 0) > 0.8);
        assert.deepEqual((await store.getArticle(z.id))?.duplicates, []);
      } finally { await store.close(); }
    });

    test('a party named only by its office counts for its country in relations (QA S3 Q15)', async () => {
      const store = await b.open();
      try {
        const text = 'وزیر امور خارجه ترکیه با همتای قطری خود دیدار کرد.';
        await store.putArticles([makeArticle({ headline: 'دیدار', text, published: '2021-12-20', events: [{
          anchor: text, type: 'CONSULT', mode: 'meet', negated: false, score: 2,
          actor: { text: 'وزیر امور خارجه ترکیه' }, target: { text: 'همتای قطری' },
          actorCountry: 'country:TUR', targetCountry: 'country:QAT' }] })]);
        const r = await store.relations({ a: 'country:QAT', b: 'country:TUR' });
        assert.deepEqual(r.counts, { CONSULT: 1 });
        assert.equal(r.events[0].actor?.text, 'وزیر امور خارجه ترکیه');
        assert.ok((await store.network({})).edges.some((x) => x.a === 'country:QAT' && x.b === 'country:TUR'));
      } finally { await store.close(); }
    });

    test('a historical event without a date of its own is not counted in the publication month', async () => {
      const store = await b.open();
      try {
        const text = 'در سالروز حمله عراق به ایران مراسمی برگزار شد.';
        await store.putArticles([makeArticle({ headline: 'سالروز', text, published: '2021-09-22', events: [{
          anchor: 'حمله عراق به ایران', type: 'ASSAULT', negated: false, score: -10, historical: true,
          actor: { text: 'عراق', ref: 'country:IRQ' }, target: { text: 'ایران', ref: 'country:IRN' } }] })]);
        const r = await store.relations({ a: 'country:IRQ', b: 'country:IRN' });
        assert.deepEqual(r.counts, { ASSAULT: 1 });
        assert.deepEqual(r.months, []);
        assert.deepEqual((await store.relations({ a: 'country:IRQ', b: 'country:IRN', from: '2021-09-01' })).counts, {});
      } finally { await store.close(); }
    });
  });
}

for (const b of await backends()) {
  test(`migrating a version-1 ${b.name} store keeps its data and back-fills new tables`, async () => {
    try {
      const v1 = await b.open({ version: 1 });
      assert.equal(await v1.schemaVersion(), 1);
      const [a] = corpus();
      const db = (v1 as SqlStore).db;
      if (db.dialect === 'sqlite') await insertArticle(db, a, '2021-12-05T00:00:00Z');
      else {
        // the version-1 layout: terms in the article row (version 7 moves them to article_terms)
        await db.run(`INSERT INTO articles (id, headline, lead, agency, service, published, month, url, body, fingerprint, json, ingested_at, terms)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::tsvector)`, [a.id, a.headline, a.lead, a.agency, a.service, a.published, '2021-12', a.url ?? null, a.text,
          a.fingerprint ?? null, JSON.stringify(a), '2021-12-05T00:00:00Z', "'همتا':1 'روس':2"]);
      }
      await v1.close();
      const latest = await b.open();
      try {
        assert.equal(await latest.schemaVersion(), LATEST_VERSION);
        assert.equal((await latest.getArticle(a.id))?.headline, a.headline);
        assert.equal((await latest.stats()).events, 1);
        assert.deepEqual((await latest.relations({ a: 'country:IRN', b: 'country:RUS' })).counts, { CONSULT: 1 });
        if (db.dialect === 'postgres') { // the terms moved with the article
          assert.deepEqual(await (latest as SqlStore).db.all("SELECT a.id FROM articles a JOIN article_terms t ON t.seq = a.seq WHERE t.terms @@ 'روس'::tsquery"), [{ id: a.id }]);
        }
      } finally { await latest.close(); }
    } finally { await b.cleanup(); }
  });
}

for (const b of await backends()) {
  test(`a ${b.name} store indexed by another analyzer re-indexes itself from the stored JSON`, async () => {
    try {
      const first = await b.open();
      const [a] = corpus();
      await first.putArticles([a]);
      const db = (first as SqlStore).db;
      // Simulate an index built by an older analyzer: its terms are gone, its signature differs.
      if (db.dialect === 'sqlite') await db.run('DELETE FROM articles_fts');
      else await db.run("UPDATE article_terms SET terms = ''::tsvector");
      await db.run("UPDATE settings SET value = 'older' WHERE key = 'analyzer'");
      const { search } = await import('../../src/search/index.ts');
      assert.equal((await search(first, { q: 'همتای روس' })).total, 0);
      await first.close();
      const again = await b.open();
      try {
        assert.equal((await search(again, { q: 'همتای روس' })).total, 1);
      } finally { await again.close(); }
    } finally { await b.cleanup(); }
  });
}
