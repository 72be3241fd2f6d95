// Tagging + lemmatizing throughput on one core (words/s, PerDT test words as sentences), model load
// time and model size. Run: node bench/tag.bench.ts
import { statSync } from 'node:fs';
import { readConllu, PERDT_TEST } from '../train/pos-conllu.ts';

const modelUrl = new URL('../models/pos-model.bin', import.meta.url);
const tableUrl = new URL('../models/pos-lemmas.tsv', import.meta.url);

const t0 = performance.now();
const { posModel } = await import('../src/tag/model.ts');
posModel();
const loadModel = performance.now() - t0;
const { tagWords } = await import('../src/tag/index.ts');
const t1 = performance.now();
tagWords(['بار', 'اول']); // loads the lemma table, lexicon, clusters, verb stems
const loadRest = performance.now() - t1;

const sentences = readConllu(PERDT_TEST).map((s) => s.words.map((w) => w.form));
const words = sentences.reduce((n, s) => n + s.length, 0);

function run(rounds: number, morphology: boolean): number {
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const s of sentences) tagWords(s, { morphology });
  return (rounds * words) / ((performance.now() - start) / 1000);
}

run(1, true); // warm-up: JIT, caches
const full = run(5, true);
const tagLemma = run(5, false);
const latencies: number[] = [];
for (const s of sentences.slice(0, 500)) { const a = performance.now(); tagWords(s); latencies.push(performance.now() - a); }
latencies.sort((a, b) => a - b);

const mb = (u: URL): string => (statSync(u).size / 1e6).toFixed(2) + ' MB';
console.log(`model load: ${loadModel.toFixed(0)} ms (weights) + ${loadRest.toFixed(0)} ms (lemma table, lexicon, clusters, verb stems)`);
console.log(`model files: pos-model.bin ${mb(modelUrl)}, pos-lemmas.tsv ${mb(tableUrl)}`);
console.log(`throughput (tags + lemmas, warm caches, one core): ${Math.round(tagLemma).toLocaleString('en')} words/s`);
console.log(`throughput (tags + lemmas + XPOS/FEATS): ${Math.round(full).toLocaleString('en')} words/s`);
console.log(`latency per sentence (${(words / sentences.length).toFixed(1)} words avg): p50 ${latencies[250].toFixed(3)} ms, p99 ${latencies[495].toFixed(3)} ms`);
