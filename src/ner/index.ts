// Named entities for Rasad: recognizeEntities(doc) -> mentions with canonical refs (and doc.iob filled),
// resolveActor(text) -> canonical ref of a name, epithet or capital. See src/ner/README.md.
import type { Doc } from '../doc.ts';
import type { EntityMention, EntityType } from '../article.ts';
import { analyzeText, normalize } from '../text/index.ts';
import { recognizeSentence, type SpanType, type WordSpan } from './recognize.ts';
import { toParsTwinerConventions } from './conventions.ts';
import { resolveSpan, corefer, type ResolvedSpan, type PlacedTitle } from './resolve.ts';
import { loadResources, tagWords, tagWordsByVote } from './tagger.ts';
import { chunks } from './score.ts';
import { ruleWords, isFunctionWord } from './rules.ts';
import { dropRelationalAdjectives } from './adjectives.ts';
import { latinNames } from './latin.ts';

export { personRef, slugify } from './slug.ts';

/** An entity mention; `nominal` marks a bare title («وزیر خارجه») resolved to an earlier named person
 * (such mentions carry a ref but are not names, so doc.iob leaves them O). */
export interface NerMention extends EntityMention { nominal?: boolean }

/** Our output type for a span type: ParsTwiNER's POG (political groups, parties) is an ORG. */
export function outputType(t: SpanType): EntityType {
  return t === 'POG' ? 'ORG' : t;
}

// Recognition runs on tokens (surface words with their clitics attached, as ParsTwiNER is written),
// not on UD words, so a clitic split (کتابش = کتاب + ش) never cuts a name; doc.iob marks every word of
// an entity's tokens.
export function recognizeEntities(doc: Doc): NerMention[] {
  const items: { span: ResolvedSpan; sentence: number }[] = [];
  const titles: PlacedTitle[] = [];
  const sentenceFirst: number[] = [];
  const sentenceTokens: string[][] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    const first = doc.sentenceStart[s], end = doc.sentenceEnd[s];
    sentenceFirst.push(first);
    if (end <= first) continue;
    const tokens: string[] = [];
    for (let t = first; t < end; t++) tokens.push(doc.text.slice(doc.tokenStart[t], doc.tokenEnd[t]));
    sentenceTokens[s] = tokens;
    const { spans, titles: bare } = recognizeSentence(tokens);
    let k = 0;
    for (const span of spans) {
      while (k < bare.length && bare[k].start < span.start) titles.push({ title: bare[k++], sentence: s, order: items.length });
      items.push({ span: resolveSpan(tokens, span), sentence: s });
    }
    while (k < bare.length) titles.push({ title: bare[k++], sentence: s, order: items.length });
    if (/[A-Z]/.test(doc.text.slice(doc.tokenStart[first], doc.tokenEnd[end - 1]))) {
      const taken = new Uint8Array(tokens.length);
      for (const span of spans) taken.fill(1, span.start, span.end);
      const typeEndingAt = (k: number) => spans.find((x) => x.end === k)?.type;
      for (const span of latinNames(tokens, taken, typeEndingAt)) items.push({ span: resolveSpan(tokens, span), sentence: s });
    }
  }
  dropRelationalAdjectives(items, sentenceTokens);
  propagateNames(items, sentenceTokens);
  items.sort((a, b) => a.sentence - b.sentence || a.span.start - b.span.start);
  latinGlosses(items, sentenceTokens);
  const nominals = corefer(items.map((it) => it.span), titles, items.map((it) => it.sentence));

  const toMention = (sentence: number, span: ResolvedSpan): NerMention => {
    const first = sentenceFirst[sentence];
    const start = doc.tokenStart[first + span.start], end = doc.tokenEnd[first + span.end - 1];
    const m: NerMention = { text: doc.text.slice(start, end), type: outputType(span.type), start, end };
    if (span.ref) m.ref = span.ref;
    if (span.role) m.role = span.role;
    if (span.country) m.country = `country:${span.country}`;
    if (span.nominal) m.nominal = true;
    return m;
  };
  const out: NerMention[] = [];
  for (const it of items) {
    out.push(toMention(it.sentence, it.span));
    const first = sentenceFirst[it.sentence];
    const type = outputType(it.span.type);
    const w0 = doc.tokenWord[first + it.span.start], w1 = doc.tokenWord[first + it.span.end];
    for (let w = w0; w < w1; w++) doc.iob[w] = `${w === w0 ? 'B' : 'I'}-${type}`;
  }
  for (const n of nominals) out.push(toMention(n.sentence, n.span));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/** «جو بایدن (Joe Biden)»: a Latin name in parentheses right after a name of the same type spells that
 * name out; it is the same entity, so it takes its ref (and role and country), not a ref of its own. */
function latinGlosses(items: readonly { span: ResolvedSpan; sentence: number }[], sentenceTokens: string[][]): void {
  for (let k = 1; k < items.length; k++) {
    const a = items[k - 1], b = items[k];
    const tokens = sentenceTokens[b.sentence];
    if (a.sentence !== b.sentence || a.span.type !== b.span.type || !a.span.ref) continue;
    // between them only the opening parenthesis, maybe after the quote that closes the name («"مارسل دادی" (…)»)
    if (!/^["»”]?\($/.test(tokens.slice(a.span.end, b.span.start).join('')) || tokens[b.span.end] !== ')' || !tokens.slice(b.span.start, b.span.end).every((t) => /^[A-Za-z][A-Za-z.'-]*$/.test(t))) continue;
    b.span.ref = a.span.ref; b.span.role ??= a.span.role; b.span.country ??= a.span.country;
  }
}

/** One-sense-per-article: a person's full name, or its surname alone, found once is a mention wherever
 * else it stands free in the article (the tagger often finds a name once and misses its repetitions).
 * A surname that is also a common word («سریع»، «نوری») only counts before a speech/action verb. */
function propagateNames(items: { span: ResolvedSpan; sentence: number }[], sentenceTokens: string[][]): void {
  const { lexicon, gazetteer } = loadResources();
  const rw = ruleWords();
  const names = new Map<string, ResolvedSpan>(); // "w1 w2" or surname -> span
  for (const { span } of items) {
    if (span.type !== 'PER' || !span.name || span.nominal) continue;
    const parts = span.name.split(' ');
    if (parts.length < 2) continue;
    names.set(span.name, span);
    // «غلامحسین محسنی اژه‌ای» -> «محسنی اژه‌ای» (a two-word surname) as well as «اژه‌ای»
    if (parts.length >= 3 && !parts.slice(-2).some(isFunctionWord)) names.set(parts.slice(-2).join(' '), span);
    const last = parts[parts.length - 1];
    if (last.length >= 3 && !isFunctionWord(last)) names.set(last, span);
  }
  if (!names.size) return;
  // The tagger's other type for the same name («ضیائیان» as ORG after «صادق ضیائیان») yields to the person.
  // So does a one-word place that is the surname of a person named in full in the same article: «کامرون»
  // after «دیوید کامرون» is Cameron, not Cameroon.
  for (const { span } of items) {
    const free = span.source === 'model' && !span.entry;
    const place = span.type === 'LOC' && span.end - span.start === 1 && (span.entry?.kind === 'country' || span.entry?.kind === 'city');
    const known = span.type !== 'PER' && (free || place) && span.name ? names.get(span.name) : undefined;
    if (known && (free || known.name !== span.name)) Object.assign(span, { type: 'PER', ref: known.ref, role: known.role, country: known.country, entry: undefined });
  }
  const maxLen = Math.max(...[...names.keys()].map((k) => k.split(' ').length));
  const firstWords = new Set([...names.keys()].map((k) => k.split(' ')[0]));
  const taken = new Map<number, Uint8Array>();
  for (const it of items) {
    let t = taken.get(it.sentence);
    if (!t) { t = new Uint8Array(sentenceTokens[it.sentence].length); taken.set(it.sentence, t); }
    t.fill(1, it.span.start, it.span.end);
  }
  sentenceTokens.forEach((tokens, sentence) => {
    if (!tokens || !tokens.some((t) => firstWords.has(t))) return;
    const sentenceTaken = taken.get(sentence) ?? new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      if (!firstWords.has(tokens[i])) continue;
      for (let len = Math.min(maxLen, tokens.length - i); len >= 1; len--) {
        const key = tokens.slice(i, i + len).join(' ');
        const known = names.get(key);
        if (!known) continue;
        // Taken words may only be person spans lying inside the name («محسنی» + «اژه‌ای» -> «محسنی اژه‌ای»).
        const inside = len > 1 && sentenceTaken.subarray(i, i + len).some((x) => x) ? items.filter((it) => it.sentence === sentence && it.span.start < i + len && i < it.span.end) : [];
        if (inside.length && !inside.every((it) => it.span.type === 'PER' && it.span.start >= i && it.span.end <= i + len)) continue;
        if (inside.length === 1 && inside[0].span.start === i && inside[0].span.end === i + len) continue; // already the mention
        if (!inside.length && sentenceTaken.subarray(i, i + len).some((x) => x)) continue;
        for (const it of inside) items.splice(items.indexOf(it), 1);
        if (len === 1) {
          const lex = lexicon.get(key);
          const common = lex !== undefined && Number(lex.split('|')[0]) >= 5;
          // (a listed person's surname is trusted: «بوش» after «جرج بوش»)
          const listed = gazetteer.personBySurname(key)?.ref === known.ref;
          if (common && !listed && !rw.actingVerbs.has(tokens[i + 1] ?? '')) continue;
        }
        items.push({ sentence, span: { start: i, end: i + len, type: 'PER', priority: 0, source: 'rule', ref: known.ref, role: known.role, country: known.country, name: key } });
        sentenceTaken.fill(1, i, i + len);
        i += len - 1;
        break;
      }
    }
  });
}

/** Options of `tagTokens` (the `rasad ner --conll` path). */
export interface TagTokensOptions {
  /** 'parstwiner' (default): ParsTwiNER's six types PER ORG LOC EVE POG NAT (POG kept, our FAC and PRO
   * written as LOC), so the output scores against that corpus as it is; 'rasad': ours (POG as ORG, FAC, PRO). */
  types?: 'parstwiner' | 'rasad';
  /** 'full' (default, CONLL_RECOGNIZER): tagger + gazetteers + news rules, as `recognizeEntities` runs on
   * raw text; 'vote': span vote of the tagger ensemble (models/ner-ensemble.json), best on tweets;
   * 'model': the pipeline's statistical tagger alone; 'full-vote': the full recognizer with the ensemble's
   * vote in place of the single tagger (five taggers' time; on ParsTwiNER dev the best of the four). */
  recognizer?: 'vote' | 'model' | 'full' | 'full-vote';
}

/** The default recognizer of `rasad ner --conll`: the full recognizer, as on raw text. On ParsTwiNER
 * (tweets) the tagger ensemble's vote scores higher (test 73.4 vs 72.0; dev 76.3 vs 75.3 with train-only
 * models, the full recognizer written in ParsTwiNER's conventions, conventions.ts), but on news tokens, which is what Rasad reads, the full recognizer is far ahead (news gold as
 * CoNLL, PER/ORG/LOC: test 83.8 vs 76.1, dev 90.1 vs 74.2; `node eval/ner-news.eval.ts`). `--vote` picks
 * the ensemble for tweet-like text. */
export const CONLL_RECOGNIZER = 'full';

/** A span type written in the chosen type inventory. */
function conllType(t: string, types: 'parstwiner' | 'rasad'): string {
  if (types === 'rasad') return t === 'POG' ? 'ORG' : t;
  return t === 'FAC' || t === 'PRO' ? 'LOC' : t;
}

/** The full recognizer's spans; in ParsTwiNER's types also in its annotation conventions. */
function fullSpans(words: readonly string[], types: 'parstwiner' | 'rasad', vote = false): WordSpan[] {
  const { spans, dropped } = recognizeSentence(words, vote ? tagWordsByVote(words) : undefined);
  return types === 'parstwiner' ? toParsTwinerConventions(spans, words, dropped) : spans;
}

/** IOB2 tags for given tokens of one sentence (the `rasad ner --conll` path). */
export function tagTokens(tokens: readonly string[], opts: TagTokensOptions = {}): string[] {
  const words = tokens.map((t) => normalize(t).text.replace(/\s+/g, '\u200c').trim() || t);
  const types = opts.types ?? 'parstwiner';
  if (!words.length) return [];
  const recognizer = opts.recognizer ?? CONLL_RECOGNIZER;
  const spans = recognizer === 'full' || recognizer === 'full-vote' ? fullSpans(words, types, recognizer === 'full-vote')
    : chunks(recognizer === 'model' ? tagWords(words) : tagWordsByVote(words));
  const tags = new Array<string>(words.length).fill('O');
  for (const s of spans) {
    const type = conllType(s.type, types);
    for (let w = s.start; w < s.end; w++) tags[w] = `${w === s.start ? 'B' : 'I'}-${type}`;
  }
  return tags;
}

const ACTOR_KINDS = ['country', 'seat', 'capital', 'nat', 'org', 'agency', 'inst', 'person', 'inst-generic', 'province', 'city', 'region'];

/** Canonical ref of an actor written as a name, an epithet or a capital («کاخ سفید» -> country:USA,
 * «رژیم صهیونیستی» -> country:ISR, «سرگئی لاوروف» -> person:سرگئی-لاوروف). A capital or seat named on its
 * own is taken as acting for its government. A title + country phrase («وزیر امور خارجه روسیه») gives the
 * country. Undefined when nothing is recognized. */
export function resolveActor(text: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  const clean = normalize(text).text.replace(/[«»"'()[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  const { gazetteer } = loadResources();
  const entries = gazetteer.lookup(clean).filter((e) => e.type !== 'TITLE' && e.type !== 'HON');
  for (const kind of ACTOR_KINDS) {
    const e = entries.find((x) => x.kind === kind);
    if (!e) continue;
    if (kind === 'capital') return e.country ? `country:${e.country}` : e.ref;
    return e.ref || undefined;
  }
  const doc = analyzeText(clean);
  const mentions = recognizeEntities(doc).filter((m) => !m.nominal);
  // A title + country phrase: the state acts through its official.
  const titleOnly = gazetteer.match(doc.wordForm, 0, doc.wordCount, (e) => e.type === 'TITLE')[0];
  if (titleOnly && titleOnly.start === 0 && mentions.length === 1 && mentions[0].ref?.startsWith('country:') && !mentions.some((m) => m.type === 'PER')) return mentions[0].ref;
  const person = mentions.find((m) => m.type === 'PER');
  if (person) return person.ref;
  let best: NerMention | undefined;
  for (const m of mentions) if (m.ref && (!best || m.end - m.start > best.end - best.start)) best = m;
  return best?.ref;
}
