// Highlighted snippets as plain data: a window of the body and [start, end) offsets into that window.
import { termSpans } from '../analysis/index.ts';

export interface Snippet { text: string; highlights: [number, number][] }

const WINDOW = 240;
const LEAD_IN = 60;

function cutAtSpace(text: string, pos: number, forward: boolean): number {
  if (pos <= 0) return 0;
  if (pos >= text.length) return text.length;
  const k = forward ? text.indexOf(' ', pos) : text.lastIndexOf(' ', pos);
  if (k < 0) return forward ? text.length : 0;
  return forward ? k : k + 1;
}

export function makeSnippet(body: string, terms: Set<string>): Snippet {
  const spans = terms.size ? termSpans(body).filter((s) => terms.has(s.term)) : [];
  // The window starting near a match that covers the most distinct terms.
  let bestStart = 0, bestScore = -1;
  for (const s of spans) {
    const from = Math.max(0, s.start - LEAD_IN);
    const seen = new Set<string>();
    let hits = 0;
    for (const t of spans) if (t.start >= from && t.end <= from + WINDOW) { seen.add(t.term); hits++; }
    const score = seen.size * 100 + hits;
    if (score > bestScore) { bestScore = score; bestStart = from; }
  }
  const start = cutAtSpace(body, bestStart, false);
  const end = cutAtSpace(body, start + WINDOW, true);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < body.length ? '…' : '';
  const text = prefix + body.slice(start, end).replace(/\s+/g, ' ') + suffix;
  // Whitespace collapsing changes lengths; map highlights on the collapsed text by re-scanning it.
  const highlights: [number, number][] = terms.size
    ? termSpans(text).filter((s) => terms.has(s.term)).map((s): [number, number] => [s.start, s.end])
    : [];
  return { text, highlights };
}
