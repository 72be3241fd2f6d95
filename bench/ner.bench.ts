// NER throughput on one core (this process, one thread): recognizeEntities on pre-analysed docs of
// the 221 semnan wire articles (text analysis is not timed), and the statistical tagger alone on
// ParsTwiNER test sentences (and the --conll paths: the default full recognizer, the --vote ensemble). Prints tokens/s and per-article latency. Last, one pass over 500 Fars
// articles none of the above contains (records 600-1099, as bench/profile-analyze.ts): most of their
// words are new to the tagger's caches, as in ingest of fresh news.
//   node bench/ner.bench.ts
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../src/text/index.ts';
import { recognizeEntities, tagTokens } from '../src/ner/index.ts';
import { parseConll } from '../src/ner/conll.ts';
import { readDocuments, isReadError } from '../src/news/index.ts';

const corpus = new URL('../../shared/corpora/', import.meta.url);
const texts = readFileSync(new URL('semnan-persian-news/news_data.utf8.jsonl', corpus), 'utf8')
  .split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const docs = texts.map((t) => analyzeText(t));
const tokens = docs.reduce((n, d) => n + d.tokenCount, 0);

for (const d of docs.slice(0, 20)) recognizeEntities(d); // warm-up: model, gazetteers, JIT

const ROUNDS = 3;
const latencies: number[] = [];
let mentions = 0;
// CPU time as well as wall time: on a shared machine wall time also counts time spent descheduled.
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let r = 0; r < ROUNDS; r++) {
  for (const d of docs) {
    const a = performance.now();
    mentions += recognizeEntities(d).length;
    latencies.push(performance.now() - a);
  }
}
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
latencies.sort((a, b) => a - b);
const q = (p: number): string => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(2);
console.log(`recognizeEntities: ${docs.length} semnan articles x ${ROUNDS}, ${tokens} tokens each round, ${mentions / ROUNDS} mentions`);
console.log(`  throughput ${Math.round((tokens * ROUNDS) / secs).toLocaleString('en')} tokens/s wall, ${Math.round((tokens * ROUNDS) / cpuSecs).toLocaleString('en')} tokens per CPU-second (one thread)`);
console.log(`  latency per article ms: p50 ${q(0.5)}  p90 ${q(0.9)}  p99 ${q(0.99)}  max ${q(1)}`);

const test = parseConll(readFileSync(new URL('parstwiner/test.txt', corpus), 'utf8'));
const testTokens = test.reduce((n, s) => n + s.tokens.length, 0);
const cpu1 = process.cpuUsage();
const t1 = performance.now();
for (let r = 0; r < ROUNDS; r++) for (const s of test) tagTokens(s.tokens, { recognizer: 'model' });
const secs2 = (performance.now() - t1) / 1000;
const cpu2 = process.cpuUsage(cpu1);
console.log(`tagger alone (ParsTwiNER test, ${testTokens} tokens x ${ROUNDS}): ${Math.round((testTokens * ROUNDS) / secs2).toLocaleString('en')} tokens/s wall, ${Math.round((testTokens * ROUNDS) / ((cpu2.user + cpu2.system) / 1e6)).toLocaleString('en')} tokens per CPU-second`);

// `rasad ner --conll`: with no flags the full recognizer; --vote, the span vote of the tagger ensemble (five taggers)
for (const [label, opts] of [['default (full recognizer)', {}], ['--vote (ensemble of five taggers)', { recognizer: 'vote' }]] as const) {
  const before = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) for (const s of test) tagTokens(s.tokens, opts);
  const used = process.cpuUsage(before);
  console.log(`rasad ner --conll ${label} (ParsTwiNER test, ${testTokens} tokens x ${ROUNDS}): ${Math.round((testTokens * ROUNDS) / ((used.user + used.system) / 1e6)).toLocaleString('en')} tokens per CPU-second`);
}

const fars = readDocuments(readFileSync(new URL('fars-news-1500/fars-news.utf8.jsonl', corpus)), { name: 'fars' })
  .flatMap((r) => (isReadError(r) || !r.body ? [] : [r.body])).slice(600, 1100).map((t) => analyzeText(t));
const farsTokens = fars.reduce((n, d) => n + d.tokenCount, 0);
const cpu3 = process.cpuUsage();
for (const d of fars) recognizeEntities(d);
const cpu4 = process.cpuUsage(cpu3);
console.log(`recognizeEntities, one pass over ${fars.length} unseen Fars articles (${farsTokens} tokens): ${Math.round(farsTokens / ((cpu4.user + cpu4.system) / 1e6)).toLocaleString('en')} tokens per CPU-second`);
