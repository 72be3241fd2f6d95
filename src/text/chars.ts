// Character tables for the Persian text core, built once at load time.
// Each UTF-16 code unit gets a class bit set (CLASS) and, where the normalizer rewrites it, a
// replacement (FOLD: one code unit, EXPAND: several). Lookups are array reads, no regexes.

export const C_SPACE = 1;        // any Unicode space (mapped to U+0020)
export const C_NEWLINE = 2;      // line breaks
export const C_REMOVE = 4;       // invisible formatting / control characters dropped by the normalizer
export const C_FA_LETTER = 8;    // Arabic-script letter (after folding)
export const C_LATIN = 16;       // ASCII / Latin letter
export const C_DIGIT = 32;       // any decimal digit (ASCII, Persian, Arabic-Indic)
export const C_MARK = 64;        // combining mark (diacritics)
export const C_NONJOINING = 128; // Arabic-script letter that does not join to the following letter
export const C_LETTER = 256;     // any letter (Unicode \p{L})
export const C_PUNCT = 512;      // punctuation / symbols (not letters, digits, spaces or marks)

export const ZWNJ = 0x200c;
export const KASHIDA = 0x0640;

export const CLASS = new Uint16Array(65536);
/** single-code-unit replacement (0 = none) applied by the normalizer's letter folding */
export const FOLD = new Uint16Array(65536);
/** multi-character replacements (ligatures such as ﻻ → لا) */
export const EXPAND = new Map<number, string>();

const letterRe = /\p{L}/u, markRe = /\p{M}/u, digitRe = /\p{Nd}/u, punctRe = /[\p{P}\p{S}]/u;

for (let c = 0; c < 65536; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  let k = 0;
  if (letterRe.test(ch)) k |= C_LETTER;
  if (markRe.test(ch)) k |= C_MARK;
  if (digitRe.test(ch)) k |= C_DIGIT;
  if (punctRe.test(ch)) k |= C_PUNCT;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && (k & C_LETTER))) k |= C_LATIN;
  if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06fc) || c === 0x06ff) k |= C_FA_LETTER;
  CLASS[c] = k;
}

// Spaces: every Unicode space separator plus tab.
for (const c of [0x09, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000, 0x0b, 0x0c]) CLASS[c] = C_SPACE;
for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) CLASS[c] = C_NEWLINE;
// Invisible characters removed: C0/C1 controls, soft hyphen, ZWSP, ZWJ, direction marks and
// embeddings/isolates (U+200E/F, U+202A–E, U+2066–9), Arabic letter mark, BOM / ZWNBSP, word joiner.
for (let c = 0; c < 0x20; c++) if (!(CLASS[c] & (C_SPACE | C_NEWLINE))) CLASS[c] = C_REMOVE;
for (let c = 0x7f; c < 0xa0; c++) if (!(CLASS[c] & C_NEWLINE)) CLASS[c] = C_REMOVE;
for (const c of [0xad, 0x200b, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2066, 0x2067, 0x2068, 0x2069, 0x061c, 0xfeff, 0xfffe, 0xfff9, 0xfffa, 0xfffb]) CLASS[c] = C_REMOVE;

// Arabic → Persian letter folding. ۀ (heh with yeh above) and ە become ه: UD Persian (PerDT,
// Seraji) and Hazm's stemmer write the ezafe-marked heh as a bare ه (خانۀ → خانه); the normalizer's
// `heh` option can instead keep it.
const LETTER_FOLD: [number, number][] = [
  [0x064a, 0x06cc], // ي → ی
  [0x0649, 0x06cc], // ى → ی
  [0x06d2, 0x06cc], // ے → ی
  [0x0643, 0x06a9], // ك → ک
  [0x06aa, 0x06a9], // ڪ → ک
  [0x06d5, 0x0647], // ە → ه
  [0x06be, 0x0647], // ھ → ه
  [0x06c1, 0x0647], // ہ → ه
  [0x0629, 0x0647], // ة → ه
  [0x0671, 0x0627], // ٱ → ا
];
for (const [a, b] of LETTER_FOLD) FOLD[a] = b;
// Arabic-Indic digits → Persian digits (the digit option may turn them into Latin afterwards).
for (let d = 0; d < 10; d++) FOLD[0x0660 + d] = 0x06f0 + d;

// Presentation forms (FB50–FDFF, FE70–FEFF): compatibility-decompose each, then fold letters.
for (let c = 0xfb50; c <= 0xfeff; c++) {
  if (c >= 0xfe00 && c <= 0xfe6f) continue; // variation selectors, vertical/small forms: leave
  const ch = String.fromCharCode(c);
  let nf = ch.normalize('NFKC');
  if (nf === ch) continue;
  nf = Array.from(nf, (x) => { const k = x.charCodeAt(0); return FOLD[k] ? String.fromCharCode(FOLD[k]) : x; }).join('');
  // Drop the tashkil that isolated harakat forms (FE70–FE7F) decompose to, keeping only letters.
  if (nf.length === 1) { FOLD[c] = nf.charCodeAt(0); CLASS[c] = CLASS[FOLD[c]] | (CLASS[c] & C_LETTER); }
  // Phrase ligatures (﷽, ﷺ) stay one symbol: spelling them out would give words with no source span.
  else if (!/\s/.test(nf.trim())) EXPAND.set(c, nf.trim());
}

// Non-joining letters: these never connect to the next letter, so a ZWNJ after them is invisible
// and must never be inserted (Hazm bug #208).
for (const ch of 'اآأإٱدذرزژوؤۀةە') CLASS[ch.charCodeAt(0)] |= C_NONJOINING;

// Diacritics (tashkil, superscript alef, Quranic marks). Hamza above (U+0654) is handled apart.
export function isDiacritic(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed && c !== 0x06de && c !== 0x06e9);
}

export const isSpace = (c: number): boolean => (CLASS[c] & C_SPACE) !== 0;
/** any Unicode space or line break */
export const isBlank = (c: number): boolean => (CLASS[c] & (C_SPACE | C_NEWLINE)) !== 0;
export const isFaLetter = (c: number): boolean => (CLASS[c] & C_FA_LETTER) !== 0;
export const isLetter = (c: number): boolean => (CLASS[c] & C_LETTER) !== 0;
export const isDigit = (c: number): boolean => (CLASS[c] & C_DIGIT) !== 0;
export const isNonJoining = (c: number): boolean => (CLASS[c] & C_NONJOINING) !== 0;

/** Value of a decimal digit code unit (ASCII, Persian, Arabic-Indic), or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  return -1;
}
