// Builds src/morph/data/plurals.tsv: plural nouns and adjectives of the UD training data (PerDT dev,
// Seraji dev + test; CC BY-SA 4.0) whose singular the suffix rules of the stemmer get wrong
// (خدمات -> خدمت, not خدمه; ساعات -> ساعت). Run: node train/pos-plurals.ts
import { writeFileSync } from 'node:fs';
import { normalizedForms, PERDT_DEV, readConllu, SERAJI_DEV, SERAJI_TEST } from './pos-conllu.ts';
import { normalize } from '../src/text/index.ts';
import { stem } from '../src/morph/stem.ts';

const lemmas = new Map<string, Map<string, number>>();
for (const url of [PERDT_DEV, SERAJI_DEV, SERAJI_TEST]) {
  for (const s of normalizedForms(readConllu(url))) for (const w of s.words) {
    if (!['NOUN', 'ADJ'].includes(w.upos) || !w.feats.includes('Number=Plur')) continue;
    const lemma = normalize(w.lemma).text;
    if (!lemma || lemma === w.form) continue;
    let m = lemmas.get(w.form);
    if (!m) lemmas.set(w.form, (m = new Map()));
    m.set(lemma, (m.get(lemma) ?? 0) + 1);
  }
}
const lines: string[] = [];
for (const [form, m] of lemmas) {
  const [best] = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // only where the rules miss, and only a singular the plural starts with (not a broken plural: اوقات -> وقت)
  if (stem(form) !== best[0] && form.startsWith(best[0].slice(0, -1))) lines.push(`${form}\t${best[0]}`);
}
lines.sort();
writeFileSync(new URL('../src/morph/data/plurals.tsv', import.meta.url), lines.join('\n') + '\n');
console.log(`wrote src/morph/data/plurals.tsv (${lines.length} plurals)`);
