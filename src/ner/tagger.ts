// The statistical NER tagger: features + averaged structured perceptron, model loaded once from
// models/ner.json (trained by train/ner.ts on ParsTwiNER train, MIT).
import { existsSync, readFileSync } from 'node:fs';
import { voteSpans, spansToTags } from './ensemble.ts';
import { Perceptron, type ModelData } from './perceptron.ts';
import { visitWordFeatures, visitNeighborFeatures, visitContext, spanTags, featureForm, wordInfo, NEIGHBOR_OFFSETS, type FeatureResources, type ContextVisitor, type FeatureSink, type WordInfo } from './features.ts';
import { loadGazetteer, loadLexicon, type Gazetteer, type SentenceNames, type TrieNode } from './gazetteer.ts';
import { loadNames, parseNames } from './names.ts';

let model: Perceptron | null = null;
let ENSEMBLE_FILE = '../../models/ner-ensemble.json';
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

/** Evaluation only: tag with another model and seen-names list (one trained on ParsTwiNER train alone,
 * so dev can be scored with the full recognizer). */
export function useModel(m: Perceptron, namesText: string, ensembleFile?: string): void {
  model = m;
  if (ensembleFile) ENSEMBLE_FILE = ensembleFile;
  resources = { ...loadResources(), names: parseNames(namesText) };
  caches = new WeakMap();
  ensemble = null;
}

/** The models `rasad ner --conll` votes with: the shipped model and the other members of its ensemble
 * (models/ner-ensemble.json: same features, other training orders), and the votes a span needs. */
export interface Ensemble { models: Perceptron[]; minVotes: number }
let ensemble: Ensemble | null = null;
export function loadEnsemble(): Ensemble {
  if (!ensemble) {
    const url = new URL(ENSEMBLE_FILE, import.meta.url);
    const data = existsSync(url) ? JSON.parse(readFileSync(url, 'utf8')) as { minVotes: number; members: ModelData[] } : { minVotes: 1, members: [] };
    ensemble = { models: [loadModel(), ...data.members.map((d) => Perceptron.fromData(d))], minVotes: data.minVotes };
  }
  return ensemble;
}

/** IOB2 tags by the ensemble's span vote (ParsTwiNER types). */
export function tagWordsByVote(words: readonly string[], e: Ensemble = loadEnsemble()): string[] {
  if (e.models.length === 1) return tagWords(words, undefined, e.models[0]);
  return spansToTags(words.length, voteSpans(e.models.map((m) => tagWords(words, undefined, m)), e.minVotes));
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

// Scores are cached (the same feature strings as in training, each group summed once), which makes
// tagging several times faster: per word form the word-intrinsic and neighbour groups; per prefix +
// span tag the gazetteer / seen-name features. Word-pair features are looked up in an index of the
// model's own pairs (left word -> right word -> weights), so no pair string is built per position.
const CACHE_LIMIT = 200_000;
const EDGE = '\u0000';
/** per word: the sums of its five feature groups (own features, as neighbour at -2, -1, +1, +2), each summed when first needed */
export interface WordScores {
  /** the five groups' sums, group k at k * nLabels (one allocation per word) */
  sums: Float32Array;
  /** bit k set: group k summed */
  done: number;
  /** the model's pairs with this word on the left (right word -> weights), looked up once; undefined until then */
  rights?: Map<string, (Float32Array | null)[]> | null;
  /** rows of this word's identity features (IDENTITY_PREFIXES order, -1: unknown), looked up once */
  ids?: Int32Array;
  /** shape, lexicon entry and clusters, shared by its own group and the ±1 neighbour groups */
  info?: WordInfo;
  /** the word's first-word nodes in the gazetteer / seen-names tries (null: no name begins with it) */
  gazFirst?: TrieNode | null;
  namesFirst?: TrieNode | null;
}
type PairIndex = Map<string, Map<string, (Float32Array | null)[]>>;
/** the model's features by prefix (up to an «=», at every «=») and value: prefix + value = feature;
 * `slot`: the prefix's place in IDENTITY_PREFIXES, -1 for the others */
type PrefixIndex = Map<string, { values: Map<string, number>; slot: number }>;
/** The features whose value is the word itself: one lookup per word (Caches.identity) finds all five. */
const IDENTITY_PREFIXES = ['w=', 'w-2=', 'w-1=', 'w+1=', 'w+2='];
const NO_IDS = new Int32Array(IDENTITY_PREFIXES.length).fill(-1);
interface Caches {
  model: Perceptron; words: Map<string, WordScores>; pairs: PairIndex; spans: Map<string, Map<string, Float32Array | null>>;
  prefixes: PrefixIndex;
  /** word -> rows of its identity features */
  identity: Map<string, Int32Array>;
  /** the word whose group is being summed (null at the sentence edge) and its identity rows */
  word: string | null;
  ids: Int32Array;
  /** adds a visited feature's weights into `target` at `targetBase` (the group being summed) */
  sink: FeatureSink;
  target: Float32Array;
  targetBase: number;
}
/** per model (the shipped one, or the members of the --conll ensemble) */
let caches = new WeakMap<Perceptron, Caches>();
function cachesOf(m: Perceptron): Caches {
  let c = caches.get(m);
  if (!c) { c = newCaches(m); caches.set(m, c); }
  return c;
}

/** per word: own features, then as neighbour at -2, -1, +1, +2 */
const GROUPS = 5;
const PAIR_SLOT = { 'ww+1=': 0, 'w-1w=': 1 } as const;

/** The model's word-pair features as left -> right -> [weights as «ww+1», as «w-1w»] (views into the
 * weight matrix). Pairs whose words contain «|» are ambiguous as strings and are left to the slow path. */
function pairIndex(m: Perceptron): PairIndex {
  const out: PairIndex = new Map();
  const L = m.nLabels;
  for (const [f, r] of m.index) {
    const slot = f.startsWith('ww+1=') ? 0 : f.startsWith('w-1w=') ? 1 : -1;
    if (slot < 0) continue;
    const bar = f.indexOf('|', 5);
    if (bar < 0 || f.indexOf('|', bar + 1) >= 0) continue;
    const left = f.slice(5, bar), right = f.slice(bar + 1);
    let byRight = out.get(left);
    if (!byRight) { byRight = new Map(); out.set(left, byRight); }
    let v = byRight.get(right);
    if (!v) { v = [null, null]; byRight.set(right, v); }
    v[slot] = m.w.subarray(r * L, r * L + L);
  }
  return out;
}

function prefixIndex(m: Perceptron): PrefixIndex {
  const out: PrefixIndex = new Map();
  for (const [f, r] of m.index) {
    for (let k = f.indexOf('='); k >= 0; k = f.indexOf('=', k + 1)) {
      const prefix = f.slice(0, k + 1);
      let byValue = out.get(prefix);
      if (!byValue) { byValue = { values: new Map(), slot: IDENTITY_PREFIXES.indexOf(prefix) }; out.set(prefix, byValue); }
      byValue.values.set(f.slice(k + 1), r);
    }
  }
  return out;
}

function identityIndex(prefixes: PrefixIndex): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>();
  for (const { values, slot } of prefixes.values()) {
    if (slot < 0) continue;
    for (const [value, r] of values) {
      let ids = out.get(value);
      if (!ids) { ids = NO_IDS.slice(); out.set(value, ids); }
      ids[slot] = r;
    }
  }
  return out;
}

function newCaches(m: Perceptron): Caches {
  const prefixes = prefixIndex(m);
  const c: Caches = {
    model: m, words: new Map(), pairs: pairIndex(m), spans: new Map(), prefixes, identity: identityIndex(prefixes),
    word: null, ids: NO_IDS,
    target: new Float32Array(m.nLabels), targetBase: 0,
    // weights added feature by feature in visiting order, as Perceptron.addFeatures does for strings
    sink: (prefix, value) => {
      let r: number | undefined;
      if (prefix.endsWith('=')) {
        const p = c.prefixes.get(prefix);
        if (p === undefined) return;
        if (p.slot >= 0 && value === c.word) { r = c.ids[p.slot]; if (r < 0) return; } else r = p.values.get(value);
      } else r = m.index.get(prefix + value);
      if (r === undefined) return;
      const g = c.target, o = c.targetBase, w = m.w, L = m.nLabels, base = r * L;
      for (let y = 0; y < L; y++) g[o + y] += w[base + y];
    },
  };
  return c;
}

function scoresOf(w: string, c: Caches): WordScores {
  let v = c.words.get(w);
  if (!v) {
    if (c.words.size >= CACHE_LIMIT) c.words.clear();
    v = { sums: new Float32Array(GROUPS * c.model.nLabels), done: 0, rights: undefined, ids: undefined, info: undefined };
    c.words.set(w, v);
  }
  return v;
}

/** The tagger's cached records of a sentence's words (in featureForm), for sentenceTagger and
 * walkGazetteer: the tagger and both trie walks then share one cache lookup per word. */
export function wordRecords(words: readonly string[], m: Perceptron = loadModel()): WordScores[] {
  const c = cachesOf(m);
  return words.map((w) => scoresOf(w, c));
}

function firstNodes(g: Gazetteer, words: readonly string[], records: readonly WordScores[], key: 'gazFirst' | 'namesFirst'): (TrieNode | null)[] {
  const out = new Array<TrieNode | null>(words.length);
  for (let i = 0; i < words.length; i++) {
    const r = records[i];
    let f = r[key];
    if (f === undefined) f = r[key] = g.firstNode(words[i]);
    out[i] = f;
  }
  return out;
}

/** The product gazetteer's walk over a sentence (words in featureForm), from the records' first nodes. */
export function walkGazetteer(words: readonly string[], records: readonly WordScores[]): SentenceNames {
  const g = loadResources().gazetteer;
  return g.walk(words, 0, words.length, firstNodes(g, words, records, 'gazFirst'));
}

/** Summed weight rows of `features`, or null when the model knows none of them. */
function scoreOf(features: readonly string[], m: Perceptron): Float32Array | null {
  const g = new Float32Array(m.nLabels);
  return m.addFeatures(features, g) ? g : null;
}

/** The word's sums with group k summed (the group lies at k * nLabels). */
function group(v: WordScores, k: number, w: string | null, c: Caches, res: FeatureResources): Float32Array {
  if (!(v.done & (1 << k))) {
    c.target = v.sums;
    c.targetBase = k * c.model.nLabels;
    c.word = w;
    if (w !== null) c.ids = v.ids ??= c.identity.get(w) ?? NO_IDS;
    // groups 0 (own), 2 (as -1) and 3 (as +1) read the word's shape, lexicon entry and clusters
    const info = w !== null && (k === 0 || k === 2 || k === 3) ? (v.info ??= wordInfo(w, res)) : undefined;
    if (k === 0) visitWordFeatures(w!, res, c.sink, info); else visitNeighborFeatures(w, NEIGHBOR_OFFSETS[k - 1], res, c.sink, info);
    v.done |= 1 << k;
  }
  return v.sums;
}

function add(e: Float32Array, base: number, v: Float32Array | null): void {
  if (v) for (let y = 0; y < v.length; y++) e[base + y] += v[y];
}

function rightsOf(v: WordScores, w: string, c: Caches): Map<string, (Float32Array | null)[]> | null {
  if (v.rights === undefined) v.rights = c.pairs.get(w) ?? null;
  return v.rights;
}

/** Adds the context features of each position to `e` from the caches; word pairs only when `pairs` is set
 * (sentenceTagger adds them itself from the per-word caches when no word of the sentence holds «|»). */
function contextVisitor(c: Caches, m: Perceptron, e: Float32Array): ContextVisitor & { base: number; pairs: boolean } {
  return {
    base: 0,
    pairs: true,
    pair(prefix, left, right) {
      if (!this.pairs) return;
      if (left.includes('|') || right.includes('|')) add(e, this.base, scoreOf([`${prefix}${left}|${right}`], m));
      else add(e, this.base, c.pairs.get(left)?.get(right)?.[PAIR_SLOT[prefix]] ?? null);
    },
    span(prefix, tag) {
      let byTag = c.spans.get(prefix);
      if (!byTag) { byTag = new Map(); c.spans.set(prefix, byTag); }
      let v = byTag.get(tag);
      if (v === undefined) { v = scoreOf([prefix + tag], m); byTag.set(tag, v); }
      add(e, this.base, v);
    },
  };
}

/** Emission scores computed once per sentence; decode as often as needed with different pins.
 * `walked`: the product gazetteer's walk over these words (featureForm), when the caller has it;
 * `records`: wordRecords of `rawWords`, which are then in featureForm already. */
export function sentenceTagger(rawWords: readonly string[], m: Perceptron = loadModel(), walked?: SentenceNames, records?: readonly WordScores[]): (forced?: ReadonlyMap<number, string>) => string[] {
  const n = rawWords.length;
  if (!n) return () => [];
  const res = loadResources();
  const c = cachesOf(m);
  const words = records ? rawWords : rawWords.map(featureForm);
  const seenWalked = records && res.names ? res.names.walk(words, 0, n, firstNodes(res.names, words, records, 'namesFirst')) : undefined;
  const { gaz, seen } = spanTags(words, res, walked, seenWalked);
  const L = m.nLabels;
  const e = new Float32Array(n * L);
  const per = records ?? words.map((w) => scoresOf(w, c));
  const edge = scoresOf(EDGE, c);
  const context = contextVisitor(c, m, e);
  // word pairs straight from each word's cached row of the pair index (same order of additions as the
  // visitor: «w-1w», «ww+1», then spans); a «|» inside a word makes pair strings ambiguous: slow path
  context.pairs = words.some((w) => w.includes('|'));
  // the pair (words[i], words[i + 1]) is «ww+1» at i and «w-1w» at i + 1: looked up once, carried over
  let pairBefore = c.pairs.get('<s>')?.get(words[0]) ?? null;
  const L2 = 2 * L, L3 = 3 * L, L4 = 4 * L;
  const ZERO_ROW = new Float32Array(L);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    // the five groups summed in one pass, rounded to float32 after each addition exactly as
    // «e[base + y] += v[y]» into the Float32Array did (same order, same result)
    const own = group(per[i], 0, words[i], c, res);
    const m2 = i >= 2 ? group(per[i - 2], 1, words[i - 2], c, res) : group(edge, 1, null, c, res);
    const m1 = i >= 1 ? group(per[i - 1], 2, words[i - 1], c, res) : group(edge, 2, null, c, res);
    const p1 = i + 1 < n ? group(per[i + 1], 3, words[i + 1], c, res) : group(edge, 3, null, c, res);
    const p2 = i + 2 < n ? group(per[i + 2], 4, words[i + 2], c, res) : group(edge, 4, null, c, res);
    // then the word pairs «w-1w» and «ww+1» in the same pass (an absent pair adds zeros: the running sum
    // is never -0, it starts as 0 + x, so adding +0 leaves it unchanged)
    let before: Float32Array = ZERO_ROW, after: Float32Array = ZERO_ROW;
    if (!context.pairs) {
      before = pairBefore?.[PAIR_SLOT['w-1w=']] ?? ZERO_ROW;
      const pairAfter = rightsOf(per[i], words[i], c)?.get(i + 1 < n ? words[i + 1] : '</s>') ?? null;
      after = pairAfter?.[PAIR_SLOT['ww+1=']] ?? ZERO_ROW;
      pairBefore = pairAfter;
    }
    for (let y = 0; y < L; y++) {
      let s = Math.fround(Math.fround(0 + own[y]) + m2[L + y]);
      s = Math.fround(Math.fround(s + m1[L2 + y]) + p1[L3 + y]);
      s = Math.fround(Math.fround(s + p2[L4 + y]) + before[y]);
      e[base + y] = s + after[y];
    }
    context.base = base;
    visitContext(words, i, gaz, seen, context);
  }
  m.penalizeO(e, n);
  // pins overwrite emission scores, so only a pinned decode needs its own copy
  return (forced) => {
    const pins = forced ? new Map([...forced].map(([i, t]) => [i, Math.max(0, m.labels.indexOf(t))])) : undefined;
    return m.decodeScores(pins ? e.slice() : e, n, pins, true).map((y) => m.iob2[y]);
  };
}
