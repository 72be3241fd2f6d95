// Throughput of findDates + findQuantities over real news text (semnan + fars corpora), per article and
// as one long document (the scan should stay linear in the text length).
import { readFileSync } from 'node:fs';
import { findDates, findQuantities } from '../src/time/index.ts';

const shared = new URL('../../shared/corpora/', import.meta.url);
const semnan = readFileSync(new URL('semnan-persian-news/news_data.utf8.jsonl', shared), 'utf8')
  .split('\n').filter(Boolean).map((l) => ({ text: JSON.parse(l).text as string, date: '2021-12-05' }));
const fars = readFileSync(new URL('fars-news-1500/fars-news.utf8.jsonl', shared), 'utf8')
  .split('\n').filter(Boolean).map((l) => { const o = JSON.parse(l); return { text: [o.title, o.lead, o.body].join('\n'), date: o.date as string }; });
const docs = [...semnan, ...fars];
const chars = docs.reduce((n, d) => n + d.text.length, 0);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const tokens = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);

function run(): { dates: number; quantities: number } {
  let dates = 0, quantities = 0;
  for (const d of docs) {
    dates += findDates(d.text, { reference: d.date }).length;
    quantities += findQuantities(d.text).length;
  }
  return { dates, quantities };
}

run(); // warm up
const rounds = 5;
const latencies: number[] = [];
let found = { dates: 0, quantities: 0 };
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  for (const d of docs) {
    const a = performance.now();
    findDates(d.text, { reference: d.date });
    findQuantities(d.text);
    latencies.push(performance.now() - a);
  }
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6; // this process only: steadier than wall time on a shared machine
found = run();
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(3);

console.log(`corpus: ${docs.length} articles, ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${chars} chars, ${tokens} whitespace tokens`);
console.log(`found per pass: ${found.dates} dates, ${found.quantities} quantities`);
console.log(`throughput (wall): ${((bytes * rounds) / 1e6 / seconds).toFixed(2)} MB/s, ${Math.round((tokens * rounds) / seconds)} tokens/s (findDates + findQuantities, one core)`);
console.log(`throughput (CPU time): ${((bytes * rounds) / 1e6 / cpuSeconds).toFixed(2)} MB/s, ${Math.round((tokens * rounds) / cpuSeconds)} tokens/s`);
console.log(`latency per article: p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms`);

// one long document: all articles joined (~${chars} chars); time should match the per-article rate
const long = docs.map((d) => d.text).join('\n\n');
const a = performance.now();
findDates(long, { reference: '2021-12-05' });
findQuantities(long);
const longSeconds = (performance.now() - a) / 1000;
console.log(`one ${(Buffer.byteLength(long) / 1e6).toFixed(2)} MB document: ${longSeconds.toFixed(2)} s, ${(Buffer.byteLength(long) / 1e6 / longSeconds).toFixed(2)} MB/s`);
