// Chooses the Fars News articles of a larger events TRAINING set (test/gold/events-fars-more): every news
// record that no other gold set holds, whatever it was used for before (the shipped sample corpus included:
// a training set need not be unseen). Only the test halves and the held-out fresh set must stay out.
// Run: node train/events-fars-more-pick.ts   (writes test/gold/events-fars-more/picked.txt)
//
// Sections and length as the fresh set's pool (news desks, 300–3,000 characters); shuffled with a fixed seed so
// that annotators working in picked order cover the sections evenly. Every record is split "dev".
import { readFileSync, writeFileSync } from 'node:fs';
import { goldText, loadFarsRecords, shuffled } from './events-fars-pick.ts';

const root = new URL('../', import.meta.url);
const out = new URL('test/gold/events-fars-more/picked.txt', root);
const SEED = 20261126;
const NOT_NEWS = new Set(['sports', 'arts-media', 'culture', 'scientific-academic', 'farsplus-magazine', 'viewpoint', 'myfars', 'other-media']);

/** Every record another Fars gold set lists (picked, whether or not read). */
function otherGoldDocs(): Set<number> {
  const docs = new Set<number>();
  for (const set of ['events-fars', 'events-fars-train', 'events-fars-fresh']) {
    for (const line of readFileSync(new URL(`test/gold/${set}/picked.txt`, root), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      docs.add(Number(line.split('\t')[1]));
    }
  }
  return docs;
}

function main(): void {
  const records = loadFarsRecords();
  const taken = otherGoldDocs();
  const pool: number[] = [];
  records.forEach((r, i) => {
    if (taken.has(i) || !r.category || NOT_NEWS.has(r.category)) return;
    const n = goldText(r).length;
    if (n >= 300 && n <= 3000) pool.push(i);
  });
  const lines = ['# order\tdoc\tsplit\tcategory\tid (doc = 0-based line in fars-news.utf8.jsonl; written by train/events-fars-more-pick.ts)'];
  shuffled(pool, SEED).forEach((doc, k) => lines.push(`${k}\t${doc}\tdev\t${records[doc].category}\t${records[doc].id}`));
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`pool ${pool.length} records written to picked.txt`);
}

if (import.meta.main) main();
