// Wire structure: headline, lead, agency/service lines, datelines, attributions and end markers of
// plain agency copy, including records whose headline is glued to the body with no separator.
import { readFileSync } from 'node:fs';
import type { ArticleSource } from '../article.ts';
import { canonicalAgency } from './agencies.ts';
import { endsWord, findAttributions, sourcesOf } from './attribution.ts';
import { parsePublished } from './published.ts';
import { endsHeadline, findGlue, findGlueAt } from './glue.ts';

const L = '\\p{L}\\p{M}\\u200C';
const AGENCY_NAMES = '(?:ایرنا|ایسنا|ایلنا|ایکنا|مهر|فارس|تسنیم|خبرگزاری[\\s\\u200C]+[\\p{L}\\u200C]+|باشگاه[\\s\\u200C]+خبرنگاران(?:[\\s\\u200C]+جوان)?)';
// «خبرگزاری مهر/سرویس بین‌الملل», «خبرگزاری فارس - گروه سیاسی:» on a line of their own
const AGENCY_LINE = new RegExp(`^(${AGENCY_NAMES})\\s*(?:[/\\-–،,|]\\s*((?:سرویس|گروه|حوزه|دبیرخانه)[^\\n:]{0,40}))?\\s*:?$`, 'u');
// «تهران - ایرنا -», «تهران- ایرنا-», «خبرگزاری فارس - بوشهر،», «ایسنا/سمنان», «خبرگزاری فارس- گروه سینما:»
const DATELINE = new RegExp(
  `(?:([\\p{L}\\u200C]+(?:\\s[\\p{L}\\u200C]+)?)\\s*[-–]\\s*(ایرنا|ایسنا|ایلنا|ایکنا|مهر|فارس|تسنیم)\\s*[-–]\\s*)` +
  `|(?:(خبرگزاری[\\s\\u200C]+(?:فارس|مهر|تسنیم|ایسنا|ایرنا))\\s*[-–]\\s*((?:گروه|سرویس)?[\\s\\u200C]*[\\p{L}\\u200C]+(?:\\s[\\p{L}\\u200C]+)?)\\s*[،,:]\\s*)` +
  `|(?:(ایرنا|ایسنا|ایلنا|ایکنا|مهر|فارس|تسنیم)\\s*\\/\\s*([\\p{L}\\u200C]+)\\s+)`, 'u');
// «مهر نوشت:», «فارس نوشت:» opening a record: the publisher quotes another outlet.
const WROTE = /^([\p{L}\u200C]+(?:\s[\p{L}\u200C]+){0,2})\s+نوشت\s*:\s*/u;
const INTERVIEW = /در[\s\u200C]*گفت[\s\u200C]*(?:و[\s\u200C]*)?گو(?:ی[\s\u200C]+\S+)?[\s\u200C]+با[\s\u200C]+(?:خبرنگار|خبرنگاران)(?:[\s\u200C]+[\p{L}\u200C]+){0,3}?[\s\u200C]+((?:خبرگزاری[\s\u200C]+)?(?:مهر|فارس|ایسنا|ایرنا|تسنیم|ایلنا|ایکنا|باشگاه[\s\u200C]+خبرنگاران[\s\u200C]+جوان))(?![\p{L}\u200C])/u;
const OPENER = /(به[\s\u200C]*گزارش|به[\s\u200C]*نقل[\s\u200C]*از)[\s\u200C]/u;
const OPENER_GLOBAL = new RegExp(OPENER.source, 'gu');
// End markers: «پایان پیام», «انتهای پیام/», editor codes «/ ۶۰۶۰», «/ح», «۱۲۳۴/۵۶۷۸».
const END_MARKER = /(?:\s*(?:کد[\s\u200C]+خبر\s*:?\s*[\p{N}]{3,}|(?:پایان|انتهای)[\s\u200C]+(?:پیام|خبر)\s*(?:\/\s*[\p{L}\p{N}]{0,6})?|\/\s*[\p{N}]{1,6}(?:\s*\/\s*[\p{N}]{1,6})*|[\p{N}]{2,6}\s*\/\s*[\p{N}]{1,6}|\/\s*[\p{L}]{1,3}))+\s*$/u;
// Dateline places, to cut a place glued to the headline's last word («…لرزاندتهران - ایرنا -»).
const CITIES: string[] = JSON.parse(readFileSync(new URL('./data/dateline-places.json', import.meta.url), 'utf8'));
const SENTENCE_END = /[.!?؟]["»)]?$/u;

export interface WireParts extends ArticleSource {
  /** the place in a dateline («تهران»), when present */
  place?: string;
}

/** Removes trailing end markers («پایان پیام», «/ ۶۰۶۰») but never text that ends a sentence. */
export function stripEndMarkers(text: string): string {
  let t = text.trimEnd();
  for (let i = 0; i < 3; i++) {
    const m = t.match(END_MARKER);
    if (!m || m[0].trim().length === 0) break;
    // a bare «/ح» after a finished sentence is a code; inside a sentence it could be text — require an end before it
    const before = t.slice(0, m.index).trimEnd();
    if (!/پیام|خبر/u.test(m[0]) && before && !SENTENCE_END.test(before) && !/[\p{L}\p{N}]$/u.test(before)) break;
    t = before;
  }
  return t;
}

/** The longest headline that a record repeats back to back («تیتر» + «تیتر» + body), compared without
 * spaces and ZWNJ (the two copies often differ there). Offsets are into `t`. */
function repeatedHeadline(t: string): { start: number; end: number; rest: number } | undefined {
  const pos: number[] = [];
  let key = '';
  for (let i = 0; i < Math.min(t.length, 1200); i++) {
    if (/[\s\u200C]/.test(t[i])) continue;
    key += t[i];
    pos.push(i);
  }
  const starts = [0];
  for (const m of key.slice(0, 200).matchAll(/[؛:|\/]/gu)) starts.push(m.index + 1);
  let best: { start: number; end: number; rest: number } | undefined;
  for (const i of starts) {
    for (let len = Math.min(300, Math.floor((key.length - i) / 2)); len >= 10; len--) {
      if (key.startsWith(key.slice(i, i + len), i + len)) {
        if (!best || pos[i + len - 1] + 1 - pos[i] > best.end - best.start) best = { start: pos[i], end: pos[i + len - 1] + 1, rest: pos[i + 2 * len - 1] + 1 };
        break;
      }
    }
  }
  return best;
}

/** First «به گزارش»/«به نقل از» in the first `limit` characters, glued to the previous word or not. */
function firstOpener(t: string, limit: number): number {
  for (const m of t.matchAll(OPENER_GLOBAL)) {
    if (m.index > limit) break;
    if (!endsWord(t, m.index)) return m.index;
  }
  return -1;
}

interface Split { headline: string | null; lead: string | null; body: string }

const GLUED_END = new RegExp(`[${L}\\p{N}!?؟»)]$`, 'u');

/** Splits one paragraph in which the headline (and maybe a lead) is glued to the body. */
function splitGlued(text: string): Split {
  const t = text;
  const rep = repeatedHeadline(t);
  if (rep) {
    const headline = t.slice(rep.start, rep.end).trim();
    const rest = t.slice(rep.rest).trim();
    // A lead sentence often sits between the repeated headline and «به گزارش …».
    const k = firstOpener(rest, 800);
    if (k > 0 && (/[.!?؟»]\s*$/u.test(rest.slice(0, k)) || GLUED_END.test(rest.slice(0, k)))) return { headline, lead: rest.slice(0, k).trim(), body: rest.slice(k) };
    return { headline, lead: null, body: rest };
  }
  const k = firstOpener(t, 800);
  if (k === 0 || WROTE.test(t)) return { headline: null, lead: null, body: t };
  const semi = t.slice(0, 160).indexOf('؛');
  // «… مطرح شد؛هشدار هواشناسی …»: a روتیتر glued to the headline by a semicolon with no space
  if (semi > 0 && /^[\p{L}«]/u.test(t[semi + 1] ?? '') && t.slice(0, semi).split(/\s+/).length <= 12) {
    const inner = splitGlued(t.slice(semi + 1));
    if (inner.headline) return inner;
  }

  // «…نشانه عدم صداقت آنان است!اقتصادنیوز: …» — a headline ending in ! or ? glued to the next word
  const bang = t.slice(0, 200).search(/[!?؟](?=[\p{L}])/u);
  if (bang > 10 && !/(?<!\p{N})\.(?!\p{N})/u.test(t.slice(0, bang))) {
    const rest = t.slice(bang + 1);
    const k2 = firstOpener(rest, 800);
    if (k2 > 0 && /[.!?؟»]\s*$/u.test(rest.slice(0, k2))) return { headline: t.slice(0, bang + 1).trim(), lead: rest.slice(0, k2).trim(), body: rest.slice(k2) };
    return { headline: t.slice(0, bang + 1).trim(), lead: null, body: rest };
  }
  if (k > 0) {
    const before = t.slice(0, k);
    if (GLUED_END.test(before) && !/(?<!\p{N})\.(?!\p{N})\s?\S/u.test(before)) return { headline: before.trim(), lead: null, body: t.slice(k) };
    // «تیتر» glued to «لید.» then «به گزارش …»
    const firstStop = before.search(/[.!?؟](?!\d)/u);
    const g = findGlue(before, Math.min(250, firstStop < 0 ? 250 : firstStop));
    if (g > 0 && /[.!?؟»]\s*$/u.test(before)) return { headline: before.slice(0, g).trim(), lead: before.slice(g).trim(), body: t.slice(k) };
  }
  // IRNA/ISNA datelines glued to the headline: «…پرو را لرزاندتهران - ایرنا - …», «…سمنانایسنا/سمنان …»
  const d = t.slice(0, 400).match(DATELINE);
  if (d && d.index! > 0 && !/[.]\s/u.test(t.slice(0, d.index))) {
    let cut = d.index!;
    if (d[1]) {
      const word = d[1].split(/\s/).pop()!;
      const city = CITIES.find((c) => word.endsWith(c));
      cut = d.index! + d[0].indexOf(word) + (city ? word.length - city.length : 0);
    } else if (d[5]) {
      cut = t.lastIndexOf(d[5], d.index! + d[0].length);
    }
    return { headline: t.slice(0, cut).trim() || null, lead: null, body: t.slice(cut) };
  }
  // «…مشخص شد؛ در مناطقی …»: a headline ending in a verb, cut off by a semicolon
  if (semi > 0 && /\s/u.test(t[semi + 1] ?? '') && !/[،,:.]/u.test(t.slice(0, semi)) && t.slice(0, semi).trim().split(/\s+/).length >= 4
    && /(?:شد|شدند|کرد|کردند|است|داد|دادند|یافت|رسید|می‌شود|می‌کند)$/u.test(t.slice(0, semi).trim())) {
    // «وزیر نیرو قول داد؛ قیمت انشعاب برق کاهش می‌یابدمعاون …»: the headline goes on after the semicolon to a glue
    const stop = t.search(/[.!?؟](?!\d)/u);
    const later = findGlueAt(t.slice(0, stop < 0 ? 200 : stop), 200, 3);
    if (later && later.strong && later.at > semi && later.at - semi < 120) return { headline: t.slice(0, later.at).trim(), lead: null, body: t.slice(later.at) };
    return { headline: t.slice(0, semi).trim(), lead: null, body: t.slice(semi + 1).trimStart() };
  }
  // «…تن نخواهد داد«مهدی کروبی» در …»: a headline ending in a verb glued to an opening quotation mark
  // or to a quoted name that the lead opens with («…نمی‌سازد«سید عزت الله ضرغامی» در گفت وگو با خبرنگار …»)
  for (const q of t.slice(0, 200).matchAll(/(?<=[\p{L}\u200C])[«"“](?=[\p{L}])/gu)) {
    const head = t.slice(0, q.index);
    if (/[.!?؟:]/u.test(head) || head.trim().split(/\s+/).length < 3) break;
    const close = t.slice(q.index + 1, q.index + 60).search(/[»"”]/u);
    const framed = close > 0 && INTERVIEW_ANY_ONE.test(t.slice(q.index + close + 2, q.index + close + 80));
    if (endsHeadline(head.match(/[\p{L}\u200C]+$/u)![0]) || framed) return { headline: head.trim(), lead: null, body: t.slice(q.index) };
  }
  // No opener: a headline glued straight onto the first body sentence («…باطل شدسمیه رفیعی …»).
  // «…درآورد! + جزئیات»: a «+ جزئیات/عکس/فیلم» tag after «!» still belongs to the headline
  const firstStop = t.search(/[.!?؟](?!\d)(?!\s*\+)/u);
  const glue = findGlueAt(t, Math.min(150, firstStop < 0 ? 150 : firstStop), 3);
  const g = glue?.at ?? -1;
  // a clause («در شرایطی که …», «… در گفت‌وگو با خبرنگار …، …») is the body, not a headline; a comma is
  // headline punctuation too («برف و کولاک، باران …») when a verb ends the left part or a title opens the right
  const cand = g > 0 ? t.slice(0, g) : '';
  if (g > 0 && !/(?:گفت|افزود|کرد|داشت)\s*:/u.test(cand) && !(/[،,]/u.test(cand) && !glue!.strong) && !/\sکه\s/u.test(cand) && !INTERVIEW.test(cand) && !/^(?:در|بر|با|به|از)\s/u.test(cand)) {
    // «روتیتر» + «تیتر» + «روتیتر …» (the lead repeats the kicker): the headline is between the two copies
    const again = t.indexOf(cand, g);
    if (again > g && again - g <= 250 && /\p{L}/u.test(t[again - 1]) && cand.trim().split(/\s+/).length >= 2 && t.slice(g, again).trim().split(/\s+/).length >= 3) {
      return { headline: t.slice(g, again).trim(), lead: null, body: t.slice(again) };
    }
    return { headline: cand.trim(), lead: null, body: t.slice(g) };
  }
  return { headline: null, lead: null, body: t };
}

const INTERVIEW_ANY_ONE = /^[\s\p{L}\u200C]{0,30}?در[\s\u200C]*گفت[\s\u200C]*(?:و[\s\u200C]*)?گو|^\s*(?:گفت|افزود|اظهار)/u;
const INTERVIEW_ANY = /در[\s\u200C]*گفت[\s\u200C]*(?:و[\s\u200C]*)?گو(?:ی[\s\u200C]+\S+)?[\s\u200C]+با[\s\u200C]+([^،,:.«\n]{2,80})/gu;

/** «در گفتگو با خبرنگار سیاست خارجی خبرگزاری برنا», «در گفت وگو با ایسنا»: an agency the person spoke to,
 * right after «با» or after «خبرنگار» and up to three desk words. */
function interviewAgency(body: string): string | undefined {
  for (const m of body.matchAll(INTERVIEW_ANY)) {
    const words = m[1].trim().split(/\s+/).slice(0, 8);
    const reporter = /^خبرنگار(?:ان)?$/u.test(words[0]) ? 1 : 0;
    for (let i = reporter; i <= (reporter ? 4 : 0) && i < words.length; i++) {
      for (let k = Math.min(3, words.length - i); k >= 1; k--) {
        const a = canonicalAgency(words.slice(i, i + k).join(' '));
        if (a) return a;
      }
    }
  }
  return undefined;
}

/** «یک کارشناس مسائل بین‌المللایران منتظر …» + «یک کارشناس مسائل بین‌الملل در خصوص …»: a روتیتر glued to the
 * headline, which the lead repeats word for word; the headline starts where the repetition stops mid-word. */
function withoutKicker(headline: string, next: string): string {
  let c = 0;
  while (c < headline.length && c < next.length && headline[c] === next[c]) c++;
  if (c < 10 || !/\s/u.test(headline.slice(0, c)) || !/\p{L}/u.test(headline[c - 1] ?? '') || !/\p{L}/u.test(headline[c] ?? '') || !/\s/u.test(next[c] ?? '')) return headline;
  const rest = headline.slice(c).trim();
  return rest.split(/\s+/).length >= 3 ? rest : headline;
}

function isOpening(p: string): boolean {
  if (OPENER.test(p.slice(0, 12)) || DATELINE.test(p.slice(0, 60)) && p.search(DATELINE) === 0) return true;
  // «حمزه زرینی در گفت‌وگو با خبرنگار ورزشی خبرگزاری فارس …», «… در گفت و گو با خبرگزاری فارس افزود»: the body's
  // first sentence names the interviewing agency
  const first = p.slice(0, 160).replace(/[\u200e\u200f]/g, '\u200c');
  const iv = first.match(INTERVIEW) ?? first.match(INTERVIEW_AGENCY);
  return iv !== null && !/[.!?؟]/u.test(first.slice(0, iv.index));
}

/** «… در گفت و گو با خبرگزاری فارس …» (no «خبرنگار»). */
const INTERVIEW_AGENCY = /در[\s\u200C]*گفت[\s\u200C]*(?:و[\s\u200C]*)?گو[\s\u200C]+با[\s\u200C]+خبرگزاری[\s\u200C]+\p{L}/u;

/** «خبرگزاری فارس: …», «خبرگزاری فارس- …»: a paragraph opened by an agency byline, as Fars opens its leads. */
function opensWithByline(p: string): boolean {
  const m = p.slice(0, 40).match(/^([\p{L}\u200C ]{2,30}?)\s*[:：\-–]/u);
  return m !== null && canonicalAgency(m[1].trim()) !== undefined;
}

/** A dateline at the start of a body («تهران- ایرنا-», «ایسنا/سمنان», «خبرگزاری فارس- گروه سینما:»), removed. */
export function splitDateline(body: string): { body: string; agency?: string; service?: string; place?: string } {
  const d = `${body.slice(0, 120)} `.match(DATELINE);
  if (!d || d.index !== 0) return { body };
  const a = d[2] ?? d[3] ?? d[5];
  const desk = d[4] && /^(?:گروه|سرویس)/u.test(d[4]) ? d[4].trim() : undefined;
  return {
    body: body.slice(Math.min(d[0].length, body.length)).trimStart(),
    agency: canonicalAgency(a) ?? a,
    service: desk,
    place: desk ? undefined : (d[1] ?? d[4] ?? d[6])?.trim(),
  };
}

/** Parses plain wire copy into an article source. */
export function parseWire(raw: string, origin?: string): WireParts {
  // Arabic ي/ك (Windows-1256 copy, old archives) become Persian letters so the patterns below match.
  let text = raw.replace(/^[\uFEFF\u200B\s]+/u, '').replace(/\r\n?/g, '\n').replace(/ي/g, 'ی').replace(/ك/g, 'ک');
  text = stripEndMarkers(text);
  const paras = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
  let agency: string | null = null;
  let service: string | null = null;
  let published: string | null = null;
  let place: string | undefined;
  const sources: string[] = [];

  // Agency/service and date lines anywhere in the first lines.
  for (let i = 0; i < Math.min(4, paras.length); i++) {
    const a = paras[i].match(AGENCY_LINE);
    if (a && paras[i].length < 80) {
      agency = canonicalAgency(a[1]) ?? a[1];
      service = a[2]?.trim() || null;
      paras.splice(i--, 1);
      continue;
    }
    if (paras[i].length < 40 && paras.length > 1) {
      const only = splitDateline(paras[i]);
      if (only.agency && !only.body) {
        agency = only.agency;
        service ??= only.service ?? null;
        paras.splice(i--, 1);
        continue;
      }
    }
    if (paras[i].length < 60) {
      const date = parsePublished(paras[i]);
      if (date && paras[i].replace(/[\p{N}\/:\-\s,،]|ساعت|(?:شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ماه)/gu, '').length < 6) {
        published = date;
        paras.splice(i--, 1);
      }
    }
  }

  let split: Split;
  if (paras.length === 0) split = { headline: null, lead: null, body: '' };
  else if (paras.length === 1) split = splitGlued(paras[0]);
  else {
    let i = 0;
    let headline: string | null = null;
    let lead: string | null = null;
    // Persian headlines do not end with a period; a first line that does is body text.
    if (paras[0].length <= 250 && !isOpening(paras[0]) && !/\.["»)]?$/u.test(paras[0])) headline = paras[i++];
    if (headline && paras.length - i >= 2 && paras[i].length <= 700 && (isOpening(paras[i + 1]) || opensWithByline(paras[i]))) lead = paras[i++];
    split = { headline, lead, body: paras.slice(i).join('\n\n') };
  }

  if (split.headline) split.headline = withoutKicker(split.headline, split.lead ?? split.body);
  let body = split.body;
  // Datelines and «X نوشت:» at the start of the body.
  const dl = splitDateline(body);
  if (dl.agency) {
    agency ??= dl.agency;
    service ??= dl.service ?? null;
    place = dl.place;
    body = dl.body;
  }
  const w = body.match(WROTE);
  if (w) {
    sources.push(w[1]);
    body = body.slice(w[0].length);
  }

  const attributions = findAttributions(body);
  if (!agency) {
    // The publisher is the first agency attribution that opens a sentence («به گزارش خبرگزاری مهر، …»).
    const own = attributions.find((a) => a.agency && (a.start === 0 || /[.!?؟\n»\p{L}]\s*$/u.test(body.slice(Math.max(0, a.start - 3), a.start))));
    if (own) {
      agency = own.agency!;
      service ??= own.service ?? null;
    }
  }
  // «در گفت‌وگو با خبرنگار مهر» / «… خبرگزاری فارس» / «… با ایسنا»: the interviewing agency published it
  if (!agency) {
    const iv = body.match(INTERVIEW);
    if (iv) agency = canonicalAgency(iv[1].split(/\s+/).slice(-2).join(' ')) ?? canonicalAgency(iv[1].split(/\s+/).pop()!) ?? null;
    agency ??= interviewAgency(body) ?? null;
  }
  // «اقتصادنیوز: …», «پایگاه خبری تحلیلی نامه نیوز (namehnews.com) :» opening the lead or body names the publisher
  // (and a lead opened by the publisher's byline, «خبرگزاری فارس: استاندار … گفت: …», loses it: a byline, not lead text)
  const by = (split.lead ?? body).match(/^(?:پایگاه[\s\u200C]+(?:خبری|اطلاع[\s\u200C]*رسانی)(?:[\s\u200C]+(?:و[\s\u200C]+)?تحلیلی)?[\s\u200C]+)?([\p{L}\u200C]+(?:\s[\p{L}\u200C]+)?)\s*(?:\([^()]{1,40}\))?\s*:\s*/u);
  const byline = by ? canonicalAgency(by[1]) : undefined;
  if (byline && (!agency || byline === agency)) {
    agency = byline;
    if (split.lead?.startsWith(by![0])) split.lead = split.lead.slice(by![0].length) || null;
  }
  for (const s of sourcesOf(attributions, agency)) if (!sources.includes(s)) sources.push(s);
  return {
    headline: split.headline,
    lead: split.lead,
    agency,
    service,
    sources: agency ? sources.filter((s) => canonicalAgency(s) !== agency) : sources,
    published,
    body: body.trim(),
    origin,
    place,
  };
}
