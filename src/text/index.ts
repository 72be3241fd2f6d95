// Text core entry point: raw string -> Doc (normalized text, sentences, tokens, UD words).
//   normalize(input, opts)   normalized text + offset map back to the input (normalize.ts)
//   analyzeText(raw, opts)   normalize, tokenize (UD PerDT conventions), split multi-word tokens, sentences
//   toConllu(doc)            CoNLL-U with the input's own characters as FORM (conllu.ts)
//   decodeBytes(bytes, opts) bytes -> string with encoding detection (decode.ts)
import { Doc } from '../doc.ts';
import { normalize } from './normalize.ts';
import type { NormalizeOptions } from './normalize.ts';
import { scanTokens, T_WORD, T_PUNCT } from './tokenize.ts';
import { splitSentences } from './sentences.ts';
import { cliticSplit } from './clitics.ts';
import { isBlank } from './chars.ts';

export { normalize } from './normalize.ts';
export type { NormalizeOptions, NormalizeResult } from './normalize.ts';
export { toConllu } from './conllu.ts';
export type { ConlluOptions } from './conllu.ts';
export { decodeBytes, sniffEncoding } from './decode.ts';
export { analyzeStream } from './stream.ts';
export type { StreamChunk, StreamOptions } from './stream.ts';

export interface AnalyzeTextOptions {
  /** normalizer options (see NormalizeOptions); default: all corrections on */
  normalize?: NormalizeOptions;
  /** split multi-word tokens (کتابش = کتاب + ش) as UD PerDT does; default true */
  multiwordTokens?: boolean;
  /** PerDT writes punctuation glued to a multi-word token as part of it (پشیمانم. = پشیمان + م + .);
   * on for UD output only, default false */
  gluedPunctInMwt?: boolean;
}

/** Settings for UD output (`rasad tokenize`, the UD evaluation): the normalizer never joins words written
 * apart (می کنم stays two tokens), so every token is a span of the input between its own whitespace. */
export const UD_OPTIONS: AnalyzeTextOptions = { normalize: { joinSpaced: false }, gluedPunctInMwt: true };

export function analyzeText(raw: string, opts: AnalyzeTextOptions = {}): Doc {
  const { text, toOriginal } = normalize(raw, opts.normalize);
  const tok = scanTokens(text);
  const sent = splitSentences(text, tok);
  const splitMwt = opts.multiwordTokens !== false;
  const n = tok.start.length;
  // columns filled in place (a token has at most 3 words: host, clitic, glued punctuation)
  const tokenStart = new Int32Array(n), tokenEnd = new Int32Array(n), tokenWord = new Int32Array(n);
  const wordStart = new Int32Array(2 * n), wordEnd = new Int32Array(2 * n);
  const wordForm: string[] = [];
  let nt = 0, nw = 0;
  // token index in the scanner's list -> index in the final list (differs once punctuation is merged)
  const renumber = new Int32Array(n + 1);
  const ts = tok.start, te = tok.end, kind = tok.kind;
  for (let t = 0; t < n; t++) {
    const s = ts[t];
    let e = te[t];
    renumber[t] = nt;
    tokenWord[nt] = nw;
    const form = text.slice(s, e);
    const cut = splitMwt && kind[t] === T_WORD && e - s >= 3 && mayEndInClitic(text.charCodeAt(e - 1)) ? cliticSplit(form) : 0;
    if (cut > 0 && cut < form.length) {
      wordStart[nw] = s; wordEnd[nw++] = s + cut; wordForm.push(form.slice(0, cut));
      wordStart[nw] = s + cut; wordEnd[nw++] = e; wordForm.push(form.slice(cut));
      if (opts.gluedPunctInMwt && t + 1 < n && kind[t + 1] === T_PUNCT && ts[t + 1] === e && gluedInInput(raw, toOriginal[e]) && !sentenceStartsAt(sent.start, t + 1)) {
        t++;
        renumber[t] = nt;
        wordStart[nw] = e; e = te[t]; wordEnd[nw++] = e; wordForm.push(text.slice(ts[t], e));
      }
    } else {
      wordStart[nw] = s; wordEnd[nw++] = e; wordForm.push(form);
    }
    tokenStart[nt] = s; tokenEnd[nt++] = e;
  }
  renumber[n] = nt;
  const sentenceStart = sent.start.map((t) => renumber[t]);
  const sentenceEnd = sent.end.map((t) => (t > 0 ? renumber[t - 1] + 1 : 0));
  return new Doc({
    original: raw, text, toOriginal,
    tokenStart: tokenStart.subarray(0, nt), tokenEnd: tokenEnd.subarray(0, nt), tokenWord: tokenWord.subarray(0, nt),
    wordStart: wordStart.subarray(0, nw), wordEnd: wordEnd.subarray(0, nw), wordForm, sentenceStart, sentenceEnd,
  });
}

/** Last letters of every multi-word token PerDT has: ش م ت ن د (clitics, copula) ا و (مرا، بدو). */
function mayEndInClitic(c: number): boolean {
  return c === 0x0634 || c === 0x0645 || c === 0x062a || c === 0x0646 || c === 0x062f || c === 0x0627 || c === 0x0648;
}

/** No whitespace right before input offset o (the normalizer may have removed a space there). */
function gluedInInput(raw: string, o: number): boolean {
  return o > 0 && !isBlank(raw.charCodeAt(o - 1));
}

function sentenceStartsAt(starts: number[], t: number): boolean {
  // sentence starts are few and sorted; a binary search keeps this O(log n)
  let lo = 0, hi = starts.length - 1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (starts[mid] === t) return true; if (starts[mid] < t) lo = mid + 1; else hi = mid - 1; }
  return false;
}
