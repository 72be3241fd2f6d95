// Text-core throughput: normalize + sentence split + tokenize (+ multi-word tokens) on real Persian text
// (UD PerDT/Seraji sentences, Semnan agency wire, Fars News articles), repeated to at least 50 MB of UTF-8
// and analysed in 1 MiB chunks as `rasad tokenize` streams it. One core, one process.
//   node bench/text.bench.ts [MB]
import { readFileSync } from 'node:fs';
import { analyzeText, normalize } from '../src/text/index.ts';

const shared = new URL('../../shared/corpora/', import.meta.url);
const read = (p: string): string => { try { return readFileSync(new URL(p, shared), 'utf8'); } catch { return ''; } };

const parts: string[] = [];
for (const f of ['ud-persian-perdt/fa_perdt-ud-dev.conllu', 'ud-persian-perdt/fa_perdt-ud-test.conllu', 'ud-persian-seraji/fa_seraji-ud-dev.conllu', 'ud-persian-seraji/fa_seraji-ud-test.conllu']) {
  parts.push(read(f).split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9)).join(' '));
}
for (const f of ['semnan-persian-news/news_data.utf8.jsonl', 'fars-news-1500/fars-news.utf8.jsonl']) {
  for (const line of read(f).split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as Record<string, unknown>;
    parts.push([o.title, o.lead, o.text, o.body].filter((x) => typeof x === 'string').join('\n\n'));
  }
}
const sample = parts.join('\n\n');
if (sample.length === 0) { console.log('text bench: corpora not found, skipped'); process.exit(0); }
const targetMB = Number(process.argv[2] ?? 50);
const sampleBytes = Buffer.byteLength(sample);
const copies = Math.ceil((targetMB * 1e6) / sampleBytes);
const CHUNK = 1 << 20;
// chunks of ~1 MiB cut at paragraph breaks, as the streaming reader makes them
const chunks: string[] = [];
for (let at = 0; at < sample.length;) {
  let end = Math.min(sample.length, at + CHUNK);
  if (end < sample.length) { const p = sample.lastIndexOf('\n\n', end); if (p > at) end = p + 2; }
  chunks.push(sample.slice(at, end));
  at = end;
}
const totalBytes = sampleBytes * copies;

function run(label: string, fn: (s: string) => number): void {
  fn(chunks[0]); // warm-up
  const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
  let count = 0;
  for (let c = 0; c < copies; c++) for (const ch of chunks) count += fn(ch);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  // CPU time is the figure to compare on a shared machine; wall time includes waiting for a core
  console.log(`${label.padEnd(34)} ${(totalBytes / 1e6 / s).toFixed(1).padStart(6)} MB/s wall, ${(totalBytes / 1e6 / cpuS).toFixed(1).padStart(6)} MB/s CPU  (${(totalBytes / 1e6).toFixed(0)} MB in ${s.toFixed(2)} s, ${count.toLocaleString('en')} units)`);
}

console.log(`text bench: ${(sampleBytes / 1e6).toFixed(1)} MB of real text x ${copies} = ${(totalBytes / 1e6).toFixed(0)} MB UTF-8, ${chunks.length} chunks per copy`);
run('normalize', (s) => normalize(s).text.length);
run('normalize+split+tokenize (+MWT)', (s) => analyzeText(s).tokenCount);
const mem = process.memoryUsage();
console.log(`peak-ish memory: rss ${(mem.rss / 1e6).toFixed(0)} MB, heap ${(mem.heapUsed / 1e6).toFixed(0)} MB`);
