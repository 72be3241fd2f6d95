// Chooses the Fars News articles of the events TRAINING/DEVELOPMENT set (test/gold/events-fars-train):
// the articles that come after the unseen-news gold set (test/gold/events-fars) in the same fixed-seed order.
// Run: node train/events-fars-train-pick.ts   (writes test/gold/events-fars-train/picked.txt)
//
// The pool and its order are train/events-fars-pick.ts's (same sections, length bounds, exclusions, seed,
// mulberry32 shuffle); the script checks that its first 80 positions are exactly that set's picked.txt, then
// lists positions 80 … end minus anything in test/gold/events-fars/read.txt. Every article here is "dev":
// the set is for development (reading its errors, learning triggers), never a measurement of unseen news.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { wordKey } from '../src/events/keys.ts';
import { random } from './pos-perceptron.ts';
import { goldText } from './events-fars-pick.ts';

const corpus = new URL('../../shared/corpora/fars-news-1500/fars-news.utf8.jsonl', import.meta.url);
const firstSet = new URL('../test/gold/events-fars/', import.meta.url);
const out = new URL('../test/gold/events-fars-train/picked.txt', import.meta.url);
const eventsSrc = new URL('../src/events/', import.meta.url);
const SEED = 20261124;
const SECTIONS = new Set(['politics', 'world', 'foreign-policy', 'economy']);
const FIRST = 80;

interface FarsRecord { id: string; lead: string | null; body: string; category: string | null }

/** Keys of the sentences quoted in the events tests (read while writing rules), as the first pick cut them. */
function quotedInTests(): string[] {
  return readdirSync(eventsSrc).filter((n) => n.endsWith('.test.ts')).flatMap((f) =>
    [...readFileSync(new URL(f, eventsSrc), 'utf8').matchAll(/run\(\s*'([^']{30,})'/g)].map((m) => wordKey(m[1]).slice(0, 30)));
}

/** The first pick's pool in its shuffled order. */
function shuffledPool(records: FarsRecord[]): number[] {
  const quoted = quotedInTests();
  const pool = records.flatMap((r, i) => {
    if (i % 4 === 0 || !r.category || !SECTIONS.has(r.category)) return [];
    const text = goldText(r);
    if (text.length < 300 || text.length > 2500) return [];
    const key = wordKey(text);
    return quoted.some((s) => key.includes(s)) ? [] : [i];
  });
  const next = random(SEED);
  for (let i = pool.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [pool[i], pool[j]] = [pool[j], pool[i]]; }
  return pool;
}

function docsOf(file: URL, pattern: RegExp): number[] {
  return readFileSync(file, 'utf8').split('\n').flatMap((l) => { const m = pattern.exec(l); return m ? m[1].split(/\s+/).filter(Boolean).map(Number) : []; });
}

function main(): void {
  const records = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FarsRecord);
  const pool = shuffledPool(records);
  const firstPicked = docsOf(new URL('picked.txt', firstSet), /^\d+\t(\d+)\t/);
  if (pool.slice(0, FIRST).join() !== firstPicked.join()) throw new Error('pool order differs from test/gold/events-fars/picked.txt (events tests changed?)');
  const firstRead = new Set(docsOf(new URL('read.txt', firstSet), /^all:\s*(.*)$/));
  const lines = ['# order\tdoc\tsplit\tcategory\tid (order = position in the first pick\'s shuffled pool; doc = 0-based line in fars-news.utf8.jsonl; written by train/events-fars-train-pick.ts)'];
  pool.forEach((doc, k) => { if (k >= FIRST && !firstRead.has(doc)) lines.push(`${k}\t${doc}\tdev\t${records[doc].category}\t${records[doc].id}`); });
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`pool ${pool.length} records; ${lines.length - 1} after position ${FIRST - 1} written to picked.txt`);
}

if (import.meta.main) main();
