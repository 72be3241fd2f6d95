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

/** The longest known word reached by removing suffixes (at most `depth` of them): the longest
 * remainder is the most conservative reading (امامان -> امام, not اما + مان). */
export function stripToKnown(w: string, list: SuffixRule[], known: (w: string) => boolean, depth: number): string | undefined {
  if (depth === 0) return undefined;
  let best: string | undefined;
  for (const s of list) {
    if (!w.endsWith(s.suffix)) continue;
    const base = w.slice(0, w.length - s.suffix.length);
    if (base.length < s.minHead || (s.after && !s.after.test(base))) continue;
    const head = base + s.add;
    let found: string | undefined;
    if (known(head)) found = head;
    // A nisba adjective before a plural: ایرانیان -> ایرانی (ایران + ی is known).
    else if (s.suffix === 'ان' && /[^اوی]ی$/.test(head) && known(head.slice(0, -1))) found = head;
    else found = stripToKnown(head, list, known, depth - 1);
    if (found !== undefined && (best === undefined || found.length > best.length)) best = found;
  }
  return best;
}
