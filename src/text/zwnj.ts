// ZWNJ (U+200C, نیم‌فاصله) correction, one pass over the normalized characters.
//
// Within each Arabic-script word:
//  - ZWNJs are collapsed, removed at word edges and after non-joining letters (ا د ذ ر ز ژ و …),
//    where they are invisible; a ZWNJ is never inserted after a non-joining letter (Hazm bug #208);
//  - glued affixes get their ZWNJ: Parsivar's spacing dictionary (رییسجمهور → رییس‌جمهور), the verb
//    prefixes می/نمی (میدانم → می‌دانم, but not میدان, میز), plural ها/های and comparative تر/ترین
//    after a word of the lexicon when the glued whole is not itself a word (کتابها → کتاب‌ها, not تنها).
// With `joinSpaced`, affixes written as separate words are joined too: «می کنم» → «می‌کنم»,
// Glued ای/ام/اش… after ه get a ZWNJ too (خانهام → خانه‌ام).
// «کتاب ها» → «کتاب‌ها», «زمین‌لرزه ای» → «زمین‌لرزه‌ای» and «خانه ی» → «خانه‌ی» (after ه), «دیوار ها» → «دیوارها».
import { MappedBuffer } from './buffer.ts';
import { memoize } from './memo.ts';
import { CLASS, C_FA_LETTER, C_MARK, ZWNJ, isNonJoining } from './chars.ts';
import { lexicon, spacingFixes, isVerbAfterMi, pastStems } from './lexicon.ts';

const MI = 'می', NAMI = 'نمی';
const PLURAL_SUFFIXES = ['هایمان', 'هایتان', 'هایشان', 'هایم', 'هایت', 'هایش', 'هایی', 'های', 'ها', 'ترین', 'تر'];
const SPACED_SUFFIXES = new Set(PLURAL_SUFFIXES);
/** Copula/clitic forms joined to a preceding word that ends in ه when written apart. */
const AFTER_HEH = new Set(['ی', 'ای', 'ام', 'ات', 'اش', 'ایم', 'اید', 'اند']);
const GLUED_AFTER_HEH = ['اند', 'ایم', 'اید', 'ای', 'ام', 'ات', 'اش'];
const NOT_HOSTS = new Set(['که', 'چه', 'نه', 'به', 'نمی', 'می']);
const HEH = 0x0647;

const isWordCode = (c: number): boolean => (CLASS[c] & (C_FA_LETTER | C_MARK)) !== 0 || c === ZWNJ;
const NO_BREAK = (): boolean => false;

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
  word(): string { return String.fromCharCode.apply(null, this.codes); }
  setBreak(k: number): void {
    if (k <= 0 || k >= this.codes.length || this.breakAt[k]) return;
    this.breakAt[k] = true;
    this.breakOrigin[k] = this.origins[k];
  }
}

/** Whether the word [c, d) written after [a, b) with one space between joins it. */
function joinsNext(s: string, codes: Uint16Array, a: number, b: number, c: number, d: number, chained = false): boolean {
  const len1 = b - a, len2 = d - c;
  if ((len1 === 2 || len1 === 3) && (codes[a] === 0x0645 || codes[a] === 0x0646)) {
    const w1 = s.slice(a, b);
    if (w1 === MI || w1 === NAMI) return isVerbAfterMi(s.slice(c, d));
  }
  if (len1 < 2 || len2 < 1 || len2 > 6) return false;
  const f = codes[c];
  if (f !== 0x0647 && f !== 0x062a && f !== 0x0627 && f !== 0x06cc) return false; // ه ت ا ی start every suffix
  const w2 = s.slice(c, d);
  if (SPACED_SUFFIXES.has(w2)) {
    const w1 = s.slice(a, b);
    // the host is a word of the lexicon, or itself a joined suffix (محبوب ترین ها → محبوب‌ترین‌ها)
    return !NOT_HOSTS.has(w1) && (lexicon().has(w1.replaceAll('\u200c', '')) || (chained && SPACED_SUFFIXES.has(w1)));
  }
  if (AFTER_HEH.has(w2)) return codes[b - 1] === HEH && !NOT_HOSTS.has(s.slice(a, b));
  return false;
}

/** Pass: ZWNJ cleanup and affix joining; returns a new buffer (offsets composed). */
export function fixZwnj(inp: MappedBuffer, joinSpaced: boolean): MappedBuffer {
  const codes = inp.codes, map = inp.map, n = inp.length;
  const s = inp.text();
  const out = new MappedBuffer(n + (n >> 5) + 16);
  const parts = new WordParts();
  let i = 0;
  while (i < n) {
    const c = codes[i];
    if (!isWordCode(c)) { out.push(c, map[i]); i++; continue; }
    let end = i + 1;
    let plain = c !== ZWNJ && !(CLASS[c] & C_MARK); // letters only: the fast path
    while (end < n) {
      const d = codes[end];
      if (CLASS[d] & C_FA_LETTER) end++;
      else if (d === ZWNJ || (CLASS[d] & C_MARK)) { plain = false; end++; } else break;
    }
    const joins = joinSpaced && end + 1 < n && codes[end] === 0x20 && isWordCode(codes[end + 1]) && joinsNext(s, codes, i, end, end + 1, wordAt(codes, end + 1, n));
    if (plain && !joins) {
      const breaks = end - i >= 4 && mayNeedBreak(codes, i, end) ? plainBreaks(s.slice(i, end)) : null;
      if (!breaks) { out.copy(inp, i, end); i = end; continue; }
      for (let j = i; j < end; j++) {
        if (breaks.includes(j - i) && !isNonJoining(codes[j - 1])) out.push(ZWNJ, map[j]);
        out.push(codes[j], map[j]);
      }
      i = end;
      continue;
    }
    parts.reset();
    collect(parts, codes, map, i, end);
    // Join following words written apart (می کنم, کتاب ها) while they qualify.
    let start = i;
    while (joinSpaced && end + 1 < n && codes[end] === 0x20 && isWordCode(codes[end + 1])) {
      const next = wordAt(codes, end + 1, n);
      if (!joinsNext(s, codes, start, end, end + 1, next, start !== i)) break;
      const before = parts.codes.length;
      collect(parts, codes, map, end + 1, next);
      if (parts.codes.length > before) { parts.breakAt[before] = true; parts.breakOrigin[before] = map[end]; }
      start = end + 1;
      end = next;
    }
    if (parts.codes.length >= 4) {
      let hasBreak = false;
      for (let k = 1; k < parts.codes.length; k++) if (parts.breakAt[k]) { hasBreak = true; break; }
      const breaks = gluedBreaks(parts.word(), (k) => parts.breakAt[k] === true, hasBreak);
      if (breaks) for (const k of breaks) parts.setBreak(k);
    }
    emitWord(out, parts);
    i = end;
  }
  out.endOrigin = inp.endOrigin;
  return out;
}

/** Cheap screen on char codes before any string is built: می/نمی prefix, suffix letters, spacing dictionary. */
function mayNeedBreak(codes: Uint16Array, a: number, b: number): boolean {
  const first = codes[a], last = codes[b - 1];
  if ((first === 0x0645 && codes[a + 1] === 0x06cc) || (first === 0x0646 && codes[a + 1] === 0x0645 && codes[a + 2] === 0x06cc)) return true;
  const candidates = SUFFIXES_BY_LAST[last & 0xff];
  if (candidates) for (const sfx of candidates) {
    if (b - a <= sfx.length) continue;
    let j = sfx.length - 1, k = b - 1;
    while (j >= 0 && codes[k] === sfx[j]) { j--; k--; }
    if (j < 0) return true;
  }
  return spacingEdges()[((first & 0xff) << 8) | (last & 0xff)] === 1;
}
/** suffix char codes grouped by the low byte of their last letter (one array read picks the few to test) */
const SUFFIXES_BY_LAST: (number[][] | undefined)[] = new Array(256);
for (const x of [...PLURAL_SUFFIXES, ...GLUED_AFTER_HEH.map((y) => 'ه' + y)]) {
  const codes = Array.from(x, (ch) => ch.charCodeAt(0));
  (SUFFIXES_BY_LAST[codes[codes.length - 1] & 0xff] ??= []).push(codes);
}

let edges: Uint8Array | undefined;
/** Bitmap of (first letter, last letter) pairs of the spacing dictionary's words. */
function spacingEdges(): Uint8Array {
  if (!edges) {
    edges = new Uint8Array(65536);
    for (const w of spacingFixes().keys()) edges[((w.charCodeAt(0) & 0xff) << 8) | (w.charCodeAt(w.length - 1) & 0xff)] = 1;
  }
  return edges;
}

function wordAt(codes: Uint16Array, start: number, n: number): number {
  let j = start;
  while (j < n && isWordCode(codes[j])) j++;
  return j;
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

/** gluedBreaks for a word without any ZWNJ, memoized. */
const plainBreaks = memoize((w: string) => gluedBreaks(w, NO_BREAK, false));

/**
 * Breaks (letter offsets) to add inside the glued word `w` (letters only), given the existing ones:
 * Parsivar's spacing dictionary, the prefix می/نمی before a verb, a plural/comparative suffix after a
 * word of the lexicon. null when nothing changes.
 */
function gluedBreaks(w: string, breakAt: (k: number) => boolean, hasBreak: boolean): number[] | null {
  const len = w.length;
  const first = w.charCodeAt(0), last = w.charCodeAt(len - 1);
  const mayPrefix = (first === 0x0645 && w.charCodeAt(1) === 0x06cc) || (first === 0x0646 && w.charCodeAt(1) === 0x0645 && w.charCodeAt(2) === 0x06cc);
  // suffixes end in ا (ها) ی (های، هایی، ای) م ت ش ن (هایم…، ترین) ر (تر) د (اند، اید)
  const maySuffix = last === 0x0627 || last === 0x06cc || last === 0x0645 || last === 0x062a || last === 0x0634 || last === 0x0646 || last === 0x0631 || last === 0x062f;
  if (!hasBreak) {
    const fixed = spacingFixes().get(w);
    if (fixed !== undefined) {
      const out: number[] = [];
      let k = 0;
      for (let j = 0; j < fixed.length; j++) { if (fixed.charCodeAt(j) === ZWNJ) out.push(k); else k++; }
      return out.length ? out : null;
    }
  }
  if (!mayPrefix && !maySuffix) return null;
  const lex = lexicon();
  if (lex.has(w)) return null;
  let out: number[] | null = null;
  if (mayPrefix) {
    const p = w.startsWith(NAMI) ? 3 : 2;
    if (!breakAt(p) && len - p >= 2 && isVerbAfterMi(w.slice(p, breakEnd(len, breakAt, p)))) out = [p];
  }
  if (maySuffix) {
    for (const sfx of PLURAL_SUFFIXES) {
      if (len - sfx.length < 2 || !w.endsWith(sfx)) continue;
      const k = len - sfx.length;
      if (breakAt(k) || breakEnd(len, breakAt, k) < len) break; // already split there, or the tail is another part (حرفه‌ای)
      const stem = w.slice(lastBreak(breakAt, k), k);
      if (stem.length >= 2 && lex.has(stem)) (out ??= []).push(k);
      break;
    }
    // ای ام ات اش اند ایم اید glued to a word ending in ه (خانهام → خانه‌ام, شدهاند → شده‌اند),
    // unless the plural reading took the word (کارهای = کار‌های, not کاره‌ای)
    if (!out || !out.some((k) => k >= len - 4)) {
      for (const sfx of GLUED_AFTER_HEH) {
        if (len - sfx.length < 2 || !w.endsWith(sfx) || w.charCodeAt(len - sfx.length - 1) !== HEH) continue;
        const k = len - sfx.length;
        if (breakAt(k) || breakEnd(len, breakAt, k) < len) break;
        const stem = w.slice(lastBreak(breakAt, k), k);
        if (lex.has(stem) || pastStems().has(stem.slice(0, -1))) (out ??= []).push(k);
        break;
      }
    }
  }
  return out;
}

/** Index of the next break after k (or the word end). */
function breakEnd(len: number, breakAt: (k: number) => boolean, k: number): number {
  for (let j = k + 1; j < len; j++) if (breakAt(j)) return j;
  return len;
}

/** Index of the last break at or before k (or 0). */
function lastBreak(breakAt: (k: number) => boolean, k: number): number {
  for (let j = k - 1; j > 0; j--) if (breakAt(j)) return j;
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
