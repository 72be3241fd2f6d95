// Attributions: «به گزارش X»، «به نقل از X»، «X گزارش داد», and which of them names the publishing agency.
import { readFileSync } from 'node:fs';
import { canonicalAgency } from './agencies.ts';
import { foldKey } from './fold.ts';
import { isWord } from '../morph/lexicon.ts';
import { isFirstName } from './glue.ts';

export interface Attribution {
  /** the attributed name as written, cleaned of desk and time words */
  name: string;
  /** canonical agency when the name is a known agency */
  agency?: string;
  /** desk / service words that came with an agency («گروه سیاسی», «سرویس بین‌الملل») */
  service?: string;
  /** offset of the attribution phrase in the text */
  start: number;
  end: number;
}

const L = '\\p{L}\\p{M}\\u200C';
// «بنا بر گزارش های رسیده» (a plural written apart) opens no attribution.
// «به گزارش» may be glued to the previous word in sloppy records («کشوربه گزارش»); the caller decides.
const OPENER = new RegExp(`(?<![\\p{M}\\u200C])(به[\\s\\u200C]*گزارش|(?:بنا[\\s\\u200C]*بر|بنابر|طبق)[\\s\\u200C]*گزارش|به[\\s\\u200C]*نقل[\\s\\u200C]*از|به[\\s\\u200C]*نوشته)\\s+(?!ها(?:ی|یی)?(?![\\p{L}\\u200C]))`, 'gu');
const REPORTED = new RegExp(`(?<![${L}])گزارش[\\s\\u200C]*(?:داد|دادند|داده[\\s\\u200C]*است|داده[\\s\\u200C]*اند|کرد)(?![${L}])`, 'gu');
// Time words that agencies put inside the attribution («به گزارش روز دوشنبه ایرنا»).
const TIME_WORDS = /^(?:(?:روز|شامگاه|صبح|عصر|ظهر|بامداد|امروز|شب|دیروز|امشب)(?:[\s\u200C]+(?:شنبه|یکشنبه|یک[\s\u200C]*شنبه|دوشنبه|سه[\s\u200C]*شنبه|چهارشنبه|پنجشنبه|پنج[\s\u200C]*شنبه|جمعه))?(?![\p{L}\u200C])\s*)+/u;
const DESK = /^(?:(?:خبرنگار|خبرنگاران)(?:\s+(?:اعزامی|ویژه|گروه|سرویس|حوزه))?\s*)?((?:(?:گروه|سرویس|حوزه|دبیرخانه|تحریریه|میز)\s+)?[^]*)$/u;
const PLACES = new Set<string>(JSON.parse(readFileSync(new URL('./data/dateline-places.json', import.meta.url), 'utf8')));
const ORG_WORDS = /(?:وزارت|سازمان|روابط|مرکز|اداره|دفتر|روزنامه|خبرگزاری|پایگاه|شبکه|شرکت|بانک|دانشگاه|ستاد|پلیس|قوه|مجلس|نهاد|انجمن|کمیته|شورا|فدراسیون|باشگاه|هیئت|هیات|سایت|خبرگزاري)/u;

/** «امروز شنبه گزارش دادند», «این جنبه گزارش …»: the «به» at `index` ends a word («شنبه»), it opens nothing. */
export function endsWord(text: string, index: number): boolean {
  const word = text.slice(Math.max(0, index - 20), index + 2).match(/[\p{L}\u200C]+$/u)?.[0];
  return !!word && word.length > 2 && (isWord(word) || /(?:شنبه|جمعه)$/u.test(word));
}

/** Splits «خبرگزاری مهر به نقل از رویترز» / «ایسنا و به نقل از اکسپرس» into links of a chain. */
function chainLinks(phrase: string): string[] {
  return phrase.split(/\s+(?:و\s+)?(?:به[\s\u200C]*نقل[\s\u200C]*از|به[\s\u200C]*نوشته)\s+/u).map((s) => s.trim()).filter(Boolean);
}

// Words that start a person's name; «حضرت», «امام», «شهید» also start names of organizations («دفتر … حضرت آیت الله …»).
const PERSON_START = /^(?:حجت[\s\u200C]*الاسلام|آیت[\s\u200C]*الله|سید|دکتر|مهندس|سردار|سرلشکر|سرتیپ|سرهنگ|آقای|خانم)$/u;
const NOT_PERSON = /^(?:حضرت|امام|شهید|شیخ|حاج|امیر)$/u;

/** «وزارت علوم مسعود گنجی رئیس صندوق …» (no comma after the source): the source ends where a person's name begins. */
function beforePerson(name: string): string {
  const words = name.split(' ');
  for (let i = 2; i < words.length; i++) {
    const w = words[i];
    if (PERSON_START.test(w) || (isFirstName(w) && !NOT_PERSON.test(w) && i + 1 < words.length && !ORG_WORDS.test(words[i + 1]))) return words.slice(0, i).join(' ');
  }
  return name;
}

function cleanName(s: string): string {
  let t = s.replace(/["“”]/gu, '').replace(/^[\s«]+|[\s»،,:؛.]+$/gu, '').replace(/\s+/g, ' ').trim();
  if ((t.match(/«/g) ?? []).length !== (t.match(/»/g) ?? []).length) t = t.replace(/[«»]/g, '');
  // keep «(سانا)» whole, drop an unbalanced bracket
  if (t.startsWith('(') && !t.includes(')')) t = t.slice(1).trim();
  if (t.endsWith(')') && !t.includes('(')) t = t.slice(0, -1).trim();
  if (t.includes('(') && !t.includes(')')) t = `${t})`;
  return t;
}

/** Finds an agency inside a link: as its last words («خبرنگار سیاسی ایرنا») or its first words («خبرآنلاین آذربایجان‌غربی»). */
function agencyIn(link: string): { agency: string; written: string; before: string; after: string } | undefined {
  const words = link.split(/\s+/);
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const tail = words.slice(words.length - k).join(' ');
    const a = canonicalAgency(tail);
    if (a) return { agency: a, written: tail, before: words.slice(0, words.length - k).join(' '), after: '' };
  }
  for (let i = 0; i < words.length; i++) {
    for (let k = Math.min(4, words.length - i); k >= 1; k--) {
      if (i + k === words.length) continue; // tails were tried above
      const mid = words.slice(i, i + k).join(' ');
      const a = canonicalAgency(mid);
      if (a) return { agency: a, written: mid, before: words.slice(0, i).join(' '), after: words.slice(i + k).join(' ') };
    }
  }
  // «گروه علم و آموزش ایرنا از روزنامه دیلی میل» : agency followed by «از SOURCE»
  const from = link.match(/^(.*?)\s+از\s+(.+)$/u);
  if (from) {
    const inner = agencyIn(from[1]);
    if (inner) return { ...inner, after: `از ${from[2]}` };
  }
  return undefined;
}

/** Parses the phrase after «به گزارش» into attributions (agency and/or sources). */
function parsePhrase(phrase: string, start: number, end: number): Attribution[] {
  const out: Attribution[] = [];
  for (const raw of chainLinks(phrase)) {
    const link = raw.replace(TIME_WORDS, '').trim();
    if (!link) continue;
    const found = agencyIn(link);
    if (found) {
      const desk = found.before.match(DESK)?.[1]?.trim();
      out.push({ name: found.written, agency: found.agency, service: desk || undefined, start, end });
      // «ایرنا از روابط عمومی وزارت …» names a further source; «فارس از اصفهان» names a place.
      const rest = found.after.replace(/^از\s+/u, '').trim();
      if (found.after.startsWith('از') && isSourceName(rest)) out.push({ name: beforePerson(cleanName(rest)), start, end });
      continue;
    }
    // «خبرگزاری فرانسه از نابلس»: the place is not part of the name
    const from = link.match(/^(.+?)\s+از\s+(.+)$/u);
    const name = beforePerson(cleanName(from && !isSourceName(from[2]) ? from[1] : link));
    if (name && !/^(?:خبرنگار|خبرنگاران)$/u.test(name)) out.push({ name, start, end });
  }
  return out;
}

/** A place («اصفهان», «تهران») is not a source; an organization or outlet is. */
function isSourceName(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (PLACES.has(words[0]) && !ORG_WORDS.test(s)) return false;
  return words.length > 2 || ORG_WORDS.test(s);
}

/** The phrase after an opener: up to a comma/colon, cut before «در»/«که» clauses, at most 12 words. */
function phraseAt(text: string, from: number): { phrase: string; end: number } | undefined {
  const rest = text.slice(from, from + 200);
  let stop = rest.search(/[،,:؛\n«]|\.(?!\d)/u);
  // «به نقل از روزنامه «واشنگتن فری‌بیکن»،»: an outlet's name in guillemets belongs to the phrase
  if (rest[stop] === '«' && /(?:روزنامه|خبرگزاری|شبکه|پایگاه|سایت|نشریه|هفته[\s\u200C]*نامه|مجله|رادیو|تلویزیون)\s*$/u.test(rest.slice(0, stop))) {
    const close = rest.indexOf('»', stop);
    if (close > 0 && close - stop < 40) {
      const next = rest.slice(close + 1).search(/[،,:؛\n«]|\.(?!\d)/u);
      stop = next < 0 ? -1 : close + 1 + next;
    }
  }
  let phrase = stop < 0 ? rest : rest.slice(0, stop);
  const delimited = stop >= 0;
  const cut = phrase.search(/\s(?:در|که|با|گزارش[\s\u200C]+داد|اعلام|گفت|نوشت|آمده|اظهار|تصریح|تاکید|تأکید|افزود|بیان|عنوان|خاطرنشان|ادامه[\s\u200C]+داد)(?:\s|$)/u);
  if (cut > 0) phrase = phrase.slice(0, cut);
  const words = phrase.trim().split(/\s+/);
  if (!delimited || phrase.trim().replace(TIME_WORDS, '').split(/\s+/).length > 14) {
    // No delimiter: only a leading agency name is safe («به گزارش باشگاه خبرنگاران جوان روزنامه …»).
    for (let k = Math.min(4, words.length); k >= 1; k--) {
      const head = words.slice(0, k).join(' ');
      if (canonicalAgency(head)) return { phrase: head, end: from + rest.indexOf(head) + head.length };
    }
    return undefined;
  }
  return { phrase: phrase.trim(), end: from + phrase.length };
}

/** Every attribution in a text, in order. */
export function findAttributions(raw: string): Attribution[] {
  // Arabic ي/ك (old archives) as Persian letters; one for one, so offsets stay valid
  const text = raw.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
  const out: Attribution[] = [];
  let covered = -1;
  for (const m of text.matchAll(OPENER)) {
    // «به نقل از» inside a «به گزارش …» chain was already read with it
    if (m.index < covered || endsWord(text, m.index)) continue;
    const p = phraseAt(text, m.index + m[0].length);
    if (!p || !p.phrase) continue;
    covered = p.end;
    // «به نقل از» alone (not after «به گزارش») names only sources
    out.push(...parsePhrase(p.phrase, m.index, p.end));
  }
  for (const m of text.matchAll(REPORTED)) {
    // «خبرگزاری انگلیسی «رویترز» به نقل از یک مقام کاخ سفید گزارش داد»: the subject before the verb
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    const clause = before.split(/[.،؛:!?؟\n]/u).pop() ?? '';
    const subject = clause.replace(/\s+(?:و\s+)?به[\s\u200C]*نقل[\s\u200C]*از\s+.*$/u, '').trim()
      .replace(/(?:[\s\u200C]+(?:نیز|هم|همچنین|اخیرا|اخیراً|امروز|دیروز|روز\s+\S+|هفته\s+گذشته|ماه\s+گذشته|شب\s+گذشته|در\s+گزارشی|طی\s+گزارشی|شنبه|یک[\s\u200C]*شنبه|دوشنبه|سه[\s\u200C]*شنبه|چهارشنبه|پنج[\s\u200C]*شنبه|جمعه))+$/u, '').trim();
    const quoted = subject.match(/«([^»]{2,40})»/u);
    const name = quoted ? quoted[1] : subject.split(/\s+/).slice(-3).join(' ');
    if (!name || /^(?:وی|او|این|که)$/u.test(name) || subject.split(/\s+/).length > 6) continue;
    // unnamed reporters («منابع خبری», «رسانه‌های عراقی») are no source name
    if (/^(?:منابع|منبع|رسانه[\s\u200C]*(?:ها|های)|برخی|یک[\s\u200C]+منبع)(?![\p{L}])/u.test(name)) continue;
    const agency = canonicalAgency(name);
    out.push({ name: cleanName(name), agency, start: m.index - clause.length, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Sources for the Article: every attributed name except the publishing agency, deduplicated. */
export function sourcesOf(attributions: Attribution[], agency: string | null): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of attributions) {
    if (agency && (a.agency === agency || canonicalAgency(a.name) === agency)) continue;
    const key = foldKey(a.name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a.name);
  }
  return out;
}

/** A span of text that names something (an entity mention). */
export interface NameSpan { start: number; end: number; type: string }

const CLAUSE_OPENER = /^(?:به[\s\u200C]*گزارش|بنا[\s\u200C]*بر[\s\u200C]*گزارش|بنابر[\s\u200C]*گزارش|طبق[\s\u200C]*گزارش|به[\s\u200C]*نقل[\s\u200C]*از|به[\s\u200C]*نوشته)\s+/u;
const CHAIN = /^\s+(?:و\s+)?(?:به[\s\u200C]*نقل[\s\u200C]*از|به[\s\u200C]*نوشته)\s+/u;
const PLACE_SUFFIX = /^[\s\u200C]+(?:شمالی|جنوبی|شرقی|غربی|رضوی|مرکزی|بختیاری|بلوچستان|بویراحمد)(?![\p{L}\u200C])/u;

/** The words after `pos` up to the first punctuation: [start, end) of each. */
function wordsAt(text: string, pos: number, max: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\s*([^\s،,:؛.«»()!?؟]+)/uy;
  re.lastIndex = pos;
  for (let m = re.exec(text); m && out.length < max; m = re.exec(text)) out.push([re.lastIndex - m[1].length, re.lastIndex]);
  return out;
}

/** End of the source name at `pos`: a known agency after at most three desk words («خبرنگار سیاسی ایرنا»),
 * else a named entity that starts there. */
function sourceNameEnd(text: string, pos: number, names: NameSpan[]): number | undefined {
  const words = wordsAt(text, pos, 7);
  let best: number | undefined;
  for (let first = 0; first <= Math.min(3, words.length - 1) && best === undefined; first++) {
    for (let last = Math.min(words.length, first + 4) - 1; last >= first; last--) {
      if (canonicalAgency(text.slice(words[first][0], words[last][1]))) { best = words[last][1]; break; }
    }
  }
  if (best !== undefined) return best;
  const start = words[0]?.[0];
  const entity = names.find((n) => n.start === start && (n.type === 'ORG' || n.type === 'PER'));
  if (entity) return entity.end;
  // «به نقل از روابط عمومی آموزش و پرورش خراسان شمالی علی متقیان اظهار کرد»: a source no table knows
  // ends where a person's name begins (as beforePerson does with first names)
  const person = names.find((n) => n.type === 'PER' && start !== undefined && n.start > start && n.start - start < 100);
  if (person && !/[،,:؛.«»\n]/u.test(text.slice(start, person.start))) return text.slice(0, person.start).trimEnd().length;
  return undefined;
}

/** End of a place at `pos` («بجنورد», «خراسان شمالی»): a location mention or a dateline place. */
function placeEnd(text: string, pos: number, names: NameSpan[]): number | undefined {
  const loc = names.find((n) => n.start === pos && n.type === 'LOC');
  let end = loc?.end;
  if (end === undefined) {
    const w = wordsAt(text, pos, 1)[0];
    if (!w || !PLACES.has(text.slice(w[0], w[1]))) return undefined;
    end = w[1];
  }
  const suffix = text.slice(end).match(PLACE_SUFFIX);
  return suffix ? end + suffix[0].length : end;
}

/** Where an attribution clause that opens at `at` ends when no comma closes it: «به گزارش خبرگزاری فارس
 * از بجنورد | محمد علی شجاعی … اظهار کرد». The clause is the opener, time words, the agency or named source,
 * an «از PLACE» and chained «به نقل از X» links; the subject of the sentence follows it. `names` are the
 * entity mentions of the text (for sources and places no table knows). Undefined when no source name opens it. */
export function attributionEnd(text: string, at: number, names: NameSpan[] = []): number | undefined {
  const opener = text.slice(at, at + 30).match(CLAUSE_OPENER);
  if (!opener) return undefined;
  let pos = at + opener[0].length;
  let end: number | undefined;
  for (let link = 0; link < 4; link++) {
    const time = text.slice(pos, pos + 60).match(TIME_WORDS);
    if (time) pos += time[0].length;
    const nameEnd = sourceNameEnd(text, pos, names);
    if (nameEnd === undefined) return end;
    pos = end = nameEnd;
    const from = text.slice(pos, pos + 8).match(/^\s+از\s+/u);
    const place = from ? placeEnd(text, pos + from[0].length, names) : undefined;
    if (place !== undefined) pos = end = place;
    const chain = text.slice(pos, pos + 30).match(CHAIN);
    if (!chain) break;
    pos += chain[0].length;
  }
  return end;
}
