// The SQLite connection settings an ingest relies on for its write speed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { makeArticle, sqliteHandle } from './helpers.ts';

test('a SQLite store writes through a WAL checkpointed every 10,000 pages, and a reopened store keeps its articles', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-pragmas-'));
  try {
    const path = join(dir, 'r.db');
    const store = await openStore({ path });
    const raw = sqliteHandle(store);
    assert.equal(raw.prepare('PRAGMA journal_mode').get()?.journal_mode, 'wal');
    assert.equal(raw.prepare('PRAGMA wal_autocheckpoint').get()?.wal_autocheckpoint, 10000);
    await store.putArticles([makeArticle({ headline: 'دیدار وزیران', text: 'وزیر امور خارجه ایران در مسکو با همتای روس خود دیدار کرد.' })]);
    await store.close();
    const again = await openStore({ path });
    assert.equal(await again.count(), 1);
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
