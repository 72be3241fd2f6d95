// Light-verb constructions («تاکید کرد», «دیدار خواهد کرد»): the nominal right before a light verb
// (auxiliaries in between allowed) gets deprel compound:lvc and the verb as its head, as in UD Persian.
import { readFileSync } from 'node:fs';
import type { Doc } from '../doc.ts';
import { UPOS } from '../doc.ts';

let lightVerbs: Set<string> | undefined;
let pairs: Map<string, [number, number]> | undefined;

/** How often (nominal lemma, verb lemma) formed a light-verb construction in training; '*NOUN'/'*ADJ'
 * as nominal give the verb's rate for unseen nominals (models/pos-lvc.tsv). */
function pairCounts(): Map<string, [number, number]> {
  if (pairs) return pairs;
  pairs = new Map();
  let text = '';
  try { text = readFileSync(new URL('../../models/pos-lvc.tsv', import.meta.url), 'utf8'); } catch { /* none: every pair counts */ }
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    if (c.length === 4) pairs.set(c[0] + '\t' + c[1], [Number(c[2]), Number(c[3])]);
  }
  return pairs;
}

/** Whether the nominal and the verb read as one predicate: by the pair's record, else the verb's rate. */
function formsConstruction(nominal: string, nominalTag: string, verb: string): boolean {
  const p = pairCounts();
  const seen = p.get(nominal + '\t' + verb) ?? p.get('*' + nominalTag + '\t' + verb);
  return seen === undefined ? p.size === 0 : seen[0] >= seen[1];
}

export function lightVerbLemmas(): Set<string> {
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
    if ((doc.upos[n] === NOUN || doc.upos[n] === ADJ) && doc.head[n] < 0 &&
      formsConstruction(doc.lemma[n], doc.upos[n] === NOUN ? 'NOUN' : 'ADJ', doc.lemma[v])) {
      doc.head[n] = v;
      doc.deprel[n] = 'compound:lvc';
    }
  }
}
