// Inter-annotator agreement on the fresh Fars events set: each annotator blind-annotated five of the other's
// articles (second-a.txt: B's positions 35–39; second-b.txt: A's positions 0–4), compared with the first
// annotation by the rule of eval/events.eval.ts (test/gold/events-fars/second/agree.ts's compare).
// Article 1102 is left out: annotator A saw one of B's lines for it before writing (notes-a.md).
// Run: node test/gold/events-fars-fresh/agree.ts
import { readFileSync } from 'node:fs';
import { compare, readAnnotations, type Annotation, type Counts } from '../events-fars/second/agree.ts';

const here = new URL('./', import.meta.url);
const EXCLUDED = new Set([1102]);

function sampleOf(file: string): Set<number> {
  const m = /^#\s*all:\s*(.*)$/m.exec(readFileSync(new URL(file, here), 'utf8'));
  if (!m) throw new Error(`${file}: no «# all:» line`);
  return new Set(m[1].split(/\s+/).filter(Boolean).map(Number).filter((d) => !EXCLUDED.has(d)));
}

const f1 = (c: Counts) => (c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0);
const all: Record<string, Counts> = {};
let first: Annotation[] = [], second: Annotation[] = [];
for (const [secondFile, firstFile] of [['second-a.txt', 'annotations-b.txt'], ['second-b.txt', 'annotations-a.txt']]) {
  const docs = sampleOf(secondFile);
  first = first.concat(readAnnotations(new URL(firstFile, here), docs));
  second = second.concat(readAnnotations(new URL(secondFile, here), docs));
  console.log(`${secondFile} vs ${firstFile}: articles ${[...docs].join(' ')}`);
}
console.log(`events: first ${first.length}, second ${second.length}`);
for (const level of ['full', 'actor', 'type'] as const) {
  all[level] = compare(level, first, second).all;
  const c = all[level];
  console.log(`  ${level.padEnd(6)} F1 ${(100 * f1(c)).toFixed(1)}  (both ${c.tp}, first only ${c.fn}, second only ${c.fp})`);
}
