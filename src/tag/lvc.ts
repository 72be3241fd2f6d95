// Light-verb constructions («تاکید کرد», «دیدار خواهد کرد»): the nominal right before a light verb
// (auxiliaries in between allowed) gets deprel compound:lvc and the verb as its head, as in UD Persian.
import { readFileSync } from 'node:fs';
import type { Doc } from '../doc.ts';
import { UPOS } from '../doc.ts';

let lightVerbs: Set<string> | undefined;

function lightVerbLemmas(): Set<string> {
  if (lightVerbs) return lightVerbs;
  lightVerbs = new Set();
  for (const line of readFileSync(new URL('./data/light-verbs.txt', import.meta.url), 'utf8').split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) { lightVerbs.add(w); lightVerbs.add(w + 'ن'); }
  }
  return lightVerbs;
}

const VERB = UPOS.indexOf('VERB'), AUX = UPOS.indexOf('AUX'), NOUN = UPOS.indexOf('NOUN'), ADJ = UPOS.indexOf('ADJ');

/** Marks light-verb constructions in words [from, to) of a tagged doc. */
export function markLightVerbs(doc: Doc, from: number, to: number): void {
  const light = lightVerbLemmas();
  for (let v = from + 1; v < to; v++) {
    const isVerb = doc.upos[v] === VERB || (doc.upos[v] === NOUN && doc.lemma[v].endsWith('ن'));
    if (!isVerb || !light.has(doc.lemma[v])) continue;
    let n = v - 1;
    while (n > from && doc.upos[n] === AUX) n--;
    if ((doc.upos[n] === NOUN || doc.upos[n] === ADJ) && doc.head[n] < 0) {
      doc.head[n] = v;
      doc.deprel[n] = 'compound:lvc';
    }
  }
}
