// Builds the larger Fars events TRAINING set (dev.jsonl, an empty test.jsonl, docs.jsonl) with the builder of
// test/gold/events-fars (same text, sentence cut and line format). Every record is split "dev": the set is for
// development and training, never a measurement. Four annotators worked at once on disjoint parts of picked.txt
// (train/events-fars-more-pick.ts), each in annotations-<x>.txt and read-<x>.txt; this script joins every part
// into annotations.txt and read.txt, then builds.
// Run: node test/gold/events-fars-more/build.ts
// Show an article's sentences as the annotator saw them: node test/gold/events-fars-more/build.ts --show <doc>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildGold, show } from '../events-fars/build.ts';

const here = new URL('./', import.meta.url);

function join(kind: 'annotations' | 'read'): void {
  const parts = readdirSync(here).filter((f) => new RegExp(`^${kind}-[a-z]+\\.txt$`).test(f)).sort();
  const header = `# joined from ${parts.join(', ')} by build.ts; edit those, not this file`;
  writeFileSync(new URL(`${kind}.txt`, here), [header, ...parts.map((f) => readFileSync(new URL(f, here), 'utf8').trimEnd())].join('\n') + '\n');
}

const i = process.argv.indexOf('--show');
if (i >= 0) show(Number(process.argv[i + 1]));
else {
  join('annotations');
  join('read');
  buildGold(here, { label: 'events-fars-more (training set)', allDev: true });
}
