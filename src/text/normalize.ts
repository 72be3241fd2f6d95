// Persian text normalizer with an offset map back to the input.
//
// normalize(input, options) -> { text, toOriginal } where toOriginal[i] is the input offset of the
// character at text offset i (length text.length + 1, non-decreasing), so any span [a, b) of the
// normalized text is input.slice(toOriginal[a], toOriginal[b]) in the original.
//
// Passes (each a single char-code loop writing a MappedBuffer):
//  1. characters: invisible/control characters out, Unicode spaces to one space, line breaks to \n,
//     Arabic letters and presentation forms to Persian, diacritics and kashida, ۀ, digits,
//     letters repeated 3+ times, Persian punctuation and its spacing;
//  2. digits in a canonical script (skipping runs with Latin letters: URLs, e-mails, model names);
//  3. ZWNJ: cleanup and affix joining (see zwnj.ts).
import { MappedBuffer } from './buffer.ts';
import {
  CLASS, FOLD, EXPAND, C_SPACE, C_NEWLINE, C_REMOVE, C_FA_LETTER, C_LATIN, C_DIGIT,
  KASHIDA, ZWNJ, isDiacritic,
} from './chars.ts';
import { fixZwnj } from './zwnj.ts';

export interface NormalizeOptions {
  /** Arabic letters (ي ى ك ة ە …) and presentation forms (U+FB50–FDFF, U+FE70–FEFF) to Persian. Default true. */
  letters?: boolean;
  /** Remove diacritics (harakat, tanvin, shadda, superscript alef). Default true. */
  diacritics?: boolean;
  /** Remove kashida (tatweel, U+0640). Default true. */
  kashida?: boolean;
  /** ۀ and ه + hamza above: 'heh' writes a bare ه as UD Persian and Hazm's stemmer do; 'keep' leaves them. Default 'heh'. */
  heh?: 'heh' | 'keep';
  /** Digits: 'persian' (۰–۹, the canonical form for analysis), 'latin' (0–9) or 'keep'. Arabic-Indic
   * digits always become Persian or Latin unless 'keep'. Runs that contain Latin letters (URLs, model
   * names such as CoRoT-7b) keep their digits. Default 'persian'. */
  digits?: 'persian' | 'latin' | 'keep';
  /** Arabic-script letters repeated 3 or more times are written once (سلاممم → سلام). Default true. */
  repeated?: boolean;
  /** Persian punctuation: , ; ? after Persian text to ، ؛ ؟, "..." to …, no space before closing or
   * after opening punctuation, a space after ، ؛ ؟ before a letter. Default true. */
  punctuation?: boolean;
  /** ZWNJ correction (collapse, drop at word edges and after non-joining letters, glued affixes such as
   * می/نمی + verb and ها/های/تر/ترین). Default true. */
  zwnj?: boolean;
  /** Also join affixes written as separate words (می کنم → می‌کنم, کتاب ها → کتاب‌ها). This changes word
   * boundaries, so the UD tokenizer turns it off to keep the input's own tokens. Default true. */
  joinSpaced?: boolean;
}

export interface NormalizeResult { text: string; toOriginal: Int32Array }

const DEFAULTS: Required<NormalizeOptions> = {
  letters: true, diacritics: true, kashida: true, heh: 'heh', digits: 'persian',
  repeated: true, punctuation: true, zwnj: true, joinSpaced: true,
};

const HEH = 0x0647, YEH = 0x06cc, HAMZA_ABOVE = 0x0654, HEH_YEH = 0x06c0;
// Punctuation roles as a flag table (one array read per character in the hot loop).
const OPENER = 1, CLOSER = 2, SPACE_AFTER = 4;
const PUNCT = new Uint8Array(65536);
for (const c of [0x28, 0x5b, 0x7b, 0xab]) PUNCT[c] |= OPENER;                                   // ( [ { «
for (const c of [0x29, 0x5d, 0x7d, 0xbb, 0x060c, 0x061b, 0x061f, 0x21]) PUNCT[c] |= CLOSER;     // ) ] } » ، ؛ ؟ !
for (const c of [0x060c, 0x061b, 0x061f, 0xbb]) PUNCT[c] |= SPACE_AFTER;                        // ، ؛ ؟ »

export function resolveOptions(opts?: NormalizeOptions): Required<NormalizeOptions> {
  return opts ? { ...DEFAULTS, ...opts } : DEFAULTS;
}

/** Normalize Persian text; keeps a map from each output offset to the input offset. */
export function normalize(input: string, opts?: NormalizeOptions): NormalizeResult {
  const o = resolveOptions(opts);
  let buf = normalizeChars(input, o);
  if (o.digits !== 'keep') convertDigits(buf, o.digits);
  if (o.zwnj) buf = fixZwnj(buf, o.joinSpaced);
  return { text: buf.text(), toOriginal: buf.offsets(buf.length > 0 ? buf.endOrigin : input.length) };
}

/** Pass 1: character-level rewriting. */
function normalizeChars(input: string, o: Required<NormalizeOptions>): MappedBuffer {
  const n = input.length;
  const out = new MappedBuffer(n + (n >> 4) + 16);
  let pendingSpace = -1; // input offset of a space not yet written (written only before a following word)
  let newlines = 0;      // line breaks written in the current run of whitespace
  let runLen = 0;        // length of the current run of one repeated letter in the output
  let quoteOpen = false; // a straight quote was turned into « and waits for its »
  const digitRuns: number[] = []; // output index of the first digit of each group of digits

  const emit = (c: number, at: number): void => {
    const k = CLASS[c];
    let prev = out.length > 0 ? out.codes[out.length - 1] : -1;
    if (pendingSpace >= 0) {
      // A space before closing punctuation or after opening punctuation goes away.
      // Only around Persian text: after a URL or a Latin word the space may be what ends it.
      const persianBefore = prev >= 0 && ((CLASS[prev] & C_FA_LETTER) !== 0 || (prev >= 0x06f0 && prev <= 0x06f9) || (PUNCT[prev] & CLOSER) !== 0);
      // Never glue a one-letter word to a period (ق . would read as the abbreviation ق.), nor an opener that
      // is not itself at a word start to the next word (a URL runs to the next space).
      const before2 = out.length > 1 ? out.codes[out.length - 2] : 0x20;
      const period = (c === 0x2e || c === 0x3a) && (CLASS[input.charCodeAt(at + 1)] & (C_SPACE | C_NEWLINE) || at + 1 === input.length) && (CLASS[before2] & C_FA_LETTER) !== 0;
      const drop = o.punctuation && ((persianBefore && ((PUNCT[c] & CLOSER) !== 0 || period))
        || (prev >= 0 && (PUNCT[prev] & OPENER) !== 0 && (k & (C_FA_LETTER | C_DIGIT)) !== 0 && (before2 === 0x20 || before2 === 0x0a || out.length === 1)));
      if (!drop && prev >= 0 && newlines === 0) { out.push(0x20, pendingSpace); prev = 0x20; }
      pendingSpace = -1;
    } else if (o.punctuation && c === 0xab && prev >= 0 && (CLASS[prev] & C_FA_LETTER)) {
      out.push(0x20, at); prev = 0x20; // «گفت«سلام»» → «گفت «سلام»»
    } else if (o.punctuation && prev >= 0 && (k & (C_FA_LETTER | C_DIGIT))) {
      const pk = CLASS[prev];
      // «سلام،دنیا» → «سلام، دنیا»; «۹کیلومتر» → «۹ کیلومتر»; «عرض۶» → «عرض ۶»; «»و» → «» و»
      // «برگزار شد.معاون» → «برگزار شد. معاون» (a word of two letters or more before the period: ق.م stays)
      const periodAfterWord = prev === 0x2e && (CLASS[out.last(2)] & C_FA_LETTER) !== 0 && (CLASS[out.last(3)] & C_FA_LETTER) !== 0;
      if (k & C_FA_LETTER) { if ((pk & C_DIGIT) || (PUNCT[prev] & SPACE_AFTER) || periodAfterWord) { out.push(0x20, at); prev = 0x20; } }
      else if ((pk & C_FA_LETTER) || ((PUNCT[prev] & SPACE_AFTER) && !(CLASS[out.last(2)] & C_DIGIT))) { out.push(0x20, at); prev = 0x20; }
    }
    newlines = 0;
    if (o.repeated && c === prev && (k & C_FA_LETTER)) {
      runLen++;
      if (runLen === 3) { out.pop(); return; } // third in a row: keep one copy
      if (runLen > 3) return;
    } else runLen = 1;
    if ((k & C_DIGIT) && !(CLASS[prev] & C_DIGIT)) digitRuns.push(out.length);
    out.push(c, at);
  };

  for (let i = 0; i < n; i++) {
    let c = input.charCodeAt(i);
    const k = CLASS[c];
    // Fast path for the common case, a Persian letter that needs no rewriting in the middle of a word.
    if (pendingSpace < 0 && (k & C_FA_LETTER) && FOLD[c] === 0 && c !== KASHIDA && c !== HEH_YEH && out.length > 0) {
      const prev = out.codes[out.length - 1];
      if (c !== prev && !(CLASS[prev] & C_DIGIT) && !(PUNCT[prev] & SPACE_AFTER) && prev !== 0x2e) { out.push(c, i); newlines = 0; runLen = 1; continue; }
    }
    if (k & C_SPACE) { if (pendingSpace < 0) pendingSpace = i; continue; }
    if (k & C_NEWLINE) {
      if (c === 0x0d && input.charCodeAt(i + 1) === 0x0a) continue; // \r\n: keep the \n
      pendingSpace = -1;
      if (out.length > 0 && newlines < 2) { out.push(0x0a, i); newlines++; }
      runLen = 0;
      continue;
    }
    if (k & C_REMOVE) {
      // a zero-width joiner inside an emoji sequence (👨‍👩‍👧) is kept; elsewhere it is noise
      if (c === 0x200d && (out.last() >= 0xdc00 && out.last() <= 0xdfff || out.last() === 0xfe0f)) out.push(c, i);
      continue;
    }
    if (c === ZWNJ) { if (pendingSpace < 0) out.push(c, i); runLen = 0; continue; } // cleaned in the ZWNJ pass
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) { // surrogate pair (emoji, rare scripts): copy whole
      emit(c, i); out.push(input.charCodeAt(i + 1), i + 1); i++; runLen = 0; continue;
    }
    if (c === KASHIDA && o.kashida) continue;
    if (c === HAMZA_ABOVE) {
      // hamza above: after ه it marks ezafe (خانهٔ); after ی/و/ا it is the decomposed ئ/ؤ/أ.
      const prev = out.last();
      if (prev === HEH && o.heh === 'heh') continue;
      if (o.letters && prev === YEH) { out.codes[out.length - 1] = 0x0626; continue; }
      if (o.letters && prev === 0x0648) { out.codes[out.length - 1] = 0x0624; continue; }
      if (o.letters && prev === 0x0627) { out.codes[out.length - 1] = 0x0623; continue; }
      if (o.diacritics) continue;
      out.push(c, i);
      continue;
    }
    if (o.diacritics && isDiacritic(c)) continue;
    if (o.letters) {
      const exp = c >= 0xfb50 ? EXPAND.get(c) : undefined;
      if (exp !== undefined) {
        for (let j = 0; j < exp.length; j++) {
          const e = exp.charCodeAt(j);
          if (!(o.diacritics && isDiacritic(e))) emit(e, i);
        }
        continue;
      }
      if (FOLD[c] && !(c >= 0x0660 && c <= 0x0669 && o.digits === 'keep')) c = FOLD[c];
      if (c === HEH_YEH && o.heh === 'heh') c = HEH;
    }
    if (o.punctuation) {
      if (c === 0x2e && input.charCodeAt(i + 1) === 0x2e && input.charCodeAt(i + 2) === 0x2e) {
        emit(0x2026, i); // ... → …
        while (input.charCodeAt(i + 1) === 0x2e) i++;
        continue;
      }
      if (c === 0x22) {
        // "…" → «…» around Persian text: opening after a space or line start, closing after text
        const prev = out.last(), next = input.charCodeAt(i + 1);
        const opening = (prev < 0 || pendingSpace >= 0 || prev === 0x0a || (PUNCT[prev] & OPENER) !== 0) && (CLASS[next] & (C_FA_LETTER | C_DIGIT));
        const closing = prev >= 0 && pendingSpace < 0 && (CLASS[prev] & (C_FA_LETTER | C_DIGIT) || prev === 0x2e || prev === 0x061f || prev === 0x21) && !(CLASS[next] & (C_FA_LETTER | C_LATIN | C_DIGIT));
        if (opening) c = 0xab; else if (closing && quoteOpen) c = 0xbb;
        if (c === 0xab) quoteOpen = true; else if (c === 0xbb) quoteOpen = false;
      }
      if (c === 0x2c || c === 0x3b || c === 0x3f) {
        // Latin , ; ? after Persian text become ، ؛ ؟ (not between digits: 1,000).
        const prev = out.last();
        const nextDigit = (CLASS[input.charCodeAt(i + 1)] & C_DIGIT) !== 0;
        if (prev >= 0 && (CLASS[prev] & C_FA_LETTER) && !(c === 0x2c && nextDigit)) c = c === 0x2c ? 0x060c : c === 0x3b ? 0x061b : 0x061f;
      }
    }
    emit(c, i);
  }
  // Trailing whitespace is dropped; so are trailing line breaks. The text's end maps to just after the
  // last character written (trailing spaces are not part of the last token).
  while (out.length > 0 && out.last() === 0x0a) out.pop();
  if (out.length > 0) {
    // how many input characters the last output character stands for: a surrogate pair, "..." → …
    const lastOrigin = out.map[out.length - 1];
    let end = lastOrigin + (input.charCodeAt(lastOrigin) >= 0xd800 && input.charCodeAt(lastOrigin) <= 0xdbff ? 2 : 1);
    if (out.last() === 0x2026 && input.charCodeAt(lastOrigin) === 0x2e) while (input.charCodeAt(end) === 0x2e) end++;
    out.endOrigin = end;
  }
  out.digitRuns = digitRuns;
  return out;
}

/** At the start of a number at j: if digits.digits (one point) follows, write the point in the target style. */
function convertDecimalPoint(codes: Uint16Array, j: number, end: number, to: 'persian' | 'latin'): void {
  let k = j, point = -1;
  for (;;) {
    while (k < end && (CLASS[codes[k]] & C_DIGIT)) k++;
    if (k + 1 < end && (codes[k] === 0x2e || codes[k] === 0x066b) && (CLASS[codes[k + 1]] & C_DIGIT)) {
      if (point >= 0) return; // 1.2.3: a version or a date, not a decimal
      point = k++;
      continue;
    }
    break;
  }
  if (point >= 0) codes[point] = to === 'persian' ? 0x066b : 0x2e;
}

/** Pass 2: digits to one script, except inside runs that contain Latin letters or '@'. */
function convertDigits(buf: MappedBuffer, to: 'persian' | 'latin'): void {
  const codes = buf.codes, n = buf.length;
  // only the space-free runs in which pass 1 wrote a digit («۱۴۰۵/۰۸/۲۴», «COVID-19»), each once
  let done = 0;
  for (const at of buf.digitRuns) {
    if (at < done) continue;
    let start = at;
    while (start > 0 && codes[start - 1] !== 0x20 && codes[start - 1] !== 0x0a) start--;
    let i = start;
    let latin = false, digits = false;
    while (i < n && codes[i] !== 0x20 && codes[i] !== 0x0a) {
      const k = CLASS[codes[i]];
      if (k & C_LATIN || codes[i] === 0x40) latin = true;
      else if (k & C_DIGIT) digits = true;
      i++;
    }
    done = i;
    if (!digits || latin) continue;
    for (let j = start; j < i; j++) {
      const c = codes[j];
      // a number with exactly one period between digits has a decimal point: ٫ in Persian style (4.2 → ۴٫۲)
      if (CLASS[c] & C_DIGIT && (j === start || !(CLASS[codes[j - 1]] & C_DIGIT) && codes[j - 1] !== 0x2e && codes[j - 1] !== 0x066b)) convertDecimalPoint(codes, j, i, to);
      if (to === 'persian' && c >= 0x30 && c <= 0x39) codes[j] = c - 0x30 + 0x06f0;
      else if (to === 'latin' && ((c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669))) codes[j] = (c & 0xf) + 0x30;
    }
  }
}

