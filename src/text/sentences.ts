// Sentence splitting over the token stream.
// A sentence ends after . ! ? ؟ … (runs such as !؟ stay together), together with the closing quotes and
// brackets that follow the mark; and at a line break (a heading or a line without final punctuation is
// a sentence of its own). Not an end: a period inside a number (4.8, ۱۴۰۵/۰۸/۲۴ are number tokens), a URL
// or a listed abbreviation (tokens already), a period right after a one-letter word (initials: ج. ک. رولینگ)
// or a period with a Latin letter right after it (Node.js), or an
// ellipsis inside a line (UD Persian keeps «و…» inside the sentence).
import type { TokenSpans } from './tokenize.ts';
import { T_PUNCT, T_WORD, T_LATIN } from './tokenize.ts';

const isTerminalChar = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;
const isCloser = (c: number): boolean => c === 0xbb || c === 0x22 || c === 0x29 || c === 0x5d || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x7d || c === 0x203a;

function hasNewline(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

export function splitSentences(text: string, tok: TokenSpans): { start: number[]; end: number[] } {
  const { start: ts, end: te, kind } = tok;
  const n = ts.length;
  const out = { start: [] as number[], end: [] as number[] };
  let first = 0;
  const close = (endTok: number): void => {
    if (endTok > first) { out.start.push(first); out.end.push(endTok); }
    first = endTok;
  };
  for (let t = 0; t < n; t++) {
    if (t > first && hasNewline(text, te[t - 1], ts[t])) close(t);
    if (kind[t] !== T_PUNCT || !isTerminalChar(text.charCodeAt(ts[t]))) continue;
    if (!endsSentence(text, tok, t)) continue;
    let j = t + 1;
    while (j < n && kind[j] === T_PUNCT && !hasNewline(text, te[j - 1], ts[j])) {
      const c = text.charCodeAt(ts[j]);
      if (isTerminalChar(c)) { j++; continue; }
      // closing marks stay with the sentence; a straight quote only when glued to it (else it opens the next)
      if (isCloser(c) && (ts[j] === te[j - 1] || (c !== 0x22 && c !== 0x27))) { j++; continue; }
      break;
    }
    close(j);
    t = j - 1;
  }
  close(n);
  return out;
}

function endsSentence(text: string, tok: TokenSpans, t: number): boolean {
  const { start: ts, end: te, kind } = tok;
  const c = text.charCodeAt(ts[t]);
  const last = t + 1 >= ts.length || hasNewline(text, te[t], ts[t + 1]);
  if (last) return true;
  // an ellipsis inside a line is mostly "and so on" (و…): it ends a sentence only before another mark
  if (c === 0x2026 || (c === 0x2e && te[t] - ts[t] > 1)) return false;
  if (c !== 0x2e) return true;
  // "X.Y" with no space after the period: a boundary between Persian words (شد.معاون, a missing space),
  // not between Latin ones (Node.js, e.g)
  if (ts[t + 1] === te[t] && (kind[t + 1] === T_WORD || kind[t + 1] === T_LATIN)) {
    return kind[t + 1] === T_WORD && t > 0 && kind[t - 1] === T_WORD && te[t - 1] === ts[t] && te[t - 1] - ts[t - 1] >= 2;
  }
  // initials: a one-letter word glued to the period
  if (t > 0 && te[t - 1] === ts[t] && te[t - 1] - ts[t - 1] === 1 && (kind[t - 1] === T_WORD || kind[t - 1] === T_LATIN)) return false;
  return true;
}
