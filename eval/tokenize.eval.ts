// Tokenization, multi-word token and sentence-split quality against UD Persian, scored like the CoNLL 2018
// shared task (eval/conll18.ts). The raw text is the `# text` lines of a file joined by single spaces.
//   node eval/tokenize.eval.ts                 PerDT test (the published figure), PerDT dev, Seraji dev/test
//   node eval/tokenize.eval.ts --errors dev    also write error lists for PerDT dev to /tmp/rasad-tokenize-errors-dev.txt
// The multi-word-token exceptions (src/text/data/clitics-perdt.tsv) are learned from PerDT dev, so dev is
// a training figure; PerDT test is never used for anything but this score.
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeText, toConllu, UD_OPTIONS } from '../src/text/index.ts';
import { evaluate, loadConllu } from './conll18.ts';
import type { Span } from './conll18.ts';

const shared = new URL('../../shared/corpora/', import.meta.url);
const sets: [string, string][] = [
  ['PerDT test', 'ud-persian-perdt/fa_perdt-ud-test.conllu'],
  ['PerDT dev', 'ud-persian-perdt/fa_perdt-ud-dev.conllu'],
  ['Seraji dev', 'ud-persian-seraji/fa_seraji-ud-dev.conllu'],
  ['Seraji test', 'ud-persian-seraji/fa_seraji-ud-test.conllu'],
];
const errorsFor = process.argv.includes('--errors') ? process.argv[process.argv.indexOf('--errors') + 1] : undefined;

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
console.log('set           tokens F1  words F1  sentences F1   (P/R tokens; words; sentences)');
for (const [name, path] of sets) {
  let gold: string;
  try { gold = readFileSync(new URL(path, shared), 'utf8'); } catch { console.log(`${name}: not found, skipped`); continue; }
  const raw = gold.split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9)).join(' ');
  const system = toConllu(analyzeText(raw, UD_OPTIONS));
  const r = evaluate(gold, system);
  console.log(`${name.padEnd(12)}  ${pct(r.tokens.f1)}     ${pct(r.words.f1)}    ${pct(r.sentences.f1)}       ` +
    `(${pct(r.tokens.precision)}/${pct(r.tokens.recall)}; ${pct(r.words.precision)}/${pct(r.words.recall)}; ${pct(r.sentences.precision)}/${pct(r.sentences.recall)})`);
  if (errorsFor && name.toLowerCase().includes(errorsFor.toLowerCase())) writeErrors(name, gold, system, r.tokens, r.sentences);
}

function writeErrors(name: string, gold: string, system: string, tok: { missed: Span[]; extra: Span[] }, sent: { missed: Span[]; extra: Span[] }): void {
  const g = loadConllu(gold), s = loadConllu(system);
  const ctx = (sp: Span): string => `${g.chars.slice(Math.max(0, sp.start - 15), sp.start)}[${g.chars.slice(sp.start, sp.end)}]${g.chars.slice(sp.end, sp.end + 15)}`;
  const lines: string[] = [`# ${name}: token errors (gold missed | system extra)`];
  for (const sp of tok.missed) lines.push(`MISSED\t${g.chars.slice(sp.start, sp.end)}\t${ctx(sp)}`);
  for (const sp of tok.extra) lines.push(`EXTRA\t${s.chars.slice(sp.start, sp.end)}\t${ctx(sp)}`);
  lines.push('# sentence errors');
  for (const sp of sent.missed) lines.push(`SENT-MISSED\t${ctx({ start: sp.end - 1, end: sp.end })}`);
  for (const sp of sent.extra) lines.push(`SENT-EXTRA\t${ctx({ start: sp.end - 1, end: sp.end })}`);
  const file = `/tmp/rasad-tokenize-errors-${name.replace(/\s+/g, '-').toLowerCase()}.txt`;
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`  errors written to ${file}`);
}
