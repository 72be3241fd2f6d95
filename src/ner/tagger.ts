// The statistical NER tagger: features + averaged structured perceptron, model loaded once from
// models/ner.json (trained by train/ner.ts on ParsTwiNER train, MIT).
import { readFileSync } from 'node:fs';
import { Perceptron, type ModelData } from './perceptron.ts';
import { wordFeatures, neighborFeatures, contextFeatures, spanTags, featureForm, NEIGHBOR_OFFSETS, type FeatureResources } from './features.ts';
import { loadGazetteer, loadLexicon } from './gazetteer.ts';
import { loadNames } from './names.ts';

let model: Perceptron | null = null;
let resources: FeatureResources | null = null;

export function parseClusters(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    out.set(cols[0], cols.slice(1));
  }
  return out;
}

export function loadResources(): FeatureResources {
  resources ??= {
    gazetteer: loadGazetteer(), lexicon: loadLexicon(), names: loadNames(),
    clusters: parseClusters(readFileSync(new URL('../../models/ner-clusters.tsv', import.meta.url), 'utf8')),
  };
  return resources;
}

export function loadModel(): Perceptron {
  model ??= Perceptron.fromData(JSON.parse(readFileSync(new URL('../../models/ner.json', import.meta.url), 'utf8')) as ModelData);
  return model;
}

/** IOB2 tags (ParsTwiNER types: PER LOC ORG NAT EVE POG) for one sentence of normalized words;
 * `forced` pins tags at some positions (e.g. B-ORG on an organization head word) and lets the model
 * choose the rest, so it decides where the name ends. */
export function tagWords(words: readonly string[], forced?: ReadonlyMap<number, string>, m: Perceptron = loadModel()): string[] {
  return sentenceTagger(words, m)(forced);
}

// Scores of the word-intrinsic and neighbour feature groups are cached per word form (the same
// feature strings as in training, summed once per distinct word), which makes tagging several times faster.
const CACHE_LIMIT = 200_000;
const EDGE = '\u0000';
/** per word: [own features, as neighbour at -2, -1, +1, +2] (null until first needed) */
type WordScores = (Float32Array | null)[];
let caches: { model: Perceptron; scores: Map<string, WordScores> } | null = null;

function scoresOf(w: string, m: Perceptron): WordScores {
  const cache = caches!.scores;
  let v = cache.get(w);
  if (!v) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    v = [null, null, null, null, null];
    cache.set(w, v);
  }
  return v;
}

function group(v: WordScores, k: number, w: string | null, m: Perceptron, res: FeatureResources): Float32Array {
  let g = v[k];
  if (!g) {
    g = new Float32Array(m.nLabels);
    m.addRows(m.rows(k === 0 ? wordFeatures(w!, res) : neighborFeatures(w, NEIGHBOR_OFFSETS[k - 1], res)), g);
    v[k] = g;
  }
  return g;
}

/** Emission scores computed once per sentence; decode as often as needed with different pins. */
export function sentenceTagger(rawWords: readonly string[], m: Perceptron = loadModel()): (forced?: ReadonlyMap<number, string>) => string[] {
  const n = rawWords.length;
  if (!n) return () => [];
  const res = loadResources();
  if (!caches || caches.model !== m) caches = { model: m, scores: new Map() };
  const words = rawWords.map(featureForm);
  const { gaz, seen } = spanTags(words, res);
  const L = m.nLabels;
  const e = new Float32Array(n * L);
  const per = words.map((w) => scoresOf(w, m));
  const edge = scoresOf(EDGE, m);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const own = group(per[i], 0, words[i], m, res);
    for (let y = 0; y < L; y++) e[base + y] += own[y];
    for (let k = 0; k < 4; k++) {
      const j = i + NEIGHBOR_OFFSETS[k];
      const inside = j >= 0 && j < n;
      const v = group(inside ? per[j] : edge, k + 1, inside ? words[j] : null, m, res);
      for (let y = 0; y < L; y++) e[base + y] += v[y];
    }
    m.addRows(m.rows(contextFeatures(words, i, gaz, seen)), e, base);
  }
  return (forced) => {
    const pins = forced ? new Map([...forced].map(([i, t]) => [i, Math.max(0, m.labels.indexOf(t))])) : undefined;
    return m.decodeScores(e.slice(), n, pins).map((y) => m.labels[y]);
  };
}
