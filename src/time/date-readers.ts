// Small readers for the pieces of a date: a month name, a year, a day number, «سال جاری».
import NUMBERS from './data/numbers.json' with { type: 'json' };
import { readNumber } from './numbers.ts';
import { type Calendar } from './calendar.ts';
import { type MonthEntry, MONTH_TABLE, WEEKDAYS, CURRENT, RANGE_WORDS, ERAS } from './date-lexicon.ts';
import { type Ctx } from './date-model.ts';

// --- small readers -----------------------------------------------------------------------------

/** A month name at token k: «آبان», «آبان ماه», «آبان‌ماه», «آبانماه», «ماه آبان», «ماه مبارک رمضان». */
export function monthAt(ctx: Ctx, k: number): { e: MonthEntry; next: number; mah: boolean } | null {
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
export function yearNumberAt(ctx: Ctx, k: number): { y: number; digits: number; era?: Calendar; next: number } | null {
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
  else if (ctx.ts.isWord(next, 'ه') && ctx.ts.at(next + 1)?.text === '.' && ctx.ts.isWord(next + 2, 'ق', 'ش')) {
    // «۱۴۴۳ ه.ق», «۱۴۰۰ هـ.ش»: the abbreviation with a dot
    era = ctx.ts.at(next + 2)!.text === 'ق' ? 'hijri' : 'jalali';
    next += 3;
  } else { const w = ctx.ts.at(next); if (w && w.kind === 'word' && ERAS.has(w.text) && w.text.length > 1) { era = ERAS.get(w.text); next++; } }
  return { y: Number(t.text), digits: t.text.length, era, next };
}

/**
 * A two-digit year (دی ماه ۹۸) must look like one: ۵۰–۹۹ or written with a leading zero (۰۱), and not
 * be a count («در آبان‌ماه ۱۱ هزار …»).
 */
export function shortYearOk(ctx: Ctx, k: number, next: number): boolean {
  const t = ctx.ts.at(k)!.text;
  if (!(t[0] === '0' || Number(t) >= 50)) return false;
  const after = ctx.ts.at(next);
  return !(after && after.kind === 'word' && SCALE_WORDS.has(after.text));
}
export const SCALE_WORDS = new Set(Object.keys(NUMBERS.scales));

/** A year written with two digits after a Jalali month or «سال» (۹۸ -> 1398, ۰۱ -> 1401). */
export const jalaliShortYear = (yy: number) => (yy < 50 ? 1400 + yy : 1300 + yy);

/** Calendar of a bare year number (after «سال», or in a range of years). */
export function yearCalendar(y: number, digits: number, era?: Calendar): { cal: Calendar; y: number } | null {
  if (era === 'gregorian' && digits === 2) return { cal: era, y: y < 30 ? 2000 + y : 1900 + y }; // «سال ۷۰ میلادی»
  if (era) return { cal: era, y: digits === 2 && era === 'jalali' ? jalaliShortYear(y) : y };
  if (digits === 2) return { cal: 'jalali', y: jalaliShortYear(y) };
  if (digits !== 4) return null;
  if (y >= 1200 && y < 1500) return { cal: 'jalali', y };
  if (y >= 1500 && y <= 2200) return { cal: 'gregorian', y };
  return null;
}

/** «سال جاری», «سال گذشته», «امسال», «پارسال», «همین سال» -> year offset. */
export function yearRelAt(ctx: Ctx, k: number): { rel: number; next: number } | null {
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
export function dayAt(ctx: Ctx, k: number): { d: number; next: number; ordinal: boolean } | null {
  const t = ctx.ts.at(k);
  if (!t || (t.kind === 'num' && !/^[0-9]{1,2}$/.test(t.text))) return null;
  const n = readNumber(ctx.ts, k);
  if (!n || !Number.isInteger(n.value) || n.value > 99 || n.scale > 1) return null;
  return { d: n.value, next: n.next, ordinal: n.ordinal };
}

export function isRangeWord(ctx: Ctx, k: number): boolean {
  const t = ctx.ts.at(k);
  return !!t && (t.kind === 'word' || t.kind === 'sym') && RANGE_WORDS.has(t.text);
}

/** Past «روز یکشنبه» when a date follows it: «… تا روز پنج‌شنبه ۱۹ تیر». */
export function skipWeekday(ctx: Ctx, k: number): number {
  const j = ctx.ts.isWord(k, 'روز') ? k + 1 : k;
  const hit = ctx.ts.lookup(j, WEEKDAYS, 2);
  return hit ? j + hit.n : k;
}
