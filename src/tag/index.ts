// POS tagging of a Doc: UPOS by the averaged perceptron (models/pos-model.bin, loaded once, lazily),
// lemma by the lemmatizer, XPOS/FEATS as PerDT writes them, and light-verb constructions marked.
import type { Doc } from '../doc.ts';
import { UPOS } from '../doc.ts';
import { lemmatize } from '../morph/index.ts';
import { Decoder } from './decode.ts';
import { markLightVerbs } from './lvc.ts';
import { posModel, secondPassModel } from './model.ts';
import { xposAndFeats } from './morphology.ts';

let decoder: Decoder | undefined;
let secondDecoder: Decoder | null | undefined;
// Lemma and XPOS/FEATS per tag and form: the same words come back all the time in news text.
const lemmaCache: Map<string, string>[] = UPOS.map(() => new Map());
const morphCache: Map<string, { xpos: string; feats: string }>[] = UPOS.map(() => new Map());

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size > 100_000) cache.clear();
    v = make();
    cache.set(key, v);
  }
  return v;
}

function tagger(): Decoder {
  decoder ??= new Decoder(posModel());
  return decoder;
}

function secondPass(): Decoder | null {
  if (secondDecoder === undefined) { const m = secondPassModel(); secondDecoder = m && new Decoder(m); }
  return secondDecoder;
}

/** UPOS indices: the first pass, then (when its model is there) the second pass that also reads the
 * first pass's tags of the words to the right. */
export function tagIndices(forms: readonly string[]): Uint8Array {
  const first = tagger().tag(forms);
  return secondPass()?.tag(forms, undefined, '', undefined, first) ?? first;
}

export interface TaggedWords { upos: string[]; xpos: string[]; feats: string[]; lemma: string[] }

/** Tags one sentence of words (UD syntactic words); never throws on odd input. */
export function tagWords(words: readonly string[], opts: { morphology?: boolean } = {}): TaggedWords {
  const n = words.length;
  const out: TaggedWords = { upos: new Array(n), xpos: new Array(n), feats: new Array(n), lemma: new Array(n) };
  if (n === 0) return out;
  const forms = words.map((w) => (typeof w === 'string' ? w : String(w)));
  const tags = tagIndices(forms);
  for (let i = 0; i < n; i++) {
    const upos = UPOS[tags[i]], form = forms[i];
    const lemma = cached(lemmaCache[tags[i]], form, () => lemmatize(form, upos) || form);
    out.upos[i] = upos;
    out.lemma[i] = lemma;
    if (opts.morphology !== false) {
      const m = cached(morphCache[tags[i]], form, () => xposAndFeats(form, upos, lemma));
      out.xpos[i] = m.xpos;
      out.feats[i] = m.feats;
    }
  }
  // UD PerDT gives «خود» of «خودش» (خود + ش) the lemma خودش.
  for (let i = 0; i + 1 < n; i++) {
    if (forms[i] === 'خود' && out.upos[i] === 'PRON' && SELF_CLITICS.has(forms[i + 1])) out.lemma[i] = 'خود' + forms[i + 1];
  }
  return out;
}

/** The lemma to print beside a word as the input wrote it: a number keeps its own digits (12, not ۱۲). */
export function lemmaAsWritten(original: string, normalized: string, lemma: string): string {
  return lemma === normalized && original !== normalized && /^[\p{Nd}.,،٫٬/:%+-]+$/u.test(original) ? original : lemma;
}

const SELF_CLITICS = new Set(['م', 'ت', 'ش', 'مان', 'تان', 'شان']);

/** Fills doc.upos/xpos/feats/lemma for every word and marks light-verb constructions. */
export function tagDoc(doc: Doc): void {
  for (let s = 0; s < doc.sentenceCount; s++) {
    const sent = doc.sentence(s);
    const from = sent.firstWord, to = sent.endWord;
    if (to <= from) continue;
    const t = tagWords(doc.wordForm.slice(from, to));
    for (let i = from; i < to; i++) {
      const k = i - from;
      doc.upos[i] = UPOS.indexOf(t.upos[k] as never);
      doc.xpos[i] = t.xpos[k];
      doc.feats[i] = t.feats[k];
      doc.lemma[i] = t.lemma[k];
    }
    markLightVerbs(doc, from, to);
  }
}
