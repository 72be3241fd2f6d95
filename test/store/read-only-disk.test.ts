// A store on a read-only disk can still be searched; writes say the store is read-only, over the CLI and
// the API (503, nothing written). The mount needs root (CI runs as root); elsewhere the mount test is skipped
// with the reason, and the API half still runs on a store made read-only by SQLite's query_only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.ts';
import { buildServer } from '../../src/server/app.ts';
import { makeArticle, sqliteHandle } from './helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/rasad.js', import.meta.url));

function mountTmpfs(dir: string): string | null {
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir], { encoding: 'utf8' });
  return r.status === 0 ? null : (r.stderr || r.error?.message || 'mount failed').trim();
}

test('a store on a read-only disk: search and stats work, ingest says read-only', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-rodisk-'));
  const why = mountTmpfs(dir);
  if (why) { t.skip(`cannot mount a tmpfs here (${why})`); rmSync(dir, { recursive: true, force: true }); return; }
  try {
    const file = join(dir, 'r.db');
    const store = await openStore({ path: file });
    await store.putArticles([makeArticle({ headline: 'بودجه', text: 'لایحه بودجه سال آینده به مجلس رفت.' })]);
    await store.close();
    assert.equal(spawnSync('mount', ['-o', 'remount,ro', dir]).status, 0);
    const search = spawnSync(process.execPath, [BIN, 'search', 'بودجه', '--db', file], { encoding: 'utf8' });
    assert.equal(search.status, 0, search.stderr);
    assert.match(search.stdout, /1 result/);
    const stats = spawnSync(process.execPath, [BIN, 'stats', '--db', file], { encoding: 'utf8' });
    assert.equal(stats.status, 0, stats.stderr);
    const ro = await openStore({ path: file });
    assert.equal(await ro.count(), 1);
    await assert.rejects(ro.putArticles([makeArticle({ headline: 'دیگر', text: 'خبری دیگر.' })]), /read-only/);
    await ro.close();
  } finally {
    const u = spawnSync('umount', ['-l', dir], { encoding: 'utf8' }); // lazy: SQLite frees the file when its cached statements are collected
    if (u.status) console.error('umount:', u.stderr);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the API answers 503 store_unavailable when the store is read-only, and writes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-ro-api-'));
  try {
    const store = await openStore({ path: join(dir, 'r.db') });
    sqliteHandle(store).exec('PRAGMA query_only = 1');
    const app = await buildServer({ store, webDir: null });
    const res = await app.inject({ method: 'POST', url: '/api/articles', payload: { text: 'تهران- ایرنا- سخنگوی دولت گفت: لایحه بودجه آماده است.' } });
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().error.code, 'store_unavailable');
    assert.equal(await store.count(), 0);
    await app.close();
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
