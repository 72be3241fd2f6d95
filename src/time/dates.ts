// Date expressions in Persian news text -> ISO dates and intervals.
//
// Values: one day is "YYYY-MM-DD" (Gregorian); anything longer (a month, a year, a week, a range, «۱۵ سال
// اخیر») is an ISO 8601 interval "YYYY-MM-DD/YYYY-MM-DD" whose end day is included. Jalali and Hijri
// months do not line up with Gregorian ones, so every span is written with whole days.
//
// Resolution against the reference (the article's publication day):
//  - a day or month without a year (۱۷ آذر، در آبان‌ماه) takes the year that puts it nearest the reference;
//    «دسامبر گذشته» the latest one before it, «… آینده» the first one after it;
//  - a bare weekday (روز سه‌شنبه) is the most recent such day on or before the reference: news is written
//    in the past tense about the days just gone; when its sentence speaks of the future (خواهد، قرار است)
//    it is the first such day on or after the reference; «سه‌شنبه آینده» is the next one after it,
//    «سه‌شنبه هفته گذشته» the one in the previous Saturday–Friday week;
//  - «هفته/ماه/سال گذشته» is the previous Persian week (Sat–Fri), Jalali month, Jalali year;
//  - «N روز/ماه/سال پیش» is one day, N units before; «N سال اخیر/گذشته» the interval from then to the reference.
// Without a reference such expressions are still reported, with value "" (calendar 'relative' for the
// purely relative ones). Impossible days (۳۱ اسفند ۱۴۰۰، ۳۰ فوریه، ۳۲ آبان) get valid: false and value "".
import type { DateMention } from '../article.ts';
import MONTHS from './data/months.json' with { type: 'json' };
import RELATIVE from './data/relative.json' with { type: 'json' };
import NUMBERS from './data/numbers.json' with { type: 'json' };
import { fold } from './fold.ts';
import { TokenStream, table, wordBefore } from './tokens.ts';
import { readNumber } from './numbers.ts';
import {
  type Calendar, type DaySpan, addMonths, dateOf, dayToJdn, isoOfSpan, maxMonthLength, monthLength, monthSpan,
  referenceDay, weekdayOf, yearInRange, yearSpan,
} from './calendar.ts';

// --- language data -----------------------------------------------------------------------------

interface MonthEntry { cal: Calendar; m: number; ambiguous: boolean }
const AMBIGUOUS = new Set(MONTHS.ambiguous.map(fold));
const MONTH_TABLE = new Map<string, MonthEntry>();
for (const cal of ['jalali', 'gregorian', 'hijri'] as const) {
  for (const [name, m] of table<number>(MONTHS[cal], fold)) MONTH_TABLE.set(name, { cal, m, ambiguous: AMBIGUOUS.has(name) });
}
/** Names that need a day number or a year beside them, «ماه» is not enough (می: verb prefix, مه: fog). */
const NEEDS_NUMBER = new Set(['می', 'مه', 'مای', 'جون', 'صفر']);

const WEEKDAYS = table<number>(RELATIVE.weekdays, fold);
const WEEKDAY_BLOCKERS = new Set(RELATIVE.weekdayBlockers.map(fold));
const REL_DAYS = table<number>(RELATIVE.days, fold);
const UNITS = table<string>(RELATIVE.units, fold);
const PARTS = table<string>(RELATIVE.parts, fold);
const HALVES = table<number>(RELATIVE.halves, fold);
const PAST = new Set(RELATIVE.past);
const FUTURE = new Set(RELATIVE.future);
const CURRENT = new Set(RELATIVE.current);
const RANGE_WORDS = new Set(RELATIVE.rangeWords.map(fold));
const RANGE_OPENERS = new Set(RELATIVE.rangeOpeners);
const ERAS = new Map<string, Calendar>();
for (const e of RELATIVE.eraJalali) ERAS.set(e, 'jalali');
for (const e of RELATIVE.eraGregorian) ERAS.set(e, 'gregorian');
for (const e of RELATIVE.eraHijri) ERAS.set(e, 'hijri');
/** Words before a month name that make a bare month a date (در آبان، تا آذر). */
const MONTH_CUES = new Set(['در', 'طی', 'تا', 'از', 'به', 'برای', 'ماه', 'و', 'یا', 'الی', 'لغایت', 'پایان', 'اوایل', 'اواخر', 'اواسط', 'ابتدای', 'نیمه']);
const NUMBER_WORDS = new Set([...Object.keys(NUMBERS.atoms), 'چند']);
const WEEKDAY_NUMBERS = new Set(['یک', 'دو', 'سه', 'چهار', 'پنج']);
const VAGUE_COUNTS = new Set(['چند', 'چندین', 'همه', 'تمام']);
const NOT_MONTH_BEFORE = new Set(['خبرگزاری', 'خبرنگار', 'مسکن', 'بانک', 'موسسه', 'مؤسسه', 'روزنامه', 'سازمان']);

/** Pre-filter: where a date expression can start. Digits, and the first word of every expression. */
const ANCHOR_WORDS = [
  ...MONTH_TABLE.keys(), ...WEEKDAYS.keys(), ...REL_DAYS.keys(), ...UNITS.keys(), ...PARTS.keys(),
  ...Object.keys(NUMBERS.atoms), ...Object.keys(NUMBERS.scales), ...Object.keys(NUMBERS.ordinals), ...Object.keys(MONTHS.seasons), 'امسال', 'پارسال', 'نیم', 'فصل',
].map((w) => w.split(' ')[0]);
const ANCHOR = new RegExp(
  `(?<![0-9.٫,٬])[0-9]|(?<![\\p{L}\\p{M}\\u200c])(?:${[...new Set(ANCHOR_WORDS)].sort((a, b) => b.length - a.length).join('|')})`,
  'gu',
);

// --- intermediate forms ------------------------------------------------------------------------

/** A date as written: any of day, month, year may be missing. */
interface Partial {
  cal: Calendar;
  y?: number;
  m?: number;
  d?: number;
  /** امسال 0, سال گذشته -1, سال آینده +1 (relative to the reference's year) */
  yearRel?: number;
  /** «دسامبر گذشته» -1, «… آینده» +1, «… جاری» 0 */
  monthDir?: number;
  /** a Hijri month dated by the Jalali year it fell in («محرم ۱۳۴۲»: Muharram of 1342 SH, June 1963) */
  jalaliYear?: number;
}

/** Hijri years written in today's news are 14xx; a lower 4-digit year beside a Hijri month is a Jalali year. */
const HIJRI_YEARS_FROM = 1410;

interface Resolved {
  /** null when the expression needs a reference date that is not known */
  span: DaySpan | null;
  valid: boolean;
  calendar: DateMention['calendar'];
  /** what the span is, so that «اوایل/اواخر/نیمه» can take a part of it */
  unit: 'day' | 'week' | 'month' | 'year' | 'other';
  cal?: Calendar;
  y?: number;
  m?: number;
}

interface Parsed {
  res: Resolved;
  next: number;
  /** token where the mention starts when it is not the first one read (after a list of days) */
  first?: number;
  /** further mentions found in the same stretch: the days of a list «۲۵ و ۲۶ بهمن» before the last one */
  also?: { first: number; next: number; res: Resolved }[];
}

interface Ctx { ts: TokenStream; ref: number | null; text: string }

const unresolved = (calendar: DateMention['calendar'], unit: Resolved['unit'] = 'other'): Resolved => ({ span: null, valid: true, calendar, unit });
const invalid = (calendar: DateMention['calendar']): Resolved => ({ span: null, valid: false, calendar, unit: 'day' });

// --- small readers -----------------------------------------------------------------------------

/** A month name at token k: «آبان», «آبان ماه», «آبان‌ماه», «آبانماه», «ماه آبان», «ماه مبارک رمضان». */
function monthAt(ctx: Ctx, k: number): { e: MonthEntry; next: number; mah: boolean } | null {
  const { ts } = ctx;
  let mah = false;
  let j = k;
  if (ts.isWord(j, 'ماه')) {
    mah = true;
    j++;
    if (ts.isWord(j, 'مبارک')) j++;
  }
  let hit = ts.lookup(j, MONTH_TABLE, 2);
  if (!hit) {
    const t = ts.at(j);
    if (!t || t.kind !== 'word' || mah || !t.text.endsWith('ماه')) return null;
    const e = MONTH_TABLE.get(t.text.slice(0, -3));
    if (!e) return null;
    return { e, next: j + 1, mah: true };
  }
  j += hit.n;
  if (hit.value.cal === 'hijri' && ts.isWord(j, 'المبارک', 'الحرام', 'المعظم', 'المرجب', 'المکرم')) j++; // «رمضان المبارک»
  if (!mah && ts.isWord(j, 'ماه')) { mah = true; j++; }
  return { e: hit.value, next: j, mah };
}

/** A year number at token k (digits), with an optional era word after it. */
function yearNumberAt(ctx: Ctx, k: number): { y: number; digits: number; era?: Calendar; next: number } | null {
  const t = ctx.ts.at(k);
  if (!t || t.kind !== 'num' || !/^[0-9]{2,4}$/.test(t.text)) return null;
  const after = ctx.ts.at(k + 1);
  if (after && after.glued && (after.kind === 'num' || after.text === '%')) return null;
  if (after && after.glued && (after.text === '/' || after.text === ':')) {
    const more = ctx.ts.at(k + 2);
    if (more && more.glued && more.kind === 'num') return null; // 1400/08 or 14:30, not a year
  }
  let next = k + 1;
  let era: Calendar | undefined;
  const hijriSh = ctx.ts.phrase(next, 2);
  if (hijriSh && ERAS.has(hijriSh)) { era = ERAS.get(hijriSh); next += 2; }
  else { const w = ctx.ts.at(next); if (w && w.kind === 'word' && ERAS.has(w.text) && w.text.length > 1) { era = ERAS.get(w.text); next++; } }
  return { y: Number(t.text), digits: t.text.length, era, next };
}

/**
 * A two-digit year (دی ماه ۹۸) must look like one: ۵۰–۹۹ or written with a leading zero (۰۱), and not
 * be a count («در آبان‌ماه ۱۱ هزار …»).
 */
function shortYearOk(ctx: Ctx, k: number, next: number): boolean {
  const t = ctx.ts.at(k)!.text;
  if (!(t[0] === '0' || Number(t) >= 50)) return false;
  const after = ctx.ts.at(next);
  return !(after && after.kind === 'word' && SCALE_WORDS.has(after.text));
}
const SCALE_WORDS = new Set(Object.keys(NUMBERS.scales));

/** A year written with two digits after a Jalali month or «سال» (۹۸ -> 1398, ۰۱ -> 1401). */
const jalaliShortYear = (yy: number) => (yy < 50 ? 1400 + yy : 1300 + yy);

/** Calendar of a bare year number (after «سال», or in a range of years). */
function yearCalendar(y: number, digits: number, era?: Calendar): { cal: Calendar; y: number } | null {
  if (era === 'gregorian' && digits === 2) return { cal: era, y: y < 30 ? 2000 + y : 1900 + y }; // «سال ۷۰ میلادی»
  if (era) return { cal: era, y: digits === 2 && era === 'jalali' ? jalaliShortYear(y) : y };
  if (digits === 2) return { cal: 'jalali', y: jalaliShortYear(y) };
  if (digits !== 4) return null;
  if (y >= 1200 && y < 1500) return { cal: 'jalali', y };
  if (y >= 1500 && y <= 2200) return { cal: 'gregorian', y };
  return null;
}

/** «سال جاری», «سال گذشته», «امسال», «پارسال», «همین سال» -> year offset. */
function yearRelAt(ctx: Ctx, k: number): { rel: number; next: number } | null {
  const { ts } = ctx;
  if (ts.isWord(k, 'امسال')) return { rel: 0, next: k + 1 };
  if (ts.isWord(k, 'پارسال')) return { rel: -1, next: k + 1 };
  if (ts.isWord(k, 'همین') && ts.isWord(k + 1, 'سال')) return { rel: 0, next: k + 2 };
  if (ts.isWord(k, 'سال')) {
    const w = ts.at(k + 1);
    if (w && w.kind === 'word') {
      if (CURRENT.has(w.text)) return { rel: 0, next: k + 2 };
      if (w.text === 'گذشته' || w.text === 'قبل' || w.text === 'پیش') return { rel: -1, next: k + 2 };
      if (w.text === 'آینده' || w.text === 'آتی' || w.text === 'بعد') return { rel: 1, next: k + 2 };
    }
  }
  return null;
}

/** A day number (digits or words, cardinal or ordinal) at k. */
function dayAt(ctx: Ctx, k: number): { d: number; next: number; ordinal: boolean } | null {
  const t = ctx.ts.at(k);
  if (!t || (t.kind === 'num' && !/^[0-9]{1,2}$/.test(t.text))) return null;
  const n = readNumber(ctx.ts, k);
  if (!n || !Number.isInteger(n.value) || n.value > 99 || n.scale > 1) return null;
  return { d: n.value, next: n.next, ordinal: n.ordinal };
}

// --- explicit dates ----------------------------------------------------------------------------

/**
 * DAY? MONTH YEAR-PART? at k, e.g. «۲۴ آبان ۱۴۰۵», «۱۴ ژوئیه ۲۰۱۵», «آبان ماه امسال», «۳۰ دسامبر سال ۲۰۱۹»,
 * «۹ دی ماه ۹۸», «۱۵ شعبان ۱۴۴۷». `cue` says a part word (اوایل …) stands before it.
 */
function explicitAt(ctx: Ctx, k: number, cue = false): { p: Partial; next: number } | null {
  const { ts } = ctx;
  let d: number | undefined;
  let j = k;
  const first = ts.at(k);
  if (!first) return null;
  let dayInWords = false;
  if (first.kind === 'num' || !MONTH_TABLE.has(first.text)) {
    const day = dayAt(ctx, k);
    if (day) { d = day.d; j = day.next; dayInWords = first.kind === 'word' && !day.ordinal; }
  }
  const mon = monthAt(ctx, j);
  if (!mon) return null;
  const { e } = mon;
  j = mon.next;
  const p: Partial = { cal: e.cal, m: e.m, d };
  // year part
  let hasYear = false;
  let k2 = j;
  if (ts.isWord(k2, 'سال')) k2++;
  const yn = yearNumberAt(ctx, k2);
  if (yn && (!yn.era || yn.era === e.cal || (e.cal === 'hijri' && yn.era === 'jalali'))) {
    if (yn.digits === 4 && e.cal === 'hijri' && (yn.era === 'jalali' || (!yn.era && yn.y < HIJRI_YEARS_FROM))) { p.jalaliYear = yn.y; hasYear = true; j = yn.next; }
    else if (yn.digits === 4) { p.y = yn.y; hasYear = true; j = yn.next; }
    else if (yn.digits === 2 && e.cal === 'jalali' && shortYearOk(ctx, k2, yn.next)) { p.y = jalaliShortYear(yn.y); hasYear = true; j = yn.next; }
  }
  if (!hasYear) {
    const yr = yearRelAt(ctx, j);
    if (yr) { p.yearRel = yr.rel; j = yr.next; hasYear = true; }
    else {
      const w = ts.at(j);
      if (w && w.kind === 'word' && d === undefined) {
        if (w.text === 'گذشته' || w.text === 'قبل') { p.monthDir = -1; j++; }
        else if (w.text === 'آینده' || w.text === 'آتی') { p.monthDir = 1; j++; }
        else if (w.text === 'جاری') { p.monthDir = 0; j++; }
      }
    }
  }
  // guard the names that are also common words
  const name = ts.at(mon.next - 1)!.text;
  const firstTok = ts.at(k)!;
  const before = wordBefore(ctx.text, firstTok.start);
  if (d === undefined && NOT_MONTH_BEFORE.has(before)) return null;
  // «۹۸ می‌رسد», «۵ می شود»: می/مه need a year, or «ماه» before them
  if (NEEDS_NUMBER.has(name) && name !== 'صفر' && p.y === undefined && !(mon.mah && d !== undefined)) return null;
  if (name === 'صفر' && d === undefined && p.y === undefined) return null;
  const opensRange = (before === 'از' || before === 'بین') && isRangeWord(ctx, j); // «از بهمن تا فروردین ۱۴۰۱»
  if (e.ambiguous && d === undefined && !hasYear && !mon.mah && p.monthDir === undefined && !opensRange && !cue) return null;
  if (e.ambiguous && e.cal === 'hijri' && d !== undefined && !hasYear && !mon.mah && name === 'صفر') return null;
  // «سی دی» (a CD), «سه تیر» (three shots), «یک مهر» (a stamp): a cardinal word is no day for these names
  if (e.ambiguous && dayInWords && !hasYear && !mon.mah) return null;
  if (d === undefined && !hasYear && !mon.mah && !cue && p.monthDir === undefined && !MONTH_CUES.has(before)) return null;
  return { p, next: j };
}

/** The year to use for a date written without one, or undefined when it needs a reference we lack. */
function pickYear(p: Partial, ref: number | null): number | undefined {
  if (p.y !== undefined) return p.y;
  if (p.jalaliYear !== undefined) {
    // the Hijri year whose month m begins inside that Jalali year
    const span = yearSpan('jalali', p.jalaliYear);
    if (!span || p.m === undefined) return undefined;
    const hy = dateOf('hijri', span.start).y;
    for (const y of [hy, hy + 1]) { const ms = monthSpan('hijri', y, p.m); if (ms && ms.start >= span.start && ms.start <= span.end) return y; }
    return undefined;
  }
  if (ref === null) return undefined;
  const ry = dateOf(p.cal, ref).y;
  if (p.yearRel !== undefined) return ry + p.yearRel;
  if (p.monthDir === 0) return ry;
  let best: number | undefined;
  let bestDist = Infinity;
  for (const y of [ry - 1, ry, ry + 1]) {
    if (!yearInRange(p.cal, y)) continue;
    const span = p.d !== undefined
      ? (() => { const s = dayToJdn(p.cal, y, p.m!, Math.min(p.d!, monthLength(p.cal, y, p.m!))); return s === null ? null : { start: s, end: s }; })()
      : monthSpan(p.cal, y, p.m!);
    if (!span) continue;
    if (p.monthDir === -1) { if (span.end < ref) best = y; continue; }
    if (p.monthDir === 1) { if (span.start > ref && best === undefined) best = y; continue; }
    const dist = ref < span.start ? span.start - ref : ref > span.end ? ref - span.end : 0;
    if (dist < bestDist) { bestDist = dist; best = y; }
  }
  return best;
}

function resolvePartial(p: Partial, ref: number | null): Resolved {
  const calendar = p.cal;
  if (p.m !== undefined && p.d !== undefined && (p.d < 1 || p.d > maxMonthLength(p.cal, p.m))) return invalid(calendar);
  const y = pickYear(p, ref);
  const unit = p.d !== undefined ? 'day' : p.m !== undefined ? 'month' : 'year';
  if (y === undefined) return unresolved(calendar, unit);
  if (!yearInRange(p.cal, y)) return invalid(calendar);
  if (p.m === undefined) {
    const span = yearSpan(p.cal, y);
    return span ? { span, valid: true, calendar, unit, cal: p.cal, y } : invalid(calendar);
  }
  if (p.d === undefined) {
    const span = monthSpan(p.cal, y, p.m);
    return span ? { span, valid: true, calendar, unit, cal: p.cal, y, m: p.m } : invalid(calendar);
  }
  const day = dayToJdn(p.cal, y, p.m, p.d);
  return day === null ? invalid(calendar) : { span: { start: day, end: day }, valid: true, calendar, unit, cal: p.cal, y, m: p.m };
}

/** «از ۱۴ آذر لغایت ۳ دی», «۱۰ تا ۱۵ آبان», «از فروردین تا مهرماه ۱۴۰۰»: the first end borrows what it lacks. */
function joinRange(a: Partial, b: Partial, ref: number | null): Resolved | null {
  if (a.cal !== b.cal) return null;
  const first: Partial = { ...a };
  const borrowed = first.y === undefined && first.yearRel === undefined;
  if (first.m === undefined) first.m = b.m;
  if (borrowed) { first.y = b.y; first.yearRel = b.yearRel; first.monthDir = b.monthDir; }
  if (first.d === undefined && b.d !== undefined && a.m === undefined) return null;
  const rb = resolvePartial(b, ref);
  // the first end takes the year the second one resolved to
  if (borrowed && rb.y !== undefined) { first.y = rb.y; first.yearRel = undefined; first.monthDir = undefined; }
  let ra = resolvePartial(first, ref);
  // «از بهمن تا فروردین ۱۴۰۱»: the start is in the year before
  if (borrowed && ra.span && rb.span && ra.span.start > rb.span.start && first.y !== undefined) {
    ra = resolvePartial({ ...first, y: first.y - 1 }, ref);
  }
  const calendar = a.cal;
  if (!ra.valid || !rb.valid) return invalid(calendar);
  if (!ra.span || !rb.span) return unresolved(calendar);
  if (ra.span.start > rb.span.end) return null;
  return { span: { start: ra.span.start, end: rb.span.end }, valid: true, calendar, unit: 'other' };
}

function isRangeWord(ctx: Ctx, k: number): boolean {
  const t = ctx.ts.at(k);
  return !!t && (t.kind === 'word' || t.kind === 'sym') && RANGE_WORDS.has(t.text);
}

function dayListAt(ctx: Ctx, k: number): Parsed | null {
  const days: { first: number; next: number; d: number }[] = [];
  let j = k;
  for (;;) {
    const day = dayAt(ctx, j);
    if (!day) return null;
    const sep = ctx.ts.at(day.next);
    if (!sep || !(sep.text === 'و' || sep.text === '،' || sep.text === ',')) return null;
    days.push({ first: j, next: day.next, d: day.d });
    j = day.next + 1;
    if (sep.text === 'و' || days.length > 6) break;
  }
  const last = explicitAt(ctx, j, true);
  if (!last || last.p.d === undefined || last.p.m === undefined) return null;
  const also = days.map((x) => ({ first: x.first, next: x.next, res: resolvePartial({ ...last.p, d: x.d }, ctx.ref) }));
  return { res: resolvePartial(last.p, ctx.ref), next: last.next, first: j, also };
}

/** Past «روز یکشنبه» when a date follows it: «… تا روز پنج‌شنبه ۱۹ تیر». */
function skipWeekday(ctx: Ctx, k: number): number {
  const j = ctx.ts.isWord(k, 'روز') ? k + 1 : k;
  const hit = ctx.ts.lookup(j, WEEKDAYS, 2);
  return hit ? j + hit.n : k;
}

/** An explicit date, or a range whose first end is an explicit date or a bare day. */
function explicitOrRange(ctx: Ctx, k: number, cue = false): Parsed | null {
  const a = explicitAt(ctx, k, cue);
  if (a) {
    if (isRangeWord(ctx, a.next)) {
      const b = explicitAt(ctx, skipWeekday(ctx, a.next + 1), true);
      if (b && (a.p.m !== undefined)) {
        const r = joinRange(a.p, b.p, ctx.ref);
        if (r) return { res: r, next: b.next };
      }
    }
    return { res: resolvePartial(a.p, ctx.ref), next: a.next };
  }
  // «۲۵ و ۲۶ بهمن», «۱۰، ۱۲ و ۱۴ آوریل»: each day of the list takes the month and year of the last one
  const list = dayListAt(ctx, k);
  if (list) return list;
  // «۱۰ تا ۱۵ آبان»
  const day = dayAt(ctx, k);
  if (day && isRangeWord(ctx, day.next)) {
    const b = explicitAt(ctx, day.next + 1, true);
    if (b && b.p.d !== undefined) {
      const r = joinRange({ cal: b.p.cal, d: day.d }, b.p, ctx.ref);
      if (r) return { res: r, next: b.next };
    }
  }
  return null;
}

// --- seasons -----------------------------------------------------------------------------------

const SEASONS = table<number>(MONTHS.seasons, fold);

/** «بهار ۱۴۰۰», «تابستان سال گذشته», «فصل پاییز»: three Jalali months. */
function seasonAt(ctx: Ctx, k: number): Parsed | null {
  const { ts, ref } = ctx;
  let j = k;
  const named = ts.isWord(j, 'فصل');
  if (named) j++;
  const t = ts.at(j);
  const first = t && t.kind === 'word' ? SEASONS.get(t.text) : undefined;
  if (first === undefined) return null;
  j++;
  let y: number | undefined;
  let rel: number | undefined;
  let dir = 0;
  let calendar: Calendar = 'jalali';
  const k2 = ts.isWord(j, 'سال') ? j + 1 : j;
  const yn = yearNumberAt(ctx, k2);
  const yc = yn && yn.digits === 4 ? yearCalendar(yn.y, 4, yn.era) : null;
  if (yn && yc && yc.cal === 'jalali') { y = yn.y; j = yn.next; }
  else if (yn && yc && yc.cal === 'gregorian') {
    // «بهار ۲۰۲۰»: the Iranian (astronomical) season of that Gregorian year; winter is the one ending in it
    y = yn.y - 621 - (first === 10 ? 1 : 0); calendar = 'gregorian'; j = yn.next;
  } else if (yn && yn.digits === 2 && shortYearOk(ctx, k2, yn.next)) { y = jalaliShortYear(yn.y); j = yn.next; }
  else {
    const yr = yearRelAt(ctx, j);
    if (yr) { rel = yr.rel; j = yr.next; }
    else if (ts.isWord(j, 'گذشته', 'آینده')) { dir = ts.at(j)!.text === 'گذشته' ? -1 : 1; j++; }
    else if (!named) return null;
  }
  if (y === undefined) {
    if (ref === null) return { res: unresolved(calendar), next: j };
    const ry = dateOf('jalali', ref).y;
    if (rel !== undefined) y = ry + rel;
    else {
      // the nearest such season; «تابستان گذشته» the latest before the reference, «… آینده» the next one
      let best = ry, dist = Infinity;
      for (const c of [ry - 1, ry, ry + 1]) {
        const a = monthSpan('jalali', c, first), b = monthSpan('jalali', c, first + 2);
        if (!a || !b) continue;
        if (dir === -1) { if (b.end < ref) best = c; continue; }
        if (dir === 1) { if (a.start > ref && dist === Infinity) { best = c; dist = 0; } continue; }
        const dd = ref < a.start ? a.start - ref : ref > b.end ? ref - b.end : 0;
        if (dd < dist) { dist = dd; best = c; }
      }
      y = best;
    }
  }
  const a = monthSpan('jalali', y, first), b = monthSpan('jalali', y, first + 2);
  if (!a || !b) return { res: invalid(calendar), next: j };
  return { res: { span: { start: a.start, end: b.end }, valid: true, calendar, unit: 'other' }, next: j };
}

// --- numeric dates -----------------------------------------------------------------------------

const NUMERIC_DATE = /([0-9]{1,4})([/\-.])([0-9]{1,2})\2([0-9]{1,4})(?![0-9]|[/.\-][0-9])/y;

/** 1400/08/24, 2021-12-05, 24/08/1400, 05.12.2021 */
function numericAt(ctx: Ctx, k: number): Parsed | null {
  const t = ctx.ts.at(k);
  if (!t || t.kind !== 'num') return null;
  if (t.start > 0 && /[0-9/\-.]/.test(ctx.text[t.start - 1]) && /[0-9]/.test(ctx.text[t.start - 2] ?? '')) return null;
  NUMERIC_DATE.lastIndex = t.start;
  const m = NUMERIC_DATE.exec(ctx.text);
  if (!m) return null;
  let y: number, mo: number, d: number;
  if (m[1].length === 4 && m[4].length <= 2) [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
  else if (m[4].length === 4 && m[1].length <= 2) [d, mo, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
  else return null;
  const cal = yearCalendar(y, 4);
  if (!cal) return null;
  if (cal.cal === 'gregorian' && m[4].length === 4 && d <= 12 && mo <= 12 && d !== mo && ctx.ref !== null) {
    // 12/3/2021: day-first or month-first? take the reading nearer the reference
    const a = dayToJdn('gregorian', y, mo, d), b = dayToJdn('gregorian', y, d, mo);
    if (a !== null && b !== null && Math.abs(b - ctx.ref) < Math.abs(a - ctx.ref)) [d, mo] = [mo, d];
  }
  const end = m.index + m[0].length;
  let next = k;
  while (ctx.ts.at(next) && ctx.ts.at(next)!.end <= end) next++;
  const day = dayToJdn(cal.cal, y, mo, d);
  const res: Resolved = day === null ? invalid(cal.cal) : { span: { start: day, end: day }, valid: true, calendar: cal.cal, unit: 'day' };
  return { res, next };
}

// --- years, decades ----------------------------------------------------------------------------

/** «سال ۱۴۰۰», «سال ۲۰۱۵ میلادی», «سال ۹۹», «سال‌های ۱۳۹۸ تا ۱۴۰۰», «دهه ۶۰», and bare «۱۳۹۸ تا ۱۴۰۰». */
function yearAt(ctx: Ctx, k: number): Parsed | null {
  const { ts } = ctx;
  let j = k;
  let lead: 'سال' | 'دهه' | null = null;
  let plural = false;
  if (ts.isWord(j, 'سال') || ts.isWord(j, 'دهه')) {
    lead = ts.at(j)!.text as 'سال' | 'دهه';
    j++;
    if (ts.isWord(j, 'های', 'ها', 'هاى')) { plural = true; j++; }
  }
  const y1 = yearNumberAt(ctx, j);
  if (!y1) return null;
  if (lead === null && y1.digits !== 4) return null;
  if (y1.digits === 2 && !y1.era && lead === 'سال' && !shortYearOk(ctx, j, y1.next)) return null;
  const c1 = yearCalendar(y1.y, y1.digits, y1.era);
  if (!c1) return null;
  if (lead === 'دهه') {
    if (y1.y % 10 !== 0) return null;
    // «دهه ۶۰» is the 1360s, «دهه ۹۰ میلادی» the 1990s
    const start = y1.digits !== 2 ? c1.y : c1.cal === 'gregorian' ? 1900 + y1.y : 1300 + y1.y;
    const end = start + 9;
    const a = yearSpan(c1.cal, start), b = yearSpan(c1.cal, end);
    if (!a || !b) return null;
    return { res: { span: { start: a.start, end: b.end }, valid: true, calendar: c1.cal, unit: 'other' }, next: y1.next };
  }
  // a range of years
  if (isRangeWord(ctx, y1.next)) {
    const y2 = yearNumberAt(ctx, y1.next + 1);
    if (y2 && (y2.digits === y1.digits || lead)) {
      const c2 = yearCalendar(y2.y, y2.digits, y2.era ?? y1.era);
      if (c2 && c2.cal === c1.cal && c2.y > c1.y && c2.y - c1.y < 300) {
        const a = yearSpan(c1.cal, c1.y), b = yearSpan(c2.cal, c2.y);
        if (a && b) return { res: { span: { start: a.start, end: b.end }, valid: true, calendar: c1.cal, unit: 'other' }, next: y2.next };
      }
    }
  }
  if (lead !== 'سال' || plural) return null; // a bare number is a year only after «سال» or in a range
  const span = yearSpan(c1.cal, c1.y);
  if (!span) return { res: invalid(c1.cal), next: y1.next };
  return { res: { span, valid: true, calendar: c1.cal, unit: 'year', cal: c1.cal, y: c1.y }, next: y1.next };
}

// --- relative expressions ----------------------------------------------------------------------

/** Start (JDN) of the Persian week (Saturday to Friday) holding a day. */
const weekStart = (jdn: number) => jdn - ((weekdayOf(jdn) + 1) % 7);

function shift(ref: number, unit: string, n: number): number | null {
  switch (unit) {
    case 'day': return ref + n;
    case 'week': return ref + 7 * n;
    case 'month': return addMonths('jalali', ref, n);
    case 'year': return addMonths('jalali', ref, 12 * n);
    case 'decade': return addMonths('jalali', ref, 120 * n);
    default: return addMonths('jalali', ref, 1200 * n);
  }
}

const relative = (span: DaySpan | null, unit: Resolved['unit'] = 'other', extra: Partial | null = null): Resolved => {
  if (!span) return unresolved('relative', unit);
  const r: Resolved = { span, valid: true, calendar: 'relative', unit };
  if (extra) { r.cal = extra.cal; r.y = extra.y; r.m = extra.m; }
  return r;
};

/** «هفته/ماه/سال گذشته|جاری|آینده», «امسال», «N روز/سال پیش|اخیر|آینده», «روز گذشته». */
function unitAt(ctx: Ctx, k: number): Parsed | null {
  const { ts, ref } = ctx;
  const yr = ts.isWord(k, 'امسال', 'پارسال') ? yearRelAt(ctx, k) : null;
  if (yr) return { res: relYear(ref, yr.rel), next: yr.next };
  let j = k;
  let n: number | undefined;
  const t = ts.at(k);
  if (t && !UNITS.has(t.text)) {
    const num = readNumber(ts, k);
    if (!num || num.ordinal || !Number.isInteger(num.value) || num.value < 1 || num.value > 100000) return null;
    n = num.value;
    j = num.next;
  }
  const u = ts.at(j);
  if (!u || u.kind !== 'word') return null;
  const unit = UNITS.get(u.text);
  if (!unit) return null;
  // «چند سال گذشته», «چند روز اخیر»: vague, not last year or yesterday
  if (n === undefined && VAGUE_COUNTS.has(wordBefore(ctx.text, u.start))) return null;
  // «یک هفته بعد» whose count was refused above is not «هفته بعد» either
  if (n === undefined && (NUMBER_WORDS.has(wordBefore(ctx.text, u.start)) || /[0-9][ \u200c]*$/.test(ctx.text.slice(Math.max(0, u.start - 3), u.start)))) return null;
  j++;
  if (ts.isWord(j, 'های', 'ها')) { if (n === undefined) return null; j++; }
  const w = ts.at(j);
  if (!w || w.kind !== 'word') return null;
  const dir = PAST.has(w.text) ? -1 : FUTURE.has(w.text) ? 1 : CURRENT.has(w.text) ? 0 : null;
  if (dir === null) return null;
  j++;
  if (n !== undefined) {
    if (dir === 0) return null;
    if (ref === null) return { res: unresolved('relative'), next: j };
    const other = shift(ref, unit, dir * n);
    if (other === null) return { res: unresolved('relative'), next: j }; // «۵۰۰۰ سال پیش»: outside the calendars
    // «دو روز بعد» counts from an event in the story, not from the reference
    if (w.text === 'بعد') return null;
    if (w.text === 'پیش' || w.text === 'قبل' || w.text === 'دیگر') return { res: relative({ start: other, end: other }, 'day'), next: j };
    return { res: relative(dir < 0 ? { start: other, end: ref } : { start: ref, end: other }), next: j };
  }
  // no count: the previous / current / next calendar unit
  if (unit === 'day') {
    if (w.text !== 'گذشته') return null;
    return { res: relative(ref === null ? null : { start: ref - 1, end: ref - 1 }, 'day'), next: j };
  }
  if (unit === 'week') {
    if (ref === null) return { res: unresolved('relative', 'week'), next: j };
    const s = weekStart(ref) + 7 * dir;
    return { res: relative({ start: s, end: s + 6 }, 'week'), next: j };
  }
  if (unit === 'month') {
    // «ماه گذشته میلادی»: the Gregorian month; otherwise the Jalali one
    const cal: Calendar = ts.isWord(j, 'میلادی') ? 'gregorian' : 'jalali';
    if (cal === 'gregorian') j++;
    if (ref === null) return { res: unresolved('relative', 'month'), next: j };
    const moved = addMonths(cal, ref, dir);
    if (moved === null) return { res: unresolved('relative', 'month'), next: j };
    const { y, m } = dateOf(cal, moved);
    return { res: relative(monthSpan(cal, y, m), 'month', { cal, y, m }), next: j };
  }
  if (unit === 'year') return { res: relYear(ref, dir), next: j };
  return null;
}

function relYear(ref: number | null, rel: number): Resolved {
  if (ref === null) return unresolved('relative', 'year');
  const y = dateOf('jalali', ref).y + rel;
  return relative(yearSpan('jalali', y), 'year', { cal: 'jalali', y });
}

/** امروز، دیروز، فردا، پریروز، پس‌فردا، امشب، دیشب */
function relDayAt(ctx: Ctx, k: number): Parsed | null {
  const hit = ctx.ts.lookup(k, REL_DAYS, 2);
  if (!hit) return null;
  if (VAGUE_COUNTS.has(wordBefore(ctx.text, ctx.ts.at(k)!.start))) return null; // «چند روز گذشته»
  const next = k + hit.n;
  if (ctx.ref === null) return { res: unresolved('relative', 'day'), next };
  const d = ctx.ref + hit.value;
  return { res: relative({ start: d, end: d }, 'day'), next };
}

const FUTURE_CUE = /خواهد|قرار است|قرار شده|برگزار می[ \u200c]?شود|آغاز می[ \u200c]?شود/;
const SENTENCE_END = /[.!?؟\n]/;

/** Whether the sentence around `pos` speaks of the future (خواهد رفت، قرار است). */
function futureSentence(text: string, pos: number): boolean {
  let a = pos, b = pos;
  while (a > 0 && pos - a < 200 && !SENTENCE_END.test(text[a - 1])) a--;
  while (b < text.length && b - pos < 200 && !SENTENCE_END.test(text[b])) b++;
  return FUTURE_CUE.test(text.slice(a, b));
}

/** [روز] WEEKDAY [شب] [گذشته|آینده|هفته گذشته|هفته جاری|هفته آینده], or a weekday before an explicit date. */
function weekdayAt(ctx: Ctx, k: number): Parsed | null {
  const { ts, ref } = ctx;
  let j = k;
  if (ts.isWord(j, 'روز')) j++;
  const hit = ts.lookup(j, WEEKDAYS, 2);
  if (!hit) return null;
  const before = wordBefore(ctx.text, ts.at(k)!.start);
  if (WEEKDAY_BLOCKERS.has(before)) return null;
  if (hit.n === 1 && ts.at(j)!.text === 'شنبه' && WEEKDAY_NUMBERS.has(before)) return null; // the tail of «سه شنبه»
  j += hit.n;
  if (ts.isWord(j, 'ها', 'های')) return null;
  // «یکشنبه ۱۴ آذر ۱۴۰۰», «پنجشنبه، ۱۱ آذر»
  let e = j;
  if (ts.at(e)?.text === '،' || ts.at(e)?.text === ',') e++;
  const explicit = explicitOrRange(ctx, e);
  if (explicit && explicit.res.unit !== 'month' && explicit.res.unit !== 'year') return explicit;
  if (ts.isWord(j, 'شب')) j++;
  let mode: 'recent' | 'before' | 'after' | 'week' = 'recent';
  let weekDelta = 0;
  const w = ts.at(j);
  if (w && w.kind === 'word') {
    if (w.text === 'گذشته' || w.text === 'قبل') { mode = 'before'; j++; }
    else if (w.text === 'آینده' || w.text === 'آتی') { mode = 'after'; j++; }
    else if (w.text === 'هفته') {
      const x = ts.at(j + 1);
      if (x && x.kind === 'word') {
        const dir = PAST.has(x.text) ? -1 : FUTURE.has(x.text) ? 1 : CURRENT.has(x.text) ? 0 : null;
        if (dir !== null) { mode = 'week'; weekDelta = dir; j += 2; }
      }
    }
  }
  if (ref === null) return { res: unresolved('relative', 'day'), next: j };
  const target = hit.value;
  const back = (weekdayOf(ref) - target + 7) % 7;
  let day: number;
  if (mode === 'recent' && futureSentence(ctx.text, ts.at(k)!.start)) day = ref + ((target - weekdayOf(ref) + 7) % 7);
  else if (mode === 'recent') day = ref - back;
  else if (mode === 'before') day = ref - (back === 0 ? 7 : back);
  else if (mode === 'after') day = ref + ((target - weekdayOf(ref) + 7) % 7 || 7);
  else day = weekStart(ref) + 7 * weekDelta + ((target + 1) % 7);
  return { res: relative({ start: day, end: day }, 'day'), next: j };
}

// --- parts: اوایل، اواسط، اواخر، نیمه، ابتدای، پایان ---------------------------------------------

function partAt(ctx: Ctx, k: number): Parsed | null {
  const { ts } = ctx;
  const hit = ts.lookup(k, PARTS, 2);
  if (!hit) return null;
  let j = k + hit.n;
  let half = 0;
  if (hit.value === 'half') {
    const h = ts.at(j);
    if (h && h.kind === 'word' && HALVES.has(h.text)) { half = HALVES.get(h.text)!; j++; }
  }
  const target = unitAt(ctx, j) ?? explicitOrRange(ctx, j, true) ?? yearAt(ctx, j) ?? seasonAt(ctx, j);
  if (!target) return null;
  const r = target.res;
  if (r.unit === 'day') return null;
  if (r.unit === 'other' && hit.value !== 'start' && hit.value !== 'end') return null; // «پایان تابستان»
  if (!r.span || !r.valid) return { res: r, next: target.next };
  const span = partOf(r, hit.value, half);
  if (!span) return null;
  return { res: { ...r, span, unit: span.start === span.end ? 'day' : 'other' }, next: target.next };
}

function partOf(r: Resolved, part: string, half: number): DaySpan | null {
  const s = r.span!;
  const dayOfSpan = (a: number, b: number): DaySpan => ({ start: s.start + a, end: Math.min(s.end, s.start + b) });
  if (part === 'start') return { start: s.start, end: s.start };
  if (part === 'end') return { start: s.end, end: s.end };
  if (r.unit === 'month') {
    if (part === 'early') return dayOfSpan(0, 9);
    if (part === 'middle') return dayOfSpan(10, 19);
    if (part === 'late') return { start: s.start + 20, end: s.end };
    if (half === 1) return dayOfSpan(0, 14);
    if (half === 2) return { start: s.start + 15, end: s.end };
    return dayOfSpan(14, 14); // «نیمه شعبان»: the 15th
  }
  if (r.unit === 'year' && r.cal && r.y !== undefined) {
    const months = (a: number, b: number): DaySpan | null => {
      const x = monthSpan(r.cal!, r.y!, a), y = monthSpan(r.cal!, r.y!, b);
      return x && y ? { start: x.start, end: y.end } : null;
    };
    if (part === 'early') return months(1, 4);
    if (part === 'late') return months(9, 12);
    if (half === 1) return months(1, 6);
    if (half === 2) return months(7, 12);
    return months(5, 8);
  }
  if (r.unit === 'week') {
    if (part === 'early') return dayOfSpan(0, 1);
    if (part === 'late') return dayOfSpan(5, 6);
    if (half === 1) return dayOfSpan(0, 2);
    if (half === 2) return dayOfSpan(3, 6);
    return dayOfSpan(2, 4);
  }
  return null;
}

// --- the scan ----------------------------------------------------------------------------------

function parseAt(ctx: Ctx): Parsed | null {
  const t = ctx.ts.at(0);
  if (!t) return null;
  if (t.kind === 'num') {
    return numericAt(ctx, 0) ?? yearAt(ctx, 0) ?? explicitOrRange(ctx, 0) ?? unitAt(ctx, 0);
  }
  return weekdayAt(ctx, 0) ?? partAt(ctx, 0) ?? explicitOrRange(ctx, 0) ?? yearAt(ctx, 0) ?? unitAt(ctx, 0) ?? relDayAt(ctx, 0) ?? seasonAt(ctx, 0);
}

function mention(text: string, start: number, end: number, res: Resolved): DateMention {
  return {
    text: text.slice(start, end), start, end,
    value: res.span && res.valid ? isoOfSpan(res.span) : '',
    calendar: res.calendar, valid: res.valid,
  };
}

export interface FindDatesOptions { reference?: string | null }

/** Every date expression in `text`, with offsets into `text` (UTF-16 code units). */
export function findDates(text: string, opts: FindDatesOptions = {}): DateMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const folded = fold(text);
  const ref = referenceDay(opts.reference ?? null);
  const out: DateMention[] = [];
  // one shared regex object: V8 tiers a regex up to native code only after it has run a while
  const re = ANCHOR;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    const ts = new TokenStream(folded, m.index);
    const ctx: Ctx = { ts, ref, text: folded };
    let r: Parsed | null = null;
    try { r = parseAt(ctx); } catch { r = null; } // one odd expression never stops the document
    if (!r || r.next === 0) continue;
    for (const a of r.also ?? []) out.push(mention(text, ts.at(a.first)!.start, ts.at(a.next - 1)!.end, a.res));
    let start = ts.at(r.first ?? 0)!.start;
    const end = ts.at(r.next - 1)!.end;
    if (r.res.unit === 'other' && r.res.span !== null) {
      // «از ۲۰۱۵ تا ۲۰۱۸», «بین ۲۸ فوریه تا …»: the opener belongs to the range
      const before = wordBefore(folded, start);
      if (RANGE_OPENERS.has(before)) start = folded.lastIndexOf(before, start);
    }
    out.push(mention(text, start, end, r.res));
    re.lastIndex = end;
  }
  return out;
}

/** Parse one date expression that should fill the whole string (query filters). */
export function parseDateExpression(s: string, reference?: string | null): { span: DaySpan | null; valid: boolean } | null {
  const folded = fold(s).trim();
  if (!folded) return null;
  const ts = new TokenStream(folded, 0);
  const ctx: Ctx = { ts, ref: referenceDay(reference ?? null), text: folded };
  let r: Parsed | null = null;
  try {
    r = parseAt(ctx);
    if (!r) {
      // a bare year or year-month is enough in a query: from:1400, to:2021-12
      const y = yearNumberAt(ctx, 0);
      const c = y && yearCalendar(y.y, y.digits, y.era);
      if (c && y!.digits === 4) {
        const t2 = ts.at(y!.next), t3 = ts.at(y!.next + 1);
        if (t2 && (t2.text === '-' || t2.text === '/') && t3 && t3.kind === 'num' && t3.glued && /^[0-9]{1,2}$/.test(t3.text)) {
          const span = monthSpan(c.cal, c.y, Number(t3.text));
          r = { res: span ? { span, valid: true, calendar: c.cal, unit: 'month' } : invalid(c.cal), next: y!.next + 2 };
        } else {
          const span = yearSpan(c.cal, c.y);
          r = { res: span ? { span, valid: true, calendar: c.cal, unit: 'year' } : invalid(c.cal), next: y!.next };
        }
      }
    }
  } catch { r = null; }
  if (!r || ts.at(r.next) !== null) return null;
  return { span: r.res.span, valid: r.res.valid };
}
