// rasad start: an empty store is filled from the sample corpus, then served; the printed URL answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/rasad.js', import.meta.url));

function startOnce(db: string, samples: string): Promise<{ url: string; stats: { articles: number }; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'start', '--db', db, '--port', '0', '--samples', samples], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    let done = false;
    const onData = async (d: Buffer) => {
      log += d.toString();
      const m = /serving .* at (http:\/\/\S+?)\/ /.exec(log);
      if (!m || done) return;
      done = true;
      try {
        const stats = await (await fetch(`${m[1]}/api/stats`)).json() as { articles: number };
        resolve({ url: m[1], stats, log });
      } catch (e) { reject(e); } finally { child.kill('SIGTERM'); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => { if (!done) reject(new Error(`start exited (${code}): ${log}`)); });
  });
}

test('start seeds an empty store once, then serves it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-start-'));
  try {
    const samples = join(dir, 'samples');
    mkdirSync(samples);
    writeFileSync(join(samples, 'news.jsonl'), [
      { title: 'خبر اول', body: 'متن خبر اول درباره نشست دولت است.', date: '2021-12-01' },
      { title: 'خبر دوم', body: 'متن خبر دوم درباره بودجه سال آینده است.', date: '2021-12-02' },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const db = join(dir, 'r.db');
    const first = await startOnce(db, samples);
    assert.equal(first.stats.articles, 2);
    assert.match(first.log, /is empty: ingesting the sample corpus/);
    const second = await startOnce(db, samples);
    assert.equal(second.stats.articles, 2);
    assert.doesNotMatch(second.log, /ingesting the sample corpus/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
