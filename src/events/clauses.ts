// Clause structure of a sentence that argument finding needs: where the wire attribution ends
// («به گزارش خبرگزاری فارس،»), where clauses break («:»، «که»، «؛»), and which words are inside
// a quotation (long «…» spans, or everything after «گفت:»).
import { inClass } from './lexicon.ts';
import { looksFinite } from './verbs.ts';

export interface ClauseInfo {
  /** first word after the attribution prefix */
  bodyStart: number;
  /** clauseBreak[i] = 1 when a new clause starts at word i */
  clauseBreak: Uint8Array;
  /** quoted[i] = 1 when word i is inside a quotation */
  quoted: Uint8Array;
}

const QUOTE_OPEN = new Set(['«', '"', '“']);
const QUOTE_CLOSE = new Set(['»', '"', '”']);

function startsWithAttribution(keys: string[]): boolean {
  for (let len = 3; len >= 1; len--) if (inClass('attribution', keys.slice(0, len).join(''))) return true;
  return false;
}

export function analyzeClauses(keys: string[]): ClauseInfo {
  const n = keys.length;
  const clauseBreak = new Uint8Array(n + 1);
  const quoted = new Uint8Array(n);
  let bodyStart = 0;
  if (startsWithAttribution(keys)) {
    const comma = keys.findIndex((k, i) => i < 25 && (k === '،' || k === ','));
    if (comma > 0) bodyStart = comma + 1;
  }
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (QUOTE_OPEN.has(k) && k !== '"') {
      // a «…» of a few words is a name or a term («شوکت میرضیایف»); a longer one, or one with a verb, is a quotation
      let e = i + 1;
      while (e < n && !QUOTE_CLOSE.has(keys[e])) e++;
      const inner = keys.slice(i + 1, e);
      if (inner.length >= 5 || inner.some(looksFinite)) {
        quoted.fill(1, i + 1, e);
        clauseBreak[i] = 1; clauseBreak[i + 1] = 1; if (e < n) clauseBreak[e + 1] = 1;
      }
      i = e;
      continue;
    }
    if (k === ':') {
      clauseBreak[i + 1] = 1;
      // «X گفت: ...» the rest of the sentence is the speaker's words
      quoted.fill(1, i + 1, n);
    } else if (k === '؛' || k === ';' || k === '/' || k === '|') {
      clauseBreak[i + 1] = 1;
    } else if (inClass('clause_break', k)) {
      clauseBreak[i] = 1;
      clauseBreak[i + 1] = 1;
    }
  }
  return { bodyStart, clauseBreak, quoted };
}

/** First word of the clause that contains word i. */
export function clauseStartOf(info: ClauseInfo, i: number): number {
  let s = i;
  while (s > info.bodyStart && !info.clauseBreak[s]) s--;
  return Math.max(s, info.bodyStart);
}

/** One past the last word of the clause that contains word i. */
export function clauseEndOf(info: ClauseInfo, i: number, n: number): number {
  let e = i + 1;
  while (e < n && !info.clauseBreak[e]) e++;
  return e;
}
