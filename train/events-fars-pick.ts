// Chooses the Fars News articles of the unseen-news events gold set (test/gold/events-fars), reproducibly.
// Run: node train/events-fars-pick.ts   (writes test/gold/events-fars/picked.txt)
//
// Pool: politics, world, foreign-policy and economy records (events are dense there) whose lead + body is
// 300–2,500 characters (every sentence is annotated, so very long articles would eat the time of several
// short ones), minus the records the product ships as its sample corpus (every 4th record, read during
// development), minus any record holding a sentence quoted in the events tests (read while writing rules).
// The pool is shuffled with a fixed seed; the split is fixed by the shuffled order before any annotation:
// positions 0, 2, 4 … are dev, 1, 3, 5 … test. Articles are annotated in that order.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { wordKey } from '../src/events/keys.ts';
import { random as rng } from './pos-perceptron.ts';

const corpus = new URL('../../shared/corpora/fars-news-1500/fars-news.utf8.jsonl', import.meta.url);
const out = new URL('../test/gold/events-fars/picked.txt', import.meta.url);
const eventsSrc = new URL('../src/events/', import.meta.url);
const SEED = 20261124;
const SECTIONS = new Set(['politics', 'world', 'foreign-policy', 'economy']);
const COUNT = 80;

interface FarsRecord { id: string; title: string; lead: string | null; body: string; category: string | null }

/** The text the gold's sentences cut: the lead, a blank line, the body (as the pipeline analyses a JSONL record). */
export function goldText(r: { lead: string | null; body: string }): string {
  const lead = r.lead?.trim();
  return lead ? `${lead}\n\n${r.body}` : r.body;
}

function testSentences(): string[] {
  const keys: string[] = [];
  for (const f of readdirSync(eventsSrc).filter((n) => n.endsWith('.test.ts'))) {
    const src = readFileSync(new URL(f, eventsSrc), 'utf8');
    for (const m of src.matchAll(/run\(\s*'([^']{30,})'/g)) keys.push(wordKey(m[1]).slice(0, 30));
  }
  return keys;
}

function main(): void {
  const records = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FarsRecord);
  const seen = testSentences();
  const pool: number[] = [];
  records.forEach((r, i) => {
    if (i % 4 === 0 || !r.category || !SECTIONS.has(r.category)) return;
    const text = goldText(r);
    if (text.length < 300 || text.length > 2500) return;
    const key = wordKey(text);
    if (seen.some((s) => key.includes(s))) return;
    pool.push(i);
  });
  const next = rng(SEED);
  for (let i = pool.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [pool[i], pool[j]] = [pool[j], pool[i]]; }
  const lines = ['# order\tdoc\tsplit\tcategory\tid (doc = 0-based line in fars-news.utf8.jsonl; written by train/events-fars-pick.ts)'];
  pool.slice(0, COUNT).forEach((doc, k) => lines.push(`${k}\t${doc}\t${k % 2 === 0 ? 'dev' : 'test'}\t${records[doc].category}\t${records[doc].id}`));
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`pool ${pool.length} records; first ${Math.min(COUNT, pool.length)} written to picked.txt`);
}

if (import.meta.main) main();
