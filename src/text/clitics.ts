// Multi-word tokens as UD Persian PerDT writes them: a host word plus an enclitic.
//   pronominal clitics  ماتمش = ماتم + ش, کتاب‌هایمان = کتاب‌های + مان, جایم = جا + یم, خانواده‌اش = خانواده‌ + اش
//   را-contraction       مرا = م + را
//   copula               اینست = این + ست, گرفتارند = گرفتار + ند
// The decision needs lexicon evidence: کاهش, پرورش, دولت, مردم are words, not host + clitic. A word is
// split only when it is not itself in the lexicon and its host is (with plural های/ان stripped), and
// the host is not a verb stem (کردم, رفتند are verbs). Forms seen in UD PerDT dev whose split the
// rules get wrong are listed in data/clitics-perdt.tsv (built by train/text-clitics.ts from dev only).
import { memoize } from './memo.ts';
import { lexicon, verbStems, pastStems, presentStems, isAdjective, isNoun, newsWords, optionalDataLines } from './lexicon.ts';

const ZWNJ = '\u200c';
const PRONOUNS = ['شان', 'مان', 'تان', 'ش', 'م', 'ت'];
const AFTER_VOWEL = ['یشان', 'یمان', 'یتان', 'یش', 'یم', 'یت'];
const AFTER_ZWNJ = ['اش', 'ام', 'ات', 'اند', 'ایم', 'اید'];
const MIN_HOST_FREQ = 20;
/** Closed-class contractions as PerDT splits them: مرا = م + را, بدین = بد + ین (به + این). */
const CONTRACTIONS = new Map<string, number>([['مرا', 1], ['ترا', 1], ['بدین', 2], ['بدو', 2]]);

let learned: Map<string, number> | undefined;
/** PerDT-dev exceptions: form -> split offset (0 = not a multi-word token). */
function learnedSplits(): Map<string, number> {
  if (!learned) {
    learned = new Map();
    for (const l of optionalDataLines('clitics-perdt.tsv')) {
      const [form, host] = l.split('\t');
      learned.set(form, host === '-' ? 0 : host.length);
    }
  }
  return learned;
}

const isVowelEnd = (s: string): boolean => s.endsWith('ا') || s.endsWith('و');

function freq(w: string): number { return lexicon().get(w) ?? 0; }

function knownHost(host: string): boolean {
  const base = host.endsWith(ZWNJ) ? host.slice(0, -1) : host;
  if (base.length < 2) return false;
  if (freq(base) >= MIN_HOST_FREQ) return true;
  // plural hosts (کتاب‌های، کارهای، دوستان) and -ی nouns (تنهایی، زندگی) of a known word
  for (const sfx of ['‌های', 'های', '‌ها', 'ها', 'ان', 'ی', '‌ای']) {
    if (!base.endsWith(sfx) || base.length - sfx.length < 2) continue;
    const stem = base.slice(0, -sfx.length);
    if (freq(stem) >= MIN_HOST_FREQ || (sfx === 'ی' && knownHost(stem))) return true;
  }
  return false;
}

const PREFIXES = ['نمی‌', 'می‌', 'نمی', 'می', 'ب', 'ن', ''];
const PREVERBS = ['', 'باز', 'در', 'بر', 'فرو', 'فرا', 'ور'];
const PAST_ENDINGS = ['م', 'ی', 'یم', 'ید', 'ند', ''];
const PRESENT_ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];
/** A common noun (کار، سر) is also a present stem: «کارم» is read as noun + clitic, not as a verb. */
const LIGHT_VERB_STEMS = new Set(['کن', 'شو', 'ده', 'گیر', 'زن', 'کش', 'خور', 'دار', 'آور', 'یاب', 'رس', 'گذار', 'ساز', 'نما', 'بر', 'گرد', 'خواه', 'توان', 'باش']);
const isNounish = (w: string): boolean => !LIGHT_VERB_STEMS.has(w) && isNoun(w) && freq(w) >= 100000;

/** هستم، نیستیم … (the present of «to be» has no stem in the verb list) */
const BE = /^(?:ن?هست|نیست)(?:م|ی|یم|ید|ند)?$/;

/** Whether `w` is a finite verb form: (prefix) past stem + ending, or prefix/preverb + present stem + ending. */
export function isVerbForm(w: string): boolean {
  if (BE.test(w)) return true;
  const past = pastStems(), present = presentStems();
  for (const pre of PREFIXES) {
    if (!w.startsWith(pre)) continue;
    for (const pv of PREVERBS) {
      const restStart = pre.length + pv.length;
      if (pv && !w.startsWith(pv, pre.length)) continue;
      for (const e of pre ? PRESENT_ENDINGS : PAST_ENDINGS) {
        const stemLen = w.length - restStart - e.length;
        if (stemLen < 1 || !w.endsWith(e)) continue;
        const stem = w.slice(restStart, restStart + stemLen);
        if (past.has(stem) || (pre && present.has(stem))) return true;
      }
      if (!pre) {
        // present stem without a prefix: subjunctive after a light verb (تلاش کنم), formal (نماییم)
        for (const e of PRESENT_ENDINGS) {
          const stemLen = w.length - restStart - e.length;
          if (stemLen < 1 || !w.endsWith(e)) continue;
          const stem = w.slice(restStart, restStart + stemLen);
          if (present.has(stem) && (!isNounish(stem) || e.length === 2)) return true;
        }
      }
    }
  }
  return false;
}

const cachedSplit = memoize((word: string) => {
  const l = learnedSplits().get(word);
  return l !== undefined ? l : ruleSplit(word);
});

/** Offset at which `word` splits into host + clitic (0: one word). `word` is normalized text. With
 * `useLearned` false, the rules alone decide (the PerDT-dev exceptions are ignored). */
export function cliticSplit(word: string, useLearned = true): number {
  return useLearned ? cachedSplit(word) : ruleSplit(word);
}

function ruleSplit(word: string): number {
  if (word.length < 3) return 0;
  const fixed = CONTRACTIONS.get(word);
  if (fixed !== undefined) return fixed;
  // candidates first (string tests only), lexicon and verb checks only for a candidate
  const z = zwnjCliticSplit(word);
  if (z >= 0) return z > 0 && !isLexical(word) ? z : 0;
  const last = word.charCodeAt(word.length - 1);
  if (last !== 0x0634 && last !== 0x0645 && last !== 0x062a && last !== 0x0646 && last !== 0x062f) return 0; // ش م ت ن د
  const cut = hostCliticSplit(word);
  if (cut === 0 || isLexical(word) || isVerbForm(word)) return 0;
  return cut;
}

const isLexical = (w: string): boolean => lexicon().has(w) || verbStems().has(w) || newsWords().has(w);

/** ‌اش ‌ام ‌ات (pronouns) and ‌اند ‌ایم ‌اید (copula) after a ZWNJ, unless the host is a past participle
 * (کرده‌ام). -1: no such ending; 0: the ending is there but it is a verb form. */
function zwnjCliticSplit(word: string): number {
  const len = word.length;
  if (word.indexOf(ZWNJ) < 0) return -1;
  for (const s of AFTER_ZWNJ) {
    if (!word.endsWith(s) || word.charCodeAt(len - s.length - 1) !== 0x200c) continue;
    const host = word.slice(0, len - s.length);
    const bare = host.slice(0, -1);
    if (bare.endsWith('ه') && isPastParticiple(bare)) return 0;
    // perfect tense: any participle in -ده/-ته before ‌اند ‌ایم ‌اید (رنجیده‌ایم، گنجانده‌اید)
    if (s.length === 3 && (bare.endsWith('ده') || bare.endsWith('ته'))) return 0;
    if (bare.startsWith('می' + ZWNJ) || bare.startsWith('نمی' + ZWNJ)) return 0;
    return host.length;
  }
  return -1;
}

/** Host + clitic for a word ending in ش م ت ن د (0: none). */
function hostCliticSplit(word: string): number {
  const len = word.length;
  // copula ست after a vowel: خداست، اوست، دل‌هاست، کسیست
  if (word.endsWith('ست')) {
    const host = word.slice(0, -2);
    if ((isVowelEnd(host) || host.endsWith('ی') || host === 'این' || host === 'آن') && knownHost(host)) return host.length;
    return 0;
  }
  // copula ند / یم / ید after an adjective (گرفتارند، معتقدیم); یند after a vowel (کجایند)
  for (const s of ['ند', 'یم', 'ید']) {
    if (!word.endsWith(s)) continue;
    const host = word.slice(0, -s.length);
    if (s === 'ند' && host.endsWith('ی') && isVowelEnd(host.slice(0, -1)) && knownHost(host.slice(0, -1))) return host.length - 1;
    if (host.length >= 3 && !isVowelEnd(host) && isAdjective(host) && !verbStems().has(host)) return host.length;
    if (s === 'ند') return 0;
  }
  for (const s of AFTER_VOWEL) {
    if (!word.endsWith(s)) continue;
    const host = word.slice(0, len - s.length);
    if (isVowelEnd(host) && !host.endsWith('ها') && knownHost(host)) return host.length;
  }
  for (const s of PRONOUNS) {
    if (!word.endsWith(s)) continue;
    const host = word.slice(0, len - s.length);
    if (host.length < 2 || (host.endsWith(ZWNJ) && s.length === 1)) continue;
    // plural -ان reads better than a clitic when its stem is the more frequent word: چشمان = چشم + ان
    if (s.length === 3 && freq(word.slice(0, -2)) > freq(host)) return 0;
    // abstract nouns in -یت (کلیت، امنیت) are not host + ت
    if (s === 'ت' && host.endsWith('ی') && !isVowelEnd(host.slice(0, -1))) return 0;
    if (s !== 'م' && isVerbForm(host)) return host.length; // object clitic on a verb: دیدمش
    // a present stem is often a noun too (کارش، سرش، زنش); only ت after a bare verb stem stays (شوت)
    if (knownHost(host) && !(s === 'ت' && verbStems().has(host) && !isNounish(host))) return host.length;
  }
  return 0;
}

function isPastParticiple(bare: string): boolean {
  const stem = bare.slice(0, -1);
  const st = pastStems();
  if (st.has(stem)) return true;
  for (const p of ['ن', 'ب', ...PREVERBS.slice(1)]) if (stem.startsWith(p) && st.has(stem.slice(p.length))) return true;
  return false;
}
