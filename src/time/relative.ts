// Relative dates: امروز، روز سه‌شنبه، هفته گذشته، ۱۵ سال اخیر … resolved against the reference day.
import { wordBefore } from './tokens.ts';
import { readNumber } from './numbers.ts';
import { type Calendar, addMonths, dateOf, monthSpan, weekdayOf, yearSpan } from './calendar.ts';
import { WEEKDAYS, WEEKDAY_BLOCKERS, REL_DAYS, UNITS, PAST, FUTURE, CURRENT, NUMBER_WORDS, WEEKDAY_NUMBERS, VAGUE_COUNTS } from './date-lexicon.ts';
import { type Resolved, type Parsed, type Ctx, unresolved, relative } from './date-model.ts';
import { yearRelAt } from './date-readers.ts';

// --- relative expressions ----------------------------------------------------------------------

/** Start (JDN) of the Persian week (Saturday to Friday) holding a day. */
export const weekStart = (jdn: number) => jdn - ((weekdayOf(jdn) + 1) % 7);

export function shift(ref: number, unit: string, n: number): number | null {
  switch (unit) {
    case 'hour': return ref + Math.sign(n) * Math.ceil(Math.abs(n) / 24); // «۲۴ ساعت گذشته»: whole days
    case 'day': return ref + n;
    case 'week': return ref + 7 * n;
    case 'month': return addMonths('jalali', ref, n);
    case 'year': return addMonths('jalali', ref, 12 * n);
    case 'decade': return addMonths('jalali', ref, 120 * n);
    default: return addMonths('jalali', ref, 1200 * n);
  }
}

/** «هفته/ماه/سال گذشته|جاری|آینده», «امسال», «N روز/سال پیش|اخیر|آینده», «روز گذشته». */
export function unitAt(ctx: Ctx, k: number): Parsed | null {
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
    // so does «۱۵ روز قبل از انتخابات», «۳ روز قبل از آن بازی»; «… قبل از این.» and «… از امروز» are still ago.
    // Not «پیش از»: in news it is as often «ago, from» («دو روز پیش از بیمارستان مرخص شد») as «before».
    if (w.text === 'قبل' && ts.isWord(j, 'از')) {
      const x = ts.at(j + 1), after = ts.at(j + 2);
      const now = x && (x.text === 'امروز' || (x.text === 'این' && (!after || after.kind !== 'word')));
      if (!now) return null;
    }
    if (w.text === 'پیش' || w.text === 'قبل' || w.text === 'دیگر') {
      // «۲ ساعت پیش» is still the reference day; «۴۸ ساعت پیش» two days back
      const day = unit === 'hour' ? ref + dir * Math.floor(n / 24) : other;
      return { res: relative({ start: day, end: day }, 'day'), next: j };
    }
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

export function relYear(ref: number | null, rel: number): Resolved {
  if (ref === null) return unresolved('relative', 'year');
  const y = dateOf('jalali', ref).y + rel;
  return relative(yearSpan('jalali', y), 'year', { cal: 'jalali', y });
}

/** امروز، دیروز، فردا، پریروز، پس‌فردا، امشب، دیشب */
export function relDayAt(ctx: Ctx, k: number): Parsed | null {
  const hit = ctx.ts.lookup(k, REL_DAYS, 2);
  if (!hit) return null;
  const before = wordBefore(ctx.text, ctx.ts.at(k)!.start);
  if (VAGUE_COUNTS.has(before)) return null; // «چند روز گذشته»
  // «سه شب گذشته»: nights counted back, not last night; but «ساعت ده شب گذشته», «ساعت ۲۲ شب گذشته» is a clock time
  if (hit.n > 1 && NUMBER_WORDS.has(before)) {
    const at = ctx.text.lastIndexOf(before, ctx.ts.at(k)!.start);
    if (wordBefore(ctx.text, at) !== 'ساعت') return null;
  }
  const next = k + hit.n;
  if (ctx.ref === null) return { res: unresolved('relative', 'day'), next };
  const d = ctx.ref + hit.value;
  return { res: relative({ start: d, end: d }, 'day'), next };
}

export const FUTURE_CUE = /خواهد|قرار است|قرار شده|برگزار می[ \u200c]?شود|آغاز می[ \u200c]?شود/;
export const SENTENCE_END = /[.!?؟\n]/;

/** Whether the sentence around `pos` speaks of the future (خواهد رفت، قرار است). */
export function futureSentence(text: string, pos: number): boolean {
  let a = pos, b = pos;
  while (a > 0 && pos - a < 200 && !SENTENCE_END.test(text[a - 1])) a--;
  while (b < text.length && b - pos < 200 && !SENTENCE_END.test(text[b])) b++;
  return FUTURE_CUE.test(text.slice(a, b));
}

/** Reads an explicit date at k (passed in by the date reader, so the two modules do not import each other). */
export type ExplicitReader = (ctx: Ctx, k: number) => Parsed | null;

/** [روز] WEEKDAY [شب] [گذشته|آینده|هفته گذشته|هفته جاری|هفته آینده], or a weekday before an explicit date. */
export function weekdayAt(ctx: Ctx, k: number, explicitOrRange: ExplicitReader): Parsed | null {
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
