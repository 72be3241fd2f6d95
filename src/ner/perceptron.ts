// Structured (first-order) perceptron over IOB2 or BILOU labels with Viterbi decoding. The decoder only
// allows valid sequences (IOB2: I-X after B-X or I-X; BILOU: I-X / L-X after B-X or I-X, a name closed by
// L-X or U-X). Training keeps lazy sums for averaging.

/** IOB2 tags -> BILOU (B-X alone is U-X, the last word of a longer name L-X). */
export function toBilou(tags: readonly string[]): string[] {
  return tags.map((t, i) => {
    if (t === 'O' || t.length < 3) return t;
    const type = t.slice(2);
    const continues = tags[i + 1] === `I-${type}`;
    return t[0] === 'B' ? (continues ? t : `U-${type}`) : (continues ? t : `L-${type}`);
  });
}

/** A BILOU (or IOB2) label as IOB2. */
export function iob2Label(label: string): string {
  return label[0] === 'U' ? `B${label.slice(1)}` : label[0] === 'L' ? `I${label.slice(1)}` : label;
}

function allowedStep(prev: string, cur: string, bilou: boolean): boolean {
  if (!bilou) return !cur.startsWith('I-') || prev.slice(2) === cur.slice(2) && prev !== 'O';
  const open = prev[0] === 'B' || prev[0] === 'I';
  if (cur[0] === 'I' || cur[0] === 'L') return open && prev.slice(2) === cur.slice(2);
  return !open;
}

export interface ModelData {
  labels: string[];
  /** feature -> sparse weights "labelIndex:weight,…" */
  weights: Record<string, string>;
  /** transitions [prev][cur], prev = labels.length is the sentence start */
  transitions: number[][];
  meta?: Record<string, unknown>;
}

export class Perceptron {
  readonly labels: string[];
  /** the labels as IOB2 (differs from `labels` in a BILOU model) */
  readonly iob2: string[];
  readonly nLabels: number;
  /** BILOU labels (U-X, L-X) rather than IOB2 */
  readonly bilou: boolean;
  /** 1 where a label may end the sentence (BILOU: not B-X, I-X) */
  private readonly allowedEnd: Uint8Array;
  /** per label, another label a pin of it also allows (BILOU: a pinned B-X may be U-X), or -1 */
  private readonly pinAlso: Int32Array;
  /** feature string -> row in `w` */
  readonly index = new Map<string, number>();
  w: Float32Array;
  /** (nLabels + 1) x nLabels */
  trans: Float32Array;
  private readonly allowed: boolean[][];
  /** allowed[prev][cur] flattened, prev = nLabels for the sentence start */
  private readonly allowedFlat: Uint8Array;
  /** per label, the previous labels allowed before it, ascending (Viterbi skips the rest) */
  private readonly allowedPrev: Int32Array[];
  private scoreBuf = new Float64Array(0);
  private backBuf = new Int32Array(0);
  /** subtracted from the O label's score at decode time (tuned on dev: trades precision for recall) */
  oPenalty = 0;
  // training state for averaging
  private sumW: Float64Array | null = null;
  private sumT: Float64Array | null = null;
  private step = 1;

  constructor(labels: string[], features: Iterable<string> = []) {
    this.labels = labels;
    this.nLabels = labels.length;
    this.bilou = labels.some((l) => l.startsWith('L-') || l.startsWith('U-'));
    this.iob2 = labels.map(iob2Label);
    this.allowedEnd = Uint8Array.from(labels, (l) => (this.bilou && (l[0] === 'B' || l[0] === 'I') ? 0 : 1));
    this.pinAlso = Int32Array.from(labels, (l) => (this.bilou && l[0] === 'B' ? labels.indexOf(`U${l.slice(1)}`) : -1));
    for (const f of features) if (!this.index.has(f)) this.index.set(f, this.index.size);
    this.w = new Float32Array(this.index.size * this.nLabels);
    this.trans = new Float32Array((this.nLabels + 1) * this.nLabels);
    this.allowed = [];
    for (let p = 0; p <= this.nLabels; p++) {
      const prev = p < this.nLabels ? labels[p] : 'O';
      this.allowed.push(labels.map((cur) => allowedStep(prev, cur, this.bilou)));
    }
    this.allowedFlat = Uint8Array.from(this.allowed.flat(), (b) => (b ? 1 : 0));
    this.allowedPrev = labels.map((_, y) => Int32Array.from(labels.keys()).filter((p) => this.allowed[p][y]));
  }

  /** Feature rows of one word (unknown features dropped). */
  rows(features: readonly string[]): Int32Array {
    const out: number[] = [];
    for (const f of features) { const r = this.index.get(f); if (r !== undefined) out.push(r); }
    return Int32Array.from(out);
  }

  private emissions(rows: Int32Array[]): Float32Array {
    const L = this.nLabels;
    const e = new Float32Array(rows.length * L);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      for (let k = 0; k < r.length; k++) {
        const base = r[k] * L;
        for (let y = 0; y < L; y++) e[i * L + y] += this.w[base + y];
      }
    }
    return e;
  }

  /** Best label index sequence for one sentence; `forced` pins labels at some positions. */
  decode(rows: Int32Array[], forced?: ReadonlyMap<number, number>): number[] {
    return this.decodeScores(this.emissions(rows), rows.length, forced);
  }

  /** Training decode with a margin: every label but the gold one gets `cost` more (cost-augmented
   * decoding), so an update also happens when the gold sequence wins by less than the margin. */
  decodeWithCost(rows: Int32Array[], gold: readonly number[], cost: number): number[] {
    const e = this.emissions(rows), L = this.nLabels;
    for (let i = 0; i < rows.length; i++) for (let y = 0; y < L; y++) if (y !== gold[i]) e[i * L + y] += cost;
    return this.decodeScores(e, rows.length);
  }

  /** Adds the weight rows of the known `features` into `out` (one score per label), in order, without
   * building a row list; false when the model knows none of them. */
  addFeatures(features: readonly string[], out: Float32Array): boolean {
    const L = this.nLabels, w = this.w;
    let found = false;
    for (const f of features) {
      const r = this.index.get(f);
      if (r === undefined) continue;
      found = true;
      const base = r * L;
      for (let y = 0; y < L; y++) out[y] += w[base + y];
    }
    return found;
  }

  /** Sum of the weight rows of `rows`, added into `out` at `offset` (one score per label). */
  addRows(rows: Int32Array, out: Float32Array, offset = 0): void {
    const L = this.nLabels;
    for (let k = 0; k < rows.length; k++) {
      const base = rows[k] * L;
      for (let y = 0; y < L; y++) out[offset + y] += this.w[base + y];
    }
  }

  /** Subtracts the O penalty from emission scores (n x labels) in place: once, before decodeScores(…, true). */
  penalizeO(emissions: Float32Array, n: number): void {
    const L = this.nLabels;
    if (this.oPenalty) for (let i = 0; i < n; i++) emissions[i * L] -= this.oPenalty;
  }

  /** Viterbi over precomputed emission scores (n x labels; the O penalty is applied here unless `penalized`
   * says penalizeO already did). Changes `emissions` when it applies the penalty or pins. */
  decodeScores(emissions: Float32Array, n: number, forced?: ReadonlyMap<number, number>, penalized = false): number[] {
    const L = this.nLabels;
    if (n === 0) return [];
    const e = emissions;
    if (!penalized) this.penalizeO(e, n);
    if (forced) for (const [i, y] of forced) for (let k = 0; k < L; k++) if (k !== y && k !== this.pinAlso[y]) e[i * L + k] = -1e9;
    // scratch reused across calls: rows after the first are always written whole before being read
    if (this.scoreBuf.length < n * L) { this.scoreBuf = new Float64Array(2 * n * L); this.backBuf = new Int32Array(2 * n * L); }
    const score = this.scoreBuf.fill(-Infinity, 0, L), back = this.backBuf;
    const allowed = this.allowedFlat, trans = this.trans;
    for (let y = 0; y < L; y++) if (allowed[L * L + y]) score[y] = e[y] + trans[L * L + y];
    const prevs = this.allowedPrev;
    for (let i = 1; i < n; i++) {
      const prevRow = (i - 1) * L;
      for (let y = 0; y < L; y++) {
        let best = -Infinity, arg = 0;
        const ps = prevs[y];
        for (let q = 0; q < ps.length; q++) {
          const p = ps[q];
          const s = score[prevRow + p] + trans[p * L + y];
          if (s > best) { best = s; arg = p; }
        }
        score[i * L + y] = best + e[i * L + y];
        back[i * L + y] = arg;
      }
    }
    let y = 0, best = -Infinity;
    const ends = this.allowedEnd;
    for (let k = 0; k < L; k++) if (ends[k] && score[(n - 1) * L + k] > best) { best = score[(n - 1) * L + k]; y = k; }
    const out = new Array<number>(n);
    for (let i = n - 1; i >= 0; i--) { out[i] = y; y = back[i * L + y]; }
    return out;
  }

  /** One structured-perceptron update toward `gold` from `pred`. */
  update(rows: Int32Array[], gold: number[], pred: number[]): void {
    const L = this.nLabels;
    this.sumW ??= new Float64Array(this.w.length);
    this.sumT ??= new Float64Array(this.trans.length);
    const c = this.step;
    for (let i = 0; i < rows.length; i++) {
      const g = gold[i], p = pred[i];
      if (g !== p) {
        for (const r of rows[i]) {
          this.w[r * L + g] += 1; this.sumW[r * L + g] += c;
          this.w[r * L + p] -= 1; this.sumW[r * L + p] -= c;
        }
      }
      const gp = i === 0 ? L : gold[i - 1], pp = i === 0 ? L : pred[i - 1];
      if (g !== p || gp !== pp) {
        this.trans[gp * L + g] += 1; this.sumT[gp * L + g] += c;
        this.trans[pp * L + p] -= 1; this.sumT[pp * L + p] -= c;
      }
    }
  }

  /** One stochastic gradient step of the CRF log-likelihood (the same scores, trained as a linear-chain
   * CRF: forward-backward over the allowed sequences), with the same lazy sums for averaging. */
  crfUpdate(rows: Int32Array[], gold: readonly number[], lr: number): void {
    const L = this.nLabels, n = rows.length;
    if (!n) return;
    this.sumW ??= new Float64Array(this.w.length);
    this.sumT ??= new Float64Array(this.trans.length);
    const e = this.emissions(rows), T = this.trans, A = this.allowedFlat, ends = this.allowedEnd;
    const alpha = new Float64Array(n * L).fill(-Infinity), beta = new Float64Array(n * L).fill(-Infinity);
    const lse = (a: number, b: number): number => (a === -Infinity ? b : b === -Infinity ? a : a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b)));
    for (let y = 0; y < L; y++) if (A[L * L + y]) alpha[y] = e[y] + T[L * L + y];
    for (let i = 1; i < n; i++) {
      for (let y = 0; y < L; y++) {
        let s = -Infinity;
        for (const p of this.allowedPrev[y]) s = lse(s, alpha[(i - 1) * L + p] + T[p * L + y]);
        alpha[i * L + y] = s + e[i * L + y];
      }
    }
    let logZ = -Infinity;
    for (let y = 0; y < L; y++) if (ends[y]) { beta[(n - 1) * L + y] = 0; logZ = lse(logZ, alpha[(n - 1) * L + y]); }
    for (let i = n - 2; i >= 0; i--) {
      for (let p = 0; p < L; p++) {
        let s = -Infinity;
        for (let y = 0; y < L; y++) if (A[p * L + y]) s = lse(s, T[p * L + y] + e[(i + 1) * L + y] + beta[(i + 1) * L + y]);
        beta[i * L + p] = s;
      }
    }
    const c = this.step, w = this.w, sw = this.sumW, st = this.sumT;
    const dT = new Float64Array(T.length);
    for (let i = 0; i < n; i++) {
      for (let y = 0; y < L; y++) {
        const m = Math.exp(alpha[i * L + y] + beta[i * L + y] - logZ);
        const g = lr * ((gold[i] === y ? 1 : 0) - m);
        if (Math.abs(g) < 1e-7) continue;
        for (const r of rows[i]) { w[r * L + y] += g; sw[r * L + y] += c * g; }
        if (i === 0) dT[L * L + y] += g;
      }
      if (i === 0) continue;
      for (let p = 0; p < L; p++) {
        const a = alpha[(i - 1) * L + p];
        if (a === -Infinity) continue;
        for (let y = 0; y < L; y++) {
          if (!A[p * L + y]) continue;
          const m = Math.exp(a + T[p * L + y] + e[i * L + y] + beta[i * L + y] - logZ);
          dT[p * L + y] += lr * ((gold[i - 1] === p && gold[i] === y ? 1 : 0) - m);
        }
      }
    }
    for (let k = 0; k < T.length; k++) if (dT[k]) { T[k] += dT[k]; st[k] += c * dT[k]; }
  }

  tick(): void { this.step++; }

  /** A copy with averaged weights (w - sum/step). */
  averaged(): Perceptron {
    const m = new Perceptron(this.labels);
    for (const [f, r] of this.index) m.index.set(f, r);
    m.w = new Float32Array(this.w.length);
    m.trans = new Float32Array(this.trans.length);
    const s = this.step;
    for (let i = 0; i < this.w.length; i++) m.w[i] = this.w[i] - (this.sumW ? this.sumW[i] / s : 0);
    for (let i = 0; i < this.trans.length; i++) m.trans[i] = this.trans[i] - (this.sumT ? this.sumT[i] / s : 0);
    return m;
  }

  /** Compact form: weights rounded, zero rows dropped. */
  toData(meta: Record<string, unknown> = {}, precision = 2, minAbs = 0.01): ModelData {
    const L = this.nLabels;
    const weights: Record<string, string> = {};
    for (const [f, r] of this.index) {
      const parts: string[] = [];
      for (let y = 0; y < L; y++) {
        const v = this.w[r * L + y];
        if (Math.abs(v) >= minAbs) parts.push(`${y}:${+v.toFixed(precision)}`);
      }
      if (parts.length) weights[f] = parts.join(',');
    }
    const transitions: number[][] = [];
    for (let p = 0; p <= L; p++) transitions.push(Array.from(this.trans.subarray(p * L, p * L + L), (v) => +v.toFixed(3)));
    return { labels: this.labels, weights, transitions, meta };
  }

  static fromData(d: ModelData): Perceptron {
    const m = new Perceptron(d.labels, Object.keys(d.weights));
    const L = m.nLabels;
    for (const [f, s] of Object.entries(d.weights)) {
      const r = m.index.get(f)!;
      for (const part of s.split(',')) {
        const c = part.indexOf(':');
        m.w[r * L + Number(part.slice(0, c))] = Number(part.slice(c + 1));
      }
    }
    d.transitions.forEach((row, p) => row.forEach((v, y) => { m.trans[p * L + y] = v; }));
    m.oPenalty = Number(d.meta?.oPenalty ?? 0);
    return m;
  }
}
