// Greedy left-to-right decoding, shared by training and tagging. Features that depend on one word only
// are turned into ids once per word form and cached; per position only the few features that join the
// previous tags or two words are built as strings.
import { featureForm, joinedFeatures, lexTags, neighbourFeatures, SENTENCE_END, SENTENCE_START, UNKNOWN, wordFeatures, type Side } from './features.ts';

export interface Scorer {
  readonly tags: readonly string[];
  /** id of a feature string, or -1 when the model has no weights for it */
  featureId(feature: string): number;
  /** adds the weights of the given features to `scores` (length tags.length) */
  addScores(ids: Int32Array, count: number, scores: Float64Array): void;
}

/** Called after each prediction during training: the feature ids used and the guess. */
export type Hook = (i: number, ids: Int32Array, count: number, guess: number) => void;

interface WordEntry {
  /** the word as its identity features name it: the feature form, or UNKNOWN */
  fform: string;
  lex: string;
  own: Int32Array;
  /** ids of the word seen as a neighbour: at -2, -1, +1, +2 */
  at: Int32Array[];
  /** ids of 't1w=' + previous tag + word, by previous tag index (tags.length = sentence start); at run time */
  afterTag?: Int32Array;
  /** second pass, at run time: ids of 'r1w=' + right tag + word (by right tag, tags.length = sentence end)
   * and of 'f0w=' + first-pass tag + word */
  rightTagWord?: Int32Array;
  firstTagWord?: Int32Array;
}

const MAX_FEATURES = 128;
const SIDES: Side[] = ['w-2', 'w-1', 'w+1', 'w+2'];

const tagAt = (first: Uint8Array, tags: readonly string[], i: number): string =>
  i < first.length ? tags[first[i]] : SENTENCE_END;

/** Features of a second pass: the first pass's tags of the word and the words to its right. */
function secondPassFeatures(first: Uint8Array, tags: readonly string[], i: number, prev: string, w: string): string[] {
  const f0 = tagAt(first, tags, i), r1 = tagAt(first, tags, i + 1), r2 = tagAt(first, tags, i + 2);
  return ['f0=' + f0, 'r1=' + r1, 'r12=' + r1 + ' ' + r2, 'f0r1=' + f0 + ' ' + r1, 'r1w=' + r1 + ' ' + w,
    't1r1=' + prev + ' ' + r1, 'f0w=' + f0 + ' ' + w];
}

export class Decoder {
  readonly scorer: Scorer;
  private readonly cache = new Map<string, WordEntry>();
  private readonly ids = new Int32Array(MAX_FEATURES);
  private readonly scores: Float64Array;
  private readonly cacheWords: boolean;
  private readonly start: WordEntry;
  private readonly end: WordEntry;
  // Run-time tables of the features that join previous tags (index tags.length = sentence start),
  // so the hot loop builds and hashes only the two word-pair strings.
  private tagNames: string[] = [];
  private afterTag1 = new Int32Array(0);
  private afterTag2 = new Int32Array(0);
  private readonly lexAfterTag = new Map<string, Int32Array>();

  constructor(scorer: Scorer, cacheWords = true) {
    this.scorer = scorer;
    this.scores = new Float64Array(scorer.tags.length);
    this.cacheWords = cacheWords;
    this.start = this.build(SENTENCE_START, SENTENCE_START, '', false);
    this.end = this.build(SENTENCE_END, SENTENCE_END, '', false);
    if (cacheWords) {
      const names = [...scorer.tags, SENTENCE_START], k = names.length;
      this.tagNames = names;
      this.afterTag1 = Int32Array.from(names, (t) => scorer.featureId('t1=' + t));
      this.afterTag2 = new Int32Array(k * k);
      for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) this.afterTag2[a * k + b] = scorer.featureId('t12=' + names[a] + ' ' + names[b]);
    }
  }

  private tagTable(prefix: string, rest: string): Int32Array {
    return Int32Array.from(this.tagNames, (t) => this.scorer.featureId(prefix + t + ' ' + rest));
  }

  private lexTable(lex: string): Int32Array {
    let ids = this.lexAfterTag.get(lex);
    if (!ids) this.lexAfterTag.set(lex, (ids = this.tagTable('l+1t1=', lex)));
    return ids;
  }

  private toIds(features: string[], prefix: string): Int32Array {
    const list: number[] = [];
    for (const f of features) {
      const id = this.scorer.featureId(prefix + f);
      if (id >= 0) list.push(id);
    }
    return Int32Array.from(list);
  }

  private build(form: string, fform: string, prefix: string, unknown: boolean): WordEntry {
    const id = unknown ? UNKNOWN : fform;
    const own = form === SENTENCE_START || form === SENTENCE_END ? new Int32Array(0) : this.toIds(wordFeatures(form, id), prefix);
    return { fform: id, lex: lexTags(fform), own, at: SIDES.map((side) => this.toIds(neighbourFeatures(fform, side, id), prefix)) };
  }

  private entry(form: string, prefix: string, unknown?: boolean): WordEntry {
    if (!this.cacheWords || prefix) return this.build(form, featureForm(form), prefix, unknown ?? false);
    let e = this.cache.get(form);
    if (!e) {
      if (this.cache.size > 200_000) this.cache.clear();
      const fform = featureForm(form);
      // A word without identity weights is read as UNKNOWN, like the rare words masked in training.
      e = this.build(form, fform, '', this.scorer.featureId('w=' + fform) < 0);
      e.afterTag = this.tagTable('t1w=', e.fform);
      this.cache.set(form, e);
    }
    return e;
  }

  /** Tag indices for one sentence of word forms. `domain` (training only) adds a copy of every
   * feature prefixed with it, so a second treebank's conventions are learned apart; `unknown` (training
   * only) marks words to be read as unseen. */
  tag(words: readonly string[], hook?: Hook, domain = '', unknown?: readonly boolean[], firstPass?: Uint8Array): Uint8Array {
    const n = words.length;
    const out = new Uint8Array(n);
    const entries = words.map((w, i) => this.entry(w, '', unknown?.[i]));
    const domainEntries = domain ? words.map((w, i) => this.entry(w, domain, unknown?.[i])) : undefined;
    if (this.cacheWords && !hook && !domain) return this.tagFast(entries, out, firstPass);
    const tags = this.scorer.tags, ids = this.ids, scores = this.scores;
    let prev = SENTENCE_START, prev2 = SENTENCE_START;
    for (let i = 0; i < n; i++) {
      let count = 0;
      const add = (list: Int32Array): void => {
        for (let k = 0; k < list.length && count < MAX_FEATURES; k++) ids[count++] = list[k];
      };
      const collect = (es: WordEntry[], prefix: string): void => {
        const e = es[i];
        const m2 = i > 1 ? es[i - 2] : this.start, m1 = i > 0 ? es[i - 1] : this.start;
        const p1 = i + 1 < n ? es[i + 1] : this.end, p2 = i + 2 < n ? es[i + 2] : this.end;
        add(e.own); add(m2.at[0]); add(m1.at[1]); add(p1.at[2]); add(p2.at[3]);
        const joined = joinedFeatures(prev, prev2, e.fform, m1.fform, p1.fform, p1.lex);
        if (firstPass) joined.push(...secondPassFeatures(firstPass, tags, i, prev, e.fform));
        for (const f of joined) {
          const id = this.scorer.featureId(prefix + f);
          if (id >= 0 && count < MAX_FEATURES) ids[count++] = id;
        }
      };
      collect(entries, '');
      if (domainEntries) collect(domainEntries, domain);
      scores.fill(0);
      this.scorer.addScores(ids, count, scores);
      let best = 0;
      for (let t = 1; t < scores.length; t++) if (scores[t] > scores[best]) best = t;
      if (hook) hook(i, ids, count, best);
      out[i] = best;
      prev2 = prev;
      prev = tags[best];
    }
    return out;
  }

  /** The same features as `tag`, from the run-time tables. */
  private second?: { f0: Int32Array; r1: Int32Array; r12: Int32Array; f0r1: Int32Array; t1r1: Int32Array };

  /** Run-time tables of the second-pass features (right tags: index tags.length = sentence end). */
  private secondTables(): NonNullable<Decoder['second']> {
    if (this.second) return this.second;
    const tags = this.scorer.tags, right = [...tags, SENTENCE_END], id = (f: string): number => this.scorer.featureId(f);
    const pairs = (left: readonly string[], prefix: string): Int32Array =>
      Int32Array.from(left.flatMap((a) => right.map((b) => id(prefix + a + ' ' + b))));
    this.second = {
      f0: Int32Array.from(tags, (t) => id('f0=' + t)), r1: Int32Array.from(right, (t) => id('r1=' + t)),
      r12: pairs(right, 'r12='), f0r1: pairs(tags, 'f0r1='), t1r1: pairs(this.tagNames, 't1r1='),
    };
    return this.second;
  }

  private tagFast(entries: WordEntry[], out: Uint8Array, firstPass?: Uint8Array): Uint8Array {
    const n = entries.length, ids = this.ids, scores = this.scores, scorer = this.scorer;
    const k = this.tagNames.length, start = k - 1;
    let prev = start, prev2 = start, count = 0;
    const add = (list: Int32Array): void => {
      for (let j = 0; j < list.length && count < MAX_FEATURES; j++) ids[count++] = list[j];
    };
    const one = (id: number): void => { if (id >= 0 && count < MAX_FEATURES) ids[count++] = id; };
    for (let i = 0; i < n; i++) {
      count = 0;
      const e = entries[i];
      const m2 = i > 1 ? entries[i - 2] : this.start, m1 = i > 0 ? entries[i - 1] : this.start;
      const p1 = i + 1 < n ? entries[i + 1] : this.end, p2 = i + 2 < n ? entries[i + 2] : this.end;
      add(e.own); add(m2.at[0]); add(m1.at[1]); add(p1.at[2]); add(p2.at[3]);
      one(this.afterTag1[prev]);
      one(this.afterTag2[prev2 * k + prev]);
      one(e.afterTag![prev]);
      one(this.lexTable(p1.lex)[prev]);
      one(scorer.featureId('ww+1=' + e.fform + ' ' + p1.fform));
      one(scorer.featureId('ww-1=' + m1.fform + ' ' + e.fform));
      if (firstPass) {
        const t2 = this.secondTables(), T = scorer.tags.length, R = T + 1;
        const f0 = firstPass[i], r1 = i + 1 < n ? firstPass[i + 1] : T, r2 = i + 2 < n ? firstPass[i + 2] : T;
        e.rightTagWord ??= Int32Array.from([...scorer.tags, SENTENCE_END], (t) => scorer.featureId('r1w=' + t + ' ' + e.fform));
        e.firstTagWord ??= Int32Array.from(scorer.tags, (t) => scorer.featureId('f0w=' + t + ' ' + e.fform));
        one(t2.f0[f0]); one(t2.r1[r1]); one(t2.r12[r1 * R + r2]); one(t2.f0r1[f0 * R + r1]);
        one(e.rightTagWord[r1]); one(t2.t1r1[prev * R + r1]); one(e.firstTagWord[f0]);
      }
      scores.fill(0);
      scorer.addScores(ids, count, scores);
      let best = 0;
      for (let t = 1; t < scores.length; t++) if (scores[t] > scores[best]) best = t;
      out[i] = best;
      prev2 = prev;
      prev = best;
    }
    return out;
  }
}
