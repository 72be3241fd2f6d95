// Stopwords (Hazm + Lucene/Savoy + our agency-copy words), folded to Persian letters, loaded once.
import { readFileSync } from 'node:fs';
import { foldLetters } from './fold.ts';

let words: Set<string> | undefined;

export function stopwords(): Set<string> {
  if (words) return words;
  const set = new Set<string>();
  for (const f of ['hazm.txt', 'lucene-savoy.txt', 'news.txt']) {
    for (const line of readFileSync(new URL(`./data/stopwords/${f}`, import.meta.url), 'utf8').split('\n')) {
      const w = line.trim();
      if (w && !w.startsWith('#')) set.add(foldLetters(w));
    }
  }
  words = set;
  return set;
}
