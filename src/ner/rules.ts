// Word lists for the news rules (src/ner/data/rules/*.txt), loaded once, and small word predicates.
import { readFileSync } from 'node:fs';
import type { Gazetteer } from './gazetteer.ts';
import { analyzeVerb } from '../morph/verb.ts';

function readWords(name: string): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(new URL(`./data/rules/${name}`, import.meta.url), 'utf8').split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) out.add(w);
  }
  return out;
}

export interface RuleWords {
  actingVerbs: Set<string>;
  placePrepositions: Set<string>;
  actorPrefixes: Set<string>;
  orgHeads: Set<string>;
  agencyCues: Set<string>;
  ownCountry: Set<string>;
  facHeads: Set<string>;
  adminHeads: Set<string>;
  orgPrefixes: Set<string>;
  strongOrgHeads: Set<string>;
  productHeads: Set<string>;
  /** words that open a generic phrase («صنعت نفت»), never a name */
  genericHeads: Set<string>;
  /** sport names between «تیم» and a club name */
  sports: Set<string>;
}

let words: RuleWords | null = null;
export function ruleWords(): RuleWords {
  words ??= {
    actingVerbs: readWords('acting-verbs.txt'),
    placePrepositions: readWords('place-prepositions.txt'),
    actorPrefixes: readWords('actor-prefixes.txt'),
    orgHeads: readWords('org-heads.txt'),
    agencyCues: readWords('agency-cues.txt'),
    ownCountry: readWords('own-country.txt'),
    facHeads: readWords('fac-heads.txt'),
    adminHeads: readWords('admin-heads.txt'),
    orgPrefixes: readWords('org-prefixes.txt'),
    strongOrgHeads: readWords('org-heads-strong.txt'),
    productHeads: readWords('product-heads.txt'),
    genericHeads: readWords('generic-heads.txt'),
    sports: readWords('sports.txt'),
  };
  return words;
}

/** Function words and frequent non-name words that never start or continue a name. */
const FUNCTION_WORDS = new Set(('و در به از که را با این آن برای تا بر هم نیز یا اما ولی چون اگر پس ' +
  'است بود شد شده کرد کرده گفت گفته می‌شود خواهد باید نه هر همه یک دو سه چند خود ما شما آنها ایشان وی او ' +
  'روز سال ماه هفته امروز دیروز فردا گذشته آینده جاری اخیر کشور کشورمان استان شهر جمهوری اسلامی ' +
  'ضمن طی پیش پس درباره علیه میان بین نزد توسط بدون برابر دیدار گفتگو تلفنی سفر سخنان گزارش ' +
  'ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر ' +
  'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند ' +
  'شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه بامداد صبح ظهر عصر شب امشب ' +
  'مذکور یادشده مزبور مربوطه متبوع فوق ' +
  'فی عن الی إلی من ما لا').split(' '));

export function isFunctionWord(w: string): boolean { return FUNCTION_WORDS.has(w); }

const LETTERS = /^[\p{L}\p{M}\u200c]+$/u;

/** Could `w` be (part of) a person's name? Letters only, not a function word nor an organization
 * head, and either seen as a name in training data or unknown to the lexicon or very rare in it. */
export function nameLike(w: string, lexicon: Map<string, string>, names: Gazetteer): boolean {
  if (!LETTERS.test(w) || FUNCTION_WORDS.has(w) || w.length < 2) return false;
  const rw = ruleWords();
  if (rw.orgHeads.has(w) || rw.facHeads.has(w) || rw.adminHeads.has(w)) return false;
  const seen = names.lookup(w);
  if (seen.some((e) => e.type === 'PER')) return true;
  if (seen.length) return false;
  // conjugated verbs are missing from the lexicon: «به میدان آمدند» is no square named «آمدند»
  if (analyzeVerb(w)) return false;
  const lex = lexicon.get(w);
  if (!lex) return true;
  const [bucket, pos] = lex.split('|');
  if (/\bV\b|PRO|CONJ|\bP\b|POSTP|NUM|DET|ADV|AJ/.test(pos)) return false;
  return Number(bucket) <= 2;
}
