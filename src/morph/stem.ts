// A light, conservative stemmer for search (index and query time).
// It only removes inflection that does not change the word: plural ها (ان/ات only when the
// remainder is a known word), ezafe/indefinite ی after a vowel, pronominal clitics, تر/ترین.
// A word found in the lexicon (other than a plural) is returned as it is, so «بهار», «کاهش», «پرورش» stay whole.
// Input is normalized text (ی ک, ZWNJ between morphemes).
import { isWord, lexicon } from './lexicon.ts';
import { readTable } from './table.ts';
import { rules, stripToKnown, type SuffixRule } from './suffix.ts';
import { analyzeVerb, isPastStem } from './verb.ts';

const ZWNJ = '\u200c';

/** Suffix chains that may follow a ZWNJ: the ZWNJ itself proves the morpheme boundary. */
const AFTER_ZWNJ = new Set([
  'ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'هاست',
  'تر', 'ترین', 'تری', 'ترها', 'ی', 'ای', 'یی',
  'ام', 'ات', 'اش', 'ایم', 'اید', 'اند', 'است', 'مان', 'تان', 'شان',
]);

// Joined suffixes (no ZWNJ), longest first; each strip must leave a lexicon word (possibly after more strips).
const JOINED: SuffixRule[] = [
  ...rules(['هایشان', 'هایتان', 'هایمان', 'هایش', 'هایت', 'هایم', 'هایی', 'های', 'ها'], 2),
  ...rules(['ترین', 'تری', 'تر', 'شان', 'تان', 'مان'], 2),
  ...rules(['یان'], 2, '', /[اوی]$/), // دانشجویان -> دانشجو
  // ات of a word in ه first: when both readings are known words, UD data favours it 17 to 3 (حملات -> حمله).
  ...rules(['گان', 'ات'], 2, 'ه'), // نمایندگان -> نماینده, ملاحظات -> ملاحظه
  ...rules(['ان', 'ات'], 2),
  ...rules(['ش', 'م', 'ت'], 3),
  ...rules(['ی'], 2, '', /[او]$/), // ezafe after a vowel: صدای -> صدا (but روستایی stays)
];

// A lexicon word marked plural only loses a plural suffix (اختلافات -> اختلاف, but اعلام stays).
const PLURAL: SuffixRule[] = [...rules(['ات'], 2, 'ه'), ...rules(['های', 'ها', 'ات'], 2)];

const PERSON_END = /(یم|ید|ند|م|ی|)$/;

/** A past stem with a person ending, a copula, a negated or می form: verbs are the lemmatizer's business. */
function isVerbForm(word: string): boolean {
  if (/^(ن?هست|نیست)(م|ی|یم|ید|ند)?$/.test(word)) return true;
  if (/^(ن?می|ن)/.test(word) && analyzeVerb(word) !== undefined) return true;
  const m = PERSON_END.exec(word);
  return m !== null && isPastStem(word.slice(0, m.index));
}

let pluralTable: Map<string, string> | undefined;

/** Plurals whose singular the suffix rules get wrong (data/plurals.tsv, learned from UD: خدمات -> خدمت). */
function plurals(): Map<string, string> {
  pluralTable ??= readTable(new URL('./data/plurals.tsv', import.meta.url));
  return pluralTable;
}

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
  const singular = plurals().get(word);
  if (singular !== undefined) return singular;
  const lex = lexicon();
  const tags = lex.get(word);
  // A known word stays whole, except a lexicon plural (اختلافات) that reduces to a known singular.
  if (tags !== undefined) return tags.includes('PL') ? stripToKnown(word, PLURAL, isWord, 1) ?? word : word;
  if (isVerbForm(word)) return word; // گفتیم, نوشت, مردم: not a noun with a clitic
  // Strip suffix chains written after a ZWNJ.
  let w = word;
  for (let z = w.lastIndexOf(ZWNJ); z >= 2 && AFTER_ZWNJ.has(w.slice(z + 1)); z = w.lastIndexOf(ZWNJ)) {
    w = w.slice(0, z);
    if (lex.has(w)) return w;
  }
  if (w.endsWith(ZWNJ)) w = w.slice(0, -1);
  return stripToKnown(w, JOINED, isWord, 3) ?? w;
}
