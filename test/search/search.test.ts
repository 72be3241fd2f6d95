// The search module over both back ends: same analysis at index and query time, the query language,
// ranking order, pagination, facets and snippets, and malformed queries.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends, makeArticle } from '../store/helpers.ts';
import { search, QueryError } from '../../src/search/index.ts';
import type { Store } from '../../src/store/types.ts';

const docs = [
  makeArticle({ id: 'a1', headline: 'سخنگوی دولت می‌گوید بودجه تصویب می شود', agency: 'خبرگزاری فارس', published: '2021-12-05',
    text: 'سخنگوی دولت در نشست خبری گفت لایحه بودجه سال آینده به زودی تصویب می شود.',
    entities: [{ text: 'دولت', type: 'ORG', ref: 'org:government-iran' }] }),
  makeArticle({ id: 'a2', headline: 'نشست کشورهای عضو اکو', agency: 'خبرگزاری مهر', published: '2021-11-28',
    text: 'رئيس جمهور در نشست سران كشورهاي عضو اكو در عشق آباد شرکت کرد و با رئیس‌جمهور ازبکستان دیدار کرد.',
    entities: [{ text: 'اکو', type: 'ORG', ref: 'org:eco' }, { text: 'عشق آباد', type: 'LOC' }, { text: 'ازبکستان', type: 'LOC', ref: 'country:UZB' }] }),
  makeArticle({ id: 'a3', headline: 'نتایج لیگ برتر فوتبال', agency: 'خبرگزاری فارس', published: '2020-03-01',
    text: 'در هفته بیستم لیگ برتر فوتبال پرسپولیس برابر استقلال به پیروزی رسید. کشور در انتظار بازی بعدی است.' }),
  makeArticle({ id: 'a4', headline: 'گزارش اقتصادی', agency: 'ایرنا', published: null,
    text: 'وزیر اقتصاد گفت: میگوید که تورم کاهش می‌یابد و بازار سرمایه رشد می کند.' }),
];

for (const b of await backends()) {
  describe(`search on ${b.name}`, () => {
    let store: Store;
    before(async () => { store = await b.open(); await store.putArticles(docs); });
    after(async () => { await store.close(); await b.cleanup(); });
    const ids = async (q: string, extra = {}) => (await search(store, { q, ...extra })).hits.map((h) => h.id).sort();

    test('«می گوید», «میگوید» and «می‌گوید» find each other', async () => {
      const expected = ['a1', 'a4'];
      assert.deepEqual(await ids('می گوید'), expected);
      assert.deepEqual(await ids('میگوید'), expected);
      assert.deepEqual(await ids('می‌گوید'), expected);
    });

    test('Arabic ي/ك spellings find Persian ی/ک and plurals find singulars', async () => {
      assert.deepEqual(await ids('کشورهای اکو'), ['a2']);
      assert.deepEqual(await ids('رئیس'), ['a2']);
      assert.deepEqual(await ids('کشورها'), ['a2', 'a3']);
      assert.deepEqual(await ids('كشور'), ['a2', 'a3']);
    });

    test('endings typed as separate words, hamza spellings, AND/NOT from other engines', async () => {
      assert.deepEqual(await ids('کشور ها'), await ids('کشورها'));
      assert.deepEqual(await ids('رییس'), await ids('رئیس'));
      assert.deepEqual(await ids('کشور AND فوتبال'), ['a3']);
      assert.deepEqual(await ids('کشور NOT فوتبال'), ['a2']);
    });

    test('phrases, exclusion and OR', async () => {
      assert.deepEqual(await ids('"لیگ برتر"'), ['a3']);
      assert.deepEqual(await ids('"برتر لیگ"'), []);
      assert.deepEqual(await ids('کشور -فوتبال'), ['a2']);
      assert.deepEqual(await ids('فوتبال OR تورم'), ['a3', 'a4']);
      assert.deepEqual(await ids('-فوتبال'), ['a1', 'a2', 'a4']);
    });

    test('field filters: agency, entity by ref and by name, type, dates (Jalali and Gregorian)', async () => {
      assert.deepEqual(await ids('agency:فارس'), ['a1', 'a3']);
      assert.deepEqual(await ids('نشست agency:مهر'), ['a2']);
      assert.deepEqual(await ids('entity:country:UZB'), ['a2']);
      assert.deepEqual(await ids('entity:ازبکستان'), ['a2']);
      assert.deepEqual(await ids('entity:"عشق آباد"'), ['a2']);
      assert.deepEqual(await ids('type:org'), ['a1', 'a2']);
      assert.deepEqual(await ids('from:2021-12-01'), ['a1']);
      assert.deepEqual(await ids('from:۱۴۰۰/۰۹/۰۱ to:۱۴۰۰/۰۹/۳۰'), ['a1', 'a2']);
      assert.deepEqual(await ids('to:2021'), ['a1', 'a2', 'a3']);
    });

    test('ranking: a headline match outranks a body-only match; sort by date; pagination', async () => {
      const r = await search(store, { q: 'نشست' });
      assert.equal(r.total, 2);
      assert.equal(r.hits[0].id, 'a2');
      assert.ok(r.hits[0].score > r.hits[1].score);
      const byDate = await search(store, { q: 'نشست', sort: 'date' });
      assert.deepEqual(byDate.hits.map((h) => h.id), ['a1', 'a2']);
      const p2 = await search(store, { q: '', size: 1, page: 2, sort: 'date' });
      assert.equal(p2.total, 4);
      assert.deepEqual(p2.hits.map((h) => h.id), ['a2']);
      assert.deepEqual((await search(store, { q: '', size: 2, page: 3 })).hits, []);
    });

    test('facets count the whole result set', async () => {
      const r = await search(store, { q: '', size: 1 });
      assert.deepEqual(r.facets.agency.find((f) => f.value === 'خبرگزاری فارس'), { value: 'خبرگزاری فارس', count: 2 });
      assert.deepEqual(r.facets.month, [{ value: '2021-12', count: 1 }, { value: '2021-11', count: 1 }, { value: '2020-03', count: 1 }]);
      assert.deepEqual(r.facets.type, [{ value: 'LOC', count: 1 }, { value: 'ORG', count: 2 }].sort((x, y) => y.count - x.count));
      assert.deepEqual(r.facets.entity.find((e) => e.ref === 'country:UZB'), { value: 'ازبکستان', ref: 'country:UZB', type: 'LOC', count: 1 });
    });

    test('snippets carry highlight offsets that point at the matched words', async () => {
      const r = await search(store, { q: 'کشورها ازبکستان' });
      const s = r.hits[0].snippet;
      const words = s.highlights.map(([a, z]) => s.text.slice(a, z));
      assert.deepEqual(words, ['كشورهاي', 'ازبکستان']);
      const t = (await search(store, { q: 'می گوید' })).hits.find((h) => h.id === 'a1')!.snippet;
      assert.equal(t.text.includes('<'), false);
    });

    test('malformed queries are read sensibly or rejected with a clear error', async () => {
      assert.deepEqual(await ids('"لیگ برتر'), ['a3']); // unclosed quote runs to the end
      assert.equal((await search(store, { q: '-' })).total, 4); // a lone minus is ignored
      assert.equal((await search(store, { q: '"' })).total, 4);
      assert.equal((await search(store, { q: '!!! ؟؟' })).total, 4);
      assert.equal((await search(store, { q: "'; DROP TABLE articles; --" })).total, 0);
      assert.equal(await store.count(), 4);
      await assert.rejects(search(store, { q: 'x'.repeat(10_240) }), (e: Error) => e instanceof QueryError && /too long/.test(e.message));
      await assert.rejects(search(store, { q: 'color:red' }), (e: Error) => e instanceof QueryError && /unknown field "color:"/.test(e.message));
      await assert.rejects(search(store, { q: 'from:1400/13/40' }), (e: Error) => e instanceof QueryError && (e as QueryError).field === 'from');
      await assert.rejects(search(store, { q: 'agency:' }), QueryError);
      await assert.rejects(search(store, { q: 'x', size: 1000 }), (e: Error) => (e as QueryError).field === 'size');
      assert.equal((await search(store, { q: 'NEAR AND NOT OR * ^ :' })).total, 0);
    });
  });
}
