// Entity-level scoring as conlleval does it: chunks are maximal B-X I-X… runs (an I-X that does not
// continue a chunk of type X starts a new one); a predicted chunk counts only when start, end and type
// all equal a gold chunk. Micro-averaged precision/recall/F1 overall and per type.

export interface Chunk { start: number; end: number; type: string }

export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  tags.forEach((tag, i) => {
    const bio = tag[0];
    const type = tag.length > 2 ? tag.slice(2) : '';
    if (bio === 'B' || (bio === 'I' && (!cur || cur.type !== type))) {
      if (cur) out.push(cur);
      cur = { start: i, end: i + 1, type };
    } else if (bio === 'I' && cur) {
      cur.end = i + 1;
    } else {
      if (cur) out.push(cur);
      cur = null;
    }
  });
  if (cur) out.push(cur);
  return out;
}

export interface Counts { tp: number; fp: number; fn: number }
export interface Prf { precision: number; recall: number; f1: number; support: number }

export class EntityScorer {
  readonly byType = new Map<string, Counts>();

  private counts(type: string): Counts {
    let c = this.byType.get(type);
    if (!c) { c = { tp: 0, fp: 0, fn: 0 }; this.byType.set(type, c); }
    return c;
  }

  /** Add one sentence/document of gold and predicted spans (any objects with start/end/type). */
  addSpans(gold: readonly Chunk[], pred: readonly Chunk[]): void {
    const key = (c: Chunk): string => `${c.start}:${c.end}:${c.type}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const p of pred) { if (goldKeys.has(key(p))) this.counts(p.type).tp++; else this.counts(p.type).fp++; }
    for (const g of gold) if (!predKeys.has(key(g))) this.counts(g.type).fn++;
  }

  addTags(gold: readonly string[], pred: readonly string[]): void {
    this.addSpans(chunks(gold), chunks(pred));
  }

  static prf(c: Counts): Prf {
    const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, support: c.tp + c.fn };
  }

  overall(types?: readonly string[]): Prf {
    const sum: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const [t, c] of this.byType) {
      if (types && !types.includes(t)) continue;
      sum.tp += c.tp; sum.fp += c.fp; sum.fn += c.fn;
    }
    return EntityScorer.prf(sum);
  }

  report(types?: readonly string[]): string {
    const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
    const lines = ['type   precision  recall     F1   support'];
    for (const t of [...this.byType.keys()].sort()) {
      if (types && !types.includes(t)) continue;
      const p = EntityScorer.prf(this.byType.get(t)!);
      lines.push(`${t.padEnd(6)} ${pct(p.precision)}    ${pct(p.recall)}  ${pct(p.f1)}  ${String(p.support).padStart(6)}`);
    }
    const o = this.overall(types);
    lines.push(`ALL    ${pct(o.precision)}    ${pct(o.recall)}  ${pct(o.f1)}  ${String(o.support).padStart(6)}`);
    return lines.join('\n');
  }
}
