// ParsTwiNER's annotation conventions, for `tagTokens(…, { types: 'parstwiner' })` with the full recognizer.
// Our news guidelines keep a head word inside a name («استان سمنان»، «امام خمینی»، «باشگاه لایپزیک»);
// ParsTwiNER mostly leaves it out («استان» O, «سمنان» B-LOC). Which way each head word goes is counted on
// ParsTwiNER train (`node eval/ner.eval.ts --count-conventions > src/ner/data/parstwiner-heads.tsv`), not
// written by hand; only this output path uses it (news output, `recognizeEntities`, is unchanged).
import { readFileSync } from 'node:fs';
import type { SpanType, WordSpan } from './recognize.ts';
import { loadResources } from './tagger.ts';

/** How ParsTwiNER train annotates one word: at the left edge of a name (inside it or right before it),
 * and standing alone (a one-word name, or O not before a name). */
export interface HeadConvention { word: string; inside: number; outside: number; alone: number; plain: number }

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
    if (!c) { c = { word: w, inside: 0, outside: 0, alone: 0, plain: 0 }; seen.set(w, c); }
    return c;
  };
  for (const { tokens, tags } of sentences) {
    tokens.forEach((w, i) => {
      const next = tags[i + 1] ?? 'O';
      if (tags[i].startsWith('B-') && next === `I-${tags[i].slice(2)}`) at(w).inside++;
      else if (tags[i].startsWith('B-')) at(w).alone++;
      else if (tags[i] === 'O' && next.startsWith('B-')) at(w).outside++;
      else if (tags[i] === 'O') at(w).plain++;
    });
  }
  return [...seen.values()]
    .filter((c) => clear(c.inside, c.outside) || (c.alone >= MIN_SEEN && c.alone >= MAJORITY * (c.alone + c.plain)))
    .sort((a, b) => b.inside + b.outside - (a.inside + a.outside) || b.alone - a.alone || (a.word < b.word ? -1 : 1));
}

/** Enough cases, and one side holds the majority. */
function clear(a: number, b: number): boolean {
  return a + b >= MIN_SEEN && Math.max(a, b) >= MAJORITY * (a + b);
}

export function formatHeadConventions(rows: readonly HeadConvention[]): string {
  return ['# word\tinside\toutside\talone\tplain  (ParsTwiNER train, MIT: a word opening a multi-word name / right before a name / a one-word name / O elsewhere)',
    ...rows.map((r) => `${r.word}\t${r.inside}\t${r.outside}\t${r.alone}\t${r.plain}`)].join('\n') + '\n';
}

let table: Map<string, HeadConvention> | undefined;
function headTable(): Map<string, HeadConvention> {
  if (table) return table;
  table = new Map();
  const text = readFileSync(new URL('./data/parstwiner-heads.tsv', import.meta.url), 'utf8');
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, inside, outside, alone, plain] = line.split('\t');
    table.set(word, { word, inside: Number(inside), outside: Number(outside), alone: Number(alone), plain: Number(plain) });
  }
  return table;
}

/** True when ParsTwiNER leaves `word` out of a name that it opens. */
function leftOut(word: string): boolean {
  const c = headTable().get(word);
  return c !== undefined && clear(c.inside, c.outside) && c.outside > c.inside;
}

/** True when ParsTwiNER mostly annotates `word` standing alone as a name («سپاه» 44 times, 4 times O). */
function nameAlone(word: string): boolean {
  const c = headTable().get(word);
  return c !== undefined && c.alone >= MIN_SEEN && c.alone >= MAJORITY * (c.alone + c.plain);
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
 * - a one-word name the tagger found and a news rule dropped comes back when train mostly annotates that
 *   word alone as a name («سپاه»: 44 of 48);
 * - an organization, event or place followed by its country is one name («السد قطر»، «رتردام هلند»:
 *   train joins 258 such pairs and splits 13; a person + country stays two, as in train). */
export function toParsTwinerConventions(spans: readonly WordSpan[], words: readonly string[], dropped: readonly WordSpan[] = []): WordSpan[] {
  const out: WordSpan[] = [];
  const kept = dropped.filter((d) => nameAlone(words[d.start]) && !spans.some((s) => s.start < d.end && d.start < s.end));
  for (const span of [...spans, ...kept].sort((a, b) => a.start - b.start)) {
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
