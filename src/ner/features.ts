// Feature strings for the NER tagger, one list per word of a sentence. Static features only (they do
// not depend on predicted tags), so they are computed once per sentence; tag transitions are scored
// separately by the model.
import type { Gazetteer, GazEntry, GazMatch, SentenceNames } from './gazetteer.ts';

const PERSIAN = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** Shape class of one character (z ZWNJ, d digit, f Persian/Arabic script, A/a Latin-style letter, p other). */
export function charClassSlow(ch: string): string {
  if (ch === '\u200c') return 'z';
  if (/\p{N}/u.test(ch)) return 'd';
  if (PERSIAN.test(ch)) return 'f';
  if (/\p{Lu}/u.test(ch)) return 'A';
  if (/\p{L}/u.test(ch)) return 'a';
  return 'p';
}

/** charClassSlow without regexes for ASCII and the Arabic block (a test checks every code point). */
export function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x0600 && c <= 0x06ff) return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9) ? 'd' : 'f';
  if (c >= 0x30 && c <= 0x39) return 'd';
  if (c >= 0x61 && c <= 0x7a) return 'a';
  if (c >= 0x41 && c <= 0x5a) return 'A';
  return charClassSlow(ch);
}

export function wordShape(w: string): string {
  let s = '';
  let last = '';
  for (const ch of w) {
    const c = charClass(ch);
    if (c !== last) { s += c; last = c; }
  }
  return s;
}

/** A match's tags at its first / inner word, without and with «E» (last word): B-kind, B-type, … */
interface SpanTagSet { begin: readonly string[]; beginEnd: readonly string[]; inside: readonly string[]; insideEnd: readonly string[] }
const NO_TAGS: readonly string[] = [];
// Keyed by a trie node's entry list (matches without a filter share it): the tag strings are built once,
// and the tagger's lookups of them reuse their hashes.
const tagSets = new WeakMap<readonly GazEntry[], SpanTagSet>();

function spanTagSet(entries: readonly GazEntry[]): SpanTagSet {
  let set = tagSets.get(entries);
  if (!set) {
    const kinds = new Set<string>();
    for (const e of entries) { kinds.add(e.kind); kinds.add(e.type); if (e.ambiguous) kinds.add('amb'); }
    const begin = [...kinds].map((k) => `B-${k}`), inside = [...kinds].map((k) => `I-${k}`);
    set = { begin, beginEnd: [...begin, 'E'], inside, insideEnd: [...inside, 'E'] };
    tagSets.set(entries, set);
  }
  return set;
}

/** Per-word gazetteer tags such as "B-country", "I-org", computed from leftmost-longest (non-overlapping)
 * matches; the lists are shared, never to be changed. */
export function gazetteerTags(matches: GazMatch[], n: number): (readonly string[])[] {
  const tags = new Array<readonly string[]>(n).fill(NO_TAGS);
  for (const m of matches) {
    const set = spanTagSet(m.entries);
    for (let i = m.start; i < m.end; i++) {
      const last = i === m.end - 1;
      tags[i] = i === m.start ? (last ? set.beginEnd : set.begin) : (last ? set.insideEnd : set.inside);
    }
  }
  return tags;
}

function lex(lexicon: Map<string, string>, w: string): string {
  return lexicon.get(w) ?? 'OOV';
}

/** Lower-cased form used for word identity features (Latin names vary in case). */
export function featureForm(w: string): string {
  return /[A-Z]/.test(w) ? w.toLowerCase() : w;
}

export interface FeatureResources {
  gazetteer: Gazetteer;
  /** word -> "freqBucket|POS list" (hazm) */
  lexicon: Map<string, string>;
  /** entity names seen in training data (kind = entity type): a separate trie so it does not hide the
   * curated gazetteer's longer matches */
  names?: Gazetteer;
  /** word -> distributional cluster ids (one per clustering, coarse to fine) */
  clusters?: Map<string, string[]>;
}

// Clitics and plural endings written onto a name in informal text («خوزستانم»، «ایرانه»، «زیباکلام‌ها»).
const CLITICS = ['\u200cهای', '\u200cها', 'های', 'ها', '\u200cی', 'شون', 'تون', 'مون', 'شان', 'تان', 'مان', 'ست', 'م', 'ت', 'ش', 'ه', 'و', 'ی'];

/** Receives a word's features as prefix + value (the feature string is their concatenation): the tagger
 * looks them up by parts in an index of the model, so no feature string is built on its hot path. */
export type FeatureSink = (prefix: string, value: string) => void;

/** Gazetteer / seen-name types of the word without a clitic, when the bare word is a known name. */
function stemFeatures(w: string, res: FeatureResources, emit: FeatureSink): void {
  for (const c of CLITICS) {
    if (!w.endsWith(c) || w.length - c.length < 3) continue;
    const stem = w.slice(0, -c.length);
    const g = res.gazetteer.lookup(stem).filter((e) => e.type !== 'TITLE' && e.type !== 'HON');
    const n = res.names?.lookup(stem) ?? [];
    if (!g.length && !n.length) continue;
    emit('cl=', c);
    for (const e of g) emit('gs=', e.type);
    for (const e of n) emit('ns=', e.kind);
    return;
  }
}

const CLUSTER_PREFIX = ['c1=', 'c2=', 'c3=', 'c4=', 'c5=', 'c6='];
const clusterPrefix = (k: number, tag = ''): string => (tag === '' && k < CLUSTER_PREFIX.length ? CLUSTER_PREFIX[k] : `c${k + 1}${tag}=`);

/** What the word's own group and its ±1 neighbour groups all read: computed once per word by the tagger. */
export interface WordInfo { shape: string; lex: string; clusters: readonly string[] | undefined }

export function wordInfo(w: string, res: FeatureResources): WordInfo {
  return { shape: wordShape(w), lex: lex(res.lexicon, w), clusters: res.clusters?.get(w) };
}

/** Visits the features of a word on its own (identity, shape, affixes, lexicon, cluster). */
export function visitWordFeatures(w: string, res: FeatureResources, emit: FeatureSink, info: WordInfo = wordInfo(w, res)): void {
  emit('b', ''); emit('w=', w); emit('sh=', info.shape); emit('len=', String(Math.min(w.length, 8))); emit('lx=', info.lex);
  const len = w.length;
  if (len > 2) { emit('p2=', w.slice(0, 2)); emit('s2=', w.slice(-2)); }
  if (len > 3) { emit('p3=', w.slice(0, 3)); emit('s3=', w.slice(-3)); }
  if (len > 4) emit('s4=', w.slice(-4));
  if (len > 1) emit('s1=', w.slice(-1));
  if (res.clusters) { const c = info.clusters; if (c) c.forEach((id, k) => emit(clusterPrefix(k), id)); else emit('c=', 'none'); }
  if (!res.gazetteer.lookup(w).length) stemFeatures(w, res, emit);
}

/** Features of a word on its own as strings. */
export function wordFeatures(w: string, res: FeatureResources): string[] {
  const f: string[] = [];
  visitWordFeatures(w, res, (p, v) => f.push(p + v));
  return f;
}

export const NEIGHBOR_OFFSETS = [-2, -1, 1, 2] as const;

/** Feature prefixes of a neighbour at offset -2, -1, +1, +2 (index offset + 2, skipping 0). */
const NEIGHBOR_PREFIX = new Map<number, { w: string; lx: string; sh: string; tag: string }>(
  NEIGHBOR_OFFSETS.map((o) => { const tag = o < 0 ? String(o) : `+${o}`; return [o, { w: `w${tag}=`, lx: `lx${tag}=`, sh: `sh${tag}=`, tag }]; }));

/** Visits the features a neighbouring word at `offset` contributes (null: beyond the sentence edge). */
export function visitNeighborFeatures(w: string | null, offset: number, res: FeatureResources, emit: FeatureSink, info?: WordInfo): void {
  const edge = offset < 0 ? '<s>' : '</s>';
  const pre = NEIGHBOR_PREFIX.get(offset)!;
  emit(pre.w, w ?? edge);
  if (offset === -2 || offset === 2) return;
  if (w === null) { emit(pre.lx, edge); return; }
  info ??= wordInfo(w, res);
  emit(pre.lx, info.lex);
  if (offset === 1 && w.length > 2) emit('s2+1=', w.slice(-2));
  emit(pre.sh, info.shape);
  const c = info.clusters;
  if (c) c.forEach((id, k) => emit(clusterPrefix(k, pre.tag), id));
}

/** Features a neighbouring word at `offset` contributes, as strings. */
export function neighborFeatures(w: string | null, offset: number, res: FeatureResources): string[] {
  const f: string[] = [];
  visitNeighborFeatures(w, offset, res, (p, v) => f.push(p + v));
  return f;
}

/** Receives the context features of a word: word pairs (`left|right`) and gazetteer / seen-name span
 * tags, each under its prefix. The tagger sums them from caches; training joins them into strings. */
export interface ContextVisitor {
  pair(prefix: 'w-1w=' | 'ww+1=', left: string, right: string): void;
  span(prefix: string, tag: string): void;
}

/** Visits the features that depend on the sentence around word i: word pairs and gazetteer / seen-name spans. */
export function visitContext(words: readonly string[], i: number, gaz: readonly (readonly string[])[], seen: readonly (readonly string[])[] | null, v: ContextVisitor): void {
  const n = words.length, w = words[i];
  v.pair('w-1w=', i > 0 ? words[i - 1] : '<s>', w);
  v.pair('ww+1=', w, i + 1 < n ? words[i + 1] : '</s>');
  for (const g of gaz[i]) v.span('g=', g);
  if (i > 0) for (const g of gaz[i - 1]) v.span('g-1=', g);
  if (i + 1 < n) for (const g of gaz[i + 1]) v.span('g+1=', g);
  if (i > 1) for (const g of gaz[i - 2]) if (g.startsWith('B') || g === 'E') v.span('g-2=', g);
  if (seen) {
    for (const g of seen[i]) v.span('n=', g);
    if (i > 0) for (const g of seen[i - 1]) v.span('n-1=', g);
    if (i + 1 < n) for (const g of seen[i + 1]) v.span('n+1=', g);
  }
}

/** Context features of word i as strings (training). */
export function contextFeatures(words: readonly string[], i: number, gaz: readonly (readonly string[])[], seen: readonly (readonly string[])[] | null): string[] {
  const f: string[] = [];
  visitContext(words, i, gaz, seen, { pair: (p, a, b) => f.push(`${p}${a}|${b}`), span: (p, g) => f.push(p + g) });
  return f;
}

/** Gazetteer and seen-name tags per word of a sentence (words already in featureForm); `walked` /
 * `seenWalked`: the gazetteer's / seen names' walk over these words, when the caller has it already. */
export function spanTags(words: readonly string[], res: FeatureResources, walked?: SentenceNames, seenWalked?: SentenceNames): { gaz: (readonly string[])[]; seen: (readonly string[])[] | null } {
  const n = words.length;
  return {
    gaz: gazetteerTags(walked ? walked.match(0, n) : res.gazetteer.match(words), n),
    seen: res.names ? gazetteerTags(seenWalked ? seenWalked.match(0, n) : res.names.match(words), n) : null,
  };
}

/** All feature strings per word (training; the tagger sums the same groups from caches). */
export function sentenceFeatures(rawWords: readonly string[], res: FeatureResources): string[][] {
  const n = rawWords.length;
  const words = rawWords.map(featureForm);
  const { gaz, seen } = spanTags(words, res);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const f = wordFeatures(words[i], res);
    for (const o of NEIGHBOR_OFFSETS) { const j = i + o; f.push(...neighborFeatures(j >= 0 && j < n ? words[j] : null, o, res)); }
    f.push(...contextFeatures(words, i, gaz, seen));
    out.push(f);
  }
  return out;
}
