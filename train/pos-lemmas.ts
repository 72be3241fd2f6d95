// Builds the form -> lemma table (models/pos-lemmas.tsv) from UD training sentences.
// Seraji's verb lemmas follow other conventions (شد -> کرد), so verbs are learned from PerDT only.
import type { Sentence } from './pos-conllu.ts';

export function lemmaTable(perdt: Sentence[], seraji: Sentence[]): string {
  const counts = new Map<string, number>();
  const add = (sents: Sentence[], verbs: boolean): void => {
    for (const s of sents) for (const w of s.words) {
      if (w.lemma === '_' || !w.form) continue;
      if (!verbs && (w.upos === 'VERB' || w.upos === 'AUX')) continue;
      const key = `${w.form}\t${w.upos}\t${w.lemma === w.form ? '=' : w.lemma}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  };
  add(perdt, true);
  add(seraji, false);
  // keep the most frequent lemma per form and tag
  const best = new Map<string, [string, number]>();
  for (const [key, n] of counts) {
    const cut = key.lastIndexOf('\t');
    const ft = key.slice(0, cut);
    const b = best.get(ft);
    if (!b || n > b[1]) best.set(ft, [key.slice(cut + 1), n]);
  }
  const lines: string[] = [];
  for (const [ft, [lemma, n]] of [...best].sort((a, b) => (a[0] < b[0] ? -1 : 1))) lines.push(`${ft}\t${lemma}\t${n}`);
  return lines.join('\n') + '\n';
}
