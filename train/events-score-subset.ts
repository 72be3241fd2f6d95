// Scores the event extractor on parts of a gold set: the records listed in the annotators' read-<x>.txt files.
// events-fars-more is split by annotator: C+D is read for errors, E+F is validation only (figures, never errors).
// Run: node train/events-score-subset.ts [--gold DIR] c+d e+f [--errors c+d] [--drops c+d] [--sentences]
//   each group names read-<x>.txt files of the gold dir joined by «+»; --errors/--drops print the misses of one
//   group and refuse a group holding e or f (the validation half).
import { readFileSync } from 'node:fs';
import { predictGold, score, prf, printMissCauses, goldDirOf, type Drop, type Predicted } from '../eval/events.eval.ts';

const VALIDATION = new Set(['e', 'f']);

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i < 0 ? null : process.argv[i + 1] ?? null;
}

/** The record numbers a read-<x>.txt lists (lines «all: 1 2 3» or «part: …»). */
function readDocs(goldDir: URL, who: string): Set<number> {
  const text = readFileSync(new URL(`read-${who}.txt`, goldDir), 'utf8');
  const docs = new Set<number>();
  for (const line of text.split('\n')) for (const n of line.replace(/^[^:]*:/, '').match(/\d+/g) ?? []) docs.add(Number(n));
  return docs;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

async function main(): Promise<void> {
  const goldDir = goldDirOf(option('--gold') ?? 'test/gold/events-fars-more');
  const showErrors = option('--errors'), showDrops = option('--drops');
  const flagValues = new Set([option('--gold'), showErrors, showDrops]);
  const groups = process.argv.slice(2).filter((a, i, all) => /^[a-z](\+[a-z])*$/.test(a) && !(flagValues.has(a) && all[i - 1]?.startsWith('--')));
  for (const g of [showErrors, showDrops]) {
    if (g && g.split('+').some((w) => VALIDATION.has(w))) throw new Error(`${g}: the E+F half is validation, its errors are not shown`);
  }
  const all = [...new Set([...groups, showErrors, showDrops].filter((g): g is string => !!g))];
  if (!all.length) throw new Error('name at least one group, e.g. c+d e+f');
  const drops = showDrops ? new Map<number, Drop[]>() : undefined;
  const { gold, preds, secs } = await predictGold(goldDir, 'dev', drops);
  console.log(`gold ${goldDir.pathname}: ${preds.size} records in ${secs.toFixed(1)} s`);
  for (const group of all) {
    const docs = new Set<number>();
    for (const who of group.split('+')) for (const d of readDocs(goldDir, who)) docs.add(d);
    const g = gold.filter((e) => docs.has(e.doc));
    const p = new Map<number, Predicted[]>([...preds].filter(([doc]) => docs.has(doc)));
    const errors: string[] = [];
    const full = score('full', p, g, showErrors === group ? errors : undefined);
    const f = prf(full.all), ty = prf(score('type', p, g).all), a = prf(score('actor', p, g).all);
    console.log(`\n${group}: ${docs.size} records, ${g.length} gold, ${[...p.values()].reduce((n, x) => n + x.length, 0)} predicted`);
    console.log(`  type+actor+target  P ${pct(f.p)}  R ${pct(f.r)}  F1 ${pct(f.f)}   (tp ${full.all.tp} fp ${full.all.fp} fn ${full.all.fn})`);
    console.log(`  type+actor         P ${pct(a.p)}  R ${pct(a.r)}  F1 ${pct(a.f)}`);
    console.log(`  type in sentence   P ${pct(ty.p)}  R ${pct(ty.r)}  F1 ${pct(ty.f)}`);
    const types = [...full.byType].sort((x, y) => (y[1].tp + y[1].fn) - (x[1].tp + x[1].fn));
    console.log('  per type: ' + types.map(([t, c]) => `${t} ${c.tp}/${c.tp + c.fn}/${c.tp + c.fp}`).join(', ') + '  (tp/gold/pred)');
    if (errors.length) console.log(errors.map((e) => '    ' + e).join('\n'));
    if (drops && showDrops === group) printMissCauses(p, full.missed, drops);
  }
}

await main();
