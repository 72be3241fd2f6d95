// Compact in-memory columns of every stored article, indexed by its seq: publication time, agency, month,
// entity types and entity refs. Search applies filters, date order and facets here, so a query never reads the
// wide article rows (body + JSON) except for the page it returns. About 60 bytes an article plus its entity ids.
// The catalog follows the store: before each search it loads the rows with a higher seq than it has seen
// (articles are only ever added), which also picks up what other processes wrote.
import type { Db } from './db.ts';
import { readSnapshot, writeSnapshot } from './catalog-snapshot.ts';

/** PostgreSQL sequences may commit out of order: re-read this many seqs below the highest seen. */
const PG_SLACK = 1000;
/** a load of at least this many articles leaves a snapshot */
const SNAPSHOT_AFTER = 10_000;

export interface CatalogState {
  maxSeq: number; size: number;
  time: Float64Array<ArrayBuffer>; agency: Uint32Array<ArrayBuffer>; month: Uint32Array<ArrayBuffer>; types: Uint32Array<ArrayBuffer>;
  present: Uint8Array<ArrayBuffer>;
  /** ref ids of seq s: refPool[refStart[s] .. refStart[s] + refLen[s]) */
  refStart: Uint32Array<ArrayBuffer>; refLen: Uint16Array<ArrayBuffer>; refPool: Int32Array<ArrayBuffer>;
  agencies: string[]; months: string[]; typeNames: string[]; refNames: string[]; refType: string[];
}

/** Sortable number for an ISO date or date-time, read as written (local wall time, like string order). */
export function timeKey(iso: string | null | undefined): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

/** Interned strings: value <-> small positive id (0 means none). */
class Dictionary {
  readonly values: string[];
  private readonly ids = new Map<string, number>();
  constructor(values: string[] = ['']) {
    this.values = values;
    values.forEach((v, k) => { if (k > 0) this.ids.set(v, k); });
  }
  id(value: string): number {
    let k = this.ids.get(value);
    if (k === undefined) { k = this.values.length; this.values.push(value); this.ids.set(value, k); }
    return k;
  }
  find(value: string): number | undefined { return this.ids.get(value); }
}

export interface CatalogFilter {
  /** allowed agency ids (any of them) */
  agencies?: Set<number>;
  /** one mark per entity filter (from refMark): the article must be marked in each */
  refs: Uint8Array[];
  /** type bits the article must all have */
  typeMask: number;
  /** a filter nothing passes (an entity type no stored article has) */
  none?: boolean;
  /** time keys: from inclusive, until exclusive */
  from?: number;
  until?: number;
}

export class Catalog {
  maxSeq = 0;
  size = 0;
  private time = new Float64Array(0);
  private agency = new Uint32Array(0);
  private month = new Uint32Array(0);
  private types = new Uint32Array(0);
  private present = new Uint8Array(0);
  // Each article's ref ids, in one pool (no object per article): refPool[refStart[s] .. + refLen[s]).
  private refStart = new Uint32Array(0);
  private refLen = new Uint16Array(0);
  private refPool = new Int32Array(1024);
  private refUsed = 0;
  agencies = new Dictionary();
  months = new Dictionary();
  typeNames = new Dictionary();
  refNames = new Dictionary();
  /** the type a ref was first seen with */
  private refType: string[] = [''];
  /** scratch counters of count(), all zero between calls */
  private refCounts = new Int32Array(0);
  private readonly lines = new Map<string, { ref: number; bit: number }>();
  private dateOrder: Int32Array | null = null;
  /** ref id -> seqs mentioning it; built on the first entity filter, then kept up to date */
  private postings: number[][] | null = null;
  private loading: Promise<void> | null = null;

  /** Load articles stored since the last call (by this or another process). With a snapshot file (SQLite),
   * the first load starts from the snapshot and a long load leaves a new one. */
  refresh(db: Db, snapshotFile?: string): Promise<void> {
    // One load at a time; a search arriving meanwhile waits for it.
    this.loading ??= this.load(db, snapshotFile).finally(() => { this.loading = null; });
    return this.loading;
  }

  private async load(db: Db, snapshotFile?: string): Promise<void> {
    if (snapshotFile && this.size === 0) await readSnapshot(snapshotFile, db, this);
    const before = this.size;
    await this.loadRows(db);
    if (snapshotFile && this.size - before >= SNAPSHOT_AFTER) await writeSnapshot(snapshotFile, db, this);
  }

  private async loadRows(db: Db): Promise<void> {
    const max = Number((await db.get<{ m: number | null }>('SELECT max(seq) AS m FROM articles'))?.m ?? 0);
    if (max <= this.maxSeq) return;
    const after = db.dialect === 'postgres' ? Math.max(0, this.maxSeq - PG_SLACK) : this.maxSeq;
    const rows = await db.rows(
      `SELECT a.seq, a.published, a.agency, e.refs FROM articles a LEFT JOIN article_entities e ON e.article_id = a.id
       WHERE a.seq > ? AND a.seq <= ? ORDER BY a.seq`, [after, max]);
    for (const [seq, published, agency, refs] of rows) this.add(Number(seq), published as string | null, agency as string | null, refs as string | null);
    this.maxSeq = Math.max(this.maxSeq, max);
  }

  private grow(seq: number): void {
    if (seq < this.present.length) return;
    const cap = Math.max(1024, 2 ** Math.ceil(Math.log2(seq + 1)));
    const bigger = <T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(a: T, make: (n: number) => T): T => { const b = make(cap); b.set(a); return b; };
    this.time = bigger(this.time, (n) => new Float64Array(n).fill(Number.NaN));
    this.agency = bigger(this.agency, (n) => new Uint32Array(n));
    this.month = bigger(this.month, (n) => new Uint32Array(n));
    this.types = bigger(this.types, (n) => new Uint32Array(n));
    this.refStart = bigger(this.refStart, (n) => new Uint32Array(n));
    this.refLen = bigger(this.refLen, (n) => new Uint16Array(n));
    this.present = bigger(this.present, (n) => new Uint8Array(n));
  }

  /** One article's columns; `refs` is article_entities' `TYPE<TAB>ref` lines. */
  add(seq: number, published: string | null, agency: string | null, refs: string | null): void {
    this.grow(seq);
    if (this.present[seq]) return;
    this.present[seq] = 1;
    this.size++;
    this.time[seq] = timeKey(published);
    this.agency[seq] = agency ? this.agencies.id(agency) : 0;
    const month = /^\d{4}-\d{2}/.exec(published ?? '');
    this.month[seq] = month ? this.months.id(month[0]) : 0;
    let mask = 0;
    const ids: number[] = [];
    for (let at = 0; refs && at < refs.length;) {
      let nl = refs.indexOf('\n', at);
      if (nl < 0) nl = refs.length;
      const line = refs.slice(at, nl);
      at = nl + 1;
      // one lookup per `TYPE<TAB>ref` line: its ref id and type bit
      let e = this.lines.get(line);
      if (!e) {
        const tab = line.indexOf('\t');
        const type = line.slice(0, tab);
        const t = this.typeNames.id(type);
        const r = this.refNames.id(line.slice(tab + 1));
        if (r === this.refType.length) this.refType.push(type);
        e = { ref: r, bit: t <= 32 ? 1 << (t - 1) : 0 };
        this.lines.set(line, e);
      }
      mask |= e.bit;
      if (!ids.includes(e.ref)) ids.push(e.ref);
    }
    this.types[seq] = mask;
    if (this.refUsed + ids.length > this.refPool.length) {
      const pool = new Int32Array(Math.max(this.refPool.length * 2, this.refUsed + ids.length));
      pool.set(this.refPool.subarray(0, this.refUsed));
      this.refPool = pool;
    }
    this.refPool.set(ids, this.refUsed);
    this.refStart[seq] = this.refUsed;
    this.refLen[seq] = Math.min(ids.length, 0xffff);
    this.refUsed += ids.length;
    if (this.postings) for (const r of ids) (this.postings[r] ??= []).push(seq);
    this.dateOrder = null;
  }

  /** Everything in plain data (typed arrays, string lists), for a snapshot. */
  state(): CatalogState {
    const n = Math.min(this.maxSeq + 1, this.present.length);
    return {
      maxSeq: this.maxSeq, size: this.size,
      time: this.time.slice(0, n), agency: this.agency.slice(0, n), month: this.month.slice(0, n), types: this.types.slice(0, n),
      present: this.present.slice(0, n), refStart: this.refStart.slice(0, n), refLen: this.refLen.slice(0, n), refPool: this.refPool.slice(0, this.refUsed),
      agencies: this.agencies.values, months: this.months.values, typeNames: this.typeNames.values, refNames: this.refNames.values, refType: this.refType,
    };
  }

  restore(st: CatalogState): void {
    this.maxSeq = st.maxSeq; this.size = st.size;
    this.time = st.time; this.agency = st.agency; this.month = st.month; this.types = st.types; this.present = st.present;
    this.refStart = st.refStart; this.refLen = st.refLen; this.refPool = st.refPool; this.refUsed = st.refPool.length;
    this.agencies = new Dictionary(st.agencies); this.months = new Dictionary(st.months);
    this.typeNames = new Dictionary(st.typeNames); this.refNames = new Dictionary(st.refNames); this.refType = st.refType;
    this.lines.clear(); this.postings = null; this.dateOrder = null;
  }

  has(seq: number): boolean { return seq < this.present.length && this.present[seq] === 1; }
  timeOf(seq: number): number { return this.time[seq]; }

  /** Type bit of an entity type (0 when no stored article has that type). */
  typeBit(type: string): number {
    const t = this.typeNames.find(type);
    return t !== undefined && t <= 32 ? 1 << (t - 1) : 0;
  }

  /** Agency ids whose name contains the text (case-insensitive), as `agency:` matches. */
  agenciesContaining(text: string): Set<number> {
    const want = text.toLowerCase();
    const out = new Set<number>();
    this.agencies.values.forEach((v, k) => { if (k > 0 && v.toLowerCase().includes(want)) out.add(k); });
    return out;
  }

  refIds(refs: Iterable<string>): Set<number> {
    const out = new Set<number>();
    for (const r of refs) { const k = this.refNames.find(r); if (k !== undefined) out.add(k); }
    return out;
  }

  /** A mark per seq: the articles that mention any of these ref ids. */
  refMark(ids: Set<number>): Uint8Array {
    if (!this.postings) {
      this.postings = [];
      for (let seq = 0; seq < this.present.length; seq++) {
        for (let k = this.refStart[seq], end = k + this.refLen[seq]; k < end; k++) (this.postings[this.refPool[k]] ??= []).push(seq);
      }
    }
    const m = new Uint8Array(this.present.length);
    for (const r of ids) for (const s of this.postings[r] ?? []) m[s] = 1;
    return m;
  }

  passes(seq: number, f: CatalogFilter): boolean {
    if (f.none || !this.has(seq)) return false;
    if (f.agencies && !f.agencies.has(this.agency[seq])) return false;
    if ((this.types[seq] & f.typeMask) !== f.typeMask) return false;
    if (f.from !== undefined && !(this.time[seq] >= f.from)) return false;
    if (f.until !== undefined && !(this.time[seq] < f.until)) return false;
    for (const m of f.refs) if (m[seq] !== 1) return false;
    return true;
  }

  /** Order of two seqs by date: newer first, unknown dates last, ties: later stored first. */
  compareNewest(a: number, b: number): number {
    const ta = this.time[a], tb = this.time[b];
    if (ta === tb) return b - a;
    if (Number.isNaN(ta)) return Number.isNaN(tb) ? b - a : 1;
    if (Number.isNaN(tb)) return -1;
    return tb - ta;
  }

  /** A mark per seq for the seqs in these [seq] rows. */
  mark(rows: unknown[][]): Uint8Array {
    const m = new Uint8Array(this.present.length);
    for (const r of rows) { const s = Number(r[0]); if (s < m.length) m[s] = 1; }
    return m;
  }

  /** The `n` newest of these seqs (in date order). */
  newestOf(seqs: number[], n: number): number[] {
    const m = new Uint8Array(this.present.length);
    for (const s of seqs) if (s < m.length) m[s] = 1;
    const out: number[] = [];
    for (const s of this.byDate()) if (m[s] === 1 && out.push(s) >= n) break;
    return out;
  }

  /** Every stored seq, newest published first (unknown dates last; ties: later stored first). */
  byDate(): Int32Array {
    if (this.dateOrder) return this.dateOrder;
    const seqs = new Int32Array(this.size);
    let n = 0;
    for (let s = this.present.length - 1; s >= 0; s--) if (this.present[s]) seqs[n++] = s;
    seqs.sort((a, b) => this.compareNewest(a, b));
    this.dateOrder = seqs;
    return seqs;
  }

  /** Facet counts over these seqs: agency, month, entity type (articles having it) and the `refLimit` most
   * mentioned refs (ties by ref). */
  count(seqs: ArrayLike<number>, refLimit: number): { agency: Map<string, number>; month: Map<string, number>; type: Map<string, number>; refs: [string, { type: string; count: number }][] } {
    const agency = new Map<number, number>(), month = new Map<number, number>();
    const typeCounts = new Array<number>(33).fill(0);
    if (this.refCounts.length < this.refNames.values.length) this.refCounts = new Int32Array(this.refNames.values.length * 2);
    const counts = this.refCounts;
    const touched: number[] = [];
    for (let i = 0; i < seqs.length; i++) {
      const s = seqs[i];
      if (this.agency[s]) agency.set(this.agency[s], (agency.get(this.agency[s]) ?? 0) + 1);
      if (this.month[s]) month.set(this.month[s], (month.get(this.month[s]) ?? 0) + 1);
      for (let m = this.types[s], b = 0; m; m >>>= 1, b++) if (m & 1) typeCounts[b]++;
      for (let k = this.refStart[s], end = k + this.refLen[s]; k < end; k++) {
        const r = this.refPool[k];
        if (counts[r]++ === 0) touched.push(r);
      }
    }
    // The refLimit-th highest count is the cut; only refs at or above it are sorted.
    const cut = touched.length > refLimit ? Int32Array.from(touched, (r) => counts[r]).sort()[touched.length - refLimit] : 0;
    const names = this.refNames.values;
    const best = touched.filter((r) => counts[r] >= cut)
      .sort((a, b) => counts[b] - counts[a] || (names[a] < names[b] ? -1 : 1)).slice(0, refLimit)
      .map((r): [string, { type: string; count: number }] => [names[r], { type: this.refType[r], count: counts[r] }]);
    for (const r of touched) counts[r] = 0;
    const named = (m: Map<number, number>, d: Dictionary) => new Map([...m].map(([k, n]) => [d.values[k], n]));
    const type = new Map<string, number>();
    typeCounts.forEach((n, b) => { if (n) type.set(this.typeNames.values[b + 1], n); });
    return { agency: named(agency, this.agencies), month: named(month, this.months), type, refs: best };
  }
}
