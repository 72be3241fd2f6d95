// A lazy token stream over folded text, read forward from a start offset. Words split at ZWNJ, so
// «سه‌شنبه», «سه شنبه» and «آبان‌ماه» all read as two tokens; `glued` tells whether a token touches the
// one before it (no space), which numeric forms such as 1400/08/24 and 18:30 need.
import { bareWord } from './fold.ts';

export interface Token {
  start: number;
  end: number;
  /** the token's folded text (words without diacritics) */
  text: string;
  kind: 'num' | 'word' | 'break' | 'sym';
  glued: boolean;
}

// Number: digits with thousands separators (, ٬ ،) and a decimal part (. ٫).
const TOKEN_RE = /[ \t\u00a0\u200c\u200d\u200e\u200f]*(?:([0-9]+(?:[,٬،][0-9]{3}(?![0-9]))*(?:[.٫][0-9]+)?)|([\p{L}\p{M}]+)|([\n\r])|(\S))/uy;
const HAS_MARK = /[\u064b-\u065f\u0670\u0640]/;

export class TokenStream {
  readonly text: string;
  private readonly tokens: Token[] = [];
  private pos: number;
  private done = false;

  constructor(text: string, start: number) {
    this.text = text;
    this.pos = start;
  }

  /** The i-th token from the start, or null past the end of the text. */
  at(i: number): Token | null {
    while (this.tokens.length <= i && !this.done) this.readOne();
    return this.tokens[i] ?? null;
  }

  private readOne(): void {
    TOKEN_RE.lastIndex = this.pos;
    const m = TOKEN_RE.exec(this.text);
    if (!m) { this.done = true; return; }
    const len = m[1] ?? m[2] ?? m[3] ?? m[4];
    const end = m.index + m[0].length;
    const start = end - len.length;
    const kind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'break' : 'sym';
    const text = kind === 'word' && HAS_MARK.test(len) ? bareWord(len) : len;
    this.tokens.push({ start, end, text, kind, glued: start === this.pos && this.tokens.length > 0 });
    this.pos = end;
  }

  /** Text of tokens i..i+n-1 joined by one space, or null when one of them is not a word. */
  phrase(i: number, n: number): string | null {
    let s = '';
    for (let k = 0; k < n; k++) {
      const t = this.at(i + k);
      if (!t || t.kind !== 'word') return null;
      s += k ? ' ' + t.text : t.text;
    }
    return s;
  }

  /** The longest phrase (up to maxLen tokens) at i that is a key of `table`. */
  lookup<T>(i: number, table: Map<string, T>, maxLen: number): { value: T; n: number } | null {
    for (let n = maxLen; n >= 1; n--) {
      const p = this.phrase(i, n);
      if (p !== null) {
        const v = table.get(p);
        if (v !== undefined) return { value: v, n };
      }
    }
    return null;
  }

  isWord(i: number, ...words: string[]): boolean {
    const t = this.at(i);
    return !!t && t.kind === 'word' && words.includes(t.text);
  }
}

const LETTER = /[\p{L}\p{M}]/u;
const AFTER_NUMBER = /[0-9.٫,٬]/;
const WORD_CHAR = /[\p{L}\p{M}\u200c]/u;

/**
 * The next match of an anchor regex (global; digits, «%» and words, with NO lookbehind) at or after `from`
 * that starts where an expression can: a digit not right after a digit or a decimal/thousands mark, a word
 * not right after a letter, mark or ZWNJ. The same matches a leading lookbehind in the regex would give
 * (retrying one position after a refused start), at a third of the cost: a regex that opens with a
 * lookbehind runs it at every position of the text.
 */
export function nextAnchor(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index, c = text.charCodeAt(i);
    if (i === 0 || c === 0x25) return m;
    const before = text.charCodeAt(i - 1);
    // a letter outside the BMP before the word: test the whole code point
    const prev = before >= 0xdc00 && before <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
    if (c >= 0x30 && c <= 0x39 ? !AFTER_NUMBER.test(prev) : !WORD_CHAR.test(prev)) return m;
    re.lastIndex = i + 1;
  }
  return null;
}
const SPACE = /[ \t\u00a0\u200c]/;
/** The word just before offset `pos` (skipping spaces and ZWNJ), or ''. */
export function wordBefore(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && pos - e < 8 && SPACE.test(text[e - 1])) e--;
  let s = e;
  while (s > 0 && e - s < 40 && LETTER.test(text[s - 1])) s--;
  return s === e ? '' : bareWord(text.slice(s, e));
}

/** Build a lookup table whose keys are folded and have ZWNJ written as a space. */
export function table<T>(entries: Record<string, T>, foldKey: (s: string) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const [k, v] of Object.entries(entries)) if (!k.startsWith('_')) m.set(foldKey(k).replace(/\u200c/g, ' '), v);
  return m;
}
