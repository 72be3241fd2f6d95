// Finding where two words were glued together when a headline was pasted onto the body with no separator
// («…در آستانه دربی تهرانرئیس پلیس فتا …»): a token that is no word but splits into two words.
import { isWord } from '../morph/lexicon.ts';

// Words that open a lead sentence; they make a split trustworthy even when the left part is a rare name.
const LEAD_OPENERS = new Set(['رئیس', 'رییس', 'معاون', 'سخنگوی', 'مدیرعامل', 'وزیر', 'نماینده', 'دبیر', 'استاندار', 'فرمانده', 'مدیرکل', 'سرپرست', 'رئیس‌جمهور', 'دادستان', 'امام', 'عضو', 'مشاور', 'دبیرکل', 'سفیر', 'رئیس‌جمهوری', 'مدیر', 'کارشناس', 'خطیب', 'سرمربی', 'بازیکن', 'مهاجم', 'نایب', 'قائم', 'فرماندار', 'شهردار', 'مدیران', 'محققان', 'دانشمندان', 'پژوهشگران', 'کارشناسان', 'نمایندگان']);
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

/** Offset in `token` where a second word starts, or -1. */
function gluePoint(token: string): number {
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
    if (!(opener || (leftOk && VERB_END.test(left)))) continue;
    const score = Math.min(left.length, right.length) + (leftOk ? 2 : 0) + (opener ? 3 : 0);
    if (score > bestScore) { bestScore = score; best = j; }
  }
  return best;
}

/** The first glue point in `text` within `limit` characters after at least `minWords` words, or -1. */
export function findGlue(text: string, limit = 300, minWords = 2): number {
  let words = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}\u200C]+/gu)) {
    if (m.index > limit) break;
    if (words >= minWords - 1) {
      const j = gluePoint(m[0]);
      if (j > 0) return m.index + j;
    }
    words++;
  }
  return -1;
}
