// Builds models/pos-lvc.tsv: how often a nominal right before a light verb forms a light-verb
// construction in the UD training data («تاکید کرد» yes; «آماده شد» is xcomp, «کتاب داشت» obj).
//   nominal lemma <TAB> verb lemma <TAB> times compound:lvc <TAB> times not
// and '*' as nominal for the verb's rate over all nominals (the fallback for unseen pairs).
import type { Sentence } from './pos-conllu.ts';

export function lightVerbTable(sents: Sentence[], lightVerbs: Set<string>): string {
  const counts = new Map<string, [number, number]>();
  const add = (key: string, yes: boolean): void => {
    const c = counts.get(key) ?? [0, 0];
    c[yes ? 0 : 1]++;
    counts.set(key, c);
  };
  for (const s of sents) {
    const w = s.words;
    for (let v = 1; v < w.length; v++) {
      if (w[v].upos !== 'VERB' || !lightVerbs.has(w[v].lemma)) continue;
      let n = v - 1;
      while (n > 0 && w[n].upos === 'AUX') n--;
      if (w[n].upos !== 'NOUN' && w[n].upos !== 'ADJ') continue;
      const yes = w[n].deprel === 'compound:lvc' && w[n].head === v + 1;
      add(`${w[n].lemma}\t${w[v].lemma}`, yes);
      add(`*${w[n].upos}\t${w[v].lemma}`, yes);
    }
  }
  return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, [y, n]]) => `${k}\t${y}\t${n}`).join('\n') + '\n';
}
