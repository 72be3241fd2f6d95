// Token scanner over normalized text, following UD Persian (PerDT) tokenization:
//  - Arabic-script words run over ZWNJ (می‌روند, کتاب‌ها are one token); punctuation is split off;
//  - numbers keep their separators and a trailing percent: 4.8، ۴٫۸، 1,000، ۱۴۰۵/۰۸/۲۴، 8:30، 3-2، 90%;
//  - URLs, e-mail addresses, #hashtags, @mentions, Latin words (CoRoT-7b, don't), emoji sequences;
//  - abbreviations with periods from the Hazm list (ه.ش.، ق.م، م.) are one token;
//  - "…" / "..." is one token, any other punctuation mark is a token of its own (!؟ is two).
// One pass over char codes with table lookups; no regular expressions in the loop.
import { CLASS, C_FA_LETTER, C_MARK, C_LATIN, C_DIGIT, C_SPACE, C_NEWLINE, ZWNJ } from './chars.ts';
import { abbreviationList } from './lexicon.ts';

export const T_WORD = 1, T_LATIN = 2, T_NUMBER = 3, T_URL = 4, T_EMAIL = 5, T_TAG = 6, T_EMOJI = 7, T_PUNCT = 8, T_ABBR = 9, T_OTHER = 10;

export interface TokenSpans { start: number[]; end: number[]; kind: number[] }

const isWs = (c: number): boolean => (CLASS[c] & (C_SPACE | C_NEWLINE)) !== 0 || c === 0x0a;
const isFa = (c: number): boolean => (CLASS[c] & (C_FA_LETTER | C_MARK)) !== 0 || c === ZWNJ;
const isLatinAlnum = (c: number): boolean => (CLASS[c] & C_LATIN) !== 0 || (c >= 0x30 && c <= 0x39);
const isDigit = (c: number): boolean => (CLASS[c] & C_DIGIT) !== 0;
/** characters allowed between two digits inside one number token */
const isNumberJoiner = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x2f || c === 0x3a || c === 0x2d || c === 0x2b;
/** characters a URL may not end with (they belong to the sentence around it) */
const isUrlTrail = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0xbb || c === 0x22 || c === 0x27 || c === 0x060c || c === 0x061f || c === 0x061b;
const isEmailChar = (c: number): boolean => isLatinAlnum(c) || c === 0x2e || c === 0x5f || c === 0x2d || c === 0x2b;

let abbrMaxLen = 0;
let abbrs: Set<string> | undefined;
function abbreviations(): Set<string> {
  if (!abbrs) {
    abbrs = abbreviationList();
    for (const a of abbrs) abbrMaxLen = Math.max(abbrMaxLen, a.length);
  }
  return abbrs;
}

export function scanTokens(text: string): TokenSpans {
  const n = text.length;
  const start: number[] = [], end: number[] = [], kind: number[] = [];
  const add = (a: number, b: number, k: number): void => { start.push(a); end.push(b); kind.push(k); };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWs(c)) { i++; continue; }
    const k = CLASS[c];
    if (k & C_FA_LETTER) {
      let j = i + 1;
      while (j < n && isFa(text.charCodeAt(j))) j++;
      // trailing ZWNJ belongs to no word
      while (j > i + 1 && text.charCodeAt(j - 1) === ZWNJ) j--;
      if (j < n && text.charCodeAt(j) === 0x2e) {
        const a = matchAbbreviation(text, i, n);
        if (a > 0) { add(i, a, T_ABBR); i = a; continue; }
      }
      add(i, j, T_WORD);
      i = j;
      continue;
    }
    if ((c === 0x68 || c === 0x77 || c === 0x48 || c === 0x57) && isUrlStart(text, i)) {
      let j = i;
      while (j < n && !isWs(text.charCodeAt(j)) && text.charCodeAt(j) !== 0xab && text.charCodeAt(j) !== 0xbb) j++;
      while (j > i && isUrlTrail(text.charCodeAt(j - 1))) j--;
      add(i, j, T_URL);
      i = j;
      continue;
    }
    if (isLatinAlnum(c) || isDigit(c)) {
      const e = matchEmail(text, i, n);
      if (e > 0) { add(i, e, T_EMAIL); i = e; continue; }
      if (isDigit(c)) {
        let j = i + 1;
        for (;;) {
          while (j < n && isDigit(text.charCodeAt(j))) j++;
          if (j + 1 < n && isNumberJoiner(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))) { j += 2; continue; }
          break;
        }
        // digits run into Latin letters: a Latin token (7b, 3D, COVID-19 is caught below)
        if (j < n && (CLASS[text.charCodeAt(j)] & C_LATIN) && isLatinAlnum(c)) { const e2 = scanLatin(text, i, n); add(i, e2, T_LATIN); i = e2; continue; }
        if (j < n && (text.charCodeAt(j) === 0x25 || text.charCodeAt(j) === 0x066a)) j++; // 90% ۹۰٪
        add(i, j, T_NUMBER);
        i = j;
        continue;
      }
      const j = scanLatin(text, i, n);
      add(i, j, T_LATIN);
      i = j;
      continue;
    }
    if ((c === 0x23 || c === 0x40) && i + 1 < n && (isFa(text.charCodeAt(i + 1)) || isLatinAlnum(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 0x5f)) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
      if (isWs(prev) || !(isLatinAlnum(prev) || isFa(prev))) {
        let j = i + 1;
        while (j < n) { const d = text.charCodeAt(j); if (isFa(d) || isLatinAlnum(d) || isDigit(d) || d === 0x5f) j++; else break; }
        while (j > i + 1 && text.charCodeAt(j - 1) === ZWNJ) j--;
        add(i, j, T_TAG);
        i = j;
        continue;
      }
    }
    if (c === 0x2e && text.charCodeAt(i + 1) === 0x2e) { // ... as one token
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === 0x2e) j++;
      add(i, j, T_PUNCT);
      i = j;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) { // astral: emoji sequences stay together
      const j = scanEmoji(text, i, n);
      add(i, j, T_EMOJI);
      i = j;
      continue;
    }
    if (c === ZWNJ || (k & C_MARK)) { i++; continue; } // stray joiner / mark: not a token
    if (isEmojiBmp(c)) { const j = scanEmoji(text, i, n); add(i, j, T_EMOJI); i = j; continue; }
    add(i, i + 1, (k & C_LATIN) ? T_LATIN : T_PUNCT);
    i++;
  }
  return { start, end, kind };
}

function isUrlStart(text: string, i: number): boolean {
  const s = text.slice(i, i + 8).toLowerCase();
  return s.startsWith('http://') || s.startsWith('https://') || s.startsWith('www.');
}

/** Latin word with inner hyphens, apostrophes, periods, ampersands: CoRoT-7b, don't, U.S, AT&T. */
function scanLatin(text: string, i: number, n: number): number {
  let j = i;
  for (;;) {
    while (j < n && (isLatinAlnum(text.charCodeAt(j)) || (CLASS[text.charCodeAt(j)] & C_MARK && text.charCodeAt(j) < 0x0600))) j++;
    const d = text.charCodeAt(j);
    if (j + 1 < n && (d === 0x2d || d === 0x27 || d === 0x2019 || d === 0x26 || d === 0x5f || (d === 0x2e && isLatinAlnum(text.charCodeAt(j - 1)) && (CLASS[text.charCodeAt(j + 1)] & C_LATIN))) && isLatinAlnum(text.charCodeAt(j + 1))) { j += 2; continue; }
    return j;
  }
}

/** End of an e-mail address starting at i, or 0. */
function matchEmail(text: string, i: number, n: number): number {
  let j = i;
  while (j < n && isEmailChar(text.charCodeAt(j))) j++;
  if (j === i || text.charCodeAt(j) !== 0x40) return 0;
  let k = j + 1, dots = 0;
  while (k < n && (isLatinAlnum(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2d || (text.charCodeAt(k) === 0x2e && isLatinAlnum(text.charCodeAt(k + 1))))) { if (text.charCodeAt(k) === 0x2e) dots++; k++; }
  return dots > 0 && k > j + 1 ? k : 0;
}

/** End of a listed abbreviation (ه.ش.، ق.م) starting at i, or 0. */
function matchAbbreviation(text: string, i: number, n: number): number {
  const list = abbreviations();
  let j = i;
  // candidate: letters and periods without spaces
  while (j < n && j - i < abbrMaxLen && (isFa(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2e)) j++;
  for (let e = j; e > i + 1; e--) {
    if (text.charCodeAt(e - 1) !== 0x2e && e < n && isFa(text.charCodeAt(e))) continue; // must end at a word edge
    if (list.has(text.slice(i, e))) return e;
  }
  return 0;
}

const isEmojiBmp = (c: number): boolean => (c >= 0x2600 && c <= 0x27bf) || c === 0x2b50 || c === 0x2b55 || c === 0x2764;

/** An emoji with its modifiers, variation selectors and ZWJ-joined parts. */
function scanEmoji(text: string, i: number, n: number): number {
  let j = i + (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1);
  for (;;) {
    const d = text.charCodeAt(j);
    if (d === 0xfe0f || d === 0x20e3) { j++; continue; }
    if (d === 0xd83c && text.charCodeAt(j + 1) >= 0xdffb && text.charCodeAt(j + 1) <= 0xdfff) { j += 2; continue; } // skin tone
    if (d === 0xdb40) { j += 2; continue; } // tag sequences (flags of regions)
    if (d === 0x200d && j + 1 < n) { const e = text.charCodeAt(j + 1); j += e >= 0xd800 && e <= 0xdbff ? 3 : 2; continue; }
    // regional indicator pairs (flags)
    if (d === 0xd83c && text.charCodeAt(i) === 0xd83c && text.charCodeAt(i + 1) >= 0xdde6 && text.charCodeAt(i + 1) <= 0xddff && j === i + 2 && text.charCodeAt(j + 1) >= 0xdde6 && text.charCodeAt(j + 1) <= 0xddff) { j += 2; continue; }
    return Math.min(j, n);
  }
}
