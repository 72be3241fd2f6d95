// Chooses the Fars News articles of a third events gold set (test/gold/events-fars-fresh): articles that no
// events rule was written from, to measure event extraction on news it has never seen with more events than
// the two earlier test halves (86 and 95 events) give.
// Run: node train/events-fars-fresh-pick.ts   (writes test/gold/events-fars-fresh/picked.txt)
//
// The first pool (train/events-fars-pick.ts: politics, world, foreign-policy, economy, 300–2,500 characters) is
// used up by test/gold/events-fars and test/gold/events-fars-train, so this pool takes what is left of the news
// sections (the same four at 2,500–3,000 characters, plus social and the provincial desks, whose news is
// officials visiting, meeting and promising), minus: every 4th record (the shipped sample corpus), every record
// of the first pool, every record another gold set read, and every record holding a Persian string that a
// test quotes (a rule may have been written from it). Shuffled with a fixed seed; positions 0, 2, 4 … are
// dev, 1, 3, 5 … test, fixed before annotation.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldText, loadFarsRecords, shuffledPool } from './events-fars-pick.ts';
import { random as rng } from './pos-perceptron.ts';

const root = new URL('../', import.meta.url);
const out = new URL('test/gold/events-fars-fresh/picked.txt', root);
const SEED = 20261125;
/** How many articles the set takes from the front of the shuffled pool. */
export const COUNT = 70;
const OTHER_SECTIONS = new Set(['politics', 'world', 'foreign-policy', 'economy', 'social', 'province', 'regional-offices']);
/** The provincial desks are named after their province. */
const NOT_NEWS = new Set(['sports', 'arts-media', 'culture', 'scientific-academic', 'farsplus-magazine', 'viewpoint', 'myfars', 'other-media']);

function readGoldDocs(): Set<number> {
  const docs = new Set<number>();
  for (const set of ['events-fars', 'events-fars-train']) {
    const text = readFileSync(new URL(`test/gold/${set}/read.txt`, root), 'utf8');
    for (const m of text.matchAll(/^\w+:\s*(.*)$/gm)) for (const d of m[1].split(/\s+/).filter(Boolean)) docs.add(Number(d));
  }
  return docs;
}

/** Persian strings of 15+ characters quoted anywhere in the tests. */
function quotedInTests(): string[] {
  const quotes: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) { if (name !== 'node_modules' && name !== 'gold') walk(p); continue; }
      if (!/\.ts$/.test(name)) continue;
      for (const m of readFileSync(p, 'utf8').matchAll(/['"`«]([^'"`«»\n]*[\u0600-\u06FF][^'"`«»\n]*)['"`»]/g)) {
        const s = m[1].trim();
        if (s.length >= 15) quotes.push(s);
      }
    }
  };
  for (const dir of ['src', 'test']) walk(fileURLToPath(new URL(dir, root)));
  return quotes;
}

function main(): void {
  const records = loadFarsRecords();
  const firstPool = new Set(shuffledPool(records));
  const read = readGoldDocs();
  const quotes = quotedInTests();
  const pool: number[] = [];
  records.forEach((r, i) => {
    const section = r.category;
    if (i % 4 === 0 || !section || NOT_NEWS.has(section) || firstPool.has(i) || read.has(i)) return;
    if (!OTHER_SECTIONS.has(section) && section.length < 4) return;
    const text = goldText(r);
    if (text.length < 300 || text.length > 3000) return;
    if (quotes.some((q) => text.includes(q))) return;
    pool.push(i);
  });
  const next = rng(SEED);
  for (let i = pool.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [pool[i], pool[j]] = [pool[j], pool[i]]; }
  const lines = ['# order\tdoc\tsplit\tcategory\tid (doc = 0-based line in fars-news.utf8.jsonl; written by train/events-fars-fresh-pick.ts)'];
  pool.slice(0, COUNT).forEach((doc, k) => lines.push(`${k}\t${doc}\t${k % 2 === 0 ? 'dev' : 'test'}\t${records[doc].category}\t${records[doc].id}`));
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`pool ${pool.length} records (${quotes.length} quoted test strings checked); first ${Math.min(COUNT, pool.length)} written to picked.txt`);
}

if (import.meta.main) main();
