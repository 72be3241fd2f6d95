// Clause structure of a sentence that argument finding needs: the wire attribution («به گزارش
// خبرگزاری فارس،», also when a glued headline comes before it), where clauses break («:»، «که»،
// «؛»), and which words are inside a quotation (long «…» spans, or everything after «گفت:»).
import { inClass, wordClasses } from './lexicon.ts';
import { prefixSet, wordKey } from './keys.ts';

export interface ClauseInfo {
  /** clauseBreak[i] = 1 when a new clause starts at word i */
  clauseBreak: Uint8Array;
  /** quoted[i] = 1 when word i is inside a quotation */
  quoted: Uint8Array;
  /** excluded[i] = 1 for words of an attribution («به گزارش خبرگزاری مهر،»): never an actor */
  excluded: Uint8Array;
  /** index of the «:» that opens a quotation, for each quoted word (-1 when the quote is «…») */
  colonOf: Int32Array;
}

const QUOTE_OPEN = new Set(['«', '“']);
const QUOTE_CLOSE = new Set(['»', '”']);
const REPORT = wordKey('گزارش'), SAYING = wordKey('گفته'), QUOTING = wordKey('نقل'), TO = wordKey('به'), FROM = wordKey('از'), KE = wordKey('که');
const WRITING = wordKey('نوشته');
const COMMA = new Set(['،', ',']);
const ANNOUNCEMENT = wordKey('اعلام');
const BASED_ON = new Set(['براساس', 'بنابر'].map(wordKey));
const AND = wordKey('و');
const UNTIL = wordKey('تا'), SO_FAR = new Set(['کنون', 'اکنون', 'حالا', 'به', 'امروز'].map(wordKey));
const RA_KEY = wordKey('را');
const SAID = wordKey('گفت'), SAY_STEM = wordKey('گو');
// the second half of «گفت گو» written with a space: «گو»، «گوی»، «گوها»، «گوهای» (not «گویا» "apparently")
const SAY_NOUNS = new Set(['گو', 'گوی', 'گوها', 'گوهای', 'گویی'].map(wordKey));

/** «به گزارش …،» / «به نقل از …،»: returns the index after the comma (or of the verb or «که» that
 * comes first: «به نقل از یک مقام کاخ سفید گزارش داد که …»), or -1. */
function attributionEnd(keys: string[], i: number, looksVerb: (i: number) => boolean): number {
  const k = keys[i];
  // the headline may be glued to «به» («کشوربه گزارش»)
  // «به گزارش …»، «به نقل از …»، «به گفته …»، «به نوشته …»
  const after = (k === REPORT || k === SAYING || k === WRITING || (k === QUOTING && keys[i + 1] === FROM)) && i > 0 && (keys[i - 1] === TO || keys[i - 1].endsWith(TO));
  // «بر اساس گزارش کیودونیوز،»، «بنا بر اعلام پلیس،»: the same attribution with «بر اساس / بنا بر»
  const basedOn = (k === REPORT || k === ANNOUNCEMENT) && i > 0 && (BASED_ON.has(keys[i - 1]) || (i > 1 && BASED_ON.has(keys[i - 2] + keys[i - 1])));
  if (!after && !basedOn) return -1;
  for (let j = i + 1; j < Math.min(keys.length, i + 14); j++) {
    if (COMMA.has(keys[j])) return j + 1;
    if (keys[j] === KE || (j > i + 1 && looksVerb(j))) return keys[j - 1] === REPORT ? j - 1 : j;
  }
  // no comma: «به گزارش خبرنگار اعزامی خبرگزاری فارس به استان کردستان محمود احمدی‌نژاد …» ends after the
  // agency's name and the place it reports from or to
  for (let j = i + 1; j < Math.min(keys.length - 1, i + 16); j++) {
    if (!inClass('agency', keys[j])) continue;
    let end = j + 1;
    // «خبرگزاری رسمی سوریه (سانا)»: the agency's name runs to a bracket, or is one word
    if (keys[j] === AGENCY_WORD) {
      const close = keys.indexOf(')', j);
      end = keys[j + 1 + 2] === '(' && close > 0 && close - j <= 6 ? close + 1 : j + 2;
    }
    if (keys[end] === '(') { const close = keys.indexOf(')', end); if (close > 0 && close - end <= 3) end = close + 1; }
    // «به گزارش ایرنا به نقل از خبرگزاری …»: the chain goes on
    if (keys[end] === TO && keys[end + 1] === QUOTING && keys[end + 2] === FROM) { j = end + 2; continue; }
    if ((keys[end] === TO || keys[end] === FROM) && end + 1 < keys.length) end += inClass('place_head', keys[end + 1]) ? 3 : 2;
    return Math.min(end, keys.length);
  }
  return -1;
}

const SPEECH_ONE = new Set(['گفت', 'گفتند', 'میگوید', 'میگویند', 'افزود', 'افزودند', 'نوشت', 'نوشتند'].map(wordKey));
const SPEECH_TWO = new Set(['مدعیشد', 'ادعاکرد', 'اعلامکرد', 'اعلامکردند', 'تاکیدکرد', 'تصریحکرد', 'اظهارکرد', 'اظهارداشت', 'معتقداست',
  'گزارشداد', 'گزارشدادند', 'گزارشدادهاند', 'گزارشدادهاست', 'خبرداد', 'خبردادند', 'خبردادهاست', 'اعلامکردهاند', 'اعلامکردهاست', 'مدعیشدند', 'ادعاکردند'].map(wordKey));

const SPEECH_TWO_PREFIX = prefixSet(SPEECH_TWO);

/** End (exclusive) of a speech verb starting at word i («گفت»، «اعلام کرد»), or 0. */
function speechVerbEnd(keys: string[], i: number): number {
  if (SPEECH_ONE.has(keys[i])) return i + 1;
  if (i + 1 < keys.length && SPEECH_TWO_PREFIX.has(keys[i]) && SPEECH_TWO.has(keys[i] + keys[i + 1])) return i + 2;
  return 0;
}

const CONNECTIVE_PREFIX = prefixSet(wordClasses.get('connective') ?? []);
const SIDE_ONE = wordKey('سویی'), PARTY_ONE = wordKey('طرفی'), SIDE = wordKey('سوی'), PARTY = wordKey('طرف'), OTHER = wordKey('دیگر');

/** Discourse openers that look like prepositional phrases: «از سویی»، «از سوی دیگر»، «از طرف دیگر». */
function discourseOpener(keys: string[], i: number): number {
  // a joined key can only be a connective when the first word starts one: most words build no string
  if (!CONNECTIVE_PREFIX.has(keys[i])) return keys[i] === FROM ? fromOpener(keys, i) : 0;
  // «در همین راستا»، «در این میان»، «با این حال»: connectives (words.tsv) that look like prepositional phrases
  if (i + 2 < keys.length && inClass('connective', keys[i] + keys[i + 1] + keys[i + 2])) return 3;
  if (i + 1 < keys.length && inClass('connective', keys[i] + keys[i + 1])) return 2;
  if (keys[i] !== FROM) return 0;
  return fromOpener(keys, i);
}

function fromOpener(keys: string[], i: number): number {
  const a = keys[i + 1], b = keys[i + 2];
  if (a === SIDE_ONE || a === PARTY_ONE) return 2;
  if ((a === SIDE || a === PARTY) && b === OTHER) return 3;
  return 0;
}

const AGENCY = wordKey('خبرگزاری');
const AGENCY_WORD = AGENCY;

/** Index after the «:» of a dateline «خبرگزاری X:» opening the sentence, or 0. */
function datelineEnd(keys: string[]): number {
  if (keys[0] !== AGENCY) return 0;
  for (let j = 1; j < Math.min(keys.length, 6); j++) if (keys[j] === ':') return j + 1;
  return 0;
}

export function analyzeClauses(keys: string[], looksVerb: (i: number) => boolean): ClauseInfo {
  const n = keys.length;
  const clauseBreak = new Uint8Array(n + 1);
  const quoted = new Uint8Array(n);
  const excluded = new Uint8Array(n);
  const colonOf = new Int32Array(n).fill(-1);
  // «خبرگزاری فارس: X …»: the agency's dateline, not a speaker: what follows is the story, not a quotation
  const dateline = datelineEnd(keys);
  if (dateline > 0) { excluded.fill(1, 0, dateline); clauseBreak[dateline] = 1; }
  for (let i = dateline; i < n; i++) {
    const k = keys[i];
    let opener = discourseOpener(keys, i);
    // (one followed by «را» modifies the object it closes: «ادعاهای مطرح‌شده از سوی آمریکا در این زمینه را رد کرده است»)
    if (opener && keys[i + opener] === RA_KEY) opener = 0;
    if (opener) { excluded.fill(1, i, i + opener); clauseBreak[i + opener] = 1; i += opener - 1; continue; }
    const attr = attributionEnd(keys, i, looksVerb);
    if (attr > 0) {
      // (the opener is one word, «به»/«براساس»، or two, «بر اساس»/«بنا بر»)
      const from = keys[i - 1] === TO || BASED_ON.has(keys[i - 1]) ? i - 1 : i > 1 && BASED_ON.has(keys[i - 2] + keys[i - 1]) ? i - 2 : i;
      excluded.fill(1, from, attr);
      clauseBreak[from] = 1; clauseBreak[attr] = 1;
      i = attr - 1;
      continue;
    }
    if (QUOTE_OPEN.has(k)) {
      // a «…» with no verb is a name or a title («شورای همکاری و امنیت در اروپا»); with a verb, or long, a quotation
      let e = i + 1;
      while (e < n && !QUOTE_CLOSE.has(keys[e])) e++;
      let verb = false;
      for (let j = i + 1; j < e; j++) if (looksVerb(j)) verb = true;
      // (a two-word «…» is a name even when the tagger reads a word of it as a verb: «فرانسوآ اولاند»)
      if (e - i - 1 >= 12 || (verb && e - i - 1 >= 3)) {
        quoted.fill(1, i + 1, e);
        clauseBreak[i] = 1; clauseBreak[i + 1] = 1; if (e < n) clauseBreak[e + 1] = 1;
      }
      i = e;
      continue;
    }
    // «گفت و گوی تلفنی با …» is the noun «گفت‌وگو» written with spaces, not the verb «گفت» and a new clause
    if (k === SAID && keys[i + 1] === AND && keys[i + 2]?.startsWith(SAY_STEM)) { i += 2; continue; }
    // … and «گفت گو کردند» with a space only (no «و»)
    if (k === SAID && SAY_NOUNS.has(keys[i + 1] ?? '')) { i += 1; continue; }
    // «آمریکا می‌گوید شاخه القاعده … کمک کرده است»: a speech verb opens the reported clause
    const speech = speechVerbEnd(keys, i);
    if (speech > 0 && speech < n && keys[speech] !== ':' && keys[speech] !== KE && keys[speech] !== AND) {
      clauseBreak[speech] = 1;
      i = speech - 1;
      continue;
    }
    if (k === ':') {
      clauseBreak[i + 1] = 1;
      // «X گفت: ...» the rest of the sentence is the speaker's words
      quoted.fill(1, i + 1, n);
      colonOf.fill(i, i + 1, n);
    } else if (k === '؛' || k === ';' || k === '/' || k === '|') {
      clauseBreak[i + 1] = 1;
    } else if ((k === AND || COMMA.has(k)) && i > 0 && i + 1 < n && looksVerb(i - 1)) {
      // («چنانچه انگلیس … هدف بگیرد، مسکو از این اقدام استقبال می‌کند»: a comma after a verb ends its clause too)
      // «اتهاماتش را پذیرفت و آمریکا او را … محکوم کرد»: «و» after a verb joins two clauses
      clauseBreak[i + 1] = 1;
    } else if (k === UNTIL && SO_FAR.has(keys[i + 1] ?? '')) {
      // «تا کنون»، «تا به حال»: "so far", an adverb, not the conjunction «تا» that opens a clause
      i++;
    } else if (inClass('clause_break', k)) {
      clauseBreak[i] = 1;
      clauseBreak[i + 1] = 1;
    }
  }
  return { clauseBreak, quoted, excluded, colonOf };
}

/** First word of the clause that contains word i. */
export function clauseStartOf(info: ClauseInfo, i: number): number {
  let s = i;
  while (s > 0 && !info.clauseBreak[s]) s--;
  return s;
}

/** One past the last word of the clause that contains word i. */
export function clauseEndOf(info: ClauseInfo, i: number, n: number): number {
  let e = i + 1;
  while (e < n && !info.clauseBreak[e]) e++;
  return e;
}
