// Lexicon-checked suffix stripping shared by the stemmer and the nominal lemmatizer.

export interface SuffixRule {
  suffix: string;
  /** written back after removing the suffix: نمایندگان - گان + ه */
  add: string;
  /** the remainder must match this (e.g. end in a vowel for ezafe ی) */
  after?: RegExp;
  /** shortest remainder allowed */
  minHead: number;
}

export function rules(suffixes: string[], minHead: number, add = '', after?: RegExp): SuffixRule[] {
  return suffixes.map((suffix) => ({ suffix, add, after, minHead }));
}

interface Found { word: string; kept: number }

/** The known word reached by removing suffixes (at most `depth` of them) that keeps the most of the
 * original word — the most conservative reading (امامان -> امام, not اما + مان; موضوعات -> موضوع, not
 * موضوعه); on a tie the earlier rule wins. */
export function stripToKnown(w: string, list: SuffixRule[], known: (w: string) => boolean, depth: number): string | undefined {
  return strip(w, list, known, depth)?.word;
}

function strip(w: string, list: SuffixRule[], known: (w: string) => boolean, depth: number): Found | undefined {
  if (depth === 0) return undefined;
  let best: Found | undefined;
  for (const s of list) {
    if (!w.endsWith(s.suffix)) continue;
    const base = w.slice(0, w.length - s.suffix.length);
    if (base.length < s.minHead || (s.after && !s.after.test(base))) continue;
    const head = base + s.add;
    let found: Found | undefined;
    if (known(head)) found = { word: head, kept: base.length };
    // A nisba adjective before a plural: ایرانیان -> ایرانی (ایران + ی is known).
    else if (s.suffix === 'ان' && /[^اوی]ی$/.test(head) && known(head.slice(0, -1))) found = { word: head, kept: base.length };
    else if (!s.add) found = strip(head, list, known, depth - 1);
    if (found && (!best || found.kept > best.kept)) best = found;
  }
  return best;
}
