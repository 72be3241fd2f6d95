// ZWNJ (U+200C, نیم‌فاصله) correction, one pass over the normalized characters.
//
// Within each Arabic-script word:
//  - ZWNJs are collapsed, removed at word edges and after non-joining letters (ا د ذ ر ز ژ و …),
//    where they are invisible; a ZWNJ is never inserted after a non-joining letter (Hazm bug #208);
//  - glued affixes get their ZWNJ: Parsivar's spacing dictionary (رییسجمهور → رییس‌جمهور), the verb
//    prefixes می/نمی (میدانم → می‌دانم, but not میدان, میز), plural ها/های and comparative تر/ترین
//    after a word of the lexicon when the glued whole is not itself a word (کتابها → کتاب‌ها, not تنها).
// With `joinSpaced`, affixes written as separate words are joined too: «می کنم» → «می‌کنم»,
// «کتاب ها» → «کتاب‌ها», «زمین‌لرزه ای» → «زمین‌لرزه‌ای» and «خانه ی» → «خانه‌ی» (after ه), «دیوار ها» → «دیوارها».
import { MappedBuffer } from './buffer.ts';
import { CLASS, C_FA_LETTER, C_MARK, ZWNJ, isNonJoining } from './chars.ts';
import { lexicon, spacingFixes, isVerbAfterMi } from './lexicon.ts';

const MI = 'می', NAMI = 'نمی';
const PLURAL_SUFFIXES = ['هایمان', 'هایتان', 'هایشان', 'هایم', 'هایت', 'هایش', 'هایی', 'های', 'ها', 'ترین', 'تر'];
const SPACED_SUFFIXES = new Set(PLURAL_SUFFIXES);
/** Copula/clitic forms joined to a preceding word that ends in ه when written apart. */
const AFTER_HEH = new Set(['ی', 'ای', 'ام', 'ات', 'اش', 'ایم', 'اید', 'اند']);
const NOT_HOSTS = new Set(['که', 'چه', 'نه', 'به', 'نمی', 'می']);
const HEH = 0x0647;

const isWordCode = (c: number): boolean => (CLASS[c] & (C_FA_LETTER | C_MARK)) !== 0 || c === ZWNJ;

/** Letters of one word with the positions where a ZWNJ (or a joined space) separates parts. */
class WordParts {
  codes: number[] = [];
  origins: number[] = [];
  /** breakAt[k]: a boundary before letter k; breakOrigin[k]: the source offset of that ZWNJ/space */
  breakAt: boolean[] = [];
  breakOrigin: number[] = [];
  reset(): void { this.codes.length = 0; this.origins.length = 0; this.breakAt.length = 0; this.breakOrigin.length = 0; }
  add(c: number, origin: number, brk: boolean, brkOrigin: number): void {
    this.codes.push(c); this.origins.push(origin); this.breakAt.push(brk); this.breakOrigin.push(brkOrigin);
  }
  word(): string { return String.fromCharCode(...this.codes); }
  setBreak(k: number): void {
    if (k <= 0 || k >= this.codes.length || this.breakAt[k]) return;
    this.breakAt[k] = true;
    this.breakOrigin[k] = this.origins[k];
  }
}

function wordAt(codes: Uint16Array, start: number, n: number): number {
  let j = start;
  while (j < n && isWordCode(codes[j])) j++;
  return j;
}

function text(codes: Uint16Array, a: number, b: number): string {
  return String.fromCharCode(...codes.subarray(a, b));
}

function joinsNext(codes: Uint16Array, a: number, b: number, c: number, d: number): boolean {
  // [a, b) is the current word, [c, d) the next one (a single space between them).
  const len1 = b - a, len2 = d - c;
  if (len1 === 2 || len1 === 3) {
    const w1 = text(codes, a, b);
    if (w1 === MI || w1 === NAMI) return isVerbAfterMi(text(codes, c, d));
  }
  if (len1 < 2 || len2 < 1 || len2 > 6) return false;
  const w2 = text(codes, c, d);
  if (SPACED_SUFFIXES.has(w2)) {
    const w1 = text(codes, a, b);
    // the host is a word of the lexicon, or itself a joined suffix (محبوب ترین ها → محبوب‌ترین‌ها)
    return !NOT_HOSTS.has(w1) && (lexicon().has(w1.replaceAll('\u200c', '')) || SPACED_SUFFIXES.has(w1));
  }
  if (AFTER_HEH.has(w2)) return codes[b - 1] === HEH && !NOT_HOSTS.has(text(codes, a, b));
  return false;
}

/** Pass: ZWNJ cleanup and affix joining; returns a new buffer (offsets composed). */
export function fixZwnj(inp: MappedBuffer, joinSpaced: boolean): MappedBuffer {
  const codes = inp.codes, map = inp.map, n = inp.length;
  const out = new MappedBuffer(n + (n >> 5) + 16);
  const parts = new WordParts();
  let i = 0;
  while (i < n) {
    const c = codes[i];
    if (!isWordCode(c)) { out.push(c, map[i]); i++; continue; }
    let end = wordAt(codes, i, n);
    parts.reset();
    collect(parts, codes, map, i, end);
    // Join following words written apart (می کنم, کتاب ها) while they qualify.
    let start = i;
    while (joinSpaced && end + 1 < n && codes[end] === 0x20 && isWordCode(codes[end + 1])) {
      const next = wordAt(codes, end + 1, n);
      if (!joinsNext(codes, start, end, end + 1, next)) break;
      const before = parts.codes.length;
      collect(parts, codes, map, end + 1, next);
      if (parts.codes.length > before) { parts.breakAt[before] = true; parts.breakOrigin[before] = map[end]; }
      start = end + 1;
      end = next;
    }
    fixGlued(parts);
    emitWord(out, parts);
    i = end;
  }
  out.endOrigin = inp.endOrigin;
  return out;
}

/** Copies the letters of [a, b) into parts, turning ZWNJ runs into break marks. */
function collect(parts: WordParts, codes: Uint16Array, map: Int32Array, a: number, b: number): void {
  let brk = false, brkOrigin = -1;
  for (let j = a; j < b; j++) {
    const c = codes[j];
    if (c === ZWNJ) { if (!brk) { brk = true; brkOrigin = map[j]; } continue; }
    // a ZWNJ before the first letter of the word is dropped (it has nothing to separate)
    parts.add(c, map[j], brk && parts.codes.length > 0, brkOrigin);
    brk = false;
  }
}

function fixGlued(parts: WordParts): void {
  const len = parts.codes.length;
  if (len < 4) return;
  let hasBreak = false;
  for (let k = 1; k < len; k++) if (parts.breakAt[k]) { hasBreak = true; break; }
  const first = parts.codes[0], last = parts.codes[len - 1];
  // Cheap screens before building the string: starts with م/ن (می, نمی), ends with ا/ی/م/ت/ش/ن/ر (suffixes).
  const mayPrefix = first === 0x0645 || first === 0x0646;
  const maySuffix = last === 0x0627 || last === 0x06cc || last === 0x0645 || last === 0x062a || last === 0x0634 || last === 0x0646 || last === 0x0631;
  if (!mayPrefix && !maySuffix && hasBreak) return;
  const w = parts.word();
  const lex = lexicon();
  if (!hasBreak) {
    const fixed = spacingFixes().get(w);
    if (fixed !== undefined) {
      let k = 0;
      for (let j = 0; j < fixed.length; j++) { if (fixed.charCodeAt(j) === ZWNJ) parts.setBreak(k); else k++; }
      return;
    }
  }
  if (lex.has(w)) return;
  if (mayPrefix) {
    const p = w.startsWith(NAMI) ? 3 : w.startsWith(MI) ? 2 : 0;
    if (p > 0 && !parts.breakAt[p] && len - p >= 2 && isVerbAfterMi(w.slice(p, breakEnd(parts, p)))) parts.setBreak(p);
  }
  if (maySuffix) {
    for (const s of PLURAL_SUFFIXES) {
      if (len - s.length < 2 || !w.endsWith(s)) continue;
      const k = len - s.length;
      if (parts.breakAt[k] || breakEnd(parts, k) < len) break; // already split there, or the tail is another part (حرفه‌ای)
      const stem = w.slice(lastBreak(parts, k), k);
      if (lex.has(stem) && stem.length >= 2) parts.setBreak(k);
      break;
    }
  }
}

/** Index of the next break after k (or the word end). */
function breakEnd(parts: WordParts, k: number): number {
  for (let j = k + 1; j < parts.codes.length; j++) if (parts.breakAt[j]) return j;
  return parts.codes.length;
}

/** Index of the last break at or before k (or 0). */
function lastBreak(parts: WordParts, k: number): number {
  for (let j = k - 1; j > 0; j--) if (parts.breakAt[j]) return j;
  return 0;
}

function emitWord(out: MappedBuffer, parts: WordParts): void {
  let prevLetter = -1;
  for (let k = 0; k < parts.codes.length; k++) {
    const c = parts.codes[k];
    if (parts.breakAt[k] && prevLetter >= 0 && !isNonJoining(prevLetter) && (CLASS[c] & C_FA_LETTER)) out.push(ZWNJ, parts.breakOrigin[k]);
    out.push(c, parts.origins[k]);
    if (!(CLASS[c] & C_MARK)) prevLetter = c;
  }
}
