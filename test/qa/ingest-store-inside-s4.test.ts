// QA (session 4): `rasad ingest DIR` with the SQLite store inside DIR passed the store's own files (rasad.db,
// -wal, -shm) to the readers, which rejected them as binary documents. They are now passed over, said once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { ingest } from '../../src/store/ingest.ts';

test('the store inside the ingested directory is not read as input, and a note says so once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-qa-ingest-'));
  try {
    // VOA Dari 2011 (public domain)
    writeFileSync(join(dir, 'a.txt'), 'سخنگوی ناتو میگوید، شورشیان با ماشیندار ها، تفنگ و راکت بر یکی از قرار گاه های نظامی در ولایت خوست حمله کرده بودند.\n');
    const store = await openStore({ path: join(dir, 'rasad.db') });
    try {
      const first = await ingest(store, [dir], { workers: 0 });
      assert.equal(first.created, 1);
      const notes: string[] = [];
      const rejected: string[] = [];
      const again = await ingest(store, [dir], { workers: 0, onNote: (m) => notes.push(m), onReject: (r) => rejected.push(r.origin ?? '') });
      assert.ok(existsSync(join(dir, 'rasad.db')));
      assert.deepEqual(rejected, []);
      assert.equal(again.rejected, 0);
      assert.equal(again.skipped, 1);
      assert.equal(notes.length, 1);
      assert.match(notes[0], /store's own files? \(rasad\.db/);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
