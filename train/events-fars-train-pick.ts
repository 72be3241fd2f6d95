// Chooses the Fars News articles of the events TRAINING/DEVELOPMENT set (test/gold/events-fars-train):
// the articles that come after the unseen-news gold set (test/gold/events-fars) in the same fixed-seed order.
// Run: node train/events-fars-train-pick.ts   (writes test/gold/events-fars-train/picked.txt)
//
// The pool and its order are train/events-fars-pick.ts's (shuffledPool); the script checks that its first
// 80 positions are exactly that set's picked.txt, then lists positions 80 … end minus anything in test/gold/events-fars/read.txt. Every article here is "dev":
// the set is for development (reading its errors, learning triggers), never a measurement of unseen news.
import { readFileSync, writeFileSync } from 'node:fs';
import { COUNT as FIRST, loadFarsRecords, shuffledPool } from './events-fars-pick.ts';

const firstSet = new URL('../test/gold/events-fars/', import.meta.url);
const out = new URL('../test/gold/events-fars-train/picked.txt', import.meta.url);

function docsOf(file: URL, pattern: RegExp): number[] {
  return readFileSync(file, 'utf8').split('\n').flatMap((l) => { const m = pattern.exec(l); return m ? m[1].split(/\s+/).filter(Boolean).map(Number) : []; });
}

function main(): void {
  const records = loadFarsRecords();
  const pool = shuffledPool(records);
  const firstPicked = docsOf(new URL('picked.txt', firstSet), /^\d+\t(\d+)\t/);
  if (pool.slice(0, FIRST).join() !== firstPicked.join()) throw new Error('pool order differs from test/gold/events-fars/picked.txt (pool rule or corpus changed?)');
  const firstRead = new Set(docsOf(new URL('read.txt', firstSet), /^all:\s*(.*)$/));
  const lines = ['# order\tdoc\tsplit\tcategory\tid (order = position in the first pick\'s shuffled pool; doc = 0-based line in fars-news.utf8.jsonl; written by train/events-fars-train-pick.ts)'];
  pool.forEach((doc, k) => { if (k >= FIRST && !firstRead.has(doc)) lines.push(`${k}\t${doc}\tdev\t${records[doc].category}\t${records[doc].id}`); });
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`pool ${pool.length} records; ${lines.length - 1} after position ${FIRST - 1} written to picked.txt`);
}

if (import.meta.main) main();
