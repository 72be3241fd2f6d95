// Finding where two words were glued together when a headline was pasted onto the body with no separator
// («…در آستانه دربی تهرانرئیس پلیس فتا …»): a token that is no word but splits into two words.
import { readFileSync } from 'node:fs';
import { isWord } from '../morph/lexicon.ts';

// Words that open a lead sentence; they make a split trustworthy even when the left part is a rare name.
const LEAD_OPENERS = new Set<string>(JSON.parse(readFileSync(new URL('./data/lead-openers.json', import.meta.url), 'utf8')).words);
// Headlines usually end in a finite verb: a left part ending so is a safe place to cut.
const VERB_END = /(?:شد|شدند|کرد|کردند|است|داد|دادند|دارد|دارند|کند|کنند|شود|شوند|یافت|رسید|گرفت|نیست|کنیم|داریم|است|بود|گفت|می‌شود|می‌کند|می‌رود|می‌یابد|ماند)$/u;
const SUFFIXES = ['های', 'ها', 'ی', 'ان', 'ات', 'ای', 'تر', 'ترین', 'ش', 'شان', 'م', 'یم', 'ید', 'ند', 'د'];

function known(w: string): boolean {
  if (isWord(w) || /^(?:شد|کرد|است|داد|بود|گفت|رسید|یافت|ماند)$/u.test(w)) return true;
  for (const s of SUFFIXES) if (w.length > s.length + 1 && w.endsWith(s) && isWord(w.slice(0, -s.length))) return true;
  // verbs and ZWNJ compounds: every ZWNJ part known
  if (w.includes('\u200C')) return w.split('\u200C').every((p) => p.length < 2 || isWord(p) || /^(?:می|نمی|ها|های|ای|تر|ترین|اند|ایم|است)$/.test(p));
  return false;
}

/** «کلان» + «شهرها»: the lexicon knows the ZWNJ compound (maybe without its plural/ezafe suffix). */
function isCompound(left: string, right: string): boolean {
  if (isWord(`${left}\u200C${right}`) || isWord(`${left}${right}`)) return true;
  for (const s of SUFFIXES) if (right.length > s.length + 1 && right.endsWith(s) && isWord(`${left}\u200C${right.slice(0, -s.length)}`)) return true;
  return false;
}

const CONTENT = /[\p{L}\u200C]{4,}/gu;

/** Does the text after a candidate split repeat a content word of the text before it? A lead usually
 * repeats a word of its headline; a compound word («شرط‌بندی») inside a headline has no such echo. */
function echoes(before: string, after: string): boolean {
  const head = new Set(Array.from(before.matchAll(CONTENT), (m) => m[0]));
  const next = Array.from(after.slice(0, 120).matchAll(CONTENT), (m) => m[0]).slice(0, 10);
  return next.some((w) => head.has(w));
}

/** Offset in `token` where a second word starts, or -1. */
function gluePoint(token: string, before = '', after = ''): number {
  // «۱۴۰۱سخنگوی»: a number glued to a word
  const digit = token.match(/^[\p{N}]+(?=[\p{L}]{3,})/u);
  if (digit && known(token.slice(digit[0].length).split('\u200C')[0])) return digit[0].length;
  if (token.length < 5 || known(token)) return -1;
  const firstPart = token.split('\u200C')[0];
  let best = -1, bestScore = 0;
  for (let j = 2; j <= firstPart.length - 2; j++) {
    const left = token.slice(0, j), right = token.slice(j);
    const rightHead = right.split('\u200C')[0];
    const rightOk = known(right) || (right.includes('\u200C') && isWord(rightHead));
    if (!rightOk) continue;
    const leftOk = known(left);
    const opener = LEAD_OPENERS.has(right) || LEAD_OPENERS.has(rightHead);
    // Compounds (شرط+بندی, خشک+سالی, در+مورد) also split into two words: demand a verb-final left part
    // or a title word that opens lead sentences, and no tiny parts.
    if ((left.length < 3 && !(leftOk && VERB_END.test(left))) || right.length < 3) continue;
    // a compound written without its ZWNJ («کلانشهرها» = کلان‌شهرها) is one word
    if (isCompound(left, right)) continue;
    const echo = isWord(left) && (isWord(right) || isWord(rightHead)) && left.length >= 4 && right.length >= 4 && echoes(before + left, right + after);
    if (!(opener || (leftOk && VERB_END.test(left)) || echo)) continue;
    const score = Math.min(left.length, right.length) + (leftOk ? 2 : 0) + (opener ? 3 : 0);
    if (score > bestScore) { bestScore = score; best = j; }
  }
  return best;
}

/** The first glue point in `text` within `limit` characters after at least `minWords` words, or -1. */
export function findGlue(text: string, limit = 300, minWords = 2): number {
  let words = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}\u200C]+/gu)) {
    if (m.index > limit) break;
    if (words >= minWords - 1) {
      const j = gluePoint(m[0], text.slice(0, m.index), text.slice(m.index + m[0].length));
      if (j > 0) return m.index + j;
    }
    words++;
  }
  return -1;
}
