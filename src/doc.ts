// The Doc: one analysed text, stored columnar (flat typed arrays) with small views on top.
//
// Units, following UD Persian:
//  - a *token* is a surface span of the text (what `rasad tokenize` prints as a CoNLL-U line or range);
//  - a *word* is a syntactic word; most tokens are one word, a multi-word token (کتابش = کتاب + ش)
//    is several. Every stage after tokenization (tags, lemmas, entities) works on words.
// Offsets are UTF-16 code units into `text` (the normalized text). `toOriginal` maps each offset
// of `text` (0..text.length inclusive) back to an offset in `original`.

import type { EntityMention } from './article.ts';

export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export type Upos = (typeof UPOS)[number];

export interface DocInit {
  original: string;
  text: string;
  toOriginal: Int32Array;
  tokenStart: ArrayLike<number>;
  tokenEnd: ArrayLike<number>;
  /** index of the first word of each token; words of token i are [tokenWord[i], tokenWord[i+1]) */
  tokenWord: ArrayLike<number>;
  wordStart: ArrayLike<number>;
  wordEnd: ArrayLike<number>;
  /** normalized form of each word (usually text.slice(start, end); differs for e.g. مرا = من + را) */
  wordForm: string[];
  /** sentence boundaries as token index ranges [sentenceStart[i], sentenceEnd[i]) */
  sentenceStart: ArrayLike<number>;
  sentenceEnd: ArrayLike<number>;
}

export class Doc {
  readonly original: string;
  readonly text: string;
  readonly toOriginal: Int32Array;
  readonly tokenStart: Int32Array;
  readonly tokenEnd: Int32Array;
  readonly tokenWord: Int32Array; // length tokens + 1
  readonly wordStart: Int32Array;
  readonly wordEnd: Int32Array;
  readonly wordForm: string[];
  readonly wordToken: Int32Array;
  readonly sentenceStart: Int32Array;
  readonly sentenceEnd: Int32Array;

  // Columns filled by later stages (per word). Empty string / 255 means "not set".
  /** index into UPOS, 255 when untagged */
  readonly upos: Uint8Array;
  readonly xpos: string[];
  readonly feats: string[];
  readonly lemma: string[];
  /** IOB2 NER tags per word ("O" by default) */
  readonly iob: string[];
  /** Partial dependency info where a stage knows it, e.g. the nominal of a light-verb construction
   * («تاکید کرد») has deprel "compound:lvc" and head = index of the verb word; -1 / "" when unknown. */
  readonly head: Int32Array;
  readonly deprel: string[];
  /** Entity mentions (character spans into text), filled by the NER stage. */
  entities: EntityMention[] = [];

  constructor(init: DocInit) {
    this.original = init.original;
    this.text = init.text;
    this.toOriginal = init.toOriginal;
    this.tokenStart = Int32Array.from(init.tokenStart);
    this.tokenEnd = Int32Array.from(init.tokenEnd);
    const nTok = this.tokenStart.length;
    this.tokenWord = new Int32Array(nTok + 1);
    for (let t = 0; t < nTok; t++) this.tokenWord[t] = init.tokenWord[t];
    this.wordStart = Int32Array.from(init.wordStart);
    this.wordEnd = Int32Array.from(init.wordEnd);
    const nWord = this.wordStart.length;
    this.tokenWord[nTok] = nWord;
    this.wordForm = init.wordForm;
    this.wordToken = new Int32Array(nWord);
    for (let t = 0; t < nTok; t++) for (let w = this.tokenWord[t]; w < this.tokenWord[t + 1]; w++) this.wordToken[w] = t;
    this.sentenceStart = Int32Array.from(init.sentenceStart);
    this.sentenceEnd = Int32Array.from(init.sentenceEnd);
    this.upos = new Uint8Array(nWord).fill(255);
    this.xpos = new Array<string>(nWord).fill('');
    this.feats = new Array<string>(nWord).fill('');
    this.lemma = new Array<string>(nWord).fill('');
    this.iob = new Array<string>(nWord).fill('O');
    this.head = new Int32Array(nWord).fill(-1);
    this.deprel = new Array<string>(nWord).fill('');
  }

  get tokenCount(): number { return this.tokenStart.length; }
  get wordCount(): number { return this.wordStart.length; }
  get sentenceCount(): number { return this.sentenceStart.length; }

  /** The span of `text` [start, end) mapped back to the original input (without whitespace at its edges:
   * the normalizer may drop a space between two tokens, e.g. before a period). */
  originalSpan(start: number, end: number): { start: number; end: number } {
    let a = this.toOriginal[start], b = this.toOriginal[end];
    if (end > start) {
      const o = this.original;
      // drop edge whitespace (and invisible marks inside it); keep invisible marks glued to the token
      let e = b;
      while (e > a && (isSpaceCode(o.charCodeAt(e - 1)) || isInvisibleCode(o.charCodeAt(e - 1)))) e--;
      while (e < b && isInvisibleCode(o.charCodeAt(e))) e++;
      b = e;
      let f = a;
      while (f < b && (isSpaceCode(o.charCodeAt(f)) || isInvisibleCode(o.charCodeAt(f)))) f++;
      while (f > a && isInvisibleCode(o.charCodeAt(f - 1))) f--;
      a = f;
    }
    return { start: a, end: b };
  }

  token(i: number): TokenView { return new TokenView(this, i); }
  word(i: number): WordView { return new WordView(this, i); }
  sentence(i: number): SentenceView { return new SentenceView(this, i); }

  *tokens(): IterableIterator<TokenView> { for (let i = 0; i < this.tokenCount; i++) yield new TokenView(this, i); }
  *words(): IterableIterator<WordView> { for (let i = 0; i < this.wordCount; i++) yield new WordView(this, i); }
  *sentences(): IterableIterator<SentenceView> { for (let i = 0; i < this.sentenceCount; i++) yield new SentenceView(this, i); }

  /** Character spans of sentences in `text`. */
  sentenceSpans(): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    for (let s = 0; s < this.sentenceCount; s++) {
      const a = this.sentenceStart[s], b = this.sentenceEnd[s];
      if (b > a) out.push({ start: this.tokenStart[a], end: this.tokenEnd[b - 1] });
    }
    return out;
  }

  toJSON(): object {
    return {
      text: this.text,
      sentences: Array.from(this.sentences(), (s) => ({
        start: s.start, end: s.end,
        tokens: Array.from(s.tokens(), (t) => t.toJSON()),
      })),
      entities: this.entities,
    };
  }
}

export class TokenView {
  readonly doc: Doc;
  readonly index: number;
  constructor(doc: Doc, index: number) { this.doc = doc; this.index = index; }
  get start(): number { return this.doc.tokenStart[this.index]; }
  get end(): number { return this.doc.tokenEnd[this.index]; }
  get text(): string { return this.doc.text.slice(this.start, this.end); }
  /** The token's characters as they were in the original input. */
  get originalText(): string { const o = this.doc.originalSpan(this.start, this.end); return this.doc.original.slice(o.start, o.end); }
  get firstWord(): number { return this.doc.tokenWord[this.index]; }
  get wordCount(): number { return this.doc.tokenWord[this.index + 1] - this.doc.tokenWord[this.index]; }
  *words(): IterableIterator<WordView> { for (let w = this.firstWord; w < this.firstWord + this.wordCount; w++) yield new WordView(this.doc, w); }
  toJSON(): object {
    const words = this.wordCount > 1 ? Array.from(this.words(), (w) => w.toJSON()) : undefined;
    const w = this.doc.word(this.firstWord);
    return words ? { text: this.text, start: this.start, end: this.end, words } : { ...w.toJSON(), text: this.text };
  }
}

export class WordView {
  readonly doc: Doc;
  readonly index: number;
  constructor(doc: Doc, index: number) { this.doc = doc; this.index = index; }
  get start(): number { return this.doc.wordStart[this.index]; }
  get end(): number { return this.doc.wordEnd[this.index]; }
  get text(): string { return this.doc.wordForm[this.index]; }
  get token(): number { return this.doc.wordToken[this.index]; }
  get upos(): Upos | '' { const u = this.doc.upos[this.index]; return u === 255 ? '' : UPOS[u]; }
  get xpos(): string { return this.doc.xpos[this.index]; }
  get feats(): string { return this.doc.feats[this.index]; }
  get lemma(): string { return this.doc.lemma[this.index]; }
  get iob(): string { return this.doc.iob[this.index]; }
  toJSON(): object {
    const o: Record<string, unknown> = { text: this.text, start: this.start, end: this.end };
    if (this.upos) o.upos = this.upos;
    if (this.xpos) o.xpos = this.xpos;
    if (this.feats) o.feats = this.feats;
    if (this.lemma) o.lemma = this.lemma;
    if (this.iob !== 'O') o.ner = this.iob;
    return o;
  }
}

export class SentenceView {
  readonly doc: Doc;
  readonly index: number;
  constructor(doc: Doc, index: number) { this.doc = doc; this.index = index; }
  get firstToken(): number { return this.doc.sentenceStart[this.index]; }
  get endToken(): number { return this.doc.sentenceEnd[this.index]; }
  get firstWord(): number { return this.doc.tokenWord[this.firstToken]; }
  get endWord(): number { return this.doc.tokenWord[this.endToken]; }
  get start(): number { return this.endToken > this.firstToken ? this.doc.tokenStart[this.firstToken] : 0; }
  get end(): number { return this.endToken > this.firstToken ? this.doc.tokenEnd[this.endToken - 1] : 0; }
  get text(): string { return this.doc.text.slice(this.start, this.end); }
  *tokens(): IterableIterator<TokenView> { for (let t = this.firstToken; t < this.endToken; t++) yield new TokenView(this.doc, t); }
  *words(): IterableIterator<WordView> { for (let w = this.firstWord; w < this.endWord; w++) yield new WordView(this.doc, w); }
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x1680;
}

function isInvisibleCode(c: number): boolean {
  return c === 0x200c || c === 0x200d || c === 0x200b || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0xad || c === 0x061c || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d);
}

export function uposIndex(tag: string): number {
  const i = (UPOS as readonly string[]).indexOf(tag);
  return i < 0 ? UPOS.length - 1 : i;
}
