// ParsTwiNER's annotation conventions, for `tagTokens(…, { types: 'parstwiner' })` with the full recognizer.
// Our news guidelines keep a head word inside a name («استان سمنان»، «امام خمینی»، «باشگاه لایپزیک»);
// ParsTwiNER mostly leaves it out («استان» O, «سمنان» B-LOC). Which way each head word goes is counted on
// ParsTwiNER train (`node eval/ner.eval.ts --count-conventions > src/ner/data/parstwiner-heads.tsv`), not
// written by hand; only this output path uses it (news output, `recognizeEntities`, is unchanged).
import { readFileSync } from 'node:fs';
import type { SpanType, WordSpan } from './recognize.ts';
import { loadResources } from './tagger.ts';

/** How ParsTwiNER train annotates one word standing at the left edge of a name. */
export interface HeadConvention { word: string; inside: number; outside: number }

/** Words seen fewer times than this at a name's left edge decide nothing. */
const MIN_SEEN = 5;
/** Share of one side needed to act. */
const MAJORITY = 0.7;

/** Count, over gold sentences, each word that opens a multi-word name (inside) or stands right before a
 * name (outside). */
export function countHeadConventions(sentences: readonly { tokens: readonly string[]; tags: readonly string[] }[]): HeadConvention[] {
  const seen = new Map<string, HeadConvention>();
  const at = (w: string): HeadConvention => {
    let c = seen.get(w);
    if (!c) { c = { word: w, inside: 0, outside: 0 }; seen.set(w, c); }
    return c;
  };
  for (const { tokens, tags } of sentences) {
    tokens.forEach((w, i) => {
      const next = tags[i + 1] ?? 'O';
      if (tags[i].startsWith('B-') && next === `I-${tags[i].slice(2)}`) at(w).inside++;
      else if (tags[i] === 'O' && next.startsWith('B-')) at(w).outside++;
    });
  }
  return [...seen.values()]
    .filter((c) => c.inside + c.outside >= MIN_SEEN && Math.max(c.inside, c.outside) >= MAJORITY * (c.inside + c.outside))
    .sort((a, b) => b.inside + b.outside - (a.inside + a.outside) || (a.word < b.word ? -1 : 1));
}

export function formatHeadConventions(rows: readonly HeadConvention[]): string {
  return ['# word\tinside\toutside  (ParsTwiNER train, MIT: a word opening a multi-word name / standing right before one)',
    ...rows.map((r) => `${r.word}\t${r.inside}\t${r.outside}`)].join('\n') + '\n';
}

let table: Map<string, HeadConvention> | undefined;
function headTable(): Map<string, HeadConvention> {
  if (table) return table;
  table = new Map();
  const text = readFileSync(new URL('./data/parstwiner-heads.tsv', import.meta.url), 'utf8');
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, inside, outside] = line.split('\t');
    table.set(word, { word, inside: Number(inside), outside: Number(outside) });
  }
  return table;
}

/** True when ParsTwiNER leaves `word` out of a name that it opens. */
function leftOut(word: string): boolean {
  const c = headTable().get(word);
  return c !== undefined && c.outside > c.inside;
}

const NAME_TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'FAC', 'EVE', 'PRO', 'NAT', 'POG']);

/** The type the gazetteer gives these words as a whole name, if any. */
function gazetteerType(words: readonly string[]): SpanType | undefined {
  const entries = loadResources().gazetteer.lookup(words.join(' ')).filter((e) => NAME_TYPES.has(e.type) && !e.ambiguous);
  return entries[0]?.type as SpanType | undefined;
}

function isCountry(word: string): boolean {
  return loadResources().gazetteer.lookup(word).some((e) => e.kind === 'country');
}

/** Rewrite the full recognizer's spans of one sentence into ParsTwiNER's conventions (counted on its
 * train split):
 * - a head word that ParsTwiNER mostly leaves outside the name is dropped from the span's left edge
 *   («استان سمنان» → «سمنان»; «دولت آمریکا» → «آمریکا», which then takes the gazetteer's type LOC);
 * - person names we joined because they touch stay apart («نادر مختاری» «نوید افکاری»);
 * - an organization, event or place followed by its country is one name («السد قطر»، «رتردام هلند»:
 *   train joins 258 such pairs and splits 13; a person + country stays two, as in train). */
export function toParsTwinerConventions(spans: readonly WordSpan[], words: readonly string[]): WordSpan[] {
  const out: WordSpan[] = [];
  for (const span of spans) {
    const s: WordSpan = { ...span };
    const start = s.start;
    while (s.end - s.start >= 2 && leftOut(words[s.start])) s.start++;
    if (s.start > start) {
      const type = gazetteerType(words.slice(s.start, s.end));
      if (type && type !== s.type) s.type = type;
    }
    if (s.type === 'PER' && s.joins) {
      for (const at of s.joins) if (at > s.start && at < s.end) { out.push({ ...s, end: at, joins: undefined }); s.start = at; }
      s.joins = undefined;
    }
    const prev = out[out.length - 1];
    if (prev && prev.end === s.start && s.end - s.start === 1 && s.type === 'LOC' && isCountry(words[s.start]) && prev.type !== 'PER' && prev.type !== 'NAT' &&
        !words.slice(prev.start, prev.end).some(isCountry)) {
      prev.end = s.end;
      continue;
    }
    out.push(s);
  }
  return out;
}
