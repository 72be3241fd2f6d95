// A full disk, a read-only store and an impossible path: one clear error, nothing half-written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.ts';
import { makeArticle, sqliteHandle } from './helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/rasad.js', import.meta.url));

function bigBatch(n: number) {
  return Array.from({ length: n }, (_, i) => makeArticle({ headline: `خبر ${i}`, text: `متن خبر شماره ${i} ${'کلمه '.repeat(400)}` }));
}

test('a full disk fails the whole batch with a clear error and keeps earlier data', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-disk-'));
  try {
    const store = await openStore({ path: join(dir, 'r.db') });
    await store.putArticles(bigBatch(1));
    const raw = sqliteHandle(store);
    const pages = Number((raw.prepare('PRAGMA page_count').get() as { page_count: number }).page_count);
    raw.exec(`PRAGMA max_page_count = ${pages + 2}`); // the "disk" holds two more pages
    await assert.rejects(store.putArticles(bigBatch(50)), /disk is full/);
    assert.equal(await store.count(), 1);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a read-only store refuses writes with a clear error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-ro-'));
  try {
    const store = await openStore({ path: join(dir, 'r.db') });
    sqliteHandle(store).exec('PRAGMA query_only = 1');
    await assert.rejects(store.putArticles(bigBatch(2)), /read-only/);
    await assert.rejects(store.putRejected([{ origin: 'x', reason: 'y' }]), /read-only/);
    assert.equal(await store.count(), 0);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a store path that cannot exist is one clear CLI error line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-bad-'));
  try {
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'not a directory');
    const r = spawnSync(process.execPath, [BIN, 'stats', '--db', join(file, 'r.db')], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^rasad: .*plain-file\/r\.db: /);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    writeFileSync(join(dir, 'junk.db'), 'this is not sqlite at all, just text '.repeat(200));
    const junk = spawnSync(process.execPath, [BIN, 'stats', '--db', join(dir, 'junk.db')], { encoding: 'utf8' });
    assert.equal(junk.status, 1);
    assert.match(junk.stderr, /not a Rasad store/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
