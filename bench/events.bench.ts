// Event extraction throughput on one core (this process, one thread), on the 221 semnan wire records
// and the first 300 Fars articles: extractEvents alone on pre-analysed docs, and the whole `analyze`
// with and without events (`analyze(src, { events: false })`), interleaved round by round. Rates are
// per second of this process's CPU time (process.cpuUsage), so other jobs on a shared machine do not
// distort the comparison; latencies are wall-clock. Prints articles/s, latency and the cost of events.
//   node bench/events.bench.ts
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** CPU seconds (user + system) of this process. */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}
import { analyze, analyzeSource } from '../src/pipeline.ts';
import { extractEvents } from '../src/events/index.ts';
import type { ArticleSource } from '../src/article.ts';

const corpora = new URL('../../shared/corpora/', import.meta.url);
const jsonl = (path: string) => readFileSync(new URL(path, corpora), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const source = (body: string, published: string | null): ArticleSource => ({ headline: null, lead: null, agency: null, service: null, sources: [], published, body });
const sources: ArticleSource[] = [
  ...jsonl('semnan-persian-news/news_data.utf8.jsonl').map((r: { text: string }) => source(r.text, '2021-12-01')),
  ...jsonl('fars-news-1500/fars-news.utf8.jsonl').slice(0, 300).map((r: { body: string; date?: string }) => source(r.body ?? '', r.date ?? null)),
].filter((s) => s.body.length > 0);
const chars = sources.reduce((n, s) => n + s.body.length, 0);

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

// 1. extractEvents alone, on docs analysed once (NER, dates and quotes are not timed)
const prepared = sources.map((s) => {
  const { article, doc } = analyzeSource(s, { events: false });
  return { doc, ctx: { entities: article.entities, dates: article.dates, quotes: article.quotes, published: s.published } };
});
for (const p of prepared.slice(0, 50)) extractEvents(p.doc, p.ctx); // warm-up
const latencies: number[] = [];
let events = 0, rounds = 0;
const t0 = performance.now(), c0 = cpu();
while (performance.now() - t0 < 3000 || rounds < 2) {
  for (const p of prepared) {
    const a = performance.now();
    events += extractEvents(p.doc, p.ctx).length;
    latencies.push(performance.now() - a);
  }
  rounds++;
}
const extractSecs = cpu() - c0;
const sentences = prepared.reduce((n, p) => n + p.doc.sentenceCount, 0);
console.log(`events: ${sources.length} articles, ${(chars / 1e6).toFixed(2)} M chars, ${sentences} sentences, ${events / rounds} events per pass`);
console.log(`extractEvents alone: ${((prepared.length * rounds) / extractSecs).toFixed(0)} articles/s (CPU time), ${((sentences * rounds) / extractSecs).toFixed(0)} sentences/s; latency p50 ${quantile(latencies, 0.5).toFixed(2)} ms, p95 ${quantile(latencies, 0.95).toFixed(2)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);

// 2. analyze with and without events, interleaved
for (const s of sources.slice(0, 30)) { analyze(s); analyze(s, { events: false }); } // warm-up
let withSecs = 0, withoutSecs = 0, passes = 0;
const t1 = performance.now();
while (performance.now() - t1 < 15000 || passes < 2) {
  // alternate which goes first, so caches warmed by one pass favour neither
  const order = passes % 2 === 0 ? [false, true] : [true, false];
  for (const events of order) {
    const a = cpu();
    for (const s of sources) analyze(s, { events });
    if (events) withSecs += cpu() - a; else withoutSecs += cpu() - a;
  }
  passes++;
}
const rateWithout = (sources.length * passes) / withoutSecs, rateWith = (sources.length * passes) / withSecs;
console.log(`analyze without events: ${rateWithout.toFixed(1)} articles/s (CPU time)`);
console.log(`analyze with events:    ${rateWith.toFixed(1)} articles/s (CPU time), ${(100 * (1 - rateWith / rateWithout)).toFixed(1)}% slower; the bar is < 50%`);
// the same cost computed from the two separate measurements (less noisy than a difference of two large numbers)
const share = (1 / ((prepared.length * rounds) / extractSecs)) / (1 / rateWithout);
console.log(`extraction alone costs ${(100 * share).toFixed(1)}% of an analyze without events`);
