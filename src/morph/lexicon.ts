// The Hazm word list (words that carry a POS), loaded once on first use.
// Used by the stemmer and lemmatizer to check that a stripped form is a real word,
// and by the tagger as a feature (the lexicon's coarse tags).
import { readFileSync } from 'node:fs';

let words: Map<string, string> | undefined;

/** word -> comma-separated Hazm coarse tags (N, AJ, ADV, PRO, ...). */
export function lexicon(): Map<string, string> {
  if (words) return words;
  const map = new Map<string, string>();
  const text = readFileSync(new URL('./data/words.tsv', import.meta.url), 'utf8');
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const word = line.slice(0, tab), tags = line.slice(tab + 1);
    const seen = map.get(word);
    map.set(word, seen ? `${seen},${tags}` : tags);
  }
  // Hazm writes hamza (رأی, مسأله); news text often does not (رای, مساله).
  for (const [word, tags] of [...map]) {
    if (!word.includes('أ')) continue;
    const plain = word.replace(/أ/g, 'ا');
    if (!map.has(plain)) map.set(plain, tags);
  }
  words = map;
  return map;
}

export function isWord(form: string): boolean {
  return lexicon().has(form);
}
