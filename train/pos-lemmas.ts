// Builds the table of analyses seen in training (models/pos-lemmas.tsv):
//   form <TAB> UPOS <TAB> lemma ('=' when the form itself) <TAB> count <TAB> XPOS <TAB> FEATS
// Lemma: the most frequent for the form and tag. XPOS/FEATS: PerDT's most frequent ('' when PerDT never
// has the form: Seraji's XPOS inventory is a different one). Seraji's verb lemmas follow other
// conventions (شد -> کرد), so verb lemmas come from PerDT only.
import type { Sentence } from './pos-conllu.ts';

function countInto(map: Map<string, Map<string, number>>, key: string, value: string): void {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  m.set(value, (m.get(value) ?? 0) + 1);
}

function best(m: Map<string, number> | undefined): [string, number] {
  let b = '', n = 0, total = 0;
  if (m) for (const [v, c] of m) { total += c; if (c > n) { b = v; n = c; } }
  return [b, total];
}

export function lemmaTable(perdt: Sentence[], seraji: Sentence[]): string {
  const lemmas = new Map<string, Map<string, number>>(), tags = new Map<string, Map<string, number>>();
  const add = (sents: Sentence[], isPerdt: boolean): void => {
    for (const s of sents) for (const w of s.words) {
      if (w.lemma === '_' || !w.form || w.lemma.includes('#')) continue;
      const key = `${w.form}\t${w.upos}`;
      if (isPerdt) countInto(tags, key, `${w.xpos}\t${w.feats === '_' ? '' : w.feats}`);
      if (!isPerdt && (w.upos === 'VERB' || w.upos === 'AUX')) continue;
      // PerDT's lemma wins a disagreement: PerDT is the convention we are measured against.
      const lemma = w.lemma.replace(/[ىي]/g, 'ی').replace(/ك/g, 'ک'); // Seraji writes some lemmas with Arabic letters
      for (let k = isPerdt ? 3 : 1; k > 0; k--) countInto(lemmas, key, lemma === w.form ? '=' : lemma);
    }
  };
  add(perdt, true);
  add(seraji, false);
  const lines: string[] = [];
  for (const key of [...new Set([...lemmas.keys(), ...tags.keys()])].sort()) {
    const [lemma, n] = best(lemmas.get(key));
    const [tag, m] = best(tags.get(key));
    lines.push(`${key}\t${lemma || '='}\t${Math.max(n, m)}\t${tag || '\t'}`);
  }
  return lines.join('\n') + '\n';
}
