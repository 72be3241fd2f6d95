// The query language: words, "phrases", -exclusion, OR (or |), and field filters agency: entity: type: from: to:.
// Text goes through the same analyzer as the index. Malformed input gets a sensible reading (an unclosed quote
// runs to the end, a lone minus is ignored) or a QueryError naming what is wrong; never an exception of another kind.
import { analyzeQueryText } from '../analysis/index.ts';
import { normalize } from '../text/index.ts';
import type { Clause, StoreQuery } from '../store/types.ts';
import { parsePeriod } from './dates.ts';

export const MAX_QUERY_CHARS = 1000;
export const MAX_CLAUSES = 32;
const ENTITY_TYPES = new Set(['PER', 'ORG', 'LOC', 'FAC', 'EVE', 'PRO', 'NAT']);
const FIELDS = ['agency', 'entity', 'type', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];

export class QueryError extends Error {
  readonly field: string;
  constructor(message: string, field = 'q') {
    super(message);
    this.field = field;
  }
}

export type ParsedQuery = Omit<StoreQuery, 'sort' | 'offset' | 'limit' | 'facets'>;

interface Item { text: string; quoted: boolean; negated: boolean; orBefore: boolean }

const VERB_PREFIX = new Set(['می', 'نمی']);
/** Endings typed as separate words; the analyzer joins them to the word before, so the parser keeps them together. */
const SEPARATED_ENDING = new Set(['ای', 'ها', 'های', 'هایی', 'هایش', 'هایشان', 'تر', 'ترین', 'تری', 'اند', 'ایم', 'اید']);

function fieldValue(field: Field, raw: string, q: ParsedQuery): void {
  const value = normalize(raw.trim()).text;
  if (!value) throw new QueryError(`field "${field}:" has no value`, field);
  if (field === 'agency') q.agency.push(value);
  else if (field === 'entity') q.entity.push(value);
  else if (field === 'type') {
    const t = value.toUpperCase();
    if (!ENTITY_TYPES.has(t)) throw new QueryError(`type:${value} is not an entity type (use one of ${[...ENTITY_TYPES].join(', ')})`, 'type');
    q.type.push(t);
  } else {
    const p = parsePeriod(value);
    if (!p) throw new QueryError(`${field}:${value} is not a valid date (use 2021-12-01 or ۱۴۰۰/۰۹/۱۰)`, field);
    if (field === 'from') q.from = p.start;
    else q.until = p.end;
  }
}

/** Split the query into items and filters. */
function lex(input: string, q: ParsedQuery): Item[] {
  const items: Item[] = [];
  let i = 0;
  let negated = false;
  let orBefore = false;
  const n = input.length;
  const readQuoted = (): string => {
    const close = input.indexOf('"', i + 1);
    const text = close < 0 ? input.slice(i + 1) : input.slice(i + 1, close);
    i = close < 0 ? n : close + 1;
    return text;
  };
  while (i < n) {
    const c = input[i];
    if (/[\s()]/.test(c)) { i++; continue; }
    if (c === '-' && !negated) { negated = true; i++; continue; }
    if (c === '"') {
      items.push({ text: readQuoted(), quoted: true, negated, orBefore });
      negated = false; orBefore = false;
      continue;
    }
    let j = i;
    while (j < n && !/[\s()"]/.test(input[j])) j++;
    const word = input.slice(i, j);
    i = j;
    if (word === 'OR' || word === '|') { orBefore = items.length > 0; negated = false; continue; }
    // Operators people bring from other engines: AND is what juxtaposition means already; NOT is «-».
    if (word === 'AND' || word === '&&') continue;
    if (word === 'NOT') { negated = true; continue; }
    // a pasted link («https://www.farsnews.ir/news/…») is words to find, not a field named «https:»
    const field = /^[A-Za-z]+:\/\//.test(word) ? null : /^([A-Za-z]+):(.*)$/.exec(word);
    if (field) {
      const name = field[1].toLowerCase();
      if (!(FIELDS as readonly string[]).includes(name)) {
        throw new QueryError(`unknown field "${field[1]}:" (known fields: ${FIELDS.map((f) => `${f}:`).join(' ')})`);
      }
      let value = field[2];
      if (!value && input[i] === '"') value = readQuoted();
      fieldValue(name as Field, value, q);
      negated = false; orBefore = false;
      continue;
    }
    items.push({ text: word, quoted: false, negated, orBefore });
    negated = false; orBefore = false;
  }
  return items;
}

/** A word opening with the Arabic article («المللی», «الله», «العاده»): the second half of a compound. */
const ARABIC_ARTICLE = /^ال[\p{L}]{2,}$/u;

/** Keep together what the analyzer joins: «می گوید» (a separated verbal prefix) and «هسته ای» (a separated ending). */
function joinSeparatedParts(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k], next = items[k + 1];
    const last = out[out.length - 1];
    if (!it.quoted && !it.negated && !it.orBefore && SEPARATED_ENDING.has(it.text) && last && !last.quoted) {
      last.text = `${last.text} ${it.text}`;
    } else if (!it.quoted && next && !next.quoted && !next.orBefore && next.negated === it.negated && ARABIC_ARTICLE.test(next.text)) {
      // «بین المللی», «آیت الله»: an Arabic compound written with a space; as one word with a ZWNJ it is looked up
      // both ways (parseQuery), so «بین‌المللی» in the text is found too
      out.push({ ...it, text: `${it.text}\u200c${next.text}` });
      k++;
    } else if (!it.quoted && VERB_PREFIX.has(it.text) && next && !next.quoted && !next.orBefore && next.negated === it.negated) {
      out.push({ ...it, text: `${it.text} ${next.text}` });
      k++;
    } else out.push({ ...it });
  }
  return out;
}

export function parseQuery(input: string): ParsedQuery {
  if (typeof input !== 'string') throw new QueryError('query must be a string');
  if (input.length > MAX_QUERY_CHARS) throw new QueryError(`query is too long (${input.length} characters; at most ${MAX_QUERY_CHARS})`);
  const q: ParsedQuery = { must: [], not: [], agency: [], entity: [], type: [] };
  const items = joinSeparatedParts(lex(input, q));
  for (const it of items) {
    const terms = analyzeQueryText(it.text);
    if (terms.length === 0) continue; // punctuation only: nothing to match
    const phrases = [terms];
    // «امام‌جمعه» written with a ZWNJ is one term; the same words written with a space («امام جمعه») are two:
    // either spelling finds both
    if (it.text.includes('\u200c')) {
      const spaced = analyzeQueryText(it.text.replace(/\u200c/g, ' '));
      if (spaced.length > 1 && spaced.join(' ') !== terms.join(' ')) phrases.push(spaced);
    }
    if (it.negated) { q.not.push(phrases); continue; }
    const last: Clause | undefined = q.must[q.must.length - 1];
    if (it.orBefore && last) last.push(...phrases);
    else q.must.push(phrases);
  }
  if (q.must.length + q.not.length > MAX_CLAUSES) throw new QueryError(`query has too many parts (at most ${MAX_CLAUSES})`);
  if (q.from && q.until && q.from >= q.until) throw new QueryError('from: is after to:', 'from');
  return q;
}

/** Every term a hit should show highlighted. */
export function positiveTerms(q: ParsedQuery): Set<string> {
  return new Set(q.must.flat(2));
}
