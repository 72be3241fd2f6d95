// Recognizes a conjugated verb (one to three words) from its stems: every tense, person and the
// negative prefix, in any spacing (می‌کند، میکند، می کند). Works on word keys (see keys.ts).
import { verbs } from './lexicon.ts';
import { wordKey } from './keys.ts';

export type Tense = 'past' | 'present' | 'future' | 'perfect' | 'participle';

export interface VerbForm { infinitive: string; negated: boolean; tense: Tense }

export interface VerbMatch extends VerbForm {
  start: number;
  end: number;
  /** a participle followed by «شد»: «کشته شد»، «امضا شده است» is handled by the lexicon rows */
  passive: boolean;
}

// (no second person singular «کشتی»، «خریدی»: news does not address a «you», and those forms are nouns:
// «کشتی» wrestling, «خریدی» a purchase)
const PAST_ENDINGS = ['', 'م', 'یم', 'ید', 'ند'];
const PRESENT_ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];
const PERFECT_AUX = new Set(['است', 'ام', 'ای', 'ایم', 'اید', 'اند', 'بود', 'بودم', 'بودی', 'بودیم', 'بودید', 'بودند', 'باشد', 'باشند', 'شد', 'شده']);
const FUTURE_AUX = new Map<string, boolean>();
for (const e of PRESENT_ENDINGS) { FUTURE_AUX.set(`خواه${e}`, false); FUTURE_AUX.set(`نخواه${e}`, true); }

/** word key -> possible analyses */
const FORMS = new Map<string, VerbForm[]>();
/** past stem key -> canonical infinitive (for «خواهد کرد») */
const PAST_STEMS = new Map<string, string>();

function add(form: string, v: VerbForm): void {
  const k = wordKey(form);
  const list = FORMS.get(k);
  if (!list) FORMS.set(k, [v]);
  else if (!list.some((x) => x.infinitive === v.infinitive && x.negated === v.negated && x.tense === v.tense)) list.push(v);
}

for (const { past, present, canonical } of verbs) {
  PAST_STEMS.set(wordKey(past), canonical);
  for (const neg of [false, true]) {
    const n = neg ? 'ن' : '';
    for (const e of PAST_ENDINGS) {
      add(n + past + e, { infinitive: canonical, negated: neg, tense: 'past' });
      add(`${n}می${past}${e}`, { infinitive: canonical, negated: neg, tense: 'past' });
    }
    for (const e of PRESENT_ENDINGS) {
      add(`${n}می${present}${e}`, { infinitive: canonical, negated: neg, tense: 'present' });
      add(n + present + e, { infinitive: canonical, negated: neg, tense: 'present' });
      if (!neg) add(`ب${present}${e}`, { infinitive: canonical, negated: false, tense: 'present' });
    }
    add(`${n}${past}ه`, { infinitive: canonical, negated: neg, tense: 'participle' });
    for (const aux of ['است', 'ام', 'ای', 'ایم', 'اید', 'اند', 'بود', 'بودند']) add(`${n}${past}ه${aux}`, { infinitive: canonical, negated: neg, tense: 'perfect' });
  }
}

/** Possible analyses of one word as a verb form. */
export function verbForms(word: string): VerbForm[] {
  return FORMS.get(wordKey(word)) ?? [];
}

/**
 * Reads a verb group starting at keys[i] that conjugates `infinitive` (any verb when omitted).
 * keys are word keys of one sentence.
 */
export function readVerb(keys: string[], i: number, infinitive?: string): VerbMatch | null {
  if (i >= keys.length) return null;
  const accept = (v: VerbForm) => !infinitive || v.infinitive === infinitive;
  // future: خواهد کرد / نخواهد کرد
  const fut = FUTURE_AUX.get(keys[i]);
  if (fut !== undefined && i + 1 < keys.length) {
    const inf = PAST_STEMS.get(keys[i + 1]);
    // «خواهد کرد» is the future of کردن, never «خواستن»
    if (inf) return !infinitive || inf === infinitive ? { infinitive: inf, negated: fut, tense: 'future', start: i, end: i + 2, passive: false } : null;
  }
  // «می کند» written with a space: join the prefix to the stem
  let key = keys[i], end = i + 1;
  if ((key === 'می' || key === 'نمی') && i + 1 < keys.length) { key += keys[i + 1]; end = i + 2; }
  const forms = (FORMS.get(key) ?? []).filter(accept);
  if (forms.length === 0) return null;
  const v = forms[0];
  if (v.tense === 'participle' && end < keys.length) {
    const pass = (FORMS.get(keys[end]) ?? []).find((f) => f.infinitive === 'شدن');
    if (pass) return { ...v, negated: v.negated || pass.negated, tense: pass.tense === 'participle' ? 'perfect' : pass.tense, start: i, end: end + 1, passive: true };
    // the future passive «فروخته نخواهد شد»، «امضا خواهد شد» (VOA 161: an agentless passive, not the seller's act)
    const fut = FUTURE_AUX.get(keys[end]);
    if (fut !== undefined && PAST_STEMS.get(keys[end + 1] ?? '') === 'شدن') return { ...v, negated: v.negated || fut, tense: 'future', start: i, end: end + 2, passive: true };
    if (PERFECT_AUX.has(keys[end])) return { ...v, tense: 'perfect', start: i, end: end + 1, passive: false };
  }
  return { ...v, start: i, end, passive: false };
}

/** A cheap test for "this word is probably a finite verb", for text the tagger left untagged. */
export function looksFinite(word: string): boolean {
  const k = wordKey(word);
  const forms = FORMS.get(k);
  if (forms && forms.some((f) => f.tense !== 'participle')) return true;
  if (FUTURE_AUX.has(k) || COPULAS.has(k)) return true;
  return /^(ن?می).{2,}(م|ی|د|یم|ید|ند)$/.test(k) || /.{2,}ه(است|اند|ایم|اید|ام)$/.test(k);
}

const COPULAS = new Set(['است', 'هست', 'نیست', 'بود', 'بودند', 'باشد', 'باشند', 'هستند', 'نیستند', 'اند', 'هستیم', 'بودیم'].map(wordKey));

/** Grammatical person of a finite verb form: 1 for «می‌کنم / کردیم», else 3 (or 2, unused). */
export function verbPerson(word: string): 1 | 3 {
  const k = wordKey(word);
  return /(م|یم)$/.test(k) && !/(ند|ید)$/.test(k) ? 1 : 3;
}
