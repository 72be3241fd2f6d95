// Full `analyze` throughput and latency on real agency articles, on one core (this process, one thread):
// the 221 semnan wire records (median ~1,000 characters) and 299 Fars articles from samples/corpora.
// Also times the news stages alone (quotes, keyphrases, summary, fingerprint) on the analysed docs.
//   node bench/analyze.bench.ts [--events]   (events are off by default, as with --no-events; --events adds them)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeSource } from '../src/pipeline.ts';
import { readDocuments, isReadError, findQuotes, keyphrases, summarize, fingerprint } from '../src/news/index.ts';
import type { ArticleSource } from '../src/article.ts';
import { analyzeText } from '../src/text/index.ts';
import { tagDoc } from '../src/tag/index.ts';
import { recognizeEntities } from '../src/ner/index.ts';
import { findDates, findQuantities } from '../src/time/index.ts';
import type { Doc } from '../src/doc.ts';

const withEvents = process.argv.includes('--events');
const root = new URL('../samples/corpora/', import.meta.url);
const sources: ArticleSource[] = [];
for (const f of ['semnan/semnan-news.jsonl', 'fars/fars-news-sample.jsonl']) {
  for (const r of readDocuments(readFileSync(new URL(f, root)), { name: f })) if (!isReadError(r) && r.body.length > 0) sources.push(r);
}
const lengths = sources.map((s) => s.body.length).sort((a, b) => a - b);
const median = lengths[lengths.length >> 1];

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

// warm-up: models, gazetteers and JIT
for (const s of sources.slice(0, 40)) analyzeSource(s, { events: withEvents });

const latencies: number[] = [];
const docs: Doc[] = [];
let chars = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const s of sources) {
  const a = performance.now();
  const { doc } = analyzeSource(s, { events: withEvents });
  latencies.push(performance.now() - a);
  docs.push(doc);
  chars += s.body.length;
}
const total = (performance.now() - t0) / 1000;
const cpuUsed = process.cpuUsage(cpu0);
// CPU time is the figure to compare: wall time on a shared machine depends on the other jobs
const cpuTotal = (cpuUsed.user + cpuUsed.system) / 1e6;
console.log(`analyze${withEvents ? ' (with events)' : ' (no events)'}: ${sources.length} articles, median ${median} chars, ${(chars / 1e6).toFixed(2)} M chars`);
console.log(`  throughput ${(sources.length / cpuTotal).toFixed(1)} articles/CPU-s, ${(chars / cpuTotal / 1000).toFixed(0)} k chars/CPU-s; wall ${(sources.length / total).toFixed(1)} articles/s (one core)`);
console.log(`  latency p50 ${quantile(latencies, 0.5).toFixed(2)} ms, p95 ${quantile(latencies, 0.95).toFixed(2)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);

const cpuMs = (): number => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const stage = (name: string, fn: (d: Doc) => unknown) => {
  const a = cpuMs();
  for (const d of docs) fn(d);
  const ms = cpuMs() - a;
  console.log(`  news stage ${name.padEnd(11)} ${(ms / docs.length).toFixed(3)} CPU-ms/article`);
};
stage('quotes', (d) => findQuotes(d, d.entities));
stage('keyphrases', (d) => keyphrases(d));
stage('summary', (d) => summarize(d));
stage('fingerprint', (d) => fingerprint(d.text));

// Where the time goes upstream (same articles, each stage alone on fresh docs; CPU ms).
const fresh = (fn: (s: ArticleSource, d: Doc) => unknown, name: string) => {
  const ds = sources.map((s) => analyzeText(s.body));
  if (name !== 'text') for (const d of ds) tagDoc(d);
  const a = cpuMs();
  sources.forEach((s, i) => fn(s, ds[i]));
  console.log(`  stage ${name.padEnd(16)} ${((cpuMs() - a) / sources.length).toFixed(3)} ms/article`);
};
fresh((s) => analyzeText(s.body), 'text');
fresh((_s, d) => tagDoc(d), 'tag (re-tag)');
fresh((_s, d) => recognizeEntities(d), 'ner');
fresh((s, d) => { findDates(d.text, { reference: s.published }); findQuantities(d.text); }, 'time');
