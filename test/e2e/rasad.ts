// A real Rasad for the browser tests: `rasad ingest` of a few sample articles into a fresh SQLite store,
// then `rasad serve` on a free port, serving web/dist and the API.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(repoRoot, 'bin/rasad.js');

/** Sample input from the repository's samples/: agency pages, feeds and wire files as they come, plus the
 * first lines of the Semnan (2021) and Fars demo corpora, so pages have agencies, dates, entities and events. */
function sampleInputs(dir: string, perCorpus: number): string[] {
  const samples = join(repoRoot, 'samples');
  const head = (corpus: string, name: string) => {
    const lines = readFileSync(join(samples, 'corpora', corpus), 'utf8').split('\n').filter((l) => l.trim()).slice(0, perCorpus);
    const file = join(dir, name);
    writeFileSync(file, lines.join('\n') + '\n');
    return file;
  };
  return [join(samples, 'wire'), join(samples, 'html'), join(samples, 'feeds'),
    head('semnan/semnan-news.jsonl', 'semnan.jsonl'), head('fars/fars-news-sample.jsonl', 'fars.jsonl')];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
  });
}

async function waitReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  // Readiness poll, not a timing assertion: give a slow CI machine up to a minute to open the store.
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`rasad serve exited with ${child.exitCode}: ${log()}`);
    try { if ((await fetch(url + '/api/stats')).ok) return; } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('rasad serve did not answer /api/stats: ' + log());
}

/** `rasad serve` over an existing store on a free port; resolves once /api/stats answers. */
export async function serveStore(db: string): Promise<{ url: string; close(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [cli, 'serve', '--port', String(port), '--db', db], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => { output += d; });
  child.stderr!.on('data', (d) => { output += d; });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, child, () => output.slice(-2000));
  } catch (err) {
    child.kill('SIGTERM');
    throw err;
  }
  return {
    url,
    close: async () => {
      if (child.exitCode === null) { child.kill('SIGTERM'); await new Promise((r) => child.once('exit', r)); }
    },
  };
}

/** A fresh store filled by `rasad ingest` of the sample inputs, served. */
export async function startRasad(perCorpus = 12): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-e2e-'));
  const db = join(dir, 'rasad.db');
  try {
    await run(process.execPath, [cli, 'ingest', ...sampleInputs(dir, perCorpus), '--db', db, '--quiet'], { cwd: repoRoot, maxBuffer: 1 << 24 });
    const server = await serveStore(db);
    return { url: server.url, close: async () => { await server.close(); rmSync(dir, { recursive: true, force: true }); } };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
