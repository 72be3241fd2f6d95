// The HTTP API (contract in notes/common.md) and the built web UI, over one Store.
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import swagger from '@fastify/swagger';
import { timingSafeEqual } from 'node:crypto';
import type { ArticleSource } from '../article.ts';
import type { Store, TrendWindow } from '../store/types.ts';
import { isFailure, readDocuments } from '../store/readers.ts';
import { search } from '../search/index.ts';
import { parsePeriod } from '../search/dates.ts';
import { ApiError, handleError, errorBody, clip, handleClientError, handleFrameworkError } from './errors.ts';
import * as S from './schemas.ts';
import { registerStatic } from './static.ts';

export interface ServerOptions {
  store: Store;
  /** required in x-api-key for write endpoints; default RASAD_API_KEY */
  apiKey?: string;
  /** built web UI; default web/dist of the repository; null: no UI */
  webDir?: string | null;
  bodyLimit?: number;
  logger?: boolean;
}

const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
const FORMAT_NAME: Record<string, string> = { text: 'input.txt', html: 'input.html', rss: 'input.xml', atom: 'input.xml', json: 'input.json', jsonl: 'input.jsonl' };

interface DocumentBody { text?: string; html?: string; content?: string; format?: string; published?: string }
const DOCUMENT_FIELDS = ['text', 'html', 'content'] as const;

const BODY_FIELDS = new Set<string>([...DOCUMENT_FIELDS, 'format', 'published']);
const BODY_SHAPE = 'a JSON object with one of text, html or content (and optionally format, published)';

/**
 * Before schema validation (which coerces types and drops unknown fields): the body is an object, every
 * field is known («txt» is a typo to name, not a field to drop), strings only, exactly one of text/html/content.
 */
function checkDocumentBody(body: unknown): void {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    const got = body === undefined || body === '' ? 'an empty body' : Array.isArray(body) ? 'an array' : typeof body === 'string' ? 'plain text' : `${body === null ? 'null' : typeof body}`;
    throw new ApiError(400, 'invalid_request', `the body must be ${BODY_SHAPE}, sent as content-type: application/json; got ${got}`, 'body');
  }
  const fields = body as Record<string, unknown>;
  for (const f of Object.keys(fields)) {
    if (!BODY_FIELDS.has(f)) throw new ApiError(400, 'invalid_request', `unknown body field "${clip(f, 40)}": the body must be ${BODY_SHAPE}`, clip(f, 40));
  }
  for (const f of BODY_FIELDS) {
    if (fields[f] !== undefined && typeof fields[f] !== 'string') throw new ApiError(400, 'invalid_request', `body field "${f}": must be a string`, f);
  }
  const given = DOCUMENT_FIELDS.filter((f) => fields[f] !== undefined);
  if (given.length === 0) throw new ApiError(400, 'invalid_request', `give one of text, html or content: the body must be ${BODY_SHAPE}`, 'text');
  if (given.length > 1) throw new ApiError(400, 'invalid_request', `give exactly one of text, html or content (got ${given.join(' and ')})`, given[1]);
}

// JSON strings are already decoded text: C0 control characters (other than tab and line breaks) are noise to
// drop, not a sign of binary data as they would be in a file.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

async function sourceOf(body: DocumentBody): Promise<ArticleSource> {
  const [field, raw, name] = body.text !== undefined ? ['text', body.text, 'input.txt']
    : body.html !== undefined ? ['html', body.html, 'input.html']
      : ['content', body.content ?? '', FORMAT_NAME[body.format ?? ''] ?? 'input'];
  const value = raw.replace(CONTROL, ' ');
  if (!value.trim()) throw new ApiError(422, 'unreadable_document', `${field} is empty (only white space)`, field);
  const items = await readDocuments(Buffer.from(value, 'utf8'), name);
  const first = items.find((x) => !isFailure(x)) ?? items[0];
  if (!first || isFailure(first)) throw new ApiError(422, 'unreadable_document', first ? first.error : 'no article found', field);
  if (body.published) {
    const p = parsePeriod(body.published);
    if (!p) throw new ApiError(400, 'invalid_request', `published: ${body.published} is not a valid date`, 'published');
    return { ...first, published: p.start };
  }
  return first;
}

function period(value: string | undefined, field: string): { start: string; end: string } | undefined {
  if (!value) return undefined;
  const p = parsePeriod(value);
  if (!p) throw new ApiError(400, 'invalid_request', `${field}: ${value} is not a valid date (use 2021-12-01 or 1400/09/10)`, field);
  return p;
}

/** from/to query parameters as a day range; a range that ends before it starts is an error, as in search. */
function range(q: { from?: string; to?: string }): { from?: string; until?: string } {
  const from = period(q.from, 'from')?.start, until = period(q.to, 'to')?.end;
  if (from && until && from > until) throw new ApiError(400, 'invalid_request', `from: ${clip(q.from!)} is after to: ${clip(q.to!)}`, 'from');
  return { from, until };
}

function checkKey(req: FastifyRequest, key: string | undefined): void {
  if (!key) return;
  const given = req.headers['x-api-key'];
  const a = Buffer.from(typeof given === 'string' ? given : ''), b = Buffer.from(key);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new ApiError(401, 'unauthorized', 'a valid x-api-key header is required', 'x-api-key');
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const { store } = opts;
  const apiKey = opts.apiKey ?? (process.env.RASAD_API_KEY || undefined);
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // long ids reach the route (and get "no article …") instead of failing to match it
    routerOptions: { maxParamLength: 16 * 1024 },
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: true, useDefaults: true, allErrors: false } },
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((req, reply) => reply.status(404).send(errorBody('not_found', `no route ${req.method} ${clip(req.url.split('?')[0])}`)));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Rasad API', description: 'Persian news intelligence: search, articles, entities, relations', version: '0.1.0' },
      components: { securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } } },
    },
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get<{ Querystring: { q: string; page: number; size: number; sort?: 'relevance' | 'date' } }>(
    '/api/search', { schema: S.searchSchema }, async (req) => search(store, req.query));

  app.get<{ Params: { id: string } }>('/api/articles/:id', { schema: S.articleSchema }, async (req) => {
    const a = await store.getArticle(req.params.id);
    if (!a) throw new ApiError(404, 'not_found', `no article ${clip(req.params.id)}`, 'id');
    return a;
  });

  app.get<{ Params: { ref: string } }>('/api/entities/:ref', { schema: S.entitySchema }, async (req) => {
    const e = await store.entity(req.params.ref);
    if (!e) throw new ApiError(404, 'not_found', `no entity ${clip(req.params.ref)}`, 'ref');
    return e;
  });

  app.get('/api/stats', { schema: S.statsSchema }, async () => store.stats());

  app.get<{ Querystring: { window: TrendWindow } }>('/api/trending', { schema: S.trendingSchema }, async (req) => store.trending(req.query.window));

  app.get<{ Querystring: { a: string; b?: string; from?: string; to?: string } }>('/api/relations', { schema: S.relationsSchema }, async (req) => {
    const { a, b } = req.query;
    return store.relations({ a, b, ...range(req.query) });
  });

  app.get<{ Querystring: { from?: string; to?: string; limit: number } }>('/api/network', { schema: S.networkSchema }, async (req) =>
    store.network({ ...range(req.query), limit: req.query.limit }));

  const preValidation = async (req: FastifyRequest) => checkDocumentBody(req.body);
  app.post<{ Body: DocumentBody }>('/api/analyze', { schema: S.analyzeSchema, preValidation }, async (req) => {
    const { analyze } = await import('../pipeline.ts');
    return analyze(await sourceOf(req.body));
  });

  app.post<{ Body: DocumentBody }>('/api/articles', { schema: { ...S.ingestSchema, security: [{ apiKey: [] }] }, preValidation }, async (req, reply) => {
    checkKey(req, apiKey);
    const { analyze } = await import('../pipeline.ts');
    const article = analyze(await sourceOf(req.body));
    const [r] = await store.putArticles([article]);
    return reply.status(r.created ? 201 : 200).send(r);
  });

  registerStatic(app, opts.webDir);
  return app;
}
