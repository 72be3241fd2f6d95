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

// Same-length character folds (so offsets stay valid): Arabic letters, Arabic-Indic and Persian digits.
const FOLD: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
};
const FOLD_RE = /[يىكةۀأإٱ۰-۹٠-٩]/g;
// Harakat, tatweel and superscript alef carry no meaning for matching.
const DROP_RE = /[\u064B-\u065F\u0670\u0640]/g;

const NEEDS_FOLD = /[يىكةۀأإٱ۰-۹٠-٩\u064B-\u065F\u0670\u0640A-Z]/;

function fold(word: string): string {
  if (!NEEDS_FOLD.test(word)) return word; // most words: nothing to do
  return word.replace(FOLD_RE, (c) => FOLD[c]).replace(DROP_RE, '').toLowerCase();
}

// The stemmer sees ZWNJ (it marks morpheme boundaries); the key drops it so joined and ZWNJ spellings meet.
function termKey(surface: string): string {
  const folded = fold(surface);
  return folded ? stem(folded).replace(ZWNJ_RE, '') : '';
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
  let pendingPrefix: { start: number; surface: string } | null = null;
  let lastEnd = -1;
  for (const m of text.matchAll(WORD_RE)) {
    const surface = m[0].charCodeAt(0) === 0x200c || m[0].charCodeAt(m[0].length - 1) === 0x200c ? m[0].replace(/^\u200C+|\u200C+$/g, '') : m[0];
    if (!surface) continue;
    const start = m.index + m[0].indexOf(surface);
    const end = start + surface.length;
    const onlySpaceBetween = pendingPrefix !== null && /^[ \u00A0]+$/.test(text.slice(lastEnd, start));
    if (pendingPrefix && onlySpaceBetween) {
      const term = keyOf(`${pendingPrefix.surface}\u200C${surface}`);
      if (term) out.push({ term, start: pendingPrefix.start, end });
      pendingPrefix = null;
      lastEnd = end;
      continue;
    }
    if (pendingPrefix) {
      out.push({ term: keyOf(pendingPrefix.surface), start: pendingPrefix.start, end: pendingPrefix.start + pendingPrefix.surface.length });
      pendingPrefix = null;
    }
    if (PREFIX_VERB.has(fold(surface).replace(ZWNJ_RE, ''))) {
      pendingPrefix = { start, surface };
      lastEnd = end;
      continue;
    }
    const term = keyOf(surface);
    if (term) out.push({ term, start, end });
    lastEnd = end;
  }
  if (pendingPrefix) out.push({ term: keyOf(pendingPrefix.surface), start: pendingPrefix.start, end: pendingPrefix.start + pendingPrefix.surface.length });
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
