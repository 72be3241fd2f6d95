// Helpers for the events tests: analyse a text and run extractEvents with a context built by hand
// (names located in the normalized text), so the tests do not depend on the NER model's mood.
import { analyzeText } from '../text/index.ts';
import { tagDoc } from '../tag/index.ts';
import type { DateMention, EntityMention, EntityType, Quote } from '../article.ts';
import { extractEvents, type RasadEvent } from './index.ts';

export interface Name { text: string; type: EntityType; ref?: string; country?: string }

export interface RunOptions {
  names?: Name[];
  dates?: { text: string; value: string }[];
  published?: string | null;
  quotes?: { text: string; speaker: string }[];
  /** run the POS tagger too (fills UPOS and the «compound:lvc» links the extractor can use) */
  tag?: boolean;
}

function locate(text: string, needle: string, from = 0): number {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`test text has no «${needle}»`);
  return i;
}

export function run(raw: string, opts: RunOptions = {}): RasadEvent[] {
  const doc = analyzeText(raw);
  if (opts.tag) tagDoc(doc);
  const entities: EntityMention[] = [];
  for (const n of opts.names ?? []) {
    // every occurrence of the name is a mention
    for (let i = doc.text.indexOf(n.text); i >= 0; i = doc.text.indexOf(n.text, i + n.text.length)) {
      entities.push({ text: n.text, type: n.type, start: i, end: i + n.text.length, ...(n.ref ? { ref: n.ref } : {}), ...(n.country ? { country: n.country } : {}) });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  const dates: DateMention[] = (opts.dates ?? []).map((d) => { const s = locate(doc.text, d.text); return { text: d.text, start: s, end: s + d.text.length, value: d.value }; });
  const quotes: Quote[] = (opts.quotes ?? []).map((q) => {
    const s = locate(doc.text, q.text);
    return { speaker: { text: q.speaker }, verb: null, text: q.text, start: s, end: s + q.text.length, direct: true };
  });
  return extractEvents(doc, { entities, dates, quotes, published: opts.published ?? null });
}

/** The events as short strings «TYPE/mode actor -> target» for readable assertions. */
export function brief(events: RasadEvent[]): string[] {
  return events.map((e) => `${e.type}${e.mode ? '/' + e.mode : ''} ${e.actor?.text ?? '-'} -> ${e.target?.text ?? '-'}${e.negated ? ' NEG' : ''}`);
}
