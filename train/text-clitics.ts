// Builds src/text/data/clitics-perdt.tsv: the surface forms of UD Persian PerDT **dev** whose multi-word-token
// split (host + clitic) the rules in src/text/clitics.ts get wrong, with the split PerDT uses (majority of
// its occurrences). Never reads a test file.   node train/text-clitics.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { cliticSplit } from '../src/text/clitics.ts';
import { normalize } from '../src/text/normalize.ts';

const dev = new URL('../../shared/corpora/ud-persian-perdt/fa_perdt-ud-dev.conllu', import.meta.url);
const lines = readFileSync(dev, 'utf8').split('\n');
// form -> (gold split offset -> count)
const seen = new Map<string, Map<number, number>>();
for (let i = 0; i < lines.length; i++) {
  const c = lines[i].split('\t');
  if (c.length < 10 || lines[i].startsWith('#') || c[0].includes('.')) continue;
  let form = c[1], cut = 0;
  if (c[0].includes('-')) {
    const [a, b] = c[0].split('-').map(Number);
    const words = lines.slice(i + 1, i + 2 + b - a).map((l) => l.split('\t'));
    i += b - a + 1;
    const lastWord = words[words.length - 1];
    if (lastWord[3] === 'PUNCT') { form = form.slice(0, form.length - lastWord[1].length); words.pop(); }
    if (words.length !== 2) continue; // host + clitic only
    cut = words[0][1].length;
  }
  if (!/^[\u0600-\u06ff\u200c]+$/.test(form)) continue;
  const norm = normalize(form, { joinSpaced: false }).text;
  if (norm.length !== form.length) continue; // offsets would not carry over
  let m = seen.get(norm);
  if (!m) seen.set(norm, (m = new Map()));
  m.set(cut, (m.get(cut) ?? 0) + 1);
}
const out: string[] = ['# form<TAB>host (or - for one word): PerDT dev forms the rules in clitics.ts split differently; built by train/text-clitics.ts'];
for (const [form, counts] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const best = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  if (cliticSplit(form, false) === best) continue;
  out.push(`${form}\t${best === 0 ? '-' : form.slice(0, best)}`);
}
writeFileSync(new URL('../src/text/data/clitics-perdt.tsv', import.meta.url), out.join('\n') + '\n');
console.log(`${out.length - 1} exceptions written`);
