// Multi-word tokens as UD Persian PerDT writes them: a host word plus an enclitic.
//   pronominal clitics  ماتمش = ماتم + ش, کتاب‌هایمان = کتاب‌های + مان, جایم = جا + یم, خانواده‌اش = خانواده‌ + اش
//   را-contraction       مرا = م + را
//   copula               اینست = این + ست, گرفتارند = گرفتار + ند
// The decision needs lexicon evidence: کاهش, پرورش, دولت, مردم are words, not host + clitic. A word is
// split only when it is not itself in the lexicon and its host is (with plural های/ان stripped), and
// the host is not a verb stem (کردم, رفتند are verbs). Forms seen in UD PerDT dev whose split the
// rules get wrong are listed in data/clitics-perdt.tsv (built by train/text-clitics.ts from dev only).
import { readFileSync } from 'node:fs';
import { lexicon, verbStems, isAdjective } from './lexicon.ts';

const ZWNJ = '\u200c';
const PRONOUNS = ['شان', 'مان', 'تان', 'ش', 'م', 'ت'];
const AFTER_VOWEL = ['یشان', 'یمان', 'یتان', 'یش', 'یم', 'یت'];
const AFTER_ZWNJ = ['اش', 'ام', 'ات'];
const MIN_HOST_FREQ = 20;

let learned: Map<string, number> | undefined;
/** PerDT-dev exceptions: form -> split offset (0 = not a multi-word token). */
function learnedSplits(): Map<string, number> {
  if (!learned) {
    learned = new Map();
    let text = '';
    try { text = readFileSync(new URL('./data/clitics-perdt.tsv', import.meta.url), 'utf8'); } catch { /* optional data */ }
    for (const l of text.split('\n')) {
      if (!l || l.startsWith('#')) continue;
      const [form, host] = l.split('\t');
      learned.set(form, host === '-' ? 0 : host.length);
    }
  }
  return learned;
}

const isVowelEnd = (s: string): boolean => s.endsWith('ا') || s.endsWith('و');

function knownHost(host: string): boolean {
  const lex = lexicon();
  const base = host.endsWith(ZWNJ) ? host.slice(0, -1) : host;
  if (base.length < 2) return false;
  if ((lex.get(base) ?? 0) >= MIN_HOST_FREQ) return true;
  // plural hosts: کتاب‌های / کارهای / دوستان
  for (const pl of ['‌های', 'های', '‌ها', 'ها', 'ان']) {
    if (base.endsWith(pl) && base.length - pl.length >= 2 && (lex.get(base.slice(0, -pl.length)) ?? 0) >= MIN_HOST_FREQ) return true;
  }
  return false;
}

/** Looks like a verb: a verb form with a personal ending would be misread as host + م/ت/ش. */
function verbLike(host: string): boolean {
  if (host.startsWith('می' + ZWNJ) || host.startsWith('نمی' + ZWNJ)) return true;
  const st = verbStems();
  if (st.has(host)) return true;
  if (host.length > 2 && (host.startsWith('ب') || host.startsWith('ن')) && st.has(host.slice(1))) return true;
  return false;
}

/** Offset at which `word` splits into host + clitic (0: one word). `word` is normalized text. */
export function cliticSplit(word: string, useLearned = true): number {
  if (useLearned) {
    const l = learnedSplits().get(word);
    if (l !== undefined) return l;
  }
  const len = word.length;
  if (len < 3) return 0;
  if (word === 'مرا') return 1;
  const lex = lexicon();
  if (lex.has(word) || verbStems().has(word)) return 0;
  // ‌اش / ‌ام / ‌ات after a ZWNJ: a noun's clitic, unless the host is a past participle (کرده‌ام)
  for (const s of AFTER_ZWNJ) {
    if (!word.endsWith(ZWNJ + s)) continue;
    const host = word.slice(0, len - s.length);
    const bare = host.slice(0, -1);
    if (bare.endsWith('ه') && verbStems().has(bare.slice(0, -1))) return 0;
    if (bare.startsWith('می' + ZWNJ) || bare.startsWith('نمی' + ZWNJ)) return 0;
    return host.length;
  }
  const last = word.charCodeAt(len - 1);
  if (last !== 0x0634 && last !== 0x0645 && last !== 0x062a && last !== 0x0646 && last !== 0x062f) return 0; // ش م ت ن د
  if (last === 0x0646 || last === 0x062f) { // -شان -مان -تان, copula -ند
    if (word.endsWith('ند')) return copulaSplit(word);
  }
  for (const s of AFTER_VOWEL) {
    if (!word.endsWith(s)) continue;
    const host = word.slice(0, len - s.length);
    if (isVowelEnd(host) && !host.endsWith('ها') && knownHost(host)) return host.length;
  }
  for (const s of PRONOUNS) {
    if (!word.endsWith(s)) continue;
    const host = word.slice(0, len - s.length);
    if (host.length < 2 || host.endsWith(ZWNJ)) continue;
    if (verbLike(host)) return 0;
    if (knownHost(host)) return host.length;
  }
  return 0;
}

/** گرفتارند = گرفتار + ند: only after an adjective that is not a verb stem. */
function copulaSplit(word: string): number {
  const host = word.slice(0, -2);
  if (host.length < 3 || verbLike(host) || !isAdjective(host)) return 0;
  return host.length;
}
