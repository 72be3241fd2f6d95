// POS tagging of a Doc: UPOS by the averaged perceptron (models/pos-model.bin, loaded once, lazily),
// lemma by the lemmatizer, XPOS/FEATS as PerDT writes them, and light-verb constructions marked.
import type { Doc } from '../doc.ts';
import { UPOS } from '../doc.ts';
import { lemmatize, loadMorphology } from '../morph/index.ts';
import { Decoder } from './decode.ts';
import { markLightVerbs } from './lvc.ts';
import { posModel } from './model.ts';
import { xposAndFeats } from './morphology.ts';

let decoder: Decoder | undefined;

/** Lemma and XPOS/FEATS of a form under one tag. */
interface Reading { lemma: string; xpos?: string; feats?: string }

/** The reading of a form under a tag, kept by tag index in the form's decoder entry (`byTag`): the same
 * words come back all the time in news text. */
function reading(byTag: (Reading | undefined)[], form: string, tag: number, morphology: boolean): Reading {
  let r = byTag[tag];
  if (!r) byTag[tag] = r = { lemma: lemmatize(form, UPOS[tag]) || form };
  if (morphology && r.xpos === undefined) {
    const m = xposAndFeats(form, UPOS[tag], r.lemma);
    r.xpos = m.xpos;
    r.feats = m.feats;
  }
  return r;
}

/** Loads the model and every table tagging reads (otherwise each loads on first use). */
export function loadTagger(): void {
  tagger();
  loadMorphology();
  tagWords(['بار', 'اول']); // the lexicon, clusters and names of the features
}

/** Forgets the words seen so far (the next text is tagged as new text: benchmarks, memory). */
export function clearTaggerCaches(): void {
  decoder?.clearCache();
}

function tagger(): Decoder {
  decoder ??= new Decoder(posModel());
  return decoder;
}

/** UPOS indices of one sentence of words. */
export function tagIndices(forms: readonly string[]): Uint8Array {
  return tagger().tag(forms);
}

export interface TaggedWords { upos: string[]; xpos: string[]; feats: string[]; lemma: string[] }

/** Tags one sentence of words (UD syntactic words); never throws on odd input. */
export function tagWords(words: readonly string[], opts: { morphology?: boolean } = {}): TaggedWords {
  const n = words.length;
  const out: TaggedWords = { upos: new Array(n), xpos: new Array(n), feats: new Array(n), lemma: new Array(n) };
  if (n === 0) return out;
  const forms = words.map((w) => (typeof w === 'string' ? w : String(w)));
  const tags = tagIndices(forms), d = tagger();
  const morphology = opts.morphology !== false;
  for (let i = 0; i < n; i++) {
    const r = reading(d.memo(i) as (Reading | undefined)[], forms[i], tags[i], morphology);
    out.upos[i] = UPOS[tags[i]];
    out.lemma[i] = r.lemma;
    if (morphology) { out.xpos[i] = r.xpos!; out.feats[i] = r.feats!; }
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
