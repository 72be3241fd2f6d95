// rasad serve --processes 2: cluster workers share one port; the supervisor prints one URL and stops them all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.ts';
import { makeArticle } from '../store/helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/rasad.js', import.meta.url));

test('serve with two processes answers on one port and exits on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-procs-'));
  try {
    const db = join(dir, 'r.db');
    const store = await openStore({ path: db });
    await store.putArticles([makeArticle({ headline: 'خبر', text: 'متن خبر.' })]);
    await store.close();
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--processes', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => { out += d.toString(); const m = /at (http:\/\/\S+?)\/ .*with 2 processes/.exec(out); if (m) resolve(m[1]); });
      child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)));
    });
    for (let i = 0; i < 4; i++) assert.equal(((await (await fetch(`${url}/api/stats`)).json()) as { articles: number }).articles, 1);
    child.kill('SIGTERM');
    await exited;
    await assert.rejects(fetch(`${url}/api/stats`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
