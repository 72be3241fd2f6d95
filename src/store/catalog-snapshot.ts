// The search catalog of an embedded store saved beside it (`<file>-catalog`, like SQLite's -wal and -shm), so
// opening a large store reads one file (~10 MB per 100k articles, tens of milliseconds) instead of re-reading
// every article row (about a second of CPU per 100k). Articles are only ever added, so a snapshot stays true
// for the seqs it covers; it names the article at its highest seq, and a store that does not hold that article
// there (deleted and rebuilt, another file) ignores it. Failing to read or write it only costs time.
import { readFile, writeFile, rename } from 'node:fs/promises';
import { serialize, deserialize } from 'node:v8';
import type { Db } from './db.ts';
import type { Catalog, CatalogState } from './catalog.ts';

const FORMAT = 2;

interface Snapshot { format: number; anchor: string; state: CatalogState }

async function idAt(db: Db, seq: number): Promise<string | undefined> {
  return (await db.get<{ id: string }>('SELECT id FROM articles WHERE seq = ?', [seq]))?.id;
}

export async function readSnapshot(file: string, db: Db, catalog: Catalog): Promise<boolean> {
  let snap: Snapshot;
  try {
    snap = deserialize(await readFile(file)) as Snapshot;
  } catch {
    return false;
  }
  if (snap?.format !== FORMAT || !snap.state || (await idAt(db, snap.state.maxSeq)) !== snap.anchor) return false;
  catalog.restore(snap.state);
  return true;
}

export async function writeSnapshot(file: string, db: Db, catalog: Catalog): Promise<void> {
  try {
    const state = catalog.state();
    const anchor = await idAt(db, state.maxSeq);
    if (!anchor) return;
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, serialize({ format: FORMAT, anchor, state } satisfies Snapshot));
    await rename(tmp, file);
  } catch {
    // read-only directory, full disk: the next open reads the rows again
  }
}
