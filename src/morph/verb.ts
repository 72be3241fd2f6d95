// Verb analysis: a verb word (one UD syntactic word: «می‌گفتند», «نگفت», «گفته‌اند», «بکن», «بیاید»)
// -> its lemma as UD PerDT writes it, the past stem (گفت, کرد, آمد).
// Stems: Hazm verbs.dat and Parsivar verb_tense (past#present). Unknown present stems get the
// regular past stem (خر -> خرید).
import { readFileSync } from 'node:fs';

const ZWNJ = '\u200c';

interface StemTables { past: Set<string>; presentToPast: Map<string, string> }
let tables: StemTables | undefined;
let lemmaRank: (lemma: string) => number = () => 0;

/** How common a lemma is (e.g. its count in the training data): picks the past stem of an
 * ambiguous present stem (باش -> بود rather than باشید). Call before the first analysis. */
export function setVerbLemmaRank(rank: (lemma: string) => number): void {
  lemmaRank = rank;
  tables = undefined;
}

function stemTables(): StemTables {
  if (tables) return tables;
  const past = new Set<string>(), presentToPasts = new Map<string, string[]>();
  const add = (pastStem: string, presentStem: string): void => {
    if (!pastStem) return;
    past.add(pastStem);
    if (!presentStem) return;
    const list = presentToPasts.get(presentStem);
    if (!list) presentToPasts.set(presentStem, [pastStem]);
    else if (!list.includes(pastStem)) list.push(pastStem);
  };
  // Parsivar's list of common irregular verbs first: it wins ties over Hazm's alphabetical list.
  for (const line of readFileSync(new URL('./data/parsivar-verbs.tsv', import.meta.url), 'utf8').split('\n')) {
    const [p, r] = line.trim().split('\t');
    add(p, r ?? '');
  }
  for (const line of readFileSync(new URL('./data/verbs.dat', import.meta.url), 'utf8').split('\n')) {
    const [p, r] = line.trim().split('#');
    add(p, r ?? '');
  }
  presentToPasts.delete('است'); // «است» is its own lemma in UD Persian, handled below
  const presentToPast = new Map<string, string>();
  for (const [present, pasts] of presentToPasts) {
    let best = pasts[0];
    for (const p of pasts) if (lemmaRank(p) > lemmaRank(best)) best = p;
    presentToPast.set(present, best);
  }
  tables = { past, presentToPast };
  return tables;
}

const PREVERBS = ['در', 'بر', 'فرا', 'باز', 'فرو', 'وا'];
const PERSON = ['', 'م', 'ی', 'د', 'یم', 'ید', 'ند'];
const PERFECT = ['', 'ام', 'ای', 'است', 'ایم', 'اید', 'اند', 'ست'];
const CLITIC = ['', 'ش', 'م', 'ت', 'مان', 'تان', 'شان', 'اش', 'یش'];

/** Whether the string is a known past stem (گفت, کرد, نوشت). */
export function isPastStem(s: string): boolean {
  return s.length > 1 && stemTables().past.has(s);
}

interface Analysis { lemma: string; score: number }

/** The past stem of a verb form, or undefined when no analysis is found. */
export function analyzeVerb(form: string): string | undefined {
  if (!form) return undefined;
  const copula = copulaLemma(form);
  if (copula) return copula;
  const { past, presentToPast } = stemTables();
  let best: Analysis | undefined;
  const consider = (stem: string, isPast: boolean, bonus: number): void => {
    if (stem.length === 0) return;
    let lemma: string | undefined;
    if (isPast) {
      // Hazm lists regularized past stems in ید (گیرید, دارید) beside the real ones (گرفت, داشت):
      // the present stem's own past stem wins; otherwise a regular ید stem of a known present (رسانید).
      const regular = stem.endsWith('ید') ? presentToPast.get(stem.slice(0, -2)) : undefined;
      if (regular) lemma = regular;
      else if (past.has(stem)) lemma = stem;
    } else lemma = presentToPast.get(stem) ?? (past.has(stem) ? stem : undefined);
    if (!lemma) return;
    const rank = lemmaRank(lemma);
    const score = stem.length * 2 + bonus + (rank > 0 ? 3 + 2 * Math.min(3, Math.log10(rank + 1)) : 0);
    if (!best || score > best.score) best = { lemma, score };
  };
  for (const body of withoutPrefixes(form)) {
    for (const clitic of CLITIC) {
      if (clitic && !body.text.endsWith(clitic)) continue;
      const core = trimZwnj(body.text.slice(0, body.text.length - clitic.length));
      const penalty = body.penalty + (clitic ? 2 : 0);
      // Participle + perfect endings: گفته، گفته‌اند، گفته‌ایم
      for (const end of PERFECT) {
        const w = end ? stripEnd(core, end) : core;
        if (w === undefined || !w.endsWith('ه')) continue;
        consider(w.slice(0, -1), true, 1 - penalty);
      }
      // Finite forms: past stem + person, present stem + person
      for (const end of PERSON) {
        if (!core.endsWith(end)) continue;
        const stem = core.slice(0, core.length - end.length);
        consider(stem, true, 1 - penalty);
        consider(stem, false, -penalty);
        // Present stems ending in a vowel take a glide: گوید / گویند, آید
        if (end.startsWith('ی') && stem) consider(stem, false, -penalty);
      }
    }
  }
  return best?.lemma;
}

interface Body { text: string; penalty: number }

/** The form without verbal prefixes (ن, نمی, می, ب), each variant with a small penalty. */
function withoutPrefixes(form: string): Body[] {
  const out: Body[] = [{ text: form, penalty: 0 }];
  const push = (text: string, penalty: number): void => {
    if (text.length < 1) return;
    out.push({ text, penalty });
    // A stem that starts with ا/آ is written with ی after ب/ن: بیاید, نیامد, بیفتد
    if (text.startsWith('یا')) out.push({ text: 'آ' + text.slice(2), penalty: penalty + 1 });
    if (text.startsWith('ی')) out.push({ text: 'ا' + text.slice(1), penalty: penalty + 1 });
  };
  const starts: Body[] = [{ text: form, penalty: 0 }];
  // Preverbs: UD Persian lemmatizes «برداشته» as داشت, «درمی‌آید» as آمد.
  for (const pre of PREVERBS) if (form.length > pre.length + 1 && form.startsWith(pre)) starts.push({ text: trimZwnj(form.slice(pre.length)), penalty: 1 });
  for (const start of starts) {
    if (start.penalty) push(start.text, start.penalty);
    for (const neg of ['', 'ن']) {
      if (!start.text.startsWith(neg)) continue;
      const rest = start.text.slice(neg.length);
      const p = start.penalty + (neg ? 1 : 0);
      if (rest.startsWith('می')) push(trimZwnj(rest.slice(2)), p);
      if (neg) push(rest, p);
      if (!neg && rest.startsWith('ب')) push(rest.slice(1), p + 1);
    }
  }
  return out;
}

function copulaLemma(form: string): string | undefined {
  if (form === 'است' || form === 'ست') return 'است';
  if (/^(ن?هست|نیست)(م|ی|یم|ید|ند)?$/.test(form)) return 'هست';
  return undefined;
}

function stripEnd(word: string, end: string): string | undefined {
  if (!word.endsWith(end)) return undefined;
  return trimZwnj(word.slice(0, word.length - end.length));
}

function trimZwnj(s: string): string {
  let a = 0, b = s.length;
  while (a < b && s[a] === ZWNJ) a++;
  while (b > a && s[b - 1] === ZWNJ) b--;
  return s.slice(a, b);
}
