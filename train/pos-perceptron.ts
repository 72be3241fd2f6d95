// Averaged perceptron training for the POS tagger (greedy left-to-right, predicted previous tags).
// Features are hashes (src/tag/features.ts); a row of weights per feature hash.
import { Decoder, type Scorer } from '../src/tag/decode.ts';
import type { SparseWeights } from '../src/tag/model.ts';

export interface TrainSentence { forms: string[]; tags: number[]; /** tags the gold tag may be confused with at no cost */ lenient?: (gold: number, guess: number) => boolean; /** hash mixed into a copy of every feature (a second treebank) */ domain?: number }

class TrainingWeights implements Scorer {
  readonly tags: string[];
  readonly index = new Map<number, number>();
  readonly hashes: number[] = [];
  /** rows of a second treebank's feature copies (left out of the model) */
  readonly domainRows = new Set<number>();
  private w: Float64Array<ArrayBuffer> = new Float64Array(0);
  private acc: Float64Array<ArrayBuffer> = new Float64Array(0);
  private readonly nTags: number;

  constructor(tags: string[]) { this.tags = tags; this.nTags = tags.length; }

  row(feature: number, domain = false): number {
    let id = this.index.get(feature);
    if (id === undefined) {
      id = this.hashes.length;
      this.index.set(feature, id);
      this.hashes.push(feature);
      if (domain) this.domainRows.add(id);
      const need = (id + 1) * this.nTags;
      if (need > this.w.length) {
        const grow = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => { const b = new Float64Array(Math.max(need, a.length * 2)); b.set(a); return b; };
        this.w = grow(this.w); this.acc = grow(this.acc);
      }
    }
    return id;
  }

  addScores(ids: Int32Array, count: number, scores: Float64Array): void {
    const T = this.nTags, w = this.w;
    for (let k = 0; k < count; k++) { const base = ids[k] * T; for (let t = 0; t < T; t++) scores[t] += w[base + t]; }
  }

  update(ids: Int32Array, count: number, truth: number, guess: number, time: number): void {
    const T = this.nTags;
    for (let k = 0; k < count; k++) {
      const base = ids[k] * T;
      this.w[base + truth] += 1; this.acc[base + truth] += time;
      this.w[base + guess] -= 1; this.acc[base + guess] -= time;
    }
  }

  /** Averaged weights, pruned (|w| < minWeight dropped) into the sparse runtime form; the second
   * treebank's feature copies are left out (the tagger reads PerDT conventions only). */
  averaged(time: number, minWeight: number): SparseWeights {
    const T = this.nTags;
    const features: number[] = [], offsets: number[] = [0], tagOf: number[] = [], weights: number[] = [];
    for (let f = 0; f < this.hashes.length; f++) {
      if (this.domainRows.has(f)) continue;
      const start = tagOf.length;
      for (let t = 0; t < T; t++) {
        const v = this.w[f * T + t] - this.acc[f * T + t] / time;
        if (Math.abs(v) >= minWeight) { tagOf.push(t); weights.push(v); }
      }
      if (tagOf.length > start) { features.push(this.hashes[f]); offsets.push(tagOf.length); }
    }
    return { tags: this.tags, features: Uint32Array.from(features), offsets: Int32Array.from(offsets), tagOf: Uint8Array.from(tagOf), weights: Float32Array.from(weights) };
  }
}

/** Seeded PRNG (mulberry32) so training is reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainPerceptron(tags: string[], data: TrainSentence[], opts: { epochs: number; seed: number; minWeight: number; unknownRate?: number; log?: (s: string) => void }): SparseWeights {
  const weights = new TrainingWeights(tags);
  const decoder = new Decoder(weights);
  const rand = random(opts.seed);
  const order = data.map((_, i) => i);
  let time = 1;
  // Words seen once are read as unknown part of the time, so the weights of affix, lexicon and
  // context features learn to tag the unseen words of new text.
  const counts = new Map<string, number>();
  for (const s of data) for (const f of s.forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  const rate = opts.unknownRate ?? 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    let correct = 0, total = 0;
    for (const s of order.map((k) => data[k])) {
      const unknown = rate > 0 ? s.forms.map((f) => counts.get(f) === 1 && rand() < rate) : undefined;
      decoder.tag(s.forms, (i, ids, count, guess) => {
        const truth = s.tags[i];
        total++;
        if (guess === truth || s.lenient?.(truth, guess)) correct++;
        else weights.update(ids, count, truth, guess, time);
        time++;
      }, s.domain, unknown);
    }
    opts.log?.(`epoch ${epoch + 1}: train accuracy ${(100 * correct / total).toFixed(2)}%, ${weights.hashes.length} features`);
  }
  return weights.averaged(time, opts.minWeight);
}
