// JSON schemas of the HTTP API: they validate requests and generate /api/openapi.json (one source for both).
const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const open = (description: string) => ({ type: 'object', additionalProperties: true, description }) as const;

export const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: str, message: str, field: str },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
} as const;

const valueCount = { type: 'object', properties: { value: str, count: int } } as const;

export const searchSchema = {
  summary: 'Full-text search with the Rasad query language',
  description: 'Words, "phrases", -exclusion, OR, and filters agency:, entity: (ref or name), type: (PER ORG LOC…), from:, to: (Gregorian or Jalali dates).',
  querystring: {
    type: 'object',
    properties: {
      q: { type: 'string', default: '', maxLength: 20000, description: 'query text' },
      page: { type: 'integer', minimum: 1, maximum: 10000, default: 1 },
      size: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
      sort: { type: 'string', enum: ['relevance', 'date'] },
    },
  },
  response: {
    200: {
      type: 'object',
      properties: {
        query: str, page: int, size: int,
        total: { type: 'integer', description: 'how many articles match (exact)' },
        facetsOver: { type: 'integer', description: 'how many best-ranked matches the facet counts cover (all of them up to 500)' },
        hits: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: str, headline: nullableStr, agency: nullableStr, published: nullableStr,
              score: { type: 'number', description: 'relevance, higher is better (SQLite: BM25, PostgreSQL: cover density); 0 with sort=date, which orders by date alone' },
              snippet: {
                type: 'object',
                properties: { text: str, highlights: { type: 'array', items: { type: 'array', items: int, minItems: 2, maxItems: 2 } } },
              },
            },
          },
        },
        facets: {
          type: 'object',
          properties: {
            agency: { type: 'array', items: valueCount },
            entity: { type: 'array', items: { type: 'object', properties: { value: str, ref: str, type: str, count: int } } },
            type: { type: 'array', items: valueCount },
            month: { type: 'array', items: valueCount },
          },
        },
      },
    },
    '4xx': errorSchema,
  },
} as const;

export const articleSchema = {
  summary: 'One stored article (Article JSON v1) with its near-duplicates',
  params: { type: 'object', properties: { id: { type: 'string', minLength: 1 } }, required: ['id'] },
  response: { 200: open('Article JSON v1 plus duplicates: [{ id, headline, agency, published, similarity }]'), '4xx': errorSchema },
} as const;

export const entitySchema = {
  summary: 'An entity (by canonical ref): timeline, co-occurring entities, quotes, articles, relations',
  params: { type: 'object', properties: { ref: { type: 'string', minLength: 1 } }, required: ['ref'] },
  response: { 200: open('{ ref, name, type, count, timeline, cooccurring, quotes, articles, relations }'), '4xx': errorSchema },
} as const;

export const statsSchema = {
  summary: 'Store totals',
  response: { 200: open('{ articles, entities, quotes, events, rejected, agencies, newest, oldest }') },
} as const;

export const trendingSchema = {
  summary: 'Entities, agencies and articles of the latest window (measured back from the newest stored article)',
  querystring: { type: 'object', properties: { window: { type: 'string', enum: ['day', 'week', 'month'], default: 'week' } } },
  response: { 200: open('{ window, since, until, entities, agencies, articles }'), '4xx': errorSchema },
} as const;

const dateParam = { type: 'string', maxLength: 40, description: 'Gregorian (2021-12-01) or Jalali (1400/09/10) date' } as const;

export const relationsSchema = {
  summary: 'Relations of an actor or a dyad: event counts by type, net cooperation-conflict score by month, evidence',
  querystring: {
    type: 'object',
    properties: { a: { type: 'string', minLength: 1, maxLength: 300 }, b: { type: 'string', minLength: 1, maxLength: 300 }, from: dateParam, to: dateParam },
    required: ['a'],
  },
  response: { 200: open('{ a, b, counts, months: [{ month, count, score }], events }'), '4xx': errorSchema },
} as const;

export const networkSchema = {
  summary: 'Network of actors linked by events',
  querystring: {
    type: 'object',
    properties: { from: dateParam, to: dateParam, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } },
  },
  response: { 200: open('{ nodes: [{ ref, name, type, count }], edges: [{ a, b, count, score, types }] }'), '4xx': errorSchema },
} as const;

const documentBody = {
  type: 'object',
  description: 'One of text (wire text), html (a web page) or content (any supported format; format names it)',
  properties: {
    text: { type: 'string', minLength: 1 },
    html: { type: 'string', minLength: 1 },
    content: { type: 'string', minLength: 1 },
    format: { type: 'string', enum: ['text', 'html', 'rss', 'atom', 'json', 'jsonl'] },
    published: { type: 'string', maxLength: 40 },
  },
  minProperties: 1,
  oneOf: [{ required: ['text'] }, { required: ['html'] }, { required: ['content'] }],
} as const;

export const analyzeSchema = {
  summary: 'Analyze one document without storing it',
  body: documentBody,
  response: { 200: open('Article JSON v1'), '4xx': errorSchema },
} as const;

export const ingestSchema = {
  summary: 'Analyze and store one document (needs x-api-key when RASAD_API_KEY is set)',
  body: documentBody,
  headers: { type: 'object', properties: { 'x-api-key': { type: 'string' } } },
  response: {
    200: { type: 'object', properties: { id: str, created: { type: 'boolean' } } },
    201: { type: 'object', properties: { id: str, created: { type: 'boolean' } } },
    '4xx': errorSchema,
  },
} as const;
