// DEVELOPMENT ONLY: a stand-in for `rasad serve` (static web/dist + canned API answers shaped like the
// HTTP API contract), used by the e2e test only while the real server command does not exist yet.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const text = 'سید ابراهیم رئیسی رئیس‌جمهور ایران در دیدار با ولادیمیر پوتین در مسکو گفت: «همکاری ایران و روسیه راهبردی است.» دو کشور قرارداد همکاری اقتصادی امضا کردند.';
const article = {
  id: 'mock1', headline: 'دیدار رئیسی و پوتین در مسکو', lead: 'رئیس‌جمهور ایران با همتای روس خود دیدار کرد.',
  agency: 'خبرگزاری فارس', service: 'سرویس سیاسی', sources: ['خبرگزاری فارس'], published: '2021-12-05', text,
  sentences: [{ start: 0, end: 107 }, { start: 108, end: text.length }],
  entities: [
    { text: 'سید ابراهیم رئیسی', type: 'PER', start: 0, end: 17, ref: 'person:ebrahim-raisi' },
    { text: 'ایران', type: 'LOC', start: 29, end: 34, ref: 'country:IRN' },
    { text: 'ولادیمیر پوتین', type: 'PER', start: 46, end: 60, ref: 'person:vladimir-putin' },
    { text: 'مسکو', type: 'LOC', start: 64, end: 68, ref: 'country:RUS' },
  ],
  quotes: [{ speaker: { text: 'سید ابراهیم رئیسی', ref: 'person:ebrahim-raisi' }, verb: 'گفت', text: 'همکاری ایران و روسیه راهبردی است.', start: 75, end: 106, direct: true }],
  dates: [], events: [{ type: 'CONSULT', mode: 'meet', actor: { text: 'ایران', ref: 'country:IRN' }, target: { text: 'روسیه', ref: 'country:RUS' }, negated: false, start: 0, end: 107 }],
};
const hit = { id: 'mock1', headline: article.headline, agency: article.agency, published: article.published, score: 1, snippet: { text: text.slice(0, 80), highlights: [[29, 34]] } };

function api(path: string, q: URLSearchParams, method: string, body: string): [number, unknown] {
  if (path === '/api/search' && /^(از|به|که|\s)*$/.test(q.get('q') ?? '')) return [200, { query: q.get('q'), total: 0, page: 1, size: 20, hits: [], facets: {} }];
  if (path === '/api/search') return [200, { query: q.get('q'), total: 1, page: 1, size: 20, hits: [hit],
    facets: { agency: [{ value: 'خبرگزاری فارس', count: 1 }], entity: [{ value: 'ایران', ref: 'country:IRN', type: 'LOC', count: 1 }], type: [{ value: 'PER', count: 1 }], month: [{ value: '2021-12', count: 1 }] } }];
  if (path === '/api/articles/mock1') return [200, { ...article, duplicates: [] }];
  if (path.startsWith('/api/articles/')) return [404, { error: { code: 'not_found', message: 'no article' } }];
  if (path.startsWith('/api/entities/')) return [200, { ref: 'person:ebrahim-raisi', name: 'سید ابراهیم رئیسی', type: 'PER', count: 3,
    timeline: [{ month: '2021-11', count: 1 }, { month: '2021-12', count: 2 }], cooccurring: [{ ref: 'country:IRN', name: 'ایران', type: 'LOC', count: 2 }],
    quotes: [{ articleId: 'mock1', text: 'همکاری ایران و روسیه راهبردی است.', verb: 'گفت', published: '2021-12-05' }],
    articles: [{ id: 'mock1', headline: article.headline, agency: article.agency, published: article.published }], relations: [{ ref: 'country:RUS', name: 'روسیه', count: 1, score: 1 }] }];
  if (path === '/api/analyze' && method === 'POST') {
    const posted = String(JSON.parse(body || '{}').text ?? '');
    return [200, { ...article, text: posted, sentences: [], quotes: [], events: [], entities: [{ text: posted.slice(0, 5), type: 'ORG', start: 0, end: 5 }] }];
  }
  if (path === '/api/articles' && method === 'POST') return [200, { id: 'mock1', created: true }];
  if (path === '/api/stats') return [200, { articles: 1, entities: 4, quotes: 1, events: 1, rejected: 0, agencies: [{ value: 'خبرگزاری فارس', count: 1 }], newest: '2021-12-05', oldest: '2021-12-05' }];
  if (path === '/api/trending') return [200, { window: q.get('window'), since: '2021-11-28', until: '2021-12-05', entities: [{ ref: 'country:IRN', name: 'ایران', type: 'LOC', count: 2, previous: 1 }], agencies: [{ value: 'خبرگزاری فارس', count: 1, previous: 0 }], articles: [hit] }];
  if (path === '/api/relations') return [200, { a: q.get('a'), b: q.get('b'), counts: { CONSULT: 1 }, months: [{ month: '2021-12', count: 1, score: 1 }],
    events: [{ type: 'CONSULT', negated: false, articleId: 'mock1', headline: article.headline, published: article.published, sentence: text.slice(0, 107), start: 0, end: 107, actor: { text: 'ایران' }, target: { text: 'روسیه' } }] }];
  if (path === '/api/network') return [200, { nodes: [{ ref: 'country:IRN', name: 'ایران', type: 'LOC', count: 3 }, { ref: 'country:RUS', name: 'روسیه', type: 'LOC', count: 2 }], edges: [{ a: 'country:IRN', b: 'country:RUS', count: 1, score: 1, types: { CONSULT: 1 } }] }];
  return [404, { error: { code: 'not_found', message: path } }];
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff' };

export async function startMock(dist: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/')) {
      let posted = '';
      for await (const chunk of req) posted += chunk;
      const [status, body] = api(url.pathname, url.searchParams, req.method ?? 'GET', posted);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      return;
    }
    const file = normalize(join(dist, url.pathname));
    const data = file.startsWith(dist) && extname(file) ? await readFile(file).catch(() => null) : null;
    if (data) res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(data);
    else res.writeHead(200, { 'content-type': types['.html'] }).end(await readFile(join(dist, 'index.html')));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
