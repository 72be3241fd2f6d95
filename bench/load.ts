// Load test: `rasad serve` in its own process on loopback, autocannon with 50 connections for a bounded time
// against GET /api/search, cycling through the judged queries. Reports requests/s, latency p50/p99, errors.
//   node bench/load.ts [--db PATH] [--connections 50] [--duration 10] [--processes 1]
// Without --db it builds a temporary store from the bundled sample corpus (samples/corpora) first.
// The rotation repeats 38 queries, so after the first round the server answers from its cached rankings;
// RASAD_SEARCH_CACHE=0 node bench/load.ts … measures every request ranked from the index.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { openStore } from '../src/store/index.ts';
import { ingest } from '../src/store/ingest.ts';
import { loadJudgements, CORPUS_DIR } from '../test/search/relevance.ts';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' }, connections: { type: 'string', default: '50' }, duration: { type: 'string', default: '10' },
    processes: { type: 'string', default: '1' },
  },
});
// autocannon ships no types: the part of its result we read.
interface Histogram { average: number; total: number; p50: number; p90: number; p99: number; max: number }
interface LoadResult { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number }
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: object) => Promise<LoadResult>;

const BIN = fileURLToPath(new URL('../bin/rasad.js', import.meta.url));

let dir: string | null = null;
let db = args.db;
if (!db) {
  dir = mkdtempSync(join(tmpdir(), 'rasad-load-'));
  db = join(dir, 'load.db');
  const store = await openStore({ path: db });
  const r = await ingest(store, [CORPUS_DIR], { workers: 2 });
  await store.close();
  console.log(`store: ${r.created} sample articles ingested into ${db}`);
}

const server = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--processes', args.processes!], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    const m = /at (http:\/\/\S+?)\/ /.exec(out);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
});

try {
  const queries = loadJudgements().queries.map((q) => q.q);
  const requests = queries.map((q, i) => ({ method: 'GET' as const, path: `/api/search?q=${encodeURIComponent(q)}${i % 4 === 3 ? '&sort=date' : ''}` }));
  const result = await autocannon({
    url, connections: Number(args.connections), duration: Number(args.duration), requests,
  });
  const l = result.latency;
  const cache = process.env.RASAD_SEARCH_CACHE === '0' ? 'ranking cache off' : 'ranking cache on';
  console.log(`GET /api/search on ${url} (${db}, ${args.processes} server process(es), ${cache}): ${args.connections} connections, ${args.duration} s, ${queries.length} queries in rotation`);
  console.log(`requests/s: mean ${result.requests.average.toFixed(0)}, total ${result.requests.total}`);
  console.log(`latency ms: p50 ${l.p50}, p90 ${l.p90}, p99 ${l.p99}, max ${l.max}`);
  console.log(`errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}`);
} finally {
  server.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
}
