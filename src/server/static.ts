// The built web UI (web/dist) at /, with SPA fallback to index.html; /api/* never falls back.
import type { FastifyInstance } from 'fastify';
import { existsSync, statSync, createReadStream } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorBody, clip } from './errors.ts';

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8', '.map': 'application/json', '.webmanifest': 'application/manifest+json',
};

const NO_UI = `<!doctype html><html lang="fa" dir="rtl"><meta charset="utf-8"><title>رصد</title>
<p>The web UI is not built (run <code>npm run build</code>). The API is at <a href="/api/stats">/api/</a>, described in <a href="/api/openapi.json">/api/openapi.json</a>.</p></html>`;

function isFile(p: string): boolean {
  try { return statSync(p).isFile(); } catch { return false; }
}

export function registerStatic(app: FastifyInstance, webDir: string | null | undefined): void {
  const root = webDir === null ? null : resolve(webDir ?? DEFAULT_WEB_DIR);
  const index = root ? join(root, 'index.html') : null;
  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    let path: string;
    try {
      path = decodeURIComponent(req.url.split('?')[0]);
    } catch {
      return reply.status(400).send(errorBody('invalid_request', 'malformed URL encoding'));
    }
    if (path.startsWith('/api/') || path === '/api') return reply.status(404).send(errorBody('not_found', `no route GET ${clip(path)}`));
    if (!root || !index || !existsSync(index)) return reply.type('text/html; charset=utf-8').send(NO_UI);
    const file = resolve(root, `.${path}`);
    const inside = file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
    if (inside && path !== '/' && isFile(file)) {
      const immutable = /\/assets\//.test(path);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return reply.type(TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream').send(createReadStream(file));
    }
    // Client-side routes (and anything unknown outside /api) get the app shell.
    reply.header('cache-control', 'no-cache');
    return reply.type('text/html; charset=utf-8').send(createReadStream(index));
  });
}
