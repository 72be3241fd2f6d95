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
import MONTHS from './data/months.json' with { type: 'json' };
import type { DateMention } from '../article.ts';
import { fold } from './fold.ts';
import { TokenStream, table, wordBefore, nextAnchor } from './tokens.ts';
import { type Calendar, type DaySpan, dateOf, dayToJdn, isoOfSpan, monthSpan, referenceDay, yearSpan } from './calendar.ts';
import { MONTH_TABLE, NEEDS_NUMBER, DAY_OR_YEAR, DAY_OR_YEAR_FREQUENT, PARTS, HALVES, RANGE_OPENERS, MONTH_CUES, NOT_MONTH_BEFORE, ANCHOR, NAMED_DAYS, NAMED_DAY_CUES, KARBALA } from './date-lexicon.ts';
import { type WrittenDate, type Resolved, type Parsed, type Ctx, HIJRI_YEARS_FROM, unresolved, invalid, resolvePartial, joinRange } from './date-model.ts';
import { monthAt, yearNumberAt, shortYearOk, jalaliShortYear, yearCalendar, yearRelAt, dayAt, isRangeWord, skipWeekday } from './date-readers.ts';
import { unitAt, relDayAt, weekdayAt } from './relative.ts';
import { readNumber } from './numbers.ts';

// --- explicit dates ----------------------------------------------------------------------------

/**
 * DAY? MONTH YEAR-PART? at k, e.g. «۲۴ آبان ۱۴۰۵», «۱۴ ژوئیه ۲۰۱۵», «آبان ماه امسال», «۳۰ دسامبر سال ۲۰۱۹»,
 * «۹ دی ماه ۹۸», «۱۵ شعبان ۱۴۴۷». `cue` says a part word (اوایل …) stands before it.
 */
function explicitAt(ctx: Ctx, k: number, cue = false): { p: WrittenDate; next: number } | null {
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
  const p: WrittenDate = { cal: e.cal, m: e.m, d };
  // year part
  let hasYear = false;
  const wy = writtenYearAt(ctx, j, e.cal);
  if (wy) { Object.assign(p, wy.year); j = wy.next; hasYear = true; }
  if (!hasYear) {
    const w = ts.at(j);
    if (w && w.kind === 'word' && d === undefined) {
      if (w.text === 'گذشته' || w.text === 'قبل') { p.monthDir = -1; j++; }
      else if (w.text === 'آینده' || w.text === 'آتی') { p.monthDir = 1; j++; }
      else if (w.text === 'جاری') { p.monthDir = 0; j++; }
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
  // «۱۵ حمل», «حمل ۱۳۹۰», «هفتم ثور»; not «به میزان ۲۶ درصد», «به میزان ۱۵۰۰ مگاوات», «اسد امسال», «سه قوس»,
  // «مجلس ششم جدی گرفته شد» (after an ordinal, a frequent word needs the year too)
  if (DAY_OR_YEAR.has(name)) {
    const needsYear = d === undefined || dayInWords || (first.kind === 'word' && DAY_OR_YEAR_FREQUENT.has(name));
    if (needsYear ? !afghanYear(p.y) : p.y !== undefined && !afghanYear(p.y)) return null;
  }
  const opensRange = (before === 'از' || before === 'بین') && isRangeWord(ctx, j); // «از بهمن تا فروردین ۱۴۰۱»
  if (e.ambiguous && d === undefined && !hasYear && !mon.mah && p.monthDir === undefined && !opensRange && !cue) return null;
  if (e.ambiguous && e.cal === 'hijri' && d !== undefined && !hasYear && !mon.mah && name === 'صفر') return null;
  // «سی دی» (a CD), «سه تیر» (three shots), «یک مهر» (a stamp): a cardinal word is no day for these names
  if (e.ambiguous && dayInWords && !hasYear && !mon.mah) return null;
  if (d === undefined && !hasYear && !mon.mah && !cue && p.monthDir === undefined && !MONTH_CUES.has(before)) return null;
  return { p, next: j };
}

/** A solar year of the Afghan calendar in news (official since 1301; 1250 for history), not an amount. */
function afghanYear(y: number | undefined): boolean {
  return y !== undefined && y >= 1250 && y <= 1450;
}

/**
 * The year written after a month or a named day: «۱۴۰۰», «سال ۲۰۱۹», «۹۸» (Jalali, two digits), «امسال», «سال
 * گذشته»; a Hijri month with a Jalali year («محرم ۱۳۴۲») keeps it as `jalaliYear`.
 */
function writtenYearAt(ctx: Ctx, j: number, cal: Calendar): { year: Pick<WrittenDate, 'y' | 'jalaliYear' | 'yearRel'>; next: number } | null {
  const k2 = ctx.ts.isWord(j, 'سال') ? j + 1 : j;
  const yn = yearNumberAt(ctx, k2);
  if (yn && (!yn.era || yn.era === cal || (cal === 'hijri' && yn.era === 'jalali'))) {
    if (yn.digits === 4 && cal === 'hijri' && (yn.era === 'jalali' || (!yn.era && yn.y < HIJRI_YEARS_FROM))) return { year: { jalaliYear: yn.y }, next: yn.next };
    if (yn.digits === 4) return { year: { y: yn.y }, next: yn.next };
    if (yn.digits === 2 && cal === 'jalali' && shortYearOk(ctx, k2, yn.next)) return { year: { y: jalaliShortYear(yn.y) }, next: yn.next };
  }
  const yr = yearRelAt(ctx, j);
  return yr ? { year: { yearRel: yr.rel }, next: yr.next } : null;
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
    const b = explicitAt(ctx, skipWeekday(ctx, day.next + 1), true); // «از شنبه ۲۱ لغایت چهارشنبه ۲۵ آبان»
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
  else if (m[1].length === 2 && m[4].length <= 2 && m[2] === '/') return shortNumericAt(ctx, k, m);
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

/**
 * «۵۷/۹/۱», «۹۲/۱۱/۱۰»: a Jalali date with a two-digit year, written year first as Iranian letters and
 * quotations date them; day first («۱۰/۱۱/۹۲») only when the year-first reading is no date. Slashes only,
 * and an impossible reading is no date at all (these may be file or version numbers).
 */
function shortNumericAt(ctx: Ctx, k: number, m: RegExpExecArray): Parsed | null {
  // a two-digit year is 1350–1409 («۰۱» is 1401), as after a month name; anything else is no date here
  const year = (t: string) => (t[0] === '0' || Number(t) >= 50 ? jalaliShortYear(Number(t)) : null);
  const [ya, mo, yb] = [year(m[1]), Number(m[3]), year(m[4])];
  const yearFirst = ya === null ? null : dayToJdn('jalali', ya, mo, Number(m[4]));
  const dayFirst = yb === null || m[4].length !== 2 ? null : dayToJdn('jalali', yb, mo, Number(m[1]));
  let day = yearFirst ?? dayFirst;
  if (yearFirst !== null && dayFirst !== null && ctx.ref !== null && Math.abs(dayFirst - ctx.ref) < Math.abs(yearFirst - ctx.ref)) day = dayFirst;
  if (day === null) return null;
  const end = m.index + m[0].length;
  let next = k;
  while (ctx.ts.at(next) && ctx.ts.at(next)!.end <= end) next++;
  return { res: { span: { start: day, end: day }, valid: true, calendar: 'jalali', unit: 'day' }, next };
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
  let c1 = yearCalendar(y1.y, y1.digits, y1.era);
  if (!c1) return null;
  // «سال ۱۴۴۳» in a 2021 article: no Jalali year that far ahead is meant, the Hijri year of the day is
  if (c1.cal === 'jalali' && !y1.era && y1.digits === 4 && ctx.ref !== null
    && c1.y > dateOf('jalali', ctx.ref).y + 10 && Math.abs(c1.y - dateOf('hijri', ctx.ref).y) <= 10) c1 = { cal: 'hijri', y: c1.y };
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
  // a bare number is a year only after «سال», in a range, or with its era («۲۰۲۱ میلادی», «۱۴۴۳ ه.ق»)
  if ((lead !== 'سال' && !y1.era) || plural) return null;
  const span = yearSpan(c1.cal, c1.y);
  if (!span) return { res: invalid(c1.cal), next: y1.next };
  return { res: { span, valid: true, calendar: c1.cal, unit: 'year', cal: c1.cal, y: c1.y }, next: y1.next };
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

// --- «دهه اول محرم», «هفته دوم آذر»: ten days or a week of a month ----------------------------

/** Which part «دهه …» / «هفته …» names; 0 is the last one (to the month's end). */
const ORDINAL_PART = new Map([['اول', 1], ['نخست', 1], ['دوم', 2], ['سوم', 3], ['چهارم', 4], ['آخر', 0], ['پایانی', 0], ['آخرین', 0]]);

function monthPartAt(ctx: Ctx, k: number): Parsed | null {
  const { ts } = ctx;
  const size = ts.isWord(k, 'دهه') ? 10 : ts.isWord(k, 'هفته') ? 7 : 0;
  if (!size) return null;
  const w = ts.at(k + 1);
  const which = w && w.kind === 'word' ? ORDINAL_PART.get(w.text) : undefined;
  if (which === undefined || (size === 10 && which === 4)) return null;
  let j = k + 2;
  if (ts.isWord(j, 'ماه')) j++; // «دهه اول ماه محرم»
  const month = explicitAt(ctx, j, true);
  if (!month || month.p.d !== undefined || month.p.m === undefined) return null;
  const r = resolvePartial(month.p, ctx.ref);
  if (!r.span || !r.valid) return { res: r, next: month.next };
  // the last ten days run from the 21st to the month's end; the last week is the month's last seven days
  const last = which === 0 || (size === 10 && which === 3);
  const start = last ? (size === 10 ? r.span.start + 20 : r.span.end - 6) : r.span.start + size * (which - 1);
  const end = last ? r.span.end : start + size - 1;
  return { res: { ...r, span: { start, end }, unit: 'other' }, next: month.next };
}

// --- «سه‌ماهه نخست ۱۴۰۰», «شش ماهه اول امسال», «۹ ماهه سال جاری»: a quarter, half or nine months ------

const PERIOD_ORDINALS = new Map([['اول', 1], ['نخست', 1], ['ابتدای', 1], ['ابتدایی', 1], ['دوم', 2], ['سوم', 3], ['چهارم', 4]]);

function monthsOfYearAt(ctx: Ctx, k: number): Parsed | null {
  const { ts, ref } = ctx;
  // «ربع اول سال روان» (Dari): a quarter
  const quarter = ts.isWord(k, 'ربع');
  const n = quarter ? { value: 3, next: k } : readNumber(ts, k);
  if (!n || (n.value !== 3 && n.value !== 6 && n.value !== 9)) return null;
  const size = n.value;
  // «شش ماهه …», or «شش ماه اول …» with an ordinal (without one, «شش ماه» is a length of time)
  const unit = quarter ? '' : ts.isWord(n.next, 'ماهه') ? 'ماهه' : ts.isWord(n.next, 'ماه') ? 'ماه' : null;
  if (unit === null) return null;
  let j = n.next + 1;
  const w = ts.at(j);
  const ord = w && w.kind === 'word' ? PERIOD_ORDINALS.get(w.text) : undefined;
  if (ord !== undefined) j++;
  else if (unit !== 'ماهه') return null;
  const which = ord ?? 1; // «شش ماهه امسال»: the first six months
  if (which * size > 12) return null;
  const wy = writtenYearAt(ctx, j, 'jalali');
  if (!wy) return null;
  j = wy.next;
  let cal: Calendar = wy.year.y !== undefined && wy.year.y >= 1500 ? 'gregorian' : 'jalali';
  if (ts.isWord(j, 'میلادی')) { cal = 'gregorian'; j++; }
  let y = wy.year.y;
  if (y === undefined) {
    if (wy.year.yearRel === undefined) return null;
    if (ref === null) return { res: unresolved(cal), next: j };
    y = dateOf(cal, ref).y + wy.year.yearRel;
  }
  const a = monthSpan(cal, y, (which - 1) * size + 1), b = monthSpan(cal, y, which * size);
  if (!a || !b) return { res: invalid(cal), next: j };
  return { res: { span: { start: a.start, end: b.end }, valid: true, calendar: cal, unit: 'other' }, next: j };
}

// --- named days: «نوروز ۹۷», «دهه فجر امسال», «روز عاشورا» ----------------------------------------

function namedDayAt(ctx: Ctx, k: number): Parsed | null {
  const { ts } = ctx;
  const hit = ts.lookup(k, NAMED_DAYS, 2);
  if (!hit) return null;
  const day = hit.value;
  let j = k + hit.n;
  let wy = writtenYearAt(ctx, j, day.cal);
  // «در ایام نوروز ۳۵۰۰ بازرس»: a count, not a year
  const y = wy?.year.y ?? wy?.year.jalaliYear;
  if (y !== undefined && !(y >= 1200 && y < 1500)) wy = null;
  if (wy) j = wy.next;
  if (day.cue && !wy) {
    const start = ts.at(k)!.start;
    const before = wordBefore(ctx.text, start);
    const two = `${wordBefore(ctx.text, ctx.text.lastIndexOf(before, start))} ${before}`;
    if (!NAMED_DAY_CUES.has(before) && !NAMED_DAY_CUES.has(two)) return null;
  }
  if (day.karbala && !wy && tellsKarbala(ctx.text, ts.at(k)!.start)) return null;
  const written: WrittenDate = { cal: day.cal, m: day.m, d: day.d, ...wy?.year };
  // «نوروز امسال» written in Bahman or Esfand is the coming Nowruz, which opens the next Jalali year
  if (day.cal === 'jalali' && day.m === 1 && written.yearRel !== undefined && ctx.ref !== null) {
    const now = dateOf('jalali', ctx.ref);
    written.y = now.y + written.yearRel + (now.m >= 11 ? 1 : 0);
    written.yearRel = undefined;
  }
  const r = resolvePartial(written, ctx.ref);
  if (day.to === undefined || !r.span || !r.valid) return { res: r, next: j };
  return { res: { ...r, span: { start: r.span.start, end: r.span.start + day.to - day.d }, unit: 'other' }, next: j };
}

/** Does the sentence around `at` tell the battle of Karbala (680) rather than this year's Ashura? A name of the
 * event («امام حسین»، «کربلا»، «یزید»), a verb in the past tense, and no word of mourning now («عزاداری»،
 * «مراسم»، «برگزار»، «امسال»). */
function tellsKarbala(text: string, at: number): boolean {
  const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at), text.lastIndexOf('؟', at), text.lastIndexOf('!', at)) + 1;
  const ends = ['.', '\n', '؟', '!'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  const sentence = text.slice(start, ends.length ? Math.min(...ends) : text.length).replace(/\u200c/g, ' ');
  if (!KARBALA.names.some((n) => sentence.includes(n.replace(/\u200c/g, ' ')))) return false;
  const words = sentence.split(/[\s،:«»()]+/).filter(Boolean);
  if (words.some((w) => KARBALA.commemoration.has(w))) return false;
  // «رسید»، «رسیدند»، «شد»، «می شد»: a past stem alone or with a person ending
  return words.some((w) => KARBALA.pastStems.has(w) || KARBALA.pastStems.has(w.replace(/(?:ند|ید|یم|ی)$/, '')));
}

/** «تاکنون», «تا کنون», «تا به حال», «تا امروز», «تا به امروز» at k: the index after them, or null. */
function untilNowAt(ts: TokenStream, k: number): number | null {
  if (ts.isWord(k, 'تاکنون')) return k + 1;
  if (!ts.isWord(k, 'تا')) return null;
  if (ts.isWord(k + 1, 'کنون', 'امروز')) return k + 2;
  if (ts.isWord(k + 1, 'به') && ts.isWord(k + 2, 'حال', 'امروز')) return k + 3;
  return null;
}

// --- the scan ----------------------------------------------------------------------------------

function parseAt(ctx: Ctx): Parsed | null {
  const t = ctx.ts.at(0);
  if (!t) return null;
  if (t.kind === 'num') {
    return numericAt(ctx, 0) ?? yearAt(ctx, 0) ?? monthsOfYearAt(ctx, 0) ?? explicitOrRange(ctx, 0) ?? unitAt(ctx, 0);
  }
  return weekdayAt(ctx, 0, explicitOrRange) ?? monthPartAt(ctx, 0) ?? monthsOfYearAt(ctx, 0) ?? namedDayAt(ctx, 0) ?? partAt(ctx, 0) ?? explicitOrRange(ctx, 0) ?? yearAt(ctx, 0) ?? unitAt(ctx, 0) ?? relDayAt(ctx, 0) ?? seasonAt(ctx, 0);
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
  let m: RegExpExecArray | null;
  for (let from = 0; (m = nextAnchor(re, folded, from)); ) {
    from = m.index + m[0].length;
    const ts = new TokenStream(folded, m.index);
    const ctx: Ctx = { ts, ref, text: folded };
    let r: Parsed | null = null;
    try { r = parseAt(ctx); } catch { r = null; } // one odd expression never stops the document
    if (!r || r.next === 0) continue;
    for (const a of r.also ?? []) out.push(mention(text, ts.at(a.first)!.start, ts.at(a.next - 1)!.end, a.res));
    let start = ts.at(r.first ?? 0)!.start;
    // «از سال ۱۳۸۶ تاکنون», «از ابتدای سال تاکنون»: from that date up to the reference
    const now = wordBefore(folded, start) === 'از' ? untilNowAt(ts, r.next) : null;
    if (now !== null && ref !== null && r.res.span && r.res.valid && r.res.span.start <= ref) {
      r = { ...r, next: now, res: { span: { start: r.res.span.start, end: ref }, valid: true, calendar: r.res.calendar, unit: 'other' } };
    }
    const end = ts.at(r.next - 1)!.end;
    if (r.res.unit === 'other' && r.res.span !== null) {
      // «از ۲۰۱۵ تا ۲۰۱۸», «بین ۲۸ فوریه تا …»: the opener belongs to the range
      const before = wordBefore(folded, start);
      if (RANGE_OPENERS.has(before)) start = folded.lastIndexOf(before, start);
    }
    out.push(mention(text, start, end, r.res));
    from = end;
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
