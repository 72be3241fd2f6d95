// Text core entry point: raw string -> Doc (normalized text, sentences, tokens, UD words).
//   normalize(input, opts)   normalized text + offset map back to the input (normalize.ts)
//   analyzeText(raw, opts)   normalize, tokenize (UD PerDT conventions), split multi-word tokens, sentences
//   toConllu(doc)            CoNLL-U with the input's own characters as FORM (conllu.ts)
//   decodeBytes(bytes, opts) bytes -> string with encoding detection (decode.ts)
import { Doc } from '../doc.ts';
import { normalize } from './normalize.ts';
import type { NormalizeOptions } from './normalize.ts';
import { scanTokens, T_WORD } from './tokenize.ts';
import { splitSentences } from './sentences.ts';
import { cliticSplit } from './clitics.ts';

export { normalize } from './normalize.ts';
export type { NormalizeOptions, NormalizeResult } from './normalize.ts';
export { toConllu } from './conllu.ts';
export type { ConlluOptions } from './conllu.ts';
export { decodeBytes } from './decode.ts';

export interface AnalyzeTextOptions {
  /** normalizer options (see NormalizeOptions); default: all corrections on */
  normalize?: NormalizeOptions;
  /** split multi-word tokens (کتابش = کتاب + ش) as UD PerDT does; default true */
  multiwordTokens?: boolean;
}

export function analyzeText(raw: string, opts: AnalyzeTextOptions = {}): Doc {
  const { text, toOriginal } = normalize(raw, opts.normalize);
  const tok = scanTokens(text);
  const sent = splitSentences(text, tok);
  const splitMwt = opts.multiwordTokens !== false;
  const n = tok.start.length;
  const tokenWord = new Int32Array(n);
  const wordStart: number[] = [], wordEnd: number[] = [], wordForm: string[] = [];
  for (let t = 0; t < n; t++) {
    const s = tok.start[t], e = tok.end[t];
    tokenWord[t] = wordStart.length;
    const form = text.slice(s, e);
    const cut = splitMwt && tok.kind[t] === T_WORD ? cliticSplit(form) : 0;
    if (cut > 0 && cut < form.length) {
      wordStart.push(s, s + cut); wordEnd.push(s + cut, e); wordForm.push(form.slice(0, cut), form.slice(cut));
    } else {
      wordStart.push(s); wordEnd.push(e); wordForm.push(form);
    }
  }
  return new Doc({
    original: raw, text, toOriginal,
    tokenStart: tok.start, tokenEnd: tok.end, tokenWord, wordStart, wordEnd, wordForm,
    sentenceStart: sent.start, sentenceEnd: sent.end,
  });
}
