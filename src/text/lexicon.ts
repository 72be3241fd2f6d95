// Language data for the text core, loaded once on first use from ./data (see data/NOTICE.md).
import { readFileSync } from 'node:fs';

function readData(name: string): string {
  return readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
}

function lines(name: string): string[] {
  return readData(name).split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.length > 0);
}

/** Lines of a data file that may be absent (learned lists), without blank and # comment lines. */
export function optionalDataLines(name: string): string[] {
  try { return lines(name).filter((l) => !l.startsWith('#')); } catch { return []; }
}

let news: Set<string> | undefined;
/** Frequent news words the hazm list lacks that look like host + clitic (برجام, سایت); built by train/text-news-words.ts. */
export function newsWords(): Set<string> {
  news ??= new Set(optionalDataLines('news-words.tsv').map((l) => l.trim()));
  return news;
}

let words: Map<string, number> | undefined;
let adjectives: Set<string> | undefined;
let nouns: Set<string> | undefined;
/** Hazm/Virastyar word list: word -> corpus frequency (only words seen at least once). */
export function lexicon(): Map<string, number> {
  if (!words) {
    words = new Map();
    adjectives = new Set();
    nouns = new Set();
    for (const l of lines('lexicon.tsv')) {
      const [w, f, pos] = l.split('\t');
      words.set(w, Number(f));
      const tags = pos ? pos.split(',') : [];
      if (tags.includes('AJ')) adjectives.add(w);
      if (tags.includes('N')) nouns.add(w);
    }
  }
  return words;
}

export function wordFrequency(w: string): number { return lexicon().get(w) ?? 0; }

/** Whether the lexicon lists `w` as an adjective (among its tags). */
export function isAdjective(w: string): boolean { lexicon(); return adjectives!.has(w); }

/** Whether the lexicon lists `w` as a noun (among its tags). */
export function isNoun(w: string): boolean { lexicon(); return nouns!.has(w); }

let stems: Set<string> | undefined;
let past: Set<string> | undefined;
let present: Set<string> | undefined;
function loadStems(): void {
  stems = new Set(); past = new Set(); present = new Set();
  for (const l of lines('verbs.dat')) {
    const [p, r] = l.split('#');
    if (p) { stems.add(p); past.add(p); }
    if (r) { stems.add(r); present.add(r); }
  }
}
/** Past and present verb stems (Hazm verbs.dat, `past#present`). */
export function verbStems(): Set<string> { if (!stems) loadStems(); return stems!; }
export function pastStems(): Set<string> { if (!past) loadStems(); return past!; }
export function presentStems(): Set<string> { if (!present) loadStems(); return present!; }

let spacing: Map<string, string> | undefined;
/** Words written glued that take a ZWNJ (Parsivar spacing dictionaries): glued -> corrected. */
export function spacingFixes(): Map<string, string> {
  if (!spacing) {
    spacing = new Map();
    for (const l of lines('spacing.tsv')) {
      const [a, b] = l.split('\t');
      const fixed = b.replace(/^\u200c+|\u200c+$/g, '');
      if (a && fixed && !spacing.has(a)) spacing.set(a, fixed);
    }
  }
  return spacing;
}

let abbreviations: Set<string> | undefined;
/** Abbreviations written with periods (Hazm abbreviations.dat): ه.ش، ق.م، ج.ا.ا … */
export function abbreviationList(): Set<string> {
  if (!abbreviations) abbreviations = new Set(lines('abbreviations.dat').map((l) => l.trim()));
  return abbreviations;
}

// personal endings after a present or past stem, and the (progressive) perfect: می‌رفته، می‌رفته‌ام
const PERSON_ENDINGS = ['', 'م', 'ی', 'د', 'یم', 'ید', 'ند', 'ه', 'ه‌ام', 'ه‌ای', 'ه‌است', 'ه‌ایم', 'ه‌اید', 'ه‌اند'];
/** Whether `rest` (what follows می/نمی) is a verb form: a verb stem plus a personal ending. */
export function isVerbAfterMi(rest: string): boolean {
  const st = verbStems();
  for (const e of PERSON_ENDINGS) {
    if (rest.length <= e.length || !rest.endsWith(e)) continue;
    const stem = rest.slice(0, rest.length - e.length);
    if (stem.length >= 1 && st.has(stem)) return true;
  }
  return false;
}
