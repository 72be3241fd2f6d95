// The search analyzer: one function that turns text into index terms, used at index time by both store
// back ends and at query time by the query parser, so «می‌گوید», «میگوید» and «می گوید» meet, Arabic ي/ك
// meet Persian ی/ک, and «کشورها» meets «کشور».
import { normalize } from '../text/index.ts';
import { stem } from '../morph/stem.ts';

export interface TermSpan {
  term: string;
  /** UTF-16 offsets into the text given to termSpans() */
  start: number;
  end: number;
}

// Letters, marks, digits and ZWNJ make a word; anything else separates words.
const WORD_RE = /[\p{L}\p{M}\p{N}\u200C]+/gu;
const ZWNJ_RE = /\u200C/g;
const PREFIX_VERB = new Set(['می', 'نمی']);
// Endings people often type as separate words («هسته ای», «کتاب ها», «بزرگ تر»): joined to the word before.
const SUFFIX_WORD = new Set(['ای', 'ها', 'های', 'هایی', 'هایش', 'هایشان', 'تر', 'ترین', 'تری', 'اند', 'ایم', 'اید']);

// Same-length character folds (so offsets stay valid): Arabic letters, Arabic-Indic and Persian digits.
const FOLD: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ئ': 'ی', 'ؤ': 'و',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
};
const FOLD_RE = /[يىكةۀأإٱئؤ۰-۹٠-٩]/g;
// Harakat, tatweel, superscript alef and a bare hamza carry no meaning for matching («اجزاء» = «اجزا»).
const DROP_RE = /[\u064B-\u065F\u0670\u0640\u0621]/g;

const NEEDS_FOLD = /[يىكةۀأإٱئؤ۰-۹٠-٩\u064B-\u065F\u0670\u0640\u0621A-Z]/;

function fold(word: string): string {
  if (!NEEDS_FOLD.test(word)) return word; // most words: nothing to do
  return word.replace(FOLD_RE, (c) => FOLD[c]).replace(DROP_RE, '').toLowerCase();
}

// The stemmer sees ZWNJ (it marks morpheme boundaries); the key drops it so joined and ZWNJ spellings meet.
function termKeyUncached(surface: string): string {
  const folded = fold(surface);
  return folded ? stem(folded).replace(ZWNJ_RE, '') : '';
}

// News repeats its words: a word's key and its folded bare form are kept per surface form (bounded).
const MEMO_MAX = 100_000;
const keys = new Map<string, string>();
const bares = new Map<string, string>();

function termKey(surface: string): string {
  let k = keys.get(surface);
  if (k === undefined) {
    if (keys.size >= MEMO_MAX) keys.clear();
    keys.set(surface, (k = termKeyUncached(surface)));
  }
  return k;
}

/** the word folded, without ZWNJ: what the prefix and separated-ending tests compare */
function bareOf(surface: string): string {
  let b = bares.get(surface);
  if (b === undefined) {
    if (bares.size >= MEMO_MAX) bares.clear();
    bares.set(surface, (b = fold(surface).replace(ZWNJ_RE, '')));
  }
  return b;
}

/** only spaces (or no-break spaces) between two offsets, and at least one */
function spacedBetween(text: string, from: number, to: number): boolean {
  if (from < 0 || to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
}

function firstFolded(word: string): string {
  const c = word[0];
  return (FOLD[c] ?? c).toLowerCase();
}

/**
 * Terms with their spans in `text` (which should already be normalized, e.g. Article.text); used for
 * highlighting. A separated verbal prefix «می»/«نمی» is joined to the next word into one term.
 * With `wanted`, only spans of those terms are returned, and words that cannot stem to one of them (the
 * stemmer only removes endings, so the first letter stays) are skipped without stemming.
 */
export function termSpans(text: string, wanted?: ReadonlySet<string>): TermSpan[] {
  const all: TermSpan[] = [];
  const firsts = wanted ? new Set([...wanted].map((t) => t[0])) : null;
  const out = wanted
    ? { push(s: TermSpan) { if (wanted.has(s.term)) all.push(s); } }
    : all;
  const keyOf = (surface: string) => (firsts && !firsts.has(firstFolded(surface)) ? '' : termKey(surface));
  interface Word { start: number; end: number; surface: string }
  let prev: Word | null = null; // the last word, not emitted yet: a separated ending may still join it
  let prefix: Word | null = null; // a lone «می»/«نمی» waiting for its verb
  let lastEnd = -1;
  const flush = () => {
    if (!prev) return;
    const term = keyOf(prev.surface);
    if (term) out.push({ term, start: prev.start, end: prev.end });
    prev = null;
  };
  for (const m of text.matchAll(WORD_RE)) {
    const surface = m[0].charCodeAt(0) === 0x200c || m[0].charCodeAt(m[0].length - 1) === 0x200c ? m[0].replace(/^\u200C+|\u200C+$/g, '') : m[0];
    if (!surface) continue;
    const start = m.index + m[0].indexOf(surface);
    const end = start + surface.length;
    const spaced = spacedBetween(text, lastEnd, start);
    lastEnd = end;
    const bare = bareOf(surface);
    if (prefix && spaced) { // «می گوید» = «می‌گوید»
      prev = { start: prefix.start, end, surface: `${prefix.surface}\u200C${surface}` };
      prefix = null;
      continue;
    }
    if (prefix) { prev = prefix; prefix = null; }
    if (prev && spaced && SUFFIX_WORD.has(bare)) { // «هسته ای» = «هسته‌ای»
      prev = { start: prev.start, end, surface: `${prev.surface}\u200C${surface}` };
      continue;
    }
    flush();
    if (PREFIX_VERB.has(bare)) prefix = { start, end, surface };
    else prev = { start, end, surface };
  }
  if (prefix) { flush(); prev = prefix; }
  flush();
  return all;
}

/** Index terms of a raw text: our normalization, ZWNJ-aware words, folded letters, light stemming. */
export function indexTerms(text: string): string[] {
  return termSpans(normalize(text).text).map((t) => t.term);
}

/** The query side: exactly the same analysis as indexTerms (kept as its own name for readers of the parser). */
export function analyzeQueryText(text: string): string[] {
  return indexTerms(text);
}
