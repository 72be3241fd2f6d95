// npm run bench:store [-- --articles N --real N --sources N --batch N --workers N --backend sqlite|postgres|both --queries N]
//
// 1. Ingest throughput, analysis included: `--real` real articles (semnan + fars from ../shared/corpora) through
//    the full ingest (worker threads, 2 by default = the 2-core target) into an empty store.
//    `--sources N` adds N synthesized raw sources after them, for a long ingest at the issue's scale: each is
//    6-14 raw body sentences of the real articles (split after . ! ? ؟), drawn at random (seeded), joined
//    by a space, under a real headline, agency and date. Their words are all from those 1,416 articles, so
//    the analyzers' per-word caches fill up sooner than on real unseen news: read their rate as the steady
//    state of a warm, long-running ingest, an upper bound for a real corpus of that size.
//    The rate is printed per window of about a tenth of the run (wall and CPU), so start-up is visible apart.
// 2. A corpus of `--articles` (default 100,000) synthetic articles made from the real analyzed sentences:
//    each takes 6-14 sentences drawn at random (seeded) from the analyzed pool, with their entities, dates and
//    events carried over (offsets shifted), a real headline, an agency from the corpus's agencies and a date
//    spread over 2015-2023. They are written with putArticles in batches of 1,000 (store write throughput,
//    no analysis), then search latency p50/p95 is measured over the judged queries plus filtered, phrase,
//    OR, exclusion and date-sorted variants, through search() (snippets and facets included).
//    Latency is reported for the first run of each distinct query (cold: ranked from the index) and over all
//    runs (repeats reuse the store's cached ranking), as wall time and as this process's CPU time.
// PostgreSQL runs when RASAD_TEST_DATABASE_URL or RASAD_DATABASE_URL is set (in a scratch schema).
// Reuse a built corpus: --store FILE (SQLite) / --pg-schema NAME (PostgreSQL) with --analyzed-db FILE.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Article, Span } from '../src/article.ts';
import { openStore } from '../src/store/index.ts';
import { ingestItems } from '../src/store/ingest.ts';
import { readInputs, isFailure } from '../src/store/readers.ts';
import type { ArticleSource } from '../src/article.ts';
import type { Store } from '../src/store/types.ts';
import { search } from '../src/search/index.ts';
import { loadJudgements } from '../test/search/relevance.ts';

const { values: args } = parseArgs({
  allowPositionals: false,
  options: {
    articles: { type: 'string', default: '100000' },
    real: { type: 'string', default: '1000' },
    sources: { type: 'string', default: '0' },
    workers: { type: 'string', default: '2' },
    // articles per transaction, as `rasad ingest --batch` (whose default is 256)
    batch: { type: 'string', default: '256' },
    backend: { type: 'string', default: 'both' },
    queries: { type: 'string', default: '400' },
    // reuse articles analyzed earlier (a store from `rasad ingest`) instead of analyzing again
    'analyzed-db': { type: 'string' },
    // SQLite only: keep the synthetic store at this path; when it already holds the articles, only search is measured
    store: { type: 'string' },
    // PostgreSQL: keep the synthetic store in this schema (created when missing, never dropped); reused like --store
    'pg-schema': { type: 'string' },
  },
});
const N = Number(args.articles), REAL = Number(args.real), SOURCES = Number(args.sources), WORKERS = Number(args.workers), QUERIES = Number(args.queries);
const SHARED = fileURLToPath(new URL('../../shared/corpora/', import.meta.url));

function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function realSources(limit: number): Promise<ArticleSource[]> {
  const out: ArticleSource[] = [];
  for await (const it of readInputs([join(SHARED, 'semnan-persian-news/news_data.utf8.jsonl'), join(SHARED, 'fars-news-1500/fars-news.utf8.jsonl')])) {
    if (!isFailure(it)) out.push(it);
    if (out.length >= limit) break;
  }
  return out;
}

/** raw body sentences: split after . ! ? ؟ (not inside numbers such as ۱۲.۵) */
function rawSentences(sources: ArticleSource[]): string[] {
  const out: string[] = [];
  for (const s of sources) {
    for (const part of s.body.split(/(?<=[.!?؟])(?=\s|[^\s\d۰-۹٠-٩])/)) {
      const t = part.trim();
      if (t.length >= 20) out.push(t);
    }
  }
  return out;
}

/** `n` raw sources recombined from the real ones' sentences (see the header). */
function synthesizeSources(n: number, real: ArticleSource[]): ArticleSource[] {
  const rnd = mulberry32(1401);
  const sentences = rawSentences(real);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const day0 = Date.parse('2015-01-01');
  const out: ArticleSource[] = [];
  for (let i = 0; i < n; i++) {
    const k = 6 + Math.floor(rnd() * 9);
    const parts: string[] = [];
    for (let j = 0; j < k; j++) parts.push(pick(sentences));
    const like = pick(real);
    out.push({ headline: like.headline, lead: null, agency: like.agency, service: null, sources: [],
      published: new Date(day0 + Math.floor(rnd() * 9 * 365) * 86_400_000).toISOString().slice(0, 10),
      body: parts.join(' '), origin: `synthetic:${i}` });
  }
  return out;
}

interface Unit { text: string; entities: Article['entities']; dates: Article['dates']; events: Article['events'] }

function within<T extends Span>(items: T[], s: Span): T[] {
  return items.filter((x) => x.start >= s.start && x.end <= s.end).map((x) => ({ ...x, start: x.start - s.start, end: x.end - s.start }));
}

function sentenceUnits(articles: Article[]): Unit[] {
  const units: Unit[] = [];
  for (const a of articles) {
    for (const s of a.sentences) {
      const text = a.text.slice(s.start, s.end);
      if (text.length < 20) continue;
      units.push({ text, entities: within(a.entities, s), dates: within(a.dates, s), events: within(a.events, s) });
    }
  }
  return units;
}

function shift<T extends Span>(items: T[], by: number): T[] { return items.map((x) => ({ ...x, start: x.start + by, end: x.end + by })); }

function* synthesize(n: number, units: Unit[], real: Article[]): Generator<Article> {
  const rnd = mulberry32(1400);
  const agencies = [...new Set(real.map((a) => a.agency).filter((x): x is string => Boolean(x)))];
  if (agencies.length === 0) agencies.push('خبرگزاری مهر');
  const headlines = real.map((a) => a.headline).filter((x): x is string => Boolean(x));
  const day0 = Date.parse('2015-01-01'), days = 9 * 365;
  for (let i = 0; i < n; i++) {
    const k = 6 + Math.floor(rnd() * 9);
    let text = '';
    const sentences: Span[] = [];
    const entities: Article['entities'] = [], dates: Article['dates'] = [], events: Article['events'] = [];
    for (let j = 0; j < k; j++) {
      const u = units[Math.floor(rnd() * units.length)];
      if (text) text += ' ';
      const at = text.length;
      text += u.text;
      sentences.push({ start: at, end: text.length });
      entities.push(...shift(u.entities, at));
      dates.push(...shift(u.dates, at));
      events.push(...shift(u.events, at));
    }
    const headline = headlines[Math.floor(rnd() * headlines.length)] ?? null;
    const published = new Date(day0 + Math.floor(rnd() * days) * 86_400_000).toISOString().slice(0, 10);
    const id = createHash('sha256').update(`${i}\n${headline}\n${text}`).digest('hex').slice(0, 20);
    yield {
      id, headline, lead: null, agency: agencies[Math.floor(rnd() * agencies.length)], service: null, sources: [], published,
      url: null, text, sentences, entities, quotes: [], dates, events,
    };
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function queryMix(): string[] {
  const base = loadJudgements().queries.map((q) => q.q);
  const mix: string[] = [];
  base.forEach((q, i) => {
    mix.push(q);
    if (i % 5 === 0) mix.push(`"${q}"`);
    if (i % 5 === 1) mix.push(`${q} agency:مهر`);
    if (i % 5 === 2) mix.push(`${q} from:2019-01-01 to:1400/12/29`);
    if (i % 5 === 3) mix.push(`${q} OR ایران -فوتبال`);
    if (i % 5 === 4) mix.push(`${q} type:PER`);
  });
  return mix;
}

interface Latency { p50: number; p95: number; max: number; runs: number; meanHits: number }

function summary(times: number[], hits: number): Latency {
  const t = [...times].sort((a, b) => a - b);
  return { p50: percentile(t, 50), p95: percentile(t, 95), max: t[t.length - 1], runs: t.length, meanHits: Math.round(hits / t.length) };
}

const fmt = (l: Latency) => `p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms, max ${l.max.toFixed(1)} ms`;

/** Search latency through search() (snippets + facets): wall and this process's CPU time per query, for the
 * first run of each distinct query and sort (cold: ranked from the index) and over all runs (the mix repeats,
 * so later runs of a query reuse the store's cached ranking). */
async function measureSearch(store: Store, name: string): Promise<void> {
  const mix = queryMix();
  const t0 = performance.now();
  await store.warm(); // what a server does before listening: the search catalog and entity postings
  console.log(`[${name}]   warm-up (search catalog of ${await store.count()} articles, as a server does before listening): ${(performance.now() - t0).toFixed(0)} ms`);
  const seen = new Set<string>();
  const wall: number[] = [], cpu: number[] = [], coldWall: number[] = [], coldCpu: number[] = [];
  let hits = 0, coldHits = 0;
  for (let i = 0; i < QUERIES; i++) {
    const q = mix[i % mix.length];
    const sort = i % 7 === 6 ? 'date' : 'relevance';
    const t = performance.now();
    const c = process.cpuUsage();
    const r = await search(store, { q, sort, page: 1 + (i % 3 === 2 ? 1 : 0) });
    const dc = process.cpuUsage(c);
    const w = performance.now() - t, u = (dc.user + dc.system) / 1000;
    wall.push(w); cpu.push(u); hits += r.total;
    if (!seen.has(`${sort}\n${q}`)) { seen.add(`${sort}\n${q}`); coldWall.push(w); coldCpu.push(u); coldHits += r.total; }
  }
  const load = (await import('node:os')).loadavg()[0].toFixed(1);
  console.log(`[${name}] search over ${await store.count()} articles, cold (first run of ${coldWall.length} distinct queries): wall ${fmt(summary(coldWall, coldHits))}; CPU ${fmt(summary(coldCpu, coldHits))} (mean ${summary(coldWall, coldHits).meanHits} hits)`);
  console.log(`[${name}] search, all ${wall.length} runs of the mix (repeats use the cached ranking): wall ${fmt(summary(wall, hits))}; CPU ${fmt(summary(cpu, hits))} (load average ${load})`);
}

// Common query shapes, each run once (cold), with where the answer comes from.
const SHAPES: [string, string, 'relevance' | 'date'][] = [
  ['one frequent word', 'ایران', 'relevance'],
  ['one frequent word, by date', 'ایران', 'date'],
  ['two words', 'مجلس شورای', 'relevance'],
  ['a phrase', '"وزیر امور خارجه"', 'relevance'],
  ['words + date filter', 'تحریم from:2019-01-01 to:1400/12/29', 'relevance'],
  ['filter only (type + date)', 'type:PER from:2020-01-01', 'relevance'],
  ['filter only (entity)', 'entity:country:USA', 'relevance'],
  ['word + entity filter', 'نفت entity:country:IRN', 'relevance'],
  ['no words, newest first', '', 'date'],
];

async function measureShapes(store: Store, name: string): Promise<void> {
  for (const [label, q, sort] of SHAPES) {
    const t = performance.now(), c = process.cpuUsage();
    const r = await search(store, { q, sort });
    const dc = process.cpuUsage(c);
    console.log(`[${name}]   ${label.padEnd(28)} ${JSON.stringify(q).padEnd(40)} ${String(r.total).padStart(6)} hits: CPU ${((dc.user + dc.system) / 1000).toFixed(1)} ms, wall ${(performance.now() - t).toFixed(1)} ms`);
  }
}

async function analyzedFrom(store: Store, ids: string[]): Promise<Article[]> {
  const out: Article[] = [];
  for (const id of ids) {
    const a = await store.getArticle(id);
    if (a) { const { duplicates: _d, ...art } = a; out.push(art); }
  }
  return out;
}

async function benchBackend(name: string, open: (phase: 'ingest' | 'synthetic') => Promise<Store>, real: ArticleSource[], size?: () => string): Promise<void> {
  let analyzed: Article[];
  if (args['analyzed-db']) {
    const given = await openStore({ path: args['analyzed-db'] });
    const ids = (await given.search({ must: [], not: [], agency: [], entity: [], type: [], sort: 'date', offset: 0, limit: 100_000, facets: false })).hits.map((h) => h.id);
    analyzed = await analyzedFrom(given, ids);
    await given.close();
    console.log(`[${name}] analysis skipped: ${analyzed.length} analyzed articles taken from ${args['analyzed-db']}`);
  } else {
    // 1. ingest with analysis
    const s1 = await open('ingest');
    const cpu0 = process.cpuUsage(), main0 = process.threadCpuUsage();
    // The second half's rate is the steady state of a long ingest: workers loaded, code compiled, word caches
    // filled (its articles are still ones the workers have not seen).
    let half: { created: number; seconds: number } | undefined;
    // windows of about a tenth of the run: wall rate and CPU rate (all threads) of each
    const step = Math.max(64, Math.ceil(real.length / 10));
    let mark = { done: 0, created: 0, seconds: 0, cpu: 0 };
    const cpuNow = () => { const c = process.cpuUsage(cpu0); return (c.user + c.system) / 1e6; };
    const windows: string[] = [];
    const r = await ingestItems(s1, real, { workers: WORKERS, batchSize: Number(args.batch),
      onProgress: (p) => {
        if (!half && p.done * 2 >= p.total) half = { created: p.created, seconds: p.seconds };
        if (p.done - mark.done >= step || p.done === p.total) {
          const cpu = cpuNow(), n = p.created - mark.created;
          windows.push(`${String(mark.done).padStart(7)}–${String(p.done).padEnd(7)} ${(n / (p.seconds - mark.seconds)).toFixed(0).padStart(4)} articles/s, ${(n / (cpu - mark.cpu)).toFixed(0).padStart(4)} articles/CPU-s, load ${(loadavg()[0]).toFixed(1)}`);
          mark = { done: p.done, created: p.created, seconds: p.seconds, cpu };
        }
      } });
    const cpu = process.cpuUsage(cpu0), main = process.threadCpuUsage(main0);
    const cpuSecs = (cpu.user + cpu.system) / 1e6, mainSecs = (main.user + main.system) / 1e6;
    console.log(`[${name}] ingest with analysis: ${r.created} articles in ${r.seconds.toFixed(1)} s = ${r.articlesPerSecond.toFixed(1)} articles/s (${WORKERS} analysis workers, ${availableParallelism()} cores visible, load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
    console.log(`[${name}]   CPU: ${cpuSecs.toFixed(1)} s in all threads = ${(r.created / cpuSecs).toFixed(1)} articles per CPU second; the writing (main) thread ${mainSecs.toFixed(2)} s of it` +
      ` (${((mainSecs / cpuSecs) * 100).toFixed(0)}%), analysis itself runs at ${(r.created / (cpuSecs - mainSecs)).toFixed(0)} articles per CPU second`);
    if (r.pool) {
      const w = r.pool.workerCpuSeconds;
      console.log(`[${name}]   analysis workers: ${w.toFixed(1)} CPU s = ${(r.created / w).toFixed(0)} articles per worker CPU second; other threads (GC, compiler) ${(cpuSecs - mainSecs - w).toFixed(1)} s;` +
        ` the workers waited ${r.pool.workerWaitSeconds.toFixed(1)} s for a task (${((r.pool.workerWaitSeconds / (WORKERS * r.seconds)) * 100).toFixed(0)}% of their wall time)`);
    }
    if (half && r.seconds > half.seconds) {
      console.log(`[${name}]   second half (steady state: workers started and warm): ${r.created - half.created} articles in ${(r.seconds - half.seconds).toFixed(1)} s = ${((r.created - half.created) / (r.seconds - half.seconds)).toFixed(1)} articles/s; first half ${(half.created / half.seconds).toFixed(1)} articles/s`);
    }
    console.log(`[${name}]   by window (articles read, wall rate, CPU rate of all threads):`);
    for (const w of windows) console.log(`[${name}]     ${w}`);
    const { articleId } = await import('../src/pipeline.ts');
    analyzed = await analyzedFrom(s1, real.map(articleId));
    await s1.close();
  }
  if (N === 0) return;
  // 2. synthetic corpus
  const units = sentenceUnits(analyzed);
  const s2 = await open('synthetic');
  if ((await s2.count()) >= N) {
    console.log(`[${name}] reusing the ${await s2.count()} articles already in the store`);
    await measureSearch(s2, name);
    await measureShapes(s2, name);
    await s2.close();
    return;
  }
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let batch: Article[] = [];
  let written = 0;
  for (const a of synthesize(N, units, analyzed)) {
    batch.push(a);
    if (batch.length === 1000) { await s2.putArticles(batch); written += batch.length; batch = []; if (written % 20000 === 0) console.log(`[${name}]   … ${written} written`); }
  }
  if (batch.length) { await s2.putArticles(batch); written += batch.length; }
  const t1 = performance.now();
  await s2.optimize(); // as `rasad ingest` does after a run that grew the store by a tenth or more
  console.log(`[${name}]   full-text index optimized in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  console.log(`[${name}] store writes (pre-analyzed, ${units.length} real sentences recombined): ${written} articles in ${secs.toFixed(1)} s = ${(written / secs).toFixed(0)} articles/s` +
    ` (this process used ${cpuSecs.toFixed(1)} CPU s = ${(written / cpuSecs).toFixed(0)} articles per CPU second)${size ? `, store size ${size()}` : ''}`);
  await measureSearch(s2, name);
  await measureShapes(s2, name);
  await s2.close();
}

const realOnly = args['analyzed-db'] ? [] : await realSources(REAL);
const real = SOURCES > 0 ? [...realOnly, ...synthesizeSources(SOURCES, realOnly)] : realOnly;
console.log(`bench:store — ${realOnly.length} real articles${SOURCES > 0 ? ` + ${SOURCES} synthesized raw sources` : ''} for analysis, ${N} synthetic articles, ${QUERIES} timed queries`);
if (args.backend !== 'postgres') {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-bench-'));
  let k = 0;
  let current = '';
  try {
    await benchBackend('sqlite', async (phase) => openStore({ path: (current = phase === 'synthetic' && args.store ? args.store : join(dir, `b${k++}.db`)) }), real,
      () => `${(statSync(current).size / 2 ** 20).toFixed(0)} MiB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const pgUrl = process.env.RASAD_TEST_DATABASE_URL ?? process.env.RASAD_DATABASE_URL;
if (args.backend !== 'sqlite') {
  if (!pgUrl) console.log('[postgres] skipped: set RASAD_TEST_DATABASE_URL=postgres://…');
  else {
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    const schemas: string[] = [];
    try {
      await benchBackend('postgres', async (phase) => {
        const keep = phase === 'synthetic' ? args['pg-schema'] : undefined;
        if (keep && !/^[a-z_][a-z0-9_]*$/.test(keep)) throw new Error(`--pg-schema ${keep}: use lower-case letters, digits and _`);
        const schema = keep ?? `bench_${randomBytes(4).toString('hex')}`;
        if (keep) await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        else { schemas.push(schema); await admin.query(`CREATE SCHEMA ${schema}`); }
        const url = new URL(pgUrl);
        url.searchParams.set('options', `-c search_path=${schema}`);
        return openStore({ url: url.toString() });
      }, real);
    } finally {
      for (const s of schemas) await admin.query(`DROP SCHEMA ${s} CASCADE`);
      await admin.end();
    }
  }
}
