// Folding for comparisons only (never for output): Arabic ي/ك, diacritics, ZWNJ and spaces, case.
const ARABIC_LETTERS: Record<string, string> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه', 'أ': 'ا', 'إ': 'ا', 'ؤ': 'و' };

const NEEDS_FOLD = /[يىكةأإؤ\u064B-\u0652\u0670\u0640]/;

/** Letters folded to their Persian forms, diacritics and tatweel removed; spacing kept. */
export function foldLetters(s: string): string {
  // most words and texts need nothing: one scan instead of two replaces
  if (!NEEDS_FOLD.test(s)) return s;
  return s.replace(/[يىكةأإؤ]/g, (c) => ARABIC_LETTERS[c]).replace(/[\u064B-\u0652\u0670\u0640]/g, '');
}

/** A key for equality tests: folded letters, no ZWNJ/spaces/guillemets, lower case. */
export function foldKey(s: string): string {
  return foldLetters(s).replace(/[\s\u200C\u200F\u200E«»"'()]+/g, '').toLowerCase();
}
