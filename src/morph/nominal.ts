// Lemmas of nouns, adjectives and other nominals, as UD PerDT writes them: plural ها/ان/ات/ین and broken
// plurals reduced to the singular, ezafe/indefinite ی and pronominal clitics removed, تر/ترین removed
// (بزرگ‌ترین -> بزرگ). Every joined strip must leave a known word, so «بهار» and «کاهش» stay whole.
import { readFileSync } from 'node:fs';
import { isWord } from './lexicon.ts';
import { rules, stripToKnown, type SuffixRule } from './suffix.ts';

const ZWNJ = '\u200c';

const AFTER_ZWNJ = new Set([
  'ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'هاست', 'هایمان',
  'تر', 'ترین', 'تری', 'ترها', 'ی', 'ای', 'یی', 'ام', 'ات', 'اش', 'ایم', 'اید', 'اند', 'است',
  'مان', 'تان', 'شان', 'ها‌ی',
]);

const JOINED: SuffixRule[] = [
  ...rules(['هایشان', 'هایتان', 'هایمان', 'هایش', 'هایت', 'هایم', 'هایی', 'های', 'ها'], 2),
  ...rules(['ترین', 'تری', 'تر', 'شان', 'تان', 'مان'], 2),
  ...rules(['یان'], 2, '', /[اوی]$/),
  ...rules(['گان', 'ات', 'یات'], 2, 'ه'), // before plain ات: UD data favours حملات -> حمله 17 to 3
  ...rules(['ان', 'ات', 'جات'], 2),
  ...rules(['ین'], 2, '', /(?<!تر)$/), // عاملین -> عامل, but بزرگترین is a superlative
  ...rules(['ش', 'م', 'ت'], 3),
  ...rules(['یی', 'ی'], 2, '', /[اوی]$/),
];
// No rule removes ی after a consonant: on unseen words it is more often part of the word (رهبری, انسانی)
// than the indefinite article (ساعتی); the seen ones come from the training table.

let broken: Map<string, string> | undefined;

function brokenPlurals(): Map<string, string> {
  if (broken) return broken;
  broken = new Map();
  for (const line of readFileSync(new URL('./data/mokasar.tsv', import.meta.url), 'utf8').split('\n')) {
    const [plural, singular] = line.trim().split('\t');
    if (plural && singular) broken.set(plural, singular);
  }
  return broken;
}

/** The nominal lemma of a cleaned form; `known` says which words may be a lemma. */
export function nominalLemma(form: string, known: (w: string) => boolean = isWord): string {
  if (form.length < 3) return form;
  const plural = brokenPlurals().get(form);
  if (plural) return singular(plural, known);
  // Ezafe ی after a vowel even on a known word: سوی -> سو, امضای -> امضا
  if (/[او]ی$/.test(form) && known(form.slice(0, -1))) return form.slice(0, -1);
  if (known(form)) return form;
  let w = form;
  for (let z = w.lastIndexOf(ZWNJ); z >= 2 && AFTER_ZWNJ.has(w.slice(z + 1)); z = w.lastIndexOf(ZWNJ)) {
    w = w.slice(0, z);
    if (known(w)) { const p = brokenPlurals().get(w); return p ? singular(p, known) : w; }
  }
  const head = stripToKnown(w, JOINED, known, 3);
  if (head !== undefined) { const p = brokenPlurals().get(head); return p ? singular(p, known) : head; }
  return w;
}

/** Parsivar writes some singulars with أ where UD and common usage write ئ (مسأله / مسئله). */
function singular(s: string, known: (w: string) => boolean): string {
  const alt = s.replace(/أ/g, 'ئ');
  return alt !== s && known(alt) ? alt : s;
}
