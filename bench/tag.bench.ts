// Tagging + lemmatizing throughput on one core (words/s, PerDT test words as sentences), model load
// time and model size. Run: node bench/tag.bench.ts
import { statSync } from 'node:fs';
import { readConllu, PERDT_DEV, PERDT_TEST } from '../train/pos-conllu.ts';

const modelUrl = new URL('../models/pos-model.bin', import.meta.url);
const tableUrl = new URL('../models/pos-lemmas.tsv', import.meta.url);

const t0 = performance.now(), cpuLoad = process.cpuUsage();
const { posModel } = await import('../src/tag/model.ts');
posModel();
const loadModel = performance.now() - t0;
const { tagWords, loadTagger } = await import('../src/tag/index.ts');
const t1 = performance.now();
loadTagger(); // the lemma table, lexicon, clusters, names, verb stems, broken plurals
const loadRest = performance.now() - t1;
const loadCpu = process.cpuUsage(cpuLoad);

const sentences = readConllu(PERDT_TEST).map((s) => s.words.map((w) => w.form));
const words = sentences.reduce((n, s) => n + s.length, 0);

/** Words per second of wall time and of this process's CPU time (the fair figure on a busy machine). */
// `thread`: this thread's CPU alone; the rest of the process's CPU is V8's compiler and GC threads (a fresh
// process compiles the tagger's code there during its first pass)
function run(rounds: number, morphology: boolean): { wall: number; cpu: number; thread: number } {
  const start = performance.now(), cpu0 = process.cpuUsage(), thread0 = process.threadCpuUsage();
  for (let r = 0; r < rounds; r++) for (const s of sentences) tagWords(s, { morphology });
  const cpu = process.cpuUsage(cpu0), thread = process.threadCpuUsage(thread0);
  return { wall: (rounds * words) / ((performance.now() - start) / 1000), cpu: (rounds * words) / ((cpu.user + cpu.system) / 1e6),
    thread: (rounds * words) / ((thread.user + thread.system) / 1e6) };
}
const rate = (r: { wall: number; cpu: number; thread: number }): string =>
  `${Math.round(r.wall).toLocaleString('en')} words/s wall, ${Math.round(r.cpu).toLocaleString('en')} words/s of CPU time (${Math.round(r.thread).toLocaleString('en')} of the tagging thread's own)`;

const cold = run(1, true); // first pass in a fresh process: every word is new to the caches, the code not yet optimized
const { clearTaggerCaches } = await import('../src/tag/index.ts');
// New text in a running process: the code is warm (it tagged other text), the word caches are empty.
const devSentences = readConllu(PERDT_DEV).map((s) => s.words.map((w) => w.form));
for (const s of devSentences) tagWords(s);
clearTaggerCaches();
const newText = run(1, true);
const full = run(5, true);
const tagLemma = run(5, false);
const latencies: number[] = [];
for (const s of sentences.slice(0, 500)) { const a = performance.now(); tagWords(s); latencies.push(performance.now() - a); }
latencies.sort((a, b) => a - b);

const mb = (u: URL): string => { try { return (statSync(u).size / 1e6).toFixed(2) + ' MB'; } catch { return 'absent'; } };
console.log(`model load: ${loadModel.toFixed(0)} ms (weights) + ${loadRest.toFixed(0)} ms (lemma table, lexicon, clusters, names, verb stems); CPU time ${((loadCpu.user + loadCpu.system) / 1000).toFixed(0)} ms`);
console.log(`model files: pos-model.bin ${mb(modelUrl)}, pos-lemmas.tsv ${mb(tableUrl)}`);
console.log(`throughput (tags + lemmas, warm caches, one core): ${rate(tagLemma)}`);
console.log(`throughput (tags + lemmas + XPOS/FEATS): ${rate(full)}`);
console.log(`first pass over ${words} words in a fresh process (all three): ${rate(cold)}`);
console.log(`first pass over the same words as new text in a running process (caches emptied after tagging PerDT dev): ${rate(newText)}`);
console.log(`machine load average: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} (wall figures suffer when it exceeds the core count)`);
console.log(`latency per sentence (${(words / sentences.length).toFixed(1)} words avg): p50 ${latencies[250].toFixed(3)} ms, p99 ${latencies[495].toFixed(3)} ms`);
