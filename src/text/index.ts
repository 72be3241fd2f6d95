// Text core entry point: raw string -> Doc (normalized text, sentences, tokens, words).
// NOTE: first minimal version so later stages can start; the text-core work replaces the internals
// behind these same exports.
import { Doc } from '../doc.ts';

export interface NormalizeResult { text: string; toOriginal: Int32Array }

const MAP: Record<string, string> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک', '٠': '۰', '١': '۱', '٢': '۲', '٣': '۳', '٤': '۴', '٥': '۵', '٦': '۶', '٧': '۷', '٨': '۸', '٩': '۹' };

/** Normalize Persian text; keeps a map from each output offset to the input offset. */
export function normalize(input: string): NormalizeResult {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === '\u0640' || (c >= '\u064B' && c <= '\u0652')) continue;
    out += MAP[c] ?? c;
    map.push(i);
  }
  map.push(input.length);
  return { text: out, toOriginal: Int32Array.from(map) };
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}\u200C_]+(?:[.٫/:][\p{N}]+)*%?|\S/gu;

export function analyzeText(raw: string): Doc {
  const { text, toOriginal } = normalize(raw);
  const tokenStart: number[] = [], tokenEnd: number[] = [], sentenceStart: number[] = [], sentenceEnd: number[] = [];
  let sentFirst = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    tokenStart.push(m.index);
    tokenEnd.push(m.index + m[0].length);
    if (/^[.!?؟…]$/.test(m[0])) { sentenceStart.push(sentFirst); sentenceEnd.push(tokenStart.length); sentFirst = tokenStart.length; }
  }
  if (sentFirst < tokenStart.length) { sentenceStart.push(sentFirst); sentenceEnd.push(tokenStart.length); }
  return new Doc({
    original: raw, text, toOriginal, tokenStart, tokenEnd,
    tokenWord: tokenStart.map((_, i) => i), wordStart: tokenStart, wordEnd: tokenEnd,
    wordForm: tokenStart.map((s, i) => text.slice(s, tokenEnd[i])), sentenceStart, sentenceEnd,
  });
}
