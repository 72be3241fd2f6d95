// The spans (entities, dates, quotes) of one sentence without scanning the whole document for each
// sentence: a giant document has thousands of sentences and tens of thousands of entities (QA Q9).
// Built once per document; a query returns the spans overlapping a character window IN THEIR
// ORIGINAL ORDER, so callers that take "the first one that fits" behave exactly as on the full list.
// A query returns every span that touches the window (a superset): callers keep their own test.

interface CharSpan { start: number; end: number }

export class SpanIndex<T extends CharSpan> {
  private readonly items: readonly T[];
  /** positions in items, sorted by start */
  private readonly byStart: Int32Array;
  /** the longest span: anything starting before (from - longest) cannot reach the window */
  private readonly longest: number;

  constructor(items: readonly T[]) {
    this.items = items;
    const order = Array.from(items.keys()).sort((a, b) => items[a].start - items[b].start || a - b);
    this.byStart = Int32Array.from(order);
    let longest = 0;
    for (const s of items) longest = Math.max(longest, s.end - s.start);
    this.longest = longest;
  }

  /** Spans with end >= from and start <= to (touching the window), in their original order. */
  touching(from: number, to: number): T[] {
    const { items, byStart } = this;
    // first position whose span starts at or after (from - longest)
    const lowest = from - this.longest;
    let lo = 0, hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (items[byStart[mid]].start < lowest) lo = mid + 1; else hi = mid;
    }
    const hits: number[] = [];
    for (let k = lo; k < byStart.length; k++) {
      const s = items[byStart[k]];
      if (s.start > to) break;
      if (s.end >= from) hits.push(byStart[k]);
    }
    hits.sort((a, b) => a - b);
    return hits.map((i) => items[i]);
  }
}
