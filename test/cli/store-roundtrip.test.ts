// End to end through every layer: what `rasad analyze --json` prints for a file is exactly what the HTTP API
// returns for it after `rasad ingest` and `rasad serve` (the store adds only `duplicates`), so the web UI's
// highlights sit on the same offsets the library computed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rasad } from './run.ts';
import type { Article } from '../../src/article.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repo, 'bin/rasad.js');
const INPUTS = ['samples/html/mehr-foreign-ministry.html', 'samples/wire/mehr-wire.txt', 'samples/feeds/isna-atom.xml'];

let dir = '';
let server: ChildProcess | undefined;
let base = '';

/** `rasad serve --port 0`, resolved with the URL it prints once it listens. */
function serve(db: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const onData = (d: Buffer) => {
      log += d.toString();
      const m = /serving .* at (http:\/\/\S+?)\/ /.exec(log);
      if (m) resolve(m[1]);
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.on('exit', (code) => reject(new Error(`serve exited (${code}): ${log}`)));
  });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rasad-roundtrip-'));
  const db = join(dir, 'store.db');
  const ingest = await rasad(['ingest', ...INPUTS, '--db', db, '--quiet'], repo);
  assert.equal(ingest.status, 0, ingest.stderr);
  base = await serve(db);
});

after(() => {
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test('every analyzed article comes back from the API unchanged', async () => {
  const analyzed = await rasad(['analyze', '--json', ...INPUTS], repo);
  assert.equal(analyzed.status, 0, analyzed.stderr);
  const articles = analyzed.stdout.trim().split('\n').map((l) => JSON.parse(l) as Article);
  assert.ok(articles.length >= 3, `only ${articles.length} articles`);
  for (const article of articles) {
    const res = await fetch(`${base}/api/articles/${article.id}`);
    assert.equal(res.status, 200, `${article.id} (${article.headline}) is not in the store`);
    const { duplicates, ...stored } = await res.json() as Article & { duplicates: unknown[] };
    assert.ok(Array.isArray(duplicates));
    assert.deepEqual(stored, article, `${article.headline}: the stored article differs from analyze's`);
  }
});

test('search finds the stored articles by a word of their body, with highlights on that word', async () => {
  const res = await fetch(`${base}/api/search?q=${encodeURIComponent('کنعانی')}`);
  assert.equal(res.status, 200);
  const body = await res.json() as { total: number; hits: { snippet: { text: string; highlights: [number, number][] } }[] };
  assert.ok(body.total >= 1);
  const { text, highlights } = body.hits[0].snippet;
  assert.ok(highlights.length > 0);
  for (const [s, e] of highlights) assert.match(text.slice(s, e), /کنعانی/);
});
