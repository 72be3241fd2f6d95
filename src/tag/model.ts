// The trained POS model: sparse, quantized weights per feature hash, in one binary file read straight
// into typed arrays (no parsing). Layout (little endian): u32 header length, header JSON {tags, scale},
// u32 feature count F, Uint32 feature hashes (F), Int32 row offsets (F + 1), Int16 weights (nnz),
// Uint8 tag per weight (nnz).
import { readFileSync } from 'node:fs';
import type { Scorer } from './decode.ts';

export const MODEL_URL = new URL('../../models/pos-model.bin', import.meta.url);

export interface SparseWeights {
  tags: string[];
  /** feature hashes, one per row */
  features: Uint32Array;
  offsets: Int32Array;
  tagOf: Uint8Array;
  weights: Float32Array;
}

export class PosModel implements Scorer {
  readonly tags: string[];
  readonly exactSums: boolean;
  /** open addressing: slot -> feature hash (0 = empty) and row */
  private readonly keys: Uint32Array;
  private readonly slotRow: Int32Array;
  private readonly mask: number;
  private readonly offsets: Int32Array;
  private readonly tagOf: Uint8Array;
  private readonly weights: Float32Array;

  constructor(w: SparseWeights) {
    this.tags = w.tags;
    let size = 1024;
    while (size < 2 * w.features.length) size *= 2;
    this.keys = new Uint32Array(size);
    this.slotRow = new Int32Array(size);
    this.mask = size - 1;
    for (let r = 0; r < w.features.length; r++) {
      const h = w.features[r] || 1;
      let s = h & this.mask;
      while (this.keys[s] !== 0) s = (s + 1) & this.mask;
      this.keys[s] = h;
      this.slotRow[s] = r;
    }
    this.offsets = w.offsets;
    this.tagOf = w.tagOf;
    this.weights = w.weights;
    this.exactSums = sumsAreExact(w.weights);
  }

  row(feature: number): number {
    const h = feature || 1, keys = this.keys, mask = this.mask;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = keys[s];
      if (k === h) return this.slotRow[s];
      if (k === 0) return -1;
    }
  }

  addScores(rows: Int32Array, count: number, scores: Float64Array): void {
    const { offsets, tagOf, weights } = this;
    for (let k = 0; k < count; k++) {
      const f = rows[k];
      for (let j = offsets[f], end = offsets[f + 1]; j < end; j++) scores[tagOf[j]] += weights[j];
    }
  }
}

/** Whether any sum of up to 2^12 weights is exact in float64, in any order: true when every weight
 * is an integer multiple of one power of two u and |weight| < 2^40 u (so partial sums stay below
 * 2^52 u). Quantized weights (q * scale, q a 16-bit integer, stored as float32) always are. */
function sumsAreExact(weights: Float32Array): boolean {
  let min = Infinity, max = 0;
  for (const x of weights) {
    const a = Math.abs(x);
    if (a > 0 && a < min) min = a;
    if (a > max) max = a;
  }
  if (max === 0) return true;
  const u = 2 ** (Math.floor(Math.log2(min)) - 23); // the smallest float32 ulp among the weights
  if (u === 0 || max / u >= 2 ** 40) return false;
  for (const x of weights) if (!Number.isInteger(x / u)) return false;
  return true;
}

export function encodeModel(w: SparseWeights): Uint8Array {
  let max = 0;
  for (const x of w.weights) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 32767 : 1;
  const header = Buffer.from(JSON.stringify({ tags: w.tags, scale }), 'utf8');
  const q = new Int16Array(w.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(w.weights[i] / scale);
  const u32 = (n: number): Buffer => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
  const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([u32(header.length), header, u32(w.features.length), bytes(w.features), bytes(w.offsets), bytes(q), bytes(w.tagOf)]);
}

export function decodeModel(bytes: Uint8Array): SparseWeights {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const headerLen = view.getUint32(at, true); at += 4;
  const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + at, headerLen).toString('utf8')) as { tags: string[]; scale: number };
  at += headerLen;
  const count = view.getUint32(at, true); at += 4;
  // Copies: the file's offsets need not be aligned for typed-array views.
  const copy = (n: number): ArrayBuffer => { const b = new Uint8Array(n); b.set(bytes.subarray(at, at + n)); at += n; return b.buffer; };
  const features = new Uint32Array(copy(4 * count));
  const offsets = new Int32Array(copy(4 * (count + 1)));
  const nnz = offsets[count];
  const q = new Int16Array(copy(2 * nnz));
  const tagOf = new Uint8Array(copy(nnz));
  const weights = new Float32Array(nnz);
  for (let i = 0; i < nnz; i++) weights[i] = q[i] * header.scale;
  return { tags: header.tags, features, offsets, tagOf, weights };
}

let loaded: PosModel | undefined;

/** The committed model, loaded once on first use. */
export function posModel(): PosModel {
  loaded ??= new PosModel(decodeModel(readFileSync(MODEL_URL)));
  return loaded;
}
