// Builds src/text/data/news-words.tsv: words of news text that the clitic rules would split but that are
// words of their own — acronyms and names the lexicon lacks («برجام» is not «برجا» + «م»). Evidence is
// corpus frequency: the whole form is frequent (≥ 5) and at least ten times as frequent as its would-be host
// (copulas after adjectives and ZWNJ-marked endings excluded: those are real splits even when frequent),
// whereas a real host + clitic (کتابش) is always rarer than its host (کتاب). Counts come from the Fars
// and Semnan news corpora (training material only; no UD test text).
import { readFileSync, writeFileSync } from 'node:fs';
import { normalize } from '../src/text/index.ts';
import { cliticSplit } from '../src/text/clitics.ts';

const shared = new URL('../../shared/corpora/', import.meta.url);
const texts: string[] = [];
for (const line of readFileSync(new URL('fars-news-1500/fars-news.utf8.jsonl', shared), 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line) as { title?: string; lead?: string; body?: string };
  texts.push([r.title, r.lead, r.body].filter(Boolean).join('\n'));
}
for (const line of readFileSync(new URL('semnan-persian-news/news_data.utf8.jsonl', shared), 'utf8').split('\n')) {
  if (line) texts.push((JSON.parse(line) as { text: string }).text);
}

const freq = new Map<string, number>();
for (const t of texts) {
  for (const w of normalize(t).text.split(/[^\p{L}\p{M}\u200c]+/u)) if (w) freq.set(w, (freq.get(w) ?? 0) + 1);
}
const words: string[] = [];
for (const [w, n] of freq) {
  if (n < 5) continue;
  const cut = cliticSplit(w, false);
  if (cut === 0) continue;
  const host = w.slice(0, cut).replace(/\u200c$/, '');
  // ZWNJ-marked endings and copulas are real splits even when frequent (آنهاست، امیدوارم: a first-person
  // copula is common in quotes, yet its host still occurs on its own)
  if (w.includes('\u200c') || w.endsWith('ست')) continue;
  if (n >= 10 * Math.max(1, freq.get(host) ?? 0)) words.push(w);
}
words.sort();
writeFileSync(new URL('../src/text/data/news-words.tsv', import.meta.url),
  `# Words of news text the clitic rules would split but that are words of their own (built by train/text-news-words.ts\n# from the Fars News (CC BY 4.0) and Semnan (MIT) corpora: word frequencies only).\n${words.join('\n')}\n`);
console.log(`${words.length} words`, words.slice(0, 60).join(' '));
