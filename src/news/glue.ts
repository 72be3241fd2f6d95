// Finding where two words were glued together when a headline was pasted onto the body with no separator
// («…در آستانه دربی تهرانرئیس پلیس فتا …», «…تصویب شدغلامرضا …», «…پایان می‌یابدمهلت …»): a token that is no
// word but splits into two words, with evidence that a sentence starts at the split.
import { readFileSync } from 'node:fs';
import { isWord } from '../morph/lexicon.ts';
import { analyzeVerb } from '../morph/verb.ts';

// Words that open a lead sentence; they make a split trustworthy even when the left part is a rare name.
const LEAD_OPENERS = new Set<string>(JSON.parse(readFileSync(new URL('./data/lead-openers.json', import.meta.url), 'utf8')).words);
// Headlines usually end in a finite verb: a left part ending so is a safe place to cut.
const VERB_END = /(?:شد|شدند|کرد|کردند|است|داد|دادند|دارد|دارند|کند|کنند|شود|شوند|یافت|رسید|گرفت|نیست|کنیم|داریم|بود|گفت|رود|یابد|آید|آیند|ماند|ماند|گیرد|دهد|دهند|رسد|نشد|نمی‌شود|هستند|هستیم|هستم|باشد|باشند|باشیم|نداریم|ندارد|گذشت|ساخت|کشاند|خواند|انداخت|افتاد|پیوست|زد)$/u;
const SUFFIXES = ['های', 'ها', 'ی', 'ان', 'یان', 'گان', 'ات', 'ای', 'تر', 'ترین', 'ش', 'شان', 'مان', 'تان', 'م', 'یم', 'ید', 'ند', 'د'];
const ZWNJ_PARTS = /^(?:می|نمی|ها|های|ای|تر|ترین|اند|ایم|است|ام|ات|اش|شان|مان|تان|ی)$/u;

// Word forms seen in the UD Persian treebanks (models/pos-lemmas.tsv: form, upos, lemma, count, …): the Hazm
// list lacks many everyday news words («تیم», «سخنگوی», «محققان»). First names of people named in ParsTwiNER
// (models/ner-names.tsv) make «حمیدرضا»/«سیدمهران» recognisable as a name that opens a lead.
let forms: Set<string> | undefined;
let nonVerbs: Set<string> | undefined;
let firstNames: Set<string> | undefined;
function loadModels(): void {
  forms = new Set();
  nonVerbs = new Set();
  firstNames = new Set();
  const verbs = new Set<string>();
  try {
    for (const line of readFileSync(new URL('../../models/pos-lemmas.tsv', import.meta.url), 'utf8').split('\n')) {
      const [form, upos] = line.split('\t');
      if (form && /^\p{L}[\p{L}\u200C]+$/u.test(form) && upos !== 'PUNCT') {
        forms.add(form);
        if (upos === 'VERB' || upos === 'AUX') verbs.add(form);
      }
    }
    for (const f of forms) if (!verbs.has(f)) nonVerbs.add(f);
  } catch { /* no tagger model: the Hazm list alone */ }
  try {
    const counts = new Map<string, number>();
    for (const line of readFileSync(new URL('../../models/ner-names.tsv', import.meta.url), 'utf8').split('\n')) {
      const [name, type] = line.split('\t');
      const first = name?.split(' ')[0];
      if (type === 'PER' && first && /^[\u0600-\u06FF]{3,}$/u.test(first) && !SUFFIXES.includes(first)) counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    for (const [n, c] of counts) if (c >= 2) firstNames.add(n);
  } catch { /* no NER model */ }
}
function seenForm(w: string): boolean {
  if (!forms) loadModels();
  return forms!.has(w);
}
function seenNonVerb(w: string): boolean {
  if (!nonVerbs) loadModels();
  return nonVerbs!.has(w);
}
/** A first name of people named in ParsTwiNER («حمید», «مسعود»). */
export function isFirstName(w: string): boolean {
  if (!firstNames) loadModels();
  return firstNames!.has(w);
}

function plainWord(w: string): boolean {
  return isWord(w) || seenForm(w);
}

function known(w: string): boolean {
  if (plainWord(w) || /^(?:شد|کرد|است|داد|بود|گفت|رسید|یافت|ماند)$/u.test(w)) return true;
  for (const s of SUFFIXES) if (w.length > s.length + 1 && w.endsWith(s) && isWord(w.slice(0, -s.length))) return true;
  // verbs and ZWNJ compounds: every ZWNJ part known
  if (w.includes('\u200C')) return w.split('\u200C').every((p) => p.length < 2 || plainWord(p) || ZWNJ_PARTS.test(p));
  return false;
}

/** «رساندند», «می‌چرخد», «گرفته‌اند»: a finite verb form (the Hazm word list has no verbs, so a listed word is none). */
function isFiniteVerb(w: string): boolean {
  return /(?:د|ند|ست|یم|ید)$/u.test(w) && !isWord(w) && !seenNonVerb(w) && analyzeVerb(w) !== undefined;
}

/** «حمیدرضا», «سیدمهران», «محمدعلی»: two first names, or «سید» and a name, written as one word. */
function isNameWord(w: string): boolean {
  if (isFirstName(w)) return true;
  for (let j = 2; j <= w.length - 3; j++) if ((isFirstName(w.slice(0, j)) || w.slice(0, j) === 'سید') && isFirstName(w.slice(j))) return true;
  return false;
}

/** «کلان» + «شهرها»: the lexicon knows the ZWNJ compound (maybe without its plural/ezafe suffix). */
function isCompound(left: string, right: string): boolean {
  if (plainWord(`${left}\u200C${right}`) || plainWord(`${left}${right}`)) return true;
  for (const s of SUFFIXES) if (right.length > s.length + 1 && right.endsWith(s) && isWord(`${left}\u200C${right.slice(0, -s.length)}`)) return true;
  return false;
}

const CONTENT = /[\p{L}\u200C]{3,}/gu;
const FUNCTION_WORDS = new Set(['این', 'آن', 'برای', 'های', 'است', 'شده', 'کرد', 'شد', 'خود', 'که', 'از', 'با', 'در', 'به', 'هم', 'نیز', 'یک', 'دو', 'سال', 'روز']);

/** Does the text after a candidate split repeat a content word of the text before it? A lead usually
 * repeats a word of its headline; a compound word («شرط‌بندی») inside a headline has no such echo. */
function echoes(before: string, after: string): boolean {
  const head = new Set(Array.from(before.matchAll(CONTENT), (m) => m[0]).filter((w) => !FUNCTION_WORDS.has(w)));
  // the first word after the split is the candidate's own right part, no echo
  const next = Array.from(after.slice(0, 150).matchAll(CONTENT), (m) => m[0]).slice(1, 14);
  const shared = next.filter((w) => head.has(w));
  return shared.some((w) => w.length >= 4) || shared.length >= 2;
}

// A lead sentence that reports speech or an interview («… در گفت‌وگو با خبرنگار …», «… گفت: …», «… اظهار داشت»)
const LEAD_FRAME = /در[\s\u200C]*گفت[\s\u200C]*(?:و[\s\u200C]*)?گو|(?:گفت|افزود|اظهار[\s\u200C]+(?:داشت|کرد)|تاکید[\s\u200C]+کرد|خبر[\s\u200C]+داد|اعلام[\s\u200C]+کرد)\s*[:،]|با[\s\u200C]+(?:بیان|اشاره|تاکید)/u;

const SPEECH = /(?:^|\s)(?:گفت|افزود|اظهار|تاکید|تأکید|خاطرنشان)/u;
const SPEAKS = /^\s+(?:گفت|افزود|اظهار[\s\u200C]+(?:داشت|کرد)|تاکید[\s\u200C]+کرد)/u;
const LABEL = /^[\p{L}\u200C]+(?:[\s\u200C]+[\p{L}\u200C()a-zA-Z.]+){0,5}\s*:\s*\S/u;

export interface Glue { at: number; strong: boolean }

/** Where in `token` a second word starts (and whether a finite verb ends the first), or undefined. */
function gluePoint(token: string, before = '', after = ''): Glue | undefined {
  // «۱۴۰۱سخنگوی»: a number glued to a word
  const digit = token.match(/^[\p{N}]+(?=[\p{L}]{3,})/u);
  // («۱۵۵درصد», «۳هزار» are a number and its unit inside the headline: only a title or a name opens a lead)
  const afterDigit = token.slice(digit?.[0].length ?? 0).split('\u200C')[0];
  if (digit && (LEAD_OPENERS.has(afterDigit) || isNameWord(afterDigit))) return { at: digit[0].length, strong: false };
  // «…جدی استیک کارشناس …»: a verb glued to a numeral that opens the lead, even when the whole is a (rare) word
  const num = token.match(/^(.{2,}?)(یک|دو|سه)$/u);
  if (num && VERB_END.test(num[1]) && known(num[1]) && LEAD_OPENERS.has(after.trim().split(/\s+/)[0] ?? '')) return { at: num[1].length, strong: true };
  if (token.length < 4 || known(token)) return undefined;
  // a token written twice as one word («زیرکوه … زیرکوه») is a word the lexicon does not know
  if (new RegExp(`(?<![\\p{L}\\u200C])${token}(?![\\p{L}\\u200C])`, 'u').test(`${before} ${after}`)) return undefined;
  let best: Glue | undefined, bestScore = 0;
  for (let j = 2; j <= token.length - 2; j++) {
    if (token[j - 1] === '\u200C' || token[j] === '\u200C') continue;
    const left = token.slice(0, j), right = token.slice(j);
    const leftTail = left.split('\u200C').pop()!, rightHead = right.split('\u200C')[0];
    const name = isNameWord(rightHead);
    const leftOk = known(left);
    const rest = right + after;
    // «…پایتختدو تیم …», «…فاضلابیک کارشناس …»: a numeral opening the lead; «…رایگاننفریه گفت …»: a surname
    // the lexicon does not know, as the subject of a speech verb
    const numeral = /^(?:یک|دو|سه)$/u.test(right) && /^\s/u.test(after) && plainWord(leftTail) && leftTail.length >= 3;
    const surname = right.length >= 3 && !right.includes('\u200C') && plainWord(left) && left.length >= 4 && SPEAKS.test(after);
    // «…پتروشیمی‌هااخبار شرکت‌ها: به گزارش …»: a service or site label before a colon
    const label = (leftOk || /\u200C(?:ها|های)$/u.test(left)) && LABEL.test(rest.slice(0, 70)) && !SPEECH.test(rest.slice(0, 70));
    const rightOk = known(right) || (right.includes('\u200C') && plainWord(rightHead)) || name || numeral || surname;
    if (!rightOk || rightHead.length < 2) continue;
    const verb = leftOk && VERB_END.test(left) && (leftTail.length >= 2) || isFiniteVerb(left);
    const opener = LEAD_OPENERS.has(right) || LEAD_OPENERS.has(rightHead) || name || surname || (numeral && LEAD_OPENERS.has(after.trim().split(/\s/)[0]));
    // Compounds (شرط+بندی, خشک+سالی, در+مورد) also split into two words: demand a verb-final left part,
    // a word that opens lead sentences or an echo of the headline, and no tiny parts unless a verb ends the left.
    const leftCore = left.split('\u200C').filter((p) => !ZWNJ_PARTS.test(p)).pop() ?? leftTail; // «پتروشیمی» in «پتروشیمی‌ها»
    if (!verb && !numeral && (leftCore.length < 3 || rightHead.length < 3)) continue;
    if (!verb && !opener && !leftOk) continue;
    // «عبدال|علی», «مشهدال|رضا»: an Arabic article ends no word
    if (!leftOk && /ال$/u.test(left)) continue;
    // a compound written without its ZWNJ («کلانشهرها» = کلان‌شهرها) is one word
    if (!right.includes('\u200C') && isCompound(leftTail, right)) continue;
    // an echo is weak evidence (a lead repeats its own words too): only for two real words of 3+ letters
    const echo = leftOk && plainWord(leftTail) && plainWord(rightHead) && echoes(before + left, rest);
    const frame = leftOk && rightHead.length >= 3 && LEAD_FRAME.test(rest.slice(0, 160));
    if (!(opener || verb || echo || label)) continue;
    const score = Math.min(leftTail.length, rightHead.length, 5) + (leftOk ? 2 : 0) + (opener ? 3 : 0) + (verb ? 4 : 0) + (echo ? 1 : 0) + (frame ? 1 : 0);
    if (score > bestScore) { bestScore = score; best = { at: j, strong: verb || opener || label }; }
  }
  return best;
}

/** Is `word` a finite verb that can end a headline («… تحویل داد», «… می‌رسد»)? */
export function endsHeadline(word: string): boolean {
  return known(word) && VERB_END.test(word) || isFiniteVerb(word);
}

/** The first glue in `text` within `limit` characters after at least `minWords` words, or undefined. */
export function findGlueAt(text: string, limit = 300, minWords = 2): Glue | undefined {
  let words = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}\u200C]+/gu)) {
    if (m.index > limit) break;
    if (words >= minWords - 1) {
      const g = gluePoint(m[0], text.slice(0, m.index), text.slice(m.index + m[0].length));
      if (g) return { at: m.index + g.at, strong: g.strong };
    }
    words++;
  }
  return undefined;
}

/** The first glue point in `text` within `limit` characters after at least `minWords` words, or -1. */
export function findGlue(text: string, limit = 300, minWords = 2): number {
  return findGlueAt(text, limit, minWords)?.at ?? -1;
}
