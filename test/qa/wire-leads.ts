// QA figure (session 3), not a test: wire texts built from Fars records that no gold set and no test quotes
// (title, blank line, lead, blank line, body: the form agencies send), read by readDocuments; prints how many
// leads and headlines come out exactly as the record has them. Run: node test/qa/wire-leads.ts [count]
// Reads ../shared (a figure script may; the product never does).
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { readDocuments } from '../../src/news/index.ts';

const root = new URL('../../', import.meta.url);
const count = Number(process.argv[2] ?? 300);
// every Fars record id that appears in a tracked file of the repository (gold sets, tests, samples)
const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 }).split('\0').filter(Boolean);
const used = new Set<string>();
for (const f of files) {
  let text = '';
  try { text = readFileSync(new URL(f, root), 'utf8'); } catch { continue; }
  for (const m of text.matchAll(/fars-[0-9]{8,}/g)) used.add(m[0]);
}
const lines = readFileSync(new URL('../shared/corpora/fars-news-1500/fars-news.utf8.jsonl', root), 'utf8').trim().split('\n');
const recs: { id: string; title: string; lead: string; body: string }[] = [];
for (let i = lines.length - 1; i >= 0 && recs.length < count; i--) {
  const r = JSON.parse(lines[i]);
  if (!used.has(r.id) && r.lead && r.lead.length > 20) recs.push(r);
}
// compare after folding letters, spaces and the agency byline that the reader takes off
const norm = (s: string | null | undefined) => (s ?? '').replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/[\s\u200c]+/g, '')
  .replace(/^خبرگزاری(فارس)?[:\-–]/, '').replace(/^فارس[:\-–]/, '');
let lead = 0, none = 0, headline = 0, read = 0;
for (const r of recs) {
  const [a] = readDocuments(new TextEncoder().encode(`${r.title}\n\n${r.lead}\n\n${r.body}\n`), { name: r.id });
  if ('error' in a) continue;
  read++;
  if (norm(a.lead) === norm(r.lead)) lead++;
  if (!a.lead) none++;
  if (norm(a.headline) === norm(r.title)) headline++;
}
console.log(`wire texts from ${recs.length} unseen Fars records (${read} read): lead exact ${lead}, no lead ${none}, headline exact ${headline}`);
