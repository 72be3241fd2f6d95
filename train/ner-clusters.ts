// Distributional word clusters for the NER tagger, from unlabeled text: each frequent word is described
// by counts of its left and right neighbours among the most frequent words, reduced by a seeded random
// projection and grouped by k-means (coarse and fine). Words that behave alike (names of clubs, cities,
// given names) share a cluster, which helps with names the labelled data never shows.
// Text: Fars News 1500 (CC BY 4.0, Fars News Agency), semnan-persian-news (MIT), VOA Dari 2011 (public
// domain) and the tokens of ParsTwiNER train+dev (MIT, labels unused). Never a test split; no UD text
// (CC BY-SA would make the clusters share-alike).
// Run: node train/ner-clusters.ts   (writes models/ner-clusters.tsv)
import { readFileSync, writeFileSync } from 'node:fs';
import { normalize } from '../src/text/index.ts';
import { parseConll } from '../src/ner/conll.ts';
import { featureForm } from '../src/ner/features.ts';

const CORPORA = new URL('../../shared/corpora/', import.meta.url);
const SEED = 7;
const VOCAB = 40000, CONTEXT = 2000, DIM = 128, MIN_FREQ = Number(process.env.NER_MIN_FREQ ?? 3);
const KS = (process.env.NER_KS ?? '64,512,128,1024').split(',').map(Number);
// Context positions (±1, or ±1 and ±2) and weighting (log count, or positive PMI).
const WINDOW = Number(process.env.NER_CLUSTER_WINDOW ?? 1);
const PPMI = Boolean(process.env.NER_CLUSTER_PPMI);
const OUT = new URL(process.env.NER_CLUSTERS_OUT ?? '../models/ner-clusters.tsv', import.meta.url);

function mulberry32(a: number): () => number {
  return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const rand = mulberry32(SEED);

const TOKEN = /[\p{L}\p{M}\p{N}\u200C_]+|[^\s\p{L}\p{M}\p{N}]/gu;
function tokenize(text: string): string[] {
  return (normalize(text).text.match(TOKEN) ?? []).map(featureForm);
}

const sentences: string[][] = [];
for (const line of readFileSync(new URL('fars-news-1500/fars-news.utf8.jsonl', CORPORA), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { title?: string; lead?: string; body?: string };
  for (const part of [r.title, r.lead, r.body]) if (part) sentences.push(tokenize(part));
}
for (const line of readFileSync(new URL('semnan-persian-news/news_data.utf8.jsonl', CORPORA), 'utf8').split('\n')) {
  if (line.trim()) sentences.push(tokenize((JSON.parse(line) as { text: string }).text));
}
for (const line of readFileSync(new URL('voa-dari-2011/voa_dari_2011.utf8.jsonl', CORPORA), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { title?: string; lead?: string | null; body?: string };
  for (const part of [r.title, r.lead, r.body]) if (part) sentences.push(tokenize(part));
}
for (const split of ['train.txt', 'dev.txt']) {
  for (const s of parseConll(readFileSync(new URL(`parstwiner/${split}`, CORPORA), 'utf8'))) sentences.push(s.tokens.map((t) => featureForm(normalize(t).text.trim() || t)));
}

const freq = new Map<string, number>();
let tokens = 0;
for (const s of sentences) for (const w of s) { freq.set(w, (freq.get(w) ?? 0) + 1); tokens++; }
const ranked = [...freq].filter(([, c]) => c >= MIN_FREQ).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocab = ranked.slice(0, VOCAB).map(([w]) => w);
const vIndex = new Map(vocab.map((w, i) => [w, i]));
const cIndex = new Map(vocab.slice(0, CONTEXT).map((w, i) => [w, i]));
console.log(`${tokens} tokens, ${freq.size} types, ${vocab.length} clustered`);

// Random projection rows for the context dimensions (one block of CONTEXT words per position).
const OFFSETS = WINDOW === 2 ? [-2, -1, 1, 2] : [-1, 1];
const CTX = OFFSETS.length * CONTEXT;
const proj = new Float32Array(CTX * DIM);
for (let i = 0; i < proj.length; i++) proj[i] = rand() < 0.5 ? -1 : 1;
const vec = new Float32Array(vocab.length * DIM);
const counts = new Map<number, number>(); // (word*CTX + ctx) -> count
const ctxTotals = new Float64Array(CTX), wordTotals = new Float64Array(vocab.length);
let pairs = 0;
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const v = vIndex.get(s[i]);
    if (v === undefined) continue;
    OFFSETS.forEach((o, b) => {
      const j = i + o;
      const c = j >= 0 && j < s.length ? cIndex.get(s[j]) : undefined;
      if (c === undefined) return;
      const ctx = b * CONTEXT + c, k = v * CTX + ctx;
      counts.set(k, (counts.get(k) ?? 0) + 1);
      ctxTotals[ctx]++; wordTotals[v]++; pairs++;
    });
  }
}
for (const [k, c] of counts) {
  const v = Math.floor(k / CTX), ctx = k % CTX;
  // damp frequent contexts: log count, or positive PMI
  const weight = PPMI ? Math.max(0, Math.log((c * pairs) / (wordTotals[v] * ctxTotals[ctx]))) : Math.log1p(c);
  if (!weight) continue;
  for (let d = 0; d < DIM; d++) vec[v * DIM + d] += weight * proj[ctx * DIM + d];
}
for (let v = 0; v < vocab.length; v++) {
  let n = 0;
  for (let d = 0; d < DIM; d++) n += vec[v * DIM + d] ** 2;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < DIM; d++) vec[v * DIM + d] /= n;
}

function kmeans(k: number, iterations = 12): Int32Array {
  const centers = new Float32Array(k * DIM);
  for (let c = 0; c < k; c++) { const v = Math.floor(rand() * vocab.length); centers.set(vec.subarray(v * DIM, v * DIM + DIM), c * DIM); }
  const assign = new Int32Array(vocab.length);
  for (let it = 0; it < iterations; it++) {
    for (let v = 0; v < vocab.length; v++) {
      let best = -Infinity, arg = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let d = 0; d < DIM; d++) s += vec[v * DIM + d] * centers[c * DIM + d];
        if (s > best) { best = s; arg = c; }
      }
      assign[v] = arg;
    }
    centers.fill(0);
    for (let v = 0; v < vocab.length; v++) for (let d = 0; d < DIM; d++) centers[assign[v] * DIM + d] += vec[v * DIM + d];
    for (let c = 0; c < k; c++) {
      let n = 0;
      for (let d = 0; d < DIM; d++) n += centers[c * DIM + d] ** 2;
      n = Math.sqrt(n);
      if (!n) { const v = Math.floor(rand() * vocab.length); centers.set(vec.subarray(v * DIM, v * DIM + DIM), c * DIM); continue; }
      for (let d = 0; d < DIM; d++) centers[c * DIM + d] /= n;
    }
  }
  return assign;
}

const assignments = KS.map((k) => kmeans(k));
const rows = [`# Word clusters (k = ${KS.join(', ')}) by train/ner-clusters.ts from Fars News 1500 (CC BY 4.0, Fars News Agency), semnan-persian-news (MIT), VOA Dari 2011 (public domain) and ParsTwiNER train+dev tokens (MIT).`];
vocab.forEach((w, v) => rows.push(`${w}\t${assignments.map((a) => a[v]).join('\t')}`));
writeFileSync(OUT, rows.join('\n') + '\n');
console.log(`wrote ${OUT.pathname} (${vocab.length} words)`);
