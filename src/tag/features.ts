// Feature templates of the POS tagger, shared by training (train/pos.ts) and tagging, so both compute
// exactly the same features. A feature is a 32-bit hash of its template and its value, computed from
// the characters or from other hashes without building strings: the tagger's first pass over new text
// costs a few hash computations per word instead of dozens of string concatenations and Map lookups.
// Word features depend on the word alone (computed once per form); context features join the hashes
// of neighbouring words and the previous tags per position.
import { readFileSync } from 'node:fs';
import { lexicon } from '../morph/lexicon.ts';
import { readTable } from '../morph/table.ts';

/** FNV-1a over UTF-16 code units, finished with murmur3's avalanche: a 32-bit hash of s[from, to). */
export function hashString(seed: number, s: string, from = 0, to = s.length): number {
  let h = (seed ^ 0x811c9dc5) | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return avalanche(h ^ (to - from));
}

/** The hash of a pair (ordered): a template and a value, or two values. */
export function mix(a: number, b: number): number {
  return avalanche((Math.imul(a, 0x9e3779b1) + b) | 0);
}

function avalanche(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The seed of a feature template, from its name. */
const template = (name: string): number => hashString(0x5eed, name);

export const T = {
  bias: template('b'), word: template('w'), shape: template('sh'), lex: template('lex'), lexTag: template('lx'),
  name: template('nm'), zwnjHead: template('zh'), zwnjTail: template('zt'),
  prefix: [1, 2, 3, 4].map((k) => template('p' + k)), suffix: [1, 2, 3, 4].map((k) => template('s' + k)),
  cluster: [1, 2, 3, 4].map((k) => template('c' + k)),
  /** neighbours: identity at -2, -1, +1, +2; suffix, cluster, lexicon, name at -1 and +1 */
  at: [template('w-2'), template('w-1'), template('w+1'), template('w+2')],
  suffixAt: [template('s-1'), template('s+1')], clusterAt: [template('c-1'), template('c+1')],
  lexAt: [template('l-1'), template('l+1')], nameAt: [template('n-1'), template('n+1')],
  /** joined with the previous tags */
  tag1: template('t1'), tag12: template('t12'), tagWord: template('t1w'), tagLexNext: template('l+1t1'),
  /** word pairs */
  wordNext: template('ww+1'), wordPrev: template('ww-1'),
};

let clusterMap: Map<string, string[]> | undefined;

/** Distributional word clusters (models/pos-clusters.tsv: word, then one cluster id per clustering,
 * coarse to fine), loaded once. */
function clusters(): Map<string, string[]> {
  if (clusterMap) return clusterMap;
  clusterMap = new Map();
  let text = '';
  try { text = readFileSync(new URL('../../models/pos-clusters.tsv', import.meta.url), 'utf8'); } catch { /* no clusters */ }
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c.length >= 3) clusterMap.set(c[0], c.slice(1));
  }
  return clusterMap;
}

let nameMap: Map<string, string> | undefined;

/** The entity type a word mostly belongs to in ParsTwiNER (data/names.tsv), '' when none. */
function nameType(w: string): string {
  nameMap ??= readTable(new URL('./data/names.tsv', import.meta.url));
  return nameMap.get(w) ?? '';
}

const NO_CLUSTER = ['?', '?'];

/** Feature groups left out (training only: each averaged run may leave out a few, for diversity). */
let dropped = new Set<string>();
export const FEATURE_GROUPS = ['shape', 'lex', 'prefix', 'suffix', 'name', 'cluster', 'zwnj', 'far', 'nsuffix', 'ncluster', 'nlex', 'nname'];
export function dropFeatureGroups(groups: string[]): void {
  dropped = new Set(groups);
}
const NO_LEX = hashString(0, '?');

const ZWNJ = 0x200c;

/** A coarse shape class: Persian letters, Latin, digits, punctuation, mixed; + long, - short. */
export function shape(form: string): string {
  let fa = 0, latin = 0, digit = 0, other = 0, length = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) length++;
    if ((c >= 0x600 && c <= 0x6ff) || c === ZWNJ) { if ((c >= 0x6f0 && c <= 0x6f9) || (c >= 0x660 && c <= 0x669)) digit++; else fa++; }
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 48 && c <= 57) digit++;
    else if (c < 0xdc00 || c > 0xdfff) other++; // a surrogate pair counts once
  }
  const kind = digit && !fa && !latin ? 'D' : latin && !fa ? 'L' : fa && !latin && !digit ? 'F' : !fa && !latin && !digit ? 'P' : 'M';
  return kind + (other ? 'o' : '') + (length > 12 ? '+' : length <= 2 ? '-' : '');
}

const FOLD = /[0-9۰-۹A-Z]/;

/** The form used in word features: Latin lower-cased, digits folded, very long forms cut. */
export function featureForm(form: string): string {
  const f = form.length > 40 ? form.slice(0, 40) : form;
  return FOLD.test(f) ? f.replace(/[0-9۰-۹]/g, '0').toLowerCase() : f;
}

/** Stands for a word the model has not seen (and, in training, for some rare words). */
export const UNKNOWN = '<unk>';
export const SENTENCE_START = '<s>', SENTENCE_END = '</s>';

/** What the context features of the words around need to know about a word: hashes of its identity
 * (the feature form, or UNKNOWN), lexicon tags, last three letters, coarse + fine cluster, name type. */
export interface WordHashes { identity: number; lex: number; suffix3: number; cluster: number; name: number }

export interface WordAnalysis extends WordHashes {
  /** the word's own features, then its features as a neighbour at -2, -1, +1, +2 */
  features: number[];
  /** where each of those five groups ends in `features` */
  ends: number[];
}

/** Features of a word and of the word seen as a neighbour. `unknown` reads it as UNKNOWN (a word
 * the model has no identity weights for). */
export function analyzeWord(form: string, unknown: boolean, w = featureForm(form)): WordAnalysis {
  const n = w.length;
  const identity = hashString(0, unknown ? UNKNOWN : w);
  const tags = lexicon().get(w);
  const lex = tags === undefined ? NO_LEX : hashString(0, tags);
  const nameTag = nameType(w), name = hashString(0, nameTag);
  const c = clusters().get(w) ?? NO_CLUSTER;
  const cluster = mix(hashString(0, c[0]), hashString(0, c[1]));
  const suffix3 = n > 3 ? hashString(0, w, n - 3, n) : hashString(0, w);
  const on = (g: string): boolean => !dropped.has(g);
  const f = [T.bias, mix(T.word, identity)];
  if (on('shape')) f.push(hashString(T.shape, shape(form)));
  if (on('lex')) f.push(mix(T.lex, lex));
  for (let k = 1; k <= 4 && k < n; k++) {
    if (on('prefix')) f.push(hashString(T.prefix[k - 1], w, 0, k));
    if (on('suffix')) f.push(hashString(T.suffix[k - 1], w, n - k, n));
  }
  if (tags && on('lex')) for (const t of tags.includes(',') ? new Set(tags.split(',')) : [tags]) f.push(hashString(T.lexTag, t));
  if (nameTag && on('name')) f.push(mix(T.name, name));
  if (on('cluster')) for (let k = 0; k < c.length && k < T.cluster.length; k++) f.push(hashString(T.cluster[k], c[k]));
  const z = w.indexOf('\u200c');
  if (z > 0 && on('zwnj')) f.push(hashString(T.zwnjHead, w, 0, z), hashString(T.zwnjTail, w, w.lastIndexOf('\u200c') + 1, n));
  const ends = [f.length];
  if (on('far')) f.push(mix(T.at[0], identity));
  ends.push(f.length);
  for (let k = 0; k < 2; k++) {
    f.push(mix(T.at[k + 1], identity));
    if (on('nsuffix')) f.push(mix(T.suffixAt[k], suffix3));
    if (on('ncluster')) f.push(mix(T.clusterAt[k], cluster));
    if (on('nlex')) f.push(mix(T.lexAt[k], lex));
    if (on('nname')) f.push(mix(T.nameAt[k], name));
    ends.push(f.length);
  }
  if (on('far')) f.push(mix(T.at[3], identity));
  ends.push(f.length);
  return { identity, lex, suffix3, cluster, name, features: f, ends };
}

/** A sentence boundary as a neighbour: its identity only (the lexicon of '<s>' is '?'). */
export function boundary(mark: string): WordAnalysis {
  const identity = hashString(0, mark);
  return { identity, lex: NO_LEX, suffix3: 0, cluster: 0, name: 0, features: T.at.map((t) => mix(t, identity)), ends: [0, 1, 2, 3, 4] };
}

/** The hash of the identity feature of a feature form (to ask the model whether it knows the word). */
export function identityFeature(fform: string): number {
  return mix(T.word, hashString(0, fform));
}
