// Builds the news NER gold set test/gold/ner-news/gold.jsonl from the hand annotations
// (test/gold/ner-news/annotations.txt: entity names per article, see GUIDELINES.md) and the article
// texts of semnan-persian-news (MIT). Every whole-word occurrence of an annotated name is a mention
// (longer names first; "@k,m" keeps only those occurrences). Matching is done on normalized text and
// the offsets are stored against the ORIGINAL article text, so they survive normalizer changes.
// Split: every third article (1st, 4th, …) is dev (rules may be looked at on it), the rest test.
// Run: node train/ner-news-gold.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { normalize } from '../src/text/index.ts';

const GOLD = new URL('../test/gold/ner-news/', import.meta.url);
const CORPUS = new URL('../../shared/corpora/semnan-persian-news/news_data.utf8.jsonl', import.meta.url);

interface Annotation { surface: string; type: string; ref?: string; occurrences?: Set<number> }

const texts = new Map<number, string>();
for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { id: number; text: string };
  texts.set(r.id, r.text);
}

const articles: { id: number; anns: Annotation[] }[] = [];
for (const line of readFileSync(new URL('annotations.txt', GOLD), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const head = /^=== (\d+)$/.exec(line);
  if (head) { articles.push({ id: Number(head[1]), anns: [] }); continue; }
  const [surface, type, ...rest] = line.split('|');
  const ann: Annotation = { surface, type };
  for (const r of rest) {
    if (r.startsWith('@')) ann.occurrences = new Set(r.slice(1).split(',').map(Number));
    else if (r) ann.ref = `country:${r}`;
  }
  articles.at(-1)!.anns.push(ann);
}

const WORD = /[\p{L}\p{M}\p{N}\u200c]/u;
const out: string[] = [];
let mentions = 0;
articles.forEach(({ id, anns }, index) => {
  const original = texts.get(id);
  if (original === undefined) throw new Error(`annotations.txt: article ${id} is not in the corpus`);
  const { text, toOriginal } = normalize(original);
  const taken = new Uint8Array(text.length);
  const entities: { start: number; end: number; type: string; text: string; ref?: string }[] = [];
  const sorted = [...anns].sort((a, b) => b.surface.length - a.surface.length);
  for (const a of sorted) {
    const needle = normalize(a.surface).text;
    let from = 0, k = 0, found = 0;
    for (;;) {
      const at = text.indexOf(needle, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + needle.length;
      if ((at > 0 && WORD.test(text[at - 1])) || (end < text.length && WORD.test(text[end]))) continue;
      let free = true;
      for (let i = at; i < end; i++) if (taken[i]) { free = false; break; }
      if (!free) continue;
      k++;
      if (a.occurrences && !a.occurrences.has(k)) continue;
      taken.fill(1, at, end);
      const start = toOriginal[at], stop = toOriginal[end];
      entities.push({ start, end: stop, type: a.type, text: original.slice(start, stop), ...(a.ref ? { ref: a.ref } : {}) });
      found++;
    }
    if (!found) console.warn(`article ${id}: «${a.surface}» not found`);
  }
  entities.sort((x, y) => x.start - y.start);
  mentions += entities.length;
  out.push(JSON.stringify({ id, split: index % 3 === 0 ? 'dev' : 'test', text: original, entities }));
});
writeFileSync(new URL('gold.jsonl', GOLD), out.join('\n') + '\n');
console.log(`gold.jsonl: ${articles.length} articles, ${mentions} mentions`);
