// Greedy left-to-right decoding, shared by training and tagging.
import { contextFeatures, featureForm, wordFeatures } from './features.ts';

export interface Scorer {
  readonly tags: readonly string[];
  /** id of a feature string, or -1 when the model has no weights for it */
  featureId(feature: string): number;
  /** adds the weights of the given features to `scores` (length tags.length) */
  addScores(ids: Int32Array, count: number, scores: Float64Array): void;
}

/** Called after each prediction during training: the feature ids used and the guess. */
export type Hook = (i: number, ids: Int32Array, count: number, guess: number) => void;

const MAX_FEATURES = 96;

export class Decoder {
  readonly scorer: Scorer;
  private readonly cache = new Map<string, Int32Array>();
  private readonly ids = new Int32Array(MAX_FEATURES);
  private readonly scores: Float64Array;
  private readonly cacheWords: boolean;

  constructor(scorer: Scorer, cacheWords = true) {
    this.scorer = scorer;
    this.scores = new Float64Array(scorer.tags.length);
    this.cacheWords = cacheWords;
  }

  private wordIds(form: string): Int32Array {
    let ids = this.cacheWords ? this.cache.get(form) : undefined;
    if (ids) return ids;
    const feats = wordFeatures(form);
    const list: number[] = [];
    for (const f of feats) { const id = this.scorer.featureId(f); if (id >= 0) list.push(id); }
    ids = Int32Array.from(list);
    if (this.cacheWords) {
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(form, ids);
    }
    return ids;
  }

  /** Tag indices for one sentence of word forms. `domain` (training only) adds a copy of every
   * feature prefixed with it, so a second treebank's conventions are learned apart. */
  tag(words: readonly string[], hook?: Hook, domain = ''): Uint8Array {
    const n = words.length;
    const out = new Uint8Array(n);
    const forms = words.map(featureForm);
    const tags = this.scorer.tags, ids = this.ids, scores = this.scores;
    let prev = '<s>', prev2 = '<s>';
    for (let i = 0; i < n; i++) {
      const wids = this.wordIds(words[i]);
      let count = 0;
      for (let k = 0; k < wids.length && count < MAX_FEATURES; k++) ids[count++] = wids[k];
      const context = contextFeatures(forms, i, prev, prev2);
      for (const f of context) {
        const id = this.scorer.featureId(f);
        if (id >= 0 && count < MAX_FEATURES) ids[count++] = id;
      }
      if (domain) {
        for (const f of [...wordFeatures(words[i]), ...context]) {
          const id = this.scorer.featureId(domain + f);
          if (id >= 0 && count < MAX_FEATURES) ids[count++] = id;
        }
      }
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
}
