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
    out.lemma[i] = lemmaOf(forms, i, tags[i], r);
    if (morphology) { out.xpos[i] = r.xpos!; out.feats[i] = r.feats!; }
  }
  return out;
}

const PRON = UPOS.indexOf('PRON');

/** The reading's lemma, except that UD PerDT gives «خود» of «خودش» (خود + ش) the lemma خودش. */
function lemmaOf(forms: readonly string[], i: number, tag: number, r: Reading): string {
  return tag === PRON && forms[i] === 'خود' && i + 1 < forms.length && SELF_CLITICS.has(forms[i + 1]) ? 'خود' + forms[i + 1] : r.lemma;
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
    // as tagWords, written straight into the doc (tag indices are UPOS indices)
    const forms = doc.wordForm.slice(from, to);
    const tags = tagIndices(forms), d = tagger();
    for (let i = from; i < to; i++) {
      const k = i - from, tag = tags[k];
      const r = reading(d.memo(k) as (Reading | undefined)[], forms[k], tag, true);
      doc.upos[i] = tag < UPOS.length ? tag : -1;
      doc.xpos[i] = r.xpos!;
      doc.feats[i] = r.feats!;
      doc.lemma[i] = lemmaOf(forms, k, tag, r);
    }
    markLightVerbs(doc, from, to);
  }
}
