// The trained POS model: sparse, quantized weights per feature, in one binary file.
// Layout (little endian): u32 header length, header JSON {tags, scale}, u32 features length,
// features (UTF-8, '\n'-separated), Int32 offsets (features + 1), Uint8 tag per weight, Int16 weights.
import { readFileSync } from 'node:fs';
import type { Scorer } from './decode.ts';

export const MODEL_URL = new URL('../../models/pos-model.bin', import.meta.url);
/** The second pass (first-pass tags to the right as features); optional. */
export const SECOND_PASS_URL = new URL('../../models/pos-model2.bin', import.meta.url);

export interface SparseWeights {
  tags: string[];
  features: string[];
  offsets: Int32Array;
  tagOf: Uint8Array;
  weights: Float32Array;
}

export class PosModel implements Scorer {
  readonly tags: string[];
  private readonly index: Map<string, number>;
  private readonly offsets: Int32Array;
  private readonly tagOf: Uint8Array;
  private readonly weights: Float32Array;

  constructor(w: SparseWeights) {
    this.tags = w.tags;
    this.index = new Map();
    for (let i = 0; i < w.features.length; i++) this.index.set(w.features[i], i);
    this.offsets = w.offsets;
    this.tagOf = w.tagOf;
    this.weights = w.weights;
  }

  featureId(feature: string): number {
    return this.index.get(feature) ?? -1;
  }

  addScores(ids: Int32Array, count: number, scores: Float64Array): void {
    const { offsets, tagOf, weights } = this;
    for (let k = 0; k < count; k++) {
      const f = ids[k];
      for (let j = offsets[f], end = offsets[f + 1]; j < end; j++) scores[tagOf[j]] += weights[j];
    }
  }
}

export function encodeModel(w: SparseWeights): Uint8Array {
  let max = 0;
  for (const x of w.weights) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 32767 : 1;
  const header = Buffer.from(JSON.stringify({ tags: w.tags, scale }), 'utf8');
  const feats = Buffer.from(w.features.join('\n'), 'utf8');
  const q = new Int16Array(w.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(w.weights[i] / scale);
  const u32 = (n: number): Buffer => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
  return Buffer.concat([
    u32(header.length), header, u32(feats.length), feats,
    Buffer.from(w.offsets.buffer, w.offsets.byteOffset, w.offsets.byteLength),
    Buffer.from(w.tagOf.buffer, w.tagOf.byteOffset, w.tagOf.byteLength),
    Buffer.from(q.buffer, q.byteOffset, q.byteLength),
  ]);
}

export function decodeModel(bytes: Buffer): SparseWeights {
  let at = 0;
  const headerLen = bytes.readUInt32LE(at); at += 4;
  const header = JSON.parse(bytes.toString('utf8', at, at + headerLen)) as { tags: string[]; scale: number }; at += headerLen;
  const featLen = bytes.readUInt32LE(at); at += 4;
  const features = featLen ? bytes.toString('utf8', at, at + featLen).split('\n') : []; at += featLen;
  const copy = (n: number): ArrayBuffer => { const b = new Uint8Array(n); b.set(bytes.subarray(at, at + n)); at += n; return b.buffer; };
  const offsets = new Int32Array(copy(4 * (features.length + 1)));
  const nnz = offsets[features.length];
  const tagOf = new Uint8Array(copy(nnz));
  const q = new Int16Array(copy(2 * nnz));
  const weights = new Float32Array(nnz);
  for (let i = 0; i < nnz; i++) weights[i] = q[i] * header.scale;
  return { tags: header.tags, features, offsets, tagOf, weights };
}

let loaded: PosModel | undefined;
let loadedSecond: PosModel | null | undefined;

/** The committed model, loaded once on first use. */
export function posModel(): PosModel {
  loaded ??= new PosModel(decodeModel(readFileSync(MODEL_URL)));
  return loaded;
}

/** The committed second-pass model, loaded once on first use; null when there is none. */
export function secondPassModel(): PosModel | null {
  if (loadedSecond === undefined) {
    try { loadedSecond = new PosModel(decodeModel(readFileSync(SECOND_PASS_URL))); } catch { loadedSecond = null; }
  }
  return loadedSecond;
}
