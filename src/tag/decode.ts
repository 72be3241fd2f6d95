// Greedy left-to-right decoding, shared by training and tagging. The features of a word form are
// hashed and turned into weight rows once per form and cached; per position only the six features
// that join the previous tags or two words are hashed from the words' hashes (no strings are built).
import { analyzeWord, boundary, featureForm, identityFeature, mix, SENTENCE_END, SENTENCE_START, T, type WordAnalysis } from './features.ts';

export interface Scorer {
  readonly tags: readonly string[];
  /** true when the weights are fixed and sums of them are exact in any order: then the decoder may
   * add a word's rows once, cache the sums and reuse them (same scores, bit for bit) */
  readonly exactSums?: boolean;
  /** the weight row of a feature hash, or -1 when the model has none; `domain` (training only) marks
   * a feature copy of a second treebank, learned apart and left out of the model */
  row(feature: number, domain?: boolean): number;
  /** adds the weights of the given rows to `scores` (length tags.length) */
  addScores(rows: Int32Array, count: number, scores: Float64Array): void;
}

/** Called after each prediction during training: the rows used and the guess. */
export type Hook = (i: number, rows: Int32Array, count: number, guess: number) => void;

/** A word's weight rows: its own features [0, ownEnd), then as a neighbour at -2, -1, +1, +2
 * [end[k], end[k + 1]) with end = ownEnd, at2, at1, next1, next2. */
interface Entry {
  identity: number;
  lex: number;
  rows: Int32Array;
  ownEnd: number; prev2End: number; prev1End: number; next1End: number; next2End: number;
  /** (exact scorers) the entry's block in a shared slab, from `at` (made on first use): the summed
   * weights of those five groups (tags.length each), then the rows of 't1w' (this word after each
   * previous tag, tags.length + 1; -2 until looked up). Slabs, not an array per word: a typed array
   * costs far more to make than a few hundred numbers to fill. */
  slab: Float64Array | undefined;
  at: number;
  /** (exact scorers) rows of 'l+1t1' (a word with this lexicon hash next, after each previous tag),
   * shared by the words of one lexicon hash */
  lexNext: Int32Array | undefined;
  /** what the caller keeps per form and tag (the tagger's lemma and morphology readings) */
  memo: unknown[] | undefined;
}

const MAX_FEATURES = 128;
const CACHE_LIMIT = 200_000;
/** entries' blocks per slab */
const SLAB_BLOCKS = 512;

export class Decoder {
  readonly scorer: Scorer;
  private readonly cache = new Map<string, Entry>();
  private readonly rows = new Int32Array(MAX_FEATURES);
  private readonly found = new Int32Array(256);
  private readonly scores: Float64Array;
  private readonly start: Entry;
  private readonly end: Entry;
  /** rows of 't1' by previous tag and of 't12' by the two previous tags (index tags.length = sentence start) */
  private readonly afterTag1: Int32Array;
  private readonly afterTag2: Int32Array;
  /** (exact scorers) the summed weights of those two rows by (tag before previous, previous tag), tags.length each */
  private readonly afterTags: Float64Array | undefined;
  private readonly lexNextRows = new Map<number, Int32Array>();
  private slab = new Float64Array(0);
  private slabUsed = 0;
  private entries: Entry[] = [];
  private domainEntries: Entry[] = [];

  constructor(scorer: Scorer) {
    this.scorer = scorer;
    const k = scorer.tags.length + 1;
    this.scores = new Float64Array(scorer.tags.length);
    this.start = this.toEntry(boundary(SENTENCE_START), 0);
    this.end = this.toEntry(boundary(SENTENCE_END), 0);
    this.afterTag1 = Int32Array.from({ length: k }, (_, t) => scorer.row(mix(T.tag1, t)));
    this.afterTag2 = Int32Array.from({ length: k * k }, (_, ab) => scorer.row(mix(mix(T.tag12, Math.floor(ab / k)), ab % k)));
    if (scorer.exactSums) {
      const nTags = this.scores.length, sums = new Float64Array(k * k * nTags);
      for (let ab = 0; ab < k * k; ab++) {
        const count = one(this.afterTag2[ab], this.rows, one(this.afterTag1[ab % k], this.rows, 0));
        scorer.addScores(this.rows, count, sums.subarray(ab * nTags, (ab + 1) * nTags));
      }
      this.afterTags = sums;
    }
  }

  private toEntry(a: WordAnalysis, domain: number): Entry {
    // rows found are gathered in a scratch array and copied once at their final length
    const rows = a.features.length <= this.found.length ? this.found : new Int32Array(a.features.length), ends = [0, 0, 0, 0, 0];
    let n = 0, group = 0;
    for (let i = 0; i < a.features.length; i++) {
      while (i >= a.ends[group]) ends[group++] = n;
      const f = a.features[i];
      const r = domain ? this.scorer.row(mix(domain, f), true) : this.scorer.row(f);
      if (r >= 0) rows[n++] = r;
    }
    while (group < 5) ends[group++] = n;
    return {
      identity: a.identity, lex: a.lex, rows: rows.slice(0, n),
      ownEnd: ends[0], prev2End: ends[1], prev1End: ends[2], next1End: ends[3], next2End: ends[4], slab: undefined, at: 0, lexNext: undefined, memo: undefined,
    };
  }

  /** Where an entry's block starts in its slab (made on first use): the summed weights of its five row
   * groups (own, then as neighbour at -2, -1, +1, +2), then its 't1w' rows. */
  private sumsOf(e: Entry): number {
    if (e.slab) return e.at;
    const nTags = this.scores.length, block = 5 * nTags + nTags + 1;
    if (this.slabUsed + block > this.slab.length) { this.slab = new Float64Array(SLAB_BLOCKS * block); this.slabUsed = 0; }
    const slab = this.slab, at = this.slabUsed;
    this.slabUsed += block;
    const ends = [0, e.ownEnd, e.prev2End, e.prev1End, e.next1End, e.next2End];
    const scores = this.scores; // free outside tag's loop
    for (let g = 0; g < 5; g++) {
      const count = copy(e.rows, ends[g], ends[g + 1], this.rows, 0);
      if (count === 0) continue;
      scores.fill(0);
      this.scorer.addScores(this.rows, count, scores);
      slab.set(scores, at + g * nTags);
    }
    slab.fill(-2, at + 5 * nTags, at + block);
    e.slab = slab;
    e.at = at;
    return at;
  }

  /** The row of 't1w' of an entry after the previous tag `prev`, cached in its block. */
  private tagWordRow(e: Entry, prev: number): number {
    const k = this.sumsOf(e) + 5 * this.scores.length + prev, slab = e.slab!;
    let r = slab[k];
    if (r === -2) slab[k] = r = this.scorer.row(mix(mix(T.tagWord, prev), e.identity));
    return r;
  }

  /** The row of 'l+1t1' of an entry (as the next word) after the previous tag `prev`, cached by lexicon hash. */
  private lexNextRow(e: Entry, prev: number, T1: number): number {
    let rows = e.lexNext;
    if (!rows) {
      rows = this.lexNextRows.get(e.lex);
      if (!rows) this.lexNextRows.set(e.lex, (rows = new Int32Array(T1).fill(-2)));
      e.lexNext = rows;
    }
    let r = rows[prev];
    if (r === -2) rows[prev] = r = this.scorer.row(mix(mix(T.tagLexNext, prev), e.lex));
    return r;
  }

  /** The entry of a word form; `unknown` (training) reads it as unseen, else it is unseen when the
   * model has no identity weights for it, like the rare words masked in training. */
  private entry(form: string, unknown: boolean | undefined, domain: number): Entry {
    const key = unknown || domain ? (unknown ? '\u0001' : '') + (domain ? domain + '\u0002' : '') + form : form;
    let e = this.cache.get(key);
    if (!e) {
      if (this.cache.size > CACHE_LIMIT) this.cache.clear();
      const fform = featureForm(form);
      const isUnknown = unknown ?? this.scorer.row(identityFeature(fform)) < 0;
      e = this.toEntry(analyzeWord(form, isUnknown, fform), domain);
      this.cache.set(key, e);
    }
    return e;
  }

  /** The caller's per-tag data of the i-th word of the sentence tagged last, kept with the word's
   * cached entry (one lookup per word instead of a second map by form). */
  memo(i: number): unknown[] {
    const e = this.entries[i];
    return (e.memo ??= []);
  }

  /** Forgets the cached words (benchmarks of new text; memory). */
  clearCache(): void {
    this.cache.clear();
  }

  /** Tag indices for one sentence of word forms. `domain` (training only) adds a copy of every
   * feature mixed with that hash, so a second treebank's conventions are learned apart; `unknown`
   * (training only) marks words to be read as unseen. */
  tag(words: readonly string[], hook?: Hook, domain = 0, unknown?: readonly boolean[]): Uint8Array {
    const n = words.length;
    const out = new Uint8Array(n);
    const entries = this.entries, domainEntries = this.domainEntries;
    entries.length = n;
    for (let i = 0; i < n; i++) entries[i] = this.entry(words[i], unknown?.[i], 0);
    if (domain) {
      domainEntries.length = n;
      for (let i = 0; i < n; i++) domainEntries[i] = this.entry(words[i], unknown?.[i], domain);
    }
    const rows = this.rows, scores = this.scores, scorer = this.scorer, T1 = this.scorer.tags.length + 1, nTags = scores.length;
    const cached = scorer.exactSums === true && !hook && !domain;
    let prev = T1 - 1, prev2 = T1 - 1;
    for (let i = 0; i < n; i++) {
      const e = entries[i];
      const m2 = i > 1 ? entries[i - 2] : this.start, m1 = i > 0 ? entries[i - 1] : this.start;
      const p1 = i + 1 < n ? entries[i + 1] : this.end, p2 = i + 2 < n ? entries[i + 2] : this.end;
      if (cached && e.ownEnd + m2.prev2End - m2.ownEnd + m1.prev1End - m1.prev2End + p1.next1End - p1.prev1End + p2.next2End - p2.next1End + 6 <= MAX_FEATURES) {
        // the words' row groups summed once per form (exact, so the same scores as adding the rows)
        const o = this.sumsOf(e), a = this.sumsOf(m2) + nTags, b = this.sumsOf(m1) + 2 * nTags, c = this.sumsOf(p1) + 3 * nTags, d = this.sumsOf(p2) + 4 * nTags;
        const own = e.slab!, s2 = m2.slab!, s1 = m1.slab!, n1 = p1.slab!, n2 = p2.slab!;
        const tagSums = this.afterTags!, at = (prev2 * T1 + prev) * nTags;
        for (let t = 0; t < nTags; t++) scores[t] = own[o + t] + s2[a + t] + s1[b + t] + n1[c + t] + n2[d + t] + tagSums[at + t];
        let count = one(this.tagWordRow(e, prev), rows, 0);
        count = one(this.lexNextRow(p1, prev, T1), rows, count);
        count = one(scorer.row(mix(mix(T.wordNext, e.identity), p1.identity)), rows, count);
        count = one(scorer.row(mix(mix(T.wordPrev, m1.identity), e.identity)), rows, count);
        scorer.addScores(rows, count, scores);
        let best = 0;
        for (let t = 1; t < nTags; t++) if (scores[t] > scores[best]) best = t;
        out[i] = best;
        prev2 = prev;
        prev = best;
        continue;
      }
      let count = copy(e.rows, 0, e.ownEnd, rows, 0);
      count = copy(m2.rows, m2.ownEnd, m2.prev2End, rows, count);
      count = copy(m1.rows, m1.prev2End, m1.prev1End, rows, count);
      count = copy(p1.rows, p1.prev1End, p1.next1End, rows, count);
      count = copy(p2.rows, p2.next1End, p2.next2End, rows, count);
      // features joining the previous tags or two words
      const f1 = mix(T.tag1, prev), f2 = mix(mix(T.tag12, prev2), prev), f3 = mix(mix(T.tagWord, prev), e.identity);
      const f4 = mix(mix(T.tagLexNext, prev), p1.lex), f5 = mix(mix(T.wordNext, e.identity), p1.identity);
      const f6 = mix(mix(T.wordPrev, m1.identity), e.identity);
      count = one(this.afterTag1[prev], rows, count);
      count = one(this.afterTag2[prev2 * T1 + prev], rows, count);
      count = one(scorer.row(f3), rows, count);
      count = one(scorer.row(f4), rows, count);
      count = one(scorer.row(f5), rows, count);
      count = one(scorer.row(f6), rows, count);
      if (domain) {
        const d = domainEntries[i];
        const dm2 = i > 1 ? domainEntries[i - 2] : this.start, dm1 = i > 0 ? domainEntries[i - 1] : this.start;
        const dp1 = i + 1 < n ? domainEntries[i + 1] : this.end, dp2 = i + 2 < n ? domainEntries[i + 2] : this.end;
        count = copy(d.rows, 0, d.ownEnd, rows, count);
        count = copy(dm2.rows, dm2.ownEnd, dm2.prev2End, rows, count);
        count = copy(dm1.rows, dm1.prev2End, dm1.prev1End, rows, count);
        count = copy(dp1.rows, dp1.prev1End, dp1.next1End, rows, count);
        count = copy(dp2.rows, dp2.next1End, dp2.next2End, rows, count);
        for (const f of [f1, f2, f3, f4, f5, f6]) count = one(scorer.row(mix(domain, f), true), rows, count);
      }
      scores.fill(0);
      scorer.addScores(rows, count, scores);
      let best = 0;
      for (let t = 1; t < nTags; t++) if (scores[t] > scores[best]) best = t;
      if (hook) hook(i, rows, count, best);
      out[i] = best;
      prev2 = prev;
      prev = best;
    }
    return out;
  }
}

function copy(from: Int32Array, start: number, end: number, to: Int32Array, count: number): number {
  for (let j = start; j < end && count < MAX_FEATURES; j++) to[count++] = from[j];
  return count;
}

function one(row: number, to: Int32Array, count: number): number {
  if (row >= 0 && count < MAX_FEATURES) to[count++] = row;
  return count;
}
