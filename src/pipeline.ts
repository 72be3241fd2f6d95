// analyze(): one article source -> Article JSON v1. Every stage is a pure function of its input
// plus language data / a model loaded once.
import { createHash } from 'node:crypto';
import type { Article, ArticleSource } from './article.ts';
import type { Doc } from './doc.ts';
import { analyzeText, normalize } from './text/index.ts';
import { tagDoc } from './tag/index.ts';
import { recognizeEntities } from './ner/index.ts';
import { findDates, findQuantities } from './time/index.ts';
import { findQuotes, keyphrases, summarize, fingerprintSource } from './news/index.ts';
import { extractEvents } from './events/index.ts';

export interface AnalyzeOptions {
  /** skip event extraction (faster) */
  events?: boolean;
}

export interface Analysis { article: Article; doc: Doc }

/** What analyze() needs: the body; every other field of ArticleSource is optional here
 * (`analyze({ body: 'متن خبر' })`). */
export type ArticleInput = Pick<ArticleSource, 'body'> & Partial<ArticleSource>;

/** The full source with absent fields filled in. Library callers in plain JavaScript get a clear
 * TypeError instead of a crash deep inside the normalizer. */
export function completeSource(input: ArticleInput): ArticleSource {
  if (input === null || typeof input !== 'object' || typeof input.body !== 'string') {
    throw new TypeError('analyze: expected an object with a string `body` (the article text), e.g. analyze({ body: "…" })');
  }
  const field = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    ...input,
    headline: field(input.headline), lead: field(input.lead), agency: field(input.agency), service: field(input.service),
    sources: Array.isArray(input.sources) ? input.sources.filter((x) => typeof x === 'string') : [],
    published: field(input.published),
  };
}

export function articleId(src: ArticleSource): string {
  return createHash('sha256').update(`${src.headline ?? ''}\n${src.body}`).digest('hex').slice(0, 20);
}

/** Display fields get the same character folding as the body (Arabic ي/ك, digits, spacing), so the
 * headline, snippets and dedupe output never mix orthographies. */
function normalizeField(s: string | null): string | null {
  return s === null ? null : normalize(s).text.trim() || null;
}

/** Where the body starts in the analyzed text: a lead the source gives apart from the body (an HTML «لید»,
 * a feed summary, a JSONL lead field) is analyzed too, before the body, unless the body already opens with
 * it — agency leads carry quotes and names that would otherwise be lost. */
export function analyzedText(src: ArticleSource): { text: string; bodyStart: number } {
  const lead = src.lead?.trim();
  if (!lead) return { text: src.body, bodyStart: 0 };
  const key = (s: string) => normalize(s.slice(0, 200)).text.replace(/\s+/g, ' ').trim().slice(0, 60);
  if (key(src.body.trimStart()).startsWith(key(lead).slice(0, 40))) return { text: src.body, bodyStart: 0 };
  const text = `${lead}\n\n${src.body}`;
  return { text, bodyStart: text.length - src.body.length };
}

export function analyzeSource(input: ArticleInput, opts: AnalyzeOptions = {}): Analysis {
  const src = completeSource(input);
  const doc = analyzeText(analyzedText(src).text);
  tagDoc(doc);
  const names = recognizeEntities(doc);
  const dates = findDates(doc.text, { reference: src.published });
  const quantities = findQuantities(doc.text);
  const entities = [...names, ...dates.map((d) => ({ text: d.text, type: 'DAT' as const, start: d.start, end: d.end, value: d.value })), ...quantities]
    .sort((a, b) => a.start - b.start || b.end - a.end);
  doc.entities = entities;
  const quotes = findQuotes(doc, entities);
  const events = opts.events === false ? [] : extractEvents(doc, { entities, dates, quotes, published: src.published });
  const article: Article = {
    id: articleId(src),
    headline: normalizeField(src.headline),
    lead: normalizeField(src.lead),
    agency: normalizeField(src.agency),
    service: normalizeField(src.service),
    sources: src.sources,
    published: src.published,
    url: src.url ?? null,
    author: src.author ?? null,
    text: doc.text,
    sentences: doc.sentenceSpans(),
    entities,
    quotes,
    dates,
    events,
    keyphrases: keyphrases(doc),
    summary: summarize(doc),
    // the same fingerprint the dedupe evaluation measures: headline, lead and the top of the body
    fingerprint: fingerprintSource(src),
    tokens: doc.tokenCount,
  };
  return { article, doc };
}

export function analyze(input: ArticleInput, opts: AnalyzeOptions = {}): Article {
  return analyzeSource(input, opts).article;
}
