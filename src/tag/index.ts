// POS tagging of a Doc: UPOS by the averaged perceptron (models/pos-model.bin, loaded once, lazily),
// lemma by the lemmatizer, XPOS/FEATS as PerDT writes them, and light-verb constructions marked.
import type { Doc } from '../doc.ts';
import { UPOS } from '../doc.ts';
import { lemmatize } from '../morph/index.ts';
import { Decoder } from './decode.ts';
import { markLightVerbs } from './lvc.ts';
import { posModel } from './model.ts';
import { xposAndFeats } from './morphology.ts';

let decoder: Decoder | undefined;

function tagger(): Decoder {
  decoder ??= new Decoder(posModel());
  return decoder;
}

export interface TaggedWords { upos: string[]; xpos: string[]; feats: string[]; lemma: string[] }

/** Tags one sentence of words (UD syntactic words); never throws on odd input. */
export function tagWords(words: readonly string[], opts: { morphology?: boolean } = {}): TaggedWords {
  const n = words.length;
  const out: TaggedWords = { upos: new Array(n), xpos: new Array(n), feats: new Array(n), lemma: new Array(n) };
  if (n === 0) return out;
  const tags = tagger().tag(words.map((w) => (typeof w === 'string' ? w : String(w))));
  for (let i = 0; i < n; i++) {
    const upos = UPOS[tags[i]];
    const lemma = lemmatize(words[i], upos) || words[i];
    out.upos[i] = upos;
    out.lemma[i] = lemma;
    if (opts.morphology !== false) {
      const m = xposAndFeats(words[i], upos, lemma);
      out.xpos[i] = m.xpos;
      out.feats[i] = m.feats;
    }
  }
  return out;
}

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
