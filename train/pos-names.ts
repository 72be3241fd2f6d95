// Builds src/tag/data/names.tsv: words that are mostly part of names in ParsTwiNER train + dev (MIT),
// with the entity type they most often belong to. A POS feature: PerDT tags names PROPN, and the
// UD training data alone has too few of them. Run: node train/pos-names.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { SHARED } from './pos-conllu.ts';

const inName = new Map<string, Map<string, number>>(), total = new Map<string, number>();
for (const split of ['train.txt', 'dev.txt']) {
  for (const line of readFileSync(new URL(`parstwiner/${split}`, SHARED), 'utf8').split('\n')) {
    const [word, tag] = line.trim().split('\t');
    if (!word || !tag) continue;
    total.set(word, (total.get(word) ?? 0) + 1);
    if (tag === 'O') continue;
    const type = tag.slice(2);
    let m = inName.get(word);
    if (!m) inName.set(word, (m = new Map()));
    m.set(type, (m.get(type) ?? 0) + 1);
  }
}
const lines: string[] = [];
for (const [word, m] of inName) {
  let n = 0, best = '', bestN = 0;
  for (const [t, c] of m) { n += c; if (c > bestN) { best = t; bestN = c; } }
  // mostly a name, and a Persian or Latin word (not punctuation or digits)
  if (n * 2 >= (total.get(word) ?? 0) && /\p{L}{2}/u.test(word)) lines.push(`${word}\t${best}`);
}
lines.sort();
writeFileSync(new URL('../src/tag/data/names.tsv', import.meta.url), lines.join('\n') + '\n');
console.log(`wrote src/tag/data/names.tsv (${lines.length} words)`);
