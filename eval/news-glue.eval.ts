// Headline/body split of records whose headline is glued to the body with no separator (as in the semnan
// corpus), measured on Fars articles that keep title, lead and body apart: we glue them ourselves and check
// that the reader recovers the title. No Fars record is in the news gold test split.
//   node eval/news-glue.eval.ts [--limit N] [--verbose]
// Variants: title+body (body usually opens «به گزارش …»), title+lead+body (the lead's «خبرگزاری فارس:» removed,
// so the title is glued to a plain sentence), and lead+body with no title (the reader must not invent one).
import { readFileSync } from 'node:fs';
import { parseWire } from '../src/news/structure.ts';
import { sameText } from './news-gold.ts';

const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const verbose = args.includes('--verbose');
const file = new URL('../../shared/corpora/fars-news-1500/fars-news.utf8.jsonl', import.meta.url);
const records = readFileSync(file, 'utf8').trim().split('\n').slice(0, limit).map((l) => JSON.parse(l));

const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();
const variants = {
  'title+body': { hits: 0, n: 0 },
  'title+lead+body': { hits: 0, n: 0 },
  'lead+body (no title)': { hits: 0, n: 0 },
};
for (const r of records) {
  const title = flat(r.title ?? ''), body = flat(r.body ?? '');
  const lead = flat(r.lead ?? '').replace(/^خبرگزار[يی]\s+فارس\s*:\s*/u, '');
  if (!title || !body || /[.!?؟]$/u.test(title)) continue;
  const cases: [keyof typeof variants, string, string | null][] = [['title+body', title + body, title]];
  if (lead) cases.push(['title+lead+body', title + lead + body, title], ['lead+body (no title)', lead + body, null]);
  for (const [name, text, want] of cases) {
    const got = parseWire(text).headline;
    const ok = sameText(got, want);
    variants[name].n++;
    variants[name].hits += +ok;
    if (verbose && !ok) console.log(`${r.id} ${name}: «${got}» ≠ «${want}»`);
  }
}
console.log(`glued headlines (Fars titles, leads and bodies glued with no separator; ${records.length} records)`);
for (const [name, v] of Object.entries(variants)) console.log(`  ${name.padEnd(21)} exact ${(100 * v.hits / v.n).toFixed(1)}%  (${v.hits}/${v.n})`);
