// The search catalog (compact per-article columns in memory): it follows writes made through another
// connection, orders by date as written, and its filters agree with the stored rows.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { backends, makeArticle } from './helpers.ts';
import { search } from '../../src/search/index.ts';
import { Catalog, timeKey } from '../../src/store/catalog.ts';
import type { Store } from '../../src/store/types.ts';

test('timeKey orders dates and date-times as written; unknown dates are NaN', () => {
  assert.ok(timeKey('2021-12-05') < timeKey('2021-12-05T08:30:00+03:30'));
  assert.ok(timeKey('2021-12-05T23:59') < timeKey('2021-12-06'));
  assert.ok(Number.isNaN(timeKey(null)));
  assert.ok(Number.isNaN(timeKey('دیروز')));
});

test('catalog filters: every listed entity, all listed types, agency text, date range', () => {
  const c = new Catalog();
  c.add(1, '2021-01-02', 'خبرگزاری فارس', 'LOC\tcountry:IRN\nPER\tperson:روحانی');
  c.add(2, '2022-05-01', 'ایرنا', 'LOC\tcountry:IRN');
  c.add(3, null, null, null);
  const irn = c.refMark(c.refIds(['country:IRN'])), rouhani = c.refMark(c.refIds(['person:روحانی']));
  assert.deepEqual([1, 2, 3].filter((s) => c.passes(s, { refs: [irn], typeMask: 0 })), [1, 2]);
  assert.deepEqual([1, 2, 3].filter((s) => c.passes(s, { refs: [irn, rouhani], typeMask: 0 })), [1]);
  assert.deepEqual([1, 2, 3].filter((s) => c.passes(s, { refs: [], typeMask: c.typeBit('PER') | c.typeBit('LOC') })), [1]);
  assert.deepEqual([1, 2, 3].filter((s) => c.passes(s, { refs: [], typeMask: 0, agencies: c.agenciesContaining('فارس') })), [1]);
  assert.deepEqual([1, 2, 3].filter((s) => c.passes(s, { refs: [], typeMask: 0, from: timeKey('2022-01-01') })), [2]);
  assert.equal(c.typeBit('ORG'), 0);
  c.add(4, '2023-01-01', null, 'PER\tperson:روحانی'); // added after the postings were built
  assert.deepEqual([1, 2, 3, 4].filter((s) => c.passes(s, { refs: [c.refMark(c.refIds(['person:روحانی']))], typeMask: 0 })), [1, 4]);
  assert.deepEqual([...c.byDate()], [4, 2, 1, 3]);
  assert.deepEqual(c.newestOf([1, 3, 4], 2), [4, 1]); // what PostgreSQL ranks when too many match
  const f = c.count([1, 2, 3, 4], 1);
  assert.deepEqual(f.refs, [['country:IRN', { type: 'LOC', count: 2 }]]); // the most mentioned one (ties by ref)
  assert.deepEqual(c.count([1, 2, 4], 5).refs.map(([ref, e]) => `${ref}:${e.count}`), ['country:IRN:2', 'person:روحانی:2']);
  assert.equal(f.type.get('PER'), 2);
  assert.equal(f.month.get('2022-05'), 1);
});

for (const b of await backends()) {
  describe(`catalog on ${b.name}`, () => {
    let reader: Store, writer: Store;
    before(async () => {
      reader = await b.open();
      writer = await b.open();
      await writer.putArticles([makeArticle({ id: 'c1', headline: 'نشست اوپک', text: 'نشست اوپک در وین برگزار شد.', published: '2021-03-01', agency: 'ایسنا' })]);
    });
    after(async () => { await reader.close(); await writer.close(); await b.cleanup(); });

    test('a reader sees what another connection stored after its first search (catalog and cached rankings follow)', async () => {
      assert.deepEqual((await search(reader, { q: 'اوپک' })).hits.map((h) => h.id), ['c1']);
      await writer.putArticles([makeArticle({ id: 'c2', headline: 'اوپک تولید را کاهش داد', text: 'اعضای اوپک تولید نفت را کاهش دادند.', published: '2021-04-01',
        agency: 'ایرنا', entities: [{ text: 'اوپک', type: 'ORG', ref: 'org:opec' }] })]);
      // the same query again: its cached ranking is stale now and must not be used
      assert.deepEqual((await search(reader, { q: 'اوپک' })).hits.map((h) => h.id).sort(), ['c1', 'c2']);
      const r = await search(reader, { q: 'اوپک', sort: 'date' });
      assert.deepEqual(r.hits.map((h) => h.id), ['c2', 'c1']);
      assert.equal(r.total, 2);
      assert.deepEqual(r.facets.agency.map((a) => a.value).sort(), ['ایرنا', 'ایسنا']);
      assert.deepEqual((await search(reader, { q: 'entity:org:opec' })).hits.map((h) => h.id), ['c2']);
      assert.deepEqual((await search(reader, { q: 'type:ORG agency:ایرنا' })).hits.map((h) => h.id), ['c2']);
      await writer.optimize(); // compacting the index changes no answer
      assert.deepEqual((await search(writer, { q: 'اوپک', sort: 'date' })).hits.map((h) => h.id), ['c2', 'c1']);
      assert.deepEqual((await search(writer, { q: '"تولید نفت"' })).hits.map((h) => h.id), ['c2']);
    });
  });
}

describe('catalog snapshot beside an embedded store', () => {
  test('restores the columns, then loads only newer articles; a snapshot of another store is ignored', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { openStore } = await import('../../src/store/index.ts');
    const { readSnapshot, writeSnapshot } = await import('../../src/store/catalog-snapshot.ts');
    const { SqlStore } = await import('../../src/store/store.ts');
    const dir = mkdtempSync(join(tmpdir(), 'rasad-snap-'));
    try {
      const file = join(dir, 'snap');
      const store = await openStore({ path: join(dir, 'a.db') }) as InstanceType<typeof SqlStore>;
      await store.putArticles([makeArticle({ id: 's1', text: 'نشست اوپک در وین.', published: '2021-03-01', agency: 'ایسنا', entities: [{ text: 'اوپک', type: 'ORG', ref: 'org:opec' }] })]);
      const first = new Catalog();
      await first.refresh(store.db);
      await writeSnapshot(file, store.db, first);
      await store.putArticles([makeArticle({ id: 's2', text: 'اوپک تولید را کاهش داد.', published: '2021-04-01', agency: 'ایرنا' })]);
      const restored = new Catalog();
      assert.equal(await readSnapshot(file, store.db, restored), true);
      assert.equal(restored.size, 1);
      await restored.refresh(store.db); // only the article stored after the snapshot is read
      assert.equal(restored.size, 2);
      assert.deepEqual([...restored.byDate()], [2, 1]);
      assert.deepEqual(restored.count([1, 2], 5).refs, [['org:opec', { type: 'ORG', count: 1 }]]);
      assert.deepEqual([1, 2].filter((s) => restored.passes(s, { refs: [], typeMask: 0, agencies: restored.agenciesContaining('ایرنا') })), [2]);
      const other = await openStore({ path: join(dir, 'b.db') }) as InstanceType<typeof SqlStore>;
      await other.putArticles([makeArticle({ id: 'x1', text: 'خبری دیگر.' })]);
      assert.equal(await readSnapshot(file, other.db, new Catalog()), false);
      assert.equal(await readSnapshot(join(dir, 'missing'), other.db, new Catalog()), false);
      await store.close();
      await other.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
