// A light, conservative stemmer for search (index and query time).
// It only removes inflection that does not change the word: plural ها (ان/ات only when the
// remainder is a known word), ezafe/indefinite ی after a vowel, pronominal clitics, تر/ترین.
// A word found in the lexicon (other than a plural) is returned as it is, so «بهار», «کاهش», «پرورش» stay whole.
// Input is normalized text (ی ک, ZWNJ between morphemes).
import { lexicon } from './lexicon.ts';

const ZWNJ = '\u200c';

/** Suffix chains that may follow a ZWNJ: the ZWNJ itself proves the morpheme boundary. */
const AFTER_ZWNJ = new Set([
  'ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'هاست',
  'تر', 'ترین', 'تری', 'ترها', 'ی', 'ای', 'یی',
  'ام', 'ات', 'اش', 'ایم', 'اید', 'اند', 'است', 'مان', 'تان', 'شان',
]);

interface Strip { suffix: string; add: string; after?: RegExp; minHead: number }

// Joined suffixes (no ZWNJ), longest first; each strip must leave a lexicon word (possibly after more strips).
const JOINED: Strip[] = [
  ...['هایشان', 'هایتان', 'هایمان', 'هایش', 'هایت', 'هایم', 'هایی', 'های', 'ها'].map((suffix) => ({ suffix, add: '', minHead: 2 })),
  ...['ترین', 'تری', 'تر'].map((suffix) => ({ suffix, add: '', minHead: 2 })),
  ...['شان', 'تان', 'مان'].map((suffix) => ({ suffix, add: '', minHead: 2 })),
  { suffix: 'یان', add: '', after: /[اوی]$/, minHead: 2 }, // دانشجویان -> دانشجو
  { suffix: 'گان', add: 'ه', minHead: 2 }, // نمایندگان -> نماینده
  { suffix: 'ات', add: 'ه', minHead: 2 }, // ملاحظات -> ملاحظه
  { suffix: 'ان', add: '', minHead: 2 },
  { suffix: 'ات', add: '', minHead: 2 },
  ...['ش', 'م', 'ت'].map((suffix) => ({ suffix, add: '', minHead: 3 })),
  { suffix: 'ی', add: '', after: /[اوی]$/, minHead: 2 }, // ezafe after a vowel: صدای -> صدا
];

const cache = new Map<string, string>();

export function stem(word: string): string {
  if (word.length < 3) return word;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const out = stemUncached(word);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, out);
  return out;
}

function stemUncached(word: string): string {
  const lex = lexicon();
  const tags = lex.get(word);
  // A known word stays whole, except a lexicon plural (اختلافات) that reduces to a known singular.
  if (tags !== undefined) return tags.includes('PL') ? stripJoined(word, 1) ?? word : word;
  // Strip suffix chains written after a ZWNJ.
  let w = word;
  for (let z = w.lastIndexOf(ZWNJ); z >= 2 && AFTER_ZWNJ.has(w.slice(z + 1)); z = w.lastIndexOf(ZWNJ)) {
    w = w.slice(0, z);
    if (lex.has(w)) return w;
  }
  if (w.endsWith(ZWNJ)) w = w.slice(0, -1);
  return stripJoined(w, 3) ?? w;
}

/** The first known word reached by removing joined suffixes (at most `depth` of them). */
function stripJoined(w: string, depth: number): string | undefined {
  if (depth === 0) return undefined;
  const lex = lexicon();
  for (const s of JOINED) {
    if (!w.endsWith(s.suffix)) continue;
    const base = w.slice(0, w.length - s.suffix.length);
    if (base.length < s.minHead || (s.after && !s.after.test(base))) continue;
    const head = base + s.add;
    if (lex.has(head)) return head;
    // A nisba adjective before a plural: ایرانیان -> ایرانی (ایران + ی is known).
    if (s.suffix === 'ان' && head.endsWith('ی') && lex.has(head.slice(0, -1))) return head;
    const deeper = stripJoined(head, depth - 1);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}
