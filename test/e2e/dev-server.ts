// DEVELOPMENT ONLY: a stand-in for `rasad serve` while that command does not exist yet. It answers the
// HTTP API contract straight from the real store, search and pipeline modules, and serves web/dist with an
// SPA fallback. The e2e test uses the real `rasad serve` as soon as src/cli/commands/serve.ts exists.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { search, QueryError } from '../../src/search/index.ts';
import { analyze } from '../../src/pipeline.ts';
import { readDocuments } from '../../src/news/index.ts';
import { ingest } from '../../src/store/ingest.ts';

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff' };

async function bodyOf(req: IncomingMessage): Promise<Record<string, string>> {
  let s = '';
  for await (const chunk of req) s += chunk;
  return JSON.parse(s || '{}');
}

export async function startDevServer(dist: string, samples: string): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-dev-'));
  const store = await openStore({ path: join(dir, 'rasad.db') });
  await ingest(store, [samples], { batchSize: 64, workers: 0 });
  const toArticles = (b: Record<string, string>) => {
    const text = b.text ?? b.html ?? b.content ?? '';
    const name = b.html ? 'pasted.html' : b.format ? 'pasted.' + b.format : 'pasted.txt';
    return readDocuments(new TextEncoder().encode(text), { name }).filter((d) => !('error' in d)).map((d) => analyze(d as never));
  };
  const routes = async (req: IncomingMessage, url: URL): Promise<[number, unknown]> => {
    const p = url.pathname, q = url.searchParams;
    const notFound: [number, unknown] = [404, { error: { code: 'not_found', message: p } }];
    if (p === '/api/search') return [200, await search(store, { q: q.get('q') ?? '', page: Number(q.get('page') ?? 1), size: Number(q.get('size') ?? 20), sort: (q.get('sort') as 'date') ?? undefined })];
    if (p.startsWith('/api/articles/')) { const a = await store.getArticle(decodeURIComponent(p.slice(14))); return a ? [200, a] : notFound; }
    if (p.startsWith('/api/entities/')) { const e = await store.entity(decodeURIComponent(p.slice(14))); return e ? [200, e] : notFound; }
    if (p === '/api/stats') return [200, await store.stats()];
    if (p === '/api/trending') return [200, await store.trending((q.get('window') ?? 'week') as 'week')];
    if (p === '/api/relations') return [200, await store.relations({ a: q.get('a') ?? '', b: q.get('b') ?? undefined })];
    if (p === '/api/network') return [200, await store.network({ limit: Number(q.get('limit') ?? 60) })];
    if (p === '/api/analyze' && req.method === 'POST') { const [a] = toArticles(await bodyOf(req)); return a ? [200, a] : [400, { error: { code: 'empty', message: 'no article' } }]; }
    if (p === '/api/articles' && req.method === 'POST') { const [r] = await store.putArticles(toArticles(await bodyOf(req))); return [200, r]; }
    return notFound;
  };
  const server = createServer(async (req, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/')) {
      let out: [number, unknown];
      try { out = await routes(req, url); }
      catch (err) { out = [err instanceof QueryError ? 400 : 500, { error: { code: 'error', message: (err as Error).message } }]; }
      res.writeHead(out[0], { 'content-type': 'application/json' }).end(JSON.stringify(out[1]));
      return;
    }
    const file = normalize(join(dist, url.pathname));
    const data = file.startsWith(dist) && extname(file) ? await readFile(file).catch(() => null) : null;
    if (data) res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(data);
    else res.writeHead(200, { 'content-type': types['.html'] }).end(await readFile(join(dist, 'index.html')));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, close: async () => { await new Promise((r) => server.close(() => r(null))); await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}
