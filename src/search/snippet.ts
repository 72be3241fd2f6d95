// Highlighted snippets as plain data: a window of the body and [start, end) offsets into that window.
import { termSpans } from '../analysis/index.ts';

export interface Snippet { text: string; highlights: [number, number][] }

const WINDOW = 240;
const LEAD_IN = 60;
const PROBE = 3;

function cutAtSpace(text: string, pos: number, forward: boolean): number {
  if (pos <= 0) return 0;
  if (pos >= text.length) return text.length;
  const k = forward ? text.indexOf(' ', pos) : text.lastIndexOf(' ', pos);
  if (k < 0) return forward ? text.length : 0;
  return forward ? k : k + 1;
}

interface Hit { start: number; end: number; term: string }

/** Where the terms may occur, cheaply: occurrences of each term's first letters (the stemmer keeps them). */
function probeHits(body: string, terms: Set<string>): Hit[] {
  const hits: Hit[] = [];
  for (const term of terms) {
    const probe = term.slice(0, PROBE);
    for (let k = body.indexOf(probe); k >= 0; k = body.indexOf(probe, k + 1)) hits.push({ start: k, end: k + probe.length, term });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The window start near a hit that covers the most distinct terms (then the most hits). */
function bestWindow(hits: Hit[]): number {
  let bestStart = 0, bestScore = -1;
  for (const s of hits) {
    const from = Math.max(0, s.start - LEAD_IN);
    const seen = new Set<string>();
    let n = 0;
    for (const t of hits) if (t.start >= from && t.end <= from + WINDOW) { seen.add(t.term); n++; }
    const score = seen.size * 100 + n;
    if (score > bestScore) { bestScore = score; bestStart = from; }
  }
  return bestStart;
}

function windowAt(body: string, from: number, terms: Set<string>): Snippet {
  const start = cutAtSpace(body, from, false);
  const end = cutAtSpace(body, start + WINDOW, true);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < body.length ? '…' : '';
  const text = prefix + body.slice(start, end).replace(/\s+/g, ' ') + suffix;
  const highlights = terms.size ? termSpans(text, terms).map((s): [number, number] => [s.start, s.end]) : [];
  return { text, highlights };
}

export function makeSnippet(body: string, terms: Set<string>): Snippet {
  if (terms.size === 0) return windowAt(body, 0, terms);
  // Cheap probes pick the window; the analyzer confirms inside it. Probes can mislead (a probe is only the
  // first letters), so when the window has no real match, the exact (slower) scan of the whole body decides.
  const probed = windowAt(body, bestWindow(probeHits(body, terms)), terms);
  if (probed.highlights.length > 0) return probed;
  const exact = termSpans(body, terms);
  return exact.length ? windowAt(body, bestWindow(exact), terms) : probed;
}
