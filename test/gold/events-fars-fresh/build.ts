// Builds the third Fars events gold set (dev.jsonl, test.jsonl, docs.jsonl) with the builder of
// test/gold/events-fars (same text, sentence cut and line format). Two annotators worked at once on disjoint
// articles: annotator A on picked positions 0–34 (annotations-a.txt, read-a.txt), B on 35–69 (annotations-b.txt,
// read-b.txt); this script joins their files into annotations.txt and read.txt, then builds.
// The articles are listed in picked.txt (train/events-fars-fresh-pick.ts), split fixed before annotation.
// Run: node test/gold/events-fars-fresh/build.ts
// Show an article's sentences as the annotator saw them: node test/gold/events-fars-fresh/build.ts --show <doc>
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildGold, show } from '../events-fars/build.ts';

const here = new URL('./', import.meta.url);

function join(kind: 'annotations' | 'read', header: string): void {
  const parts = ['a', 'b'].map((p) => new URL(`${kind}-${p}.txt`, here)).filter((u) => existsSync(u));
  writeFileSync(new URL(`${kind}.txt`, here), [header, ...parts.map((u) => readFileSync(u, 'utf8').trimEnd())].join('\n') + '\n');
}

const i = process.argv.indexOf('--show');
if (i >= 0) show(Number(process.argv[i + 1]));
else {
  join('annotations', '# joined from annotations-a.txt and annotations-b.txt by build.ts; edit those, not this file');
  join('read', '# joined from read-a.txt and read-b.txt by build.ts; edit those, not this file');
  buildGold(here, { label: 'events-fars-fresh gold' });
}
