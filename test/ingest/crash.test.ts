// Kill an ingest mid-run, run it again, and check every article is stored exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { readInputs, isFailure } from '../../src/store/readers.ts';
import { articleId } from '../../src/pipeline.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// the Semnan wire records the product ships as its sample corpus (no dependency on ../shared)
const CORPUS = fileURLToPath(new URL('../../samples/corpora/semnan/semnan-news.jsonl', import.meta.url));

function runIngest(input: string, db: string, killAfterFirstBatch: boolean): Promise<{ code: number | null; signal: string | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/rasad.js'), 'ingest', input, '--db', db, '--batch', '4', '--workers', '1'],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      if (killAfterFirstBatch && /ingest: \d+\/\d+/.test(out)) child.kill('SIGKILL');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });
}

test('an ingest killed mid-batch resumes and stores every article exactly once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-crash-'));
  try {
    const input = join(dir, 'news.jsonl');
    copyFileSync(CORPUS, input);
    const db = join(dir, 'rasad.db');
    const expected = new Set<string>();
    for await (const it of readInputs([input])) if (!isFailure(it)) expected.add(articleId(it));
    assert.ok(expected.size > 200);

    const killed = await runIngest(input, db, true);
    assert.equal(killed.signal, 'SIGKILL', killed.out);
    const partial = new DatabaseSync(db);
    const before = Number((partial.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n);
    partial.close();
    assert.ok(before < expected.size, `the kill came after the whole ingest (${before} stored)`);

    const resumed = await runIngest(input, db, false);
    assert.equal(resumed.code, 0, resumed.out);
    assert.match(resumed.out, new RegExp(`ingested ${expected.size - before} new,`));

    const check = new DatabaseSync(db);
    const ids = (check.prepare('SELECT id FROM articles').all() as { id: string }[]).map((r) => r.id);
    const indexed = Number((check.prepare('SELECT count(*) AS n FROM articles_fts_docsize').get() as { n: number }).n);
    check.close();
    assert.equal(ids.length, expected.size);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(new Set(ids), expected);
    assert.equal(indexed, ids.length, 'every article is in the full-text index once');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
