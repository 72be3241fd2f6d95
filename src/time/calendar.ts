// Calendar arithmetic on Julian day numbers (JDN). Jalali via jalaali-js, Gregorian via its JDN helpers,
// Hijri qamari via the built-in Intl 'islamic-umalqura' calendar (searched around an estimate, cached).
import { d2g, d2j, g2d, isValidJalaaliDate, j2d, jalaaliMonthLength } from 'jalaali-js';

export type Calendar = 'jalali' | 'gregorian' | 'hijri';

/** An inclusive range of days (start === end for a single day). */
export interface DaySpan { start: number; end: number }

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function isoOfJdn(jdn: number): string {
  const g = d2g(jdn);
  return `${pad(g.gy, 4)}-${pad(g.gm, 2)}-${pad(g.gd, 2)}`;
}

/** "YYYY-MM-DD" for one day, "start/end" (ISO 8601 interval, end day inclusive) for a span. */
export function isoOfSpan(s: DaySpan): string {
  return s.start === s.end ? isoOfJdn(s.start) : `${isoOfJdn(s.start)}/${isoOfJdn(s.end)}`;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (as Date.getUTCDay). */
export function weekdayOf(jdn: number): number {
  return (jdn + 1) % 7;
}

const JALALI_MIN = 1, JALALI_MAX = 3000;
const GREGORIAN_MIN = 622, GREGORIAN_MAX = 3000;
const HIJRI_MIN = 1, HIJRI_MAX = 1700;

function gregorianMonthLength(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Longest a month of this calendar can be, for days written without a year. */
export function maxMonthLength(cal: Calendar, m: number): number {
  if (cal === 'jalali') return m <= 6 ? 31 : 30;
  if (cal === 'gregorian') return gregorianMonthLength(2000, m);
  return 30;
}

export function yearInRange(cal: Calendar, y: number): boolean {
  if (!Number.isInteger(y)) return false;
  if (cal === 'jalali') return y >= JALALI_MIN && y <= JALALI_MAX;
  if (cal === 'gregorian') return y >= GREGORIAN_MIN && y <= GREGORIAN_MAX;
  return y >= HIJRI_MIN && y <= HIJRI_MAX;
}

export function monthLength(cal: Calendar, y: number, m: number): number {
  if (cal === 'jalali') return jalaaliMonthLength(y, m);
  if (cal === 'gregorian') return gregorianMonthLength(y, m);
  return hijriMonth(y, m).length;
}

/** JDN of a day, or null when the day does not exist (31 Esfand in a common year, 30 February, day 32). */
export function dayToJdn(cal: Calendar, y: number, m: number, d: number): number | null {
  if (!yearInRange(cal, y) || !Number.isInteger(m) || m < 1 || m > 12 || !Number.isInteger(d) || d < 1) return null;
  if (cal === 'jalali') return isValidJalaaliDate(y, m, d) ? j2d(y, m, d) : null;
  if (cal === 'gregorian') return d <= gregorianMonthLength(y, m) ? g2d(y, m, d) : null;
  const hm = hijriMonth(y, m);
  return d <= hm.length ? hm.start + d - 1 : null;
}

export function monthSpan(cal: Calendar, y: number, m: number): DaySpan | null {
  const start = dayToJdn(cal, y, m, 1);
  return start === null ? null : { start, end: start + monthLength(cal, y, m) - 1 };
}

export function yearSpan(cal: Calendar, y: number): DaySpan | null {
  const first = monthSpan(cal, y, 1), last = monthSpan(cal, y, 12);
  return first && last ? { start: first.start, end: last.end } : null;
}

/** Year, month and day of a JDN in a calendar. */
export function dateOf(cal: Calendar, jdn: number): { y: number; m: number; d: number } {
  if (cal === 'jalali') { const j = d2j(jdn); return { y: j.jy, m: j.jm, d: j.jd }; }
  if (cal === 'gregorian') { const g = d2g(jdn); return { y: g.gy, m: g.gm, d: g.gd }; }
  return hijriOf(jdn);
}

/** Move a JDN by whole months in a calendar, keeping the day (clamped to the month's length); null out of range. */
export function addMonths(cal: Calendar, jdn: number, months: number): number | null {
  const { y, m, d } = dateOf(cal, jdn);
  const idx = y * 12 + (m - 1) + months;
  const ny = Math.floor(idx / 12), nm = (idx % 12) + 1;
  if (!yearInRange(cal, ny)) return null;
  return dayToJdn(cal, ny, nm, Math.min(d, monthLength(cal, ny, nm)));
}

// --- Hijri qamari through Intl ---------------------------------------------------------------

let hijriFormat: Intl.DateTimeFormat | null = null;
const hijriMonths = new Map<number, { start: number; length: number }>();

function hijriOf(jdn: number): { y: number; m: number; d: number } {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const g = d2g(jdn);
  const date = new Date(0);
  date.setUTCFullYear(g.gy, g.gm - 1, g.gd);
  let y = 0, m = 0, d = 0;
  for (const p of hijriFormat.formatToParts(date)) {
    if (p.type === 'year' || (p.type as string) === 'relatedYear') y = parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return { y, m, d };
}

/** First day (JDN) and length of a Hijri month, found by searching days around the mean-month estimate. */
function hijriMonth(y: number, m: number): { start: number; length: number } {
  const key = y * 13 + m;
  const hit = hijriMonths.get(key);
  if (hit) return hit;
  const estimate = Math.round(1948439.5 + (y - 1) * 354.36707 + (m - 1) * 29.530589);
  let start = estimate;
  for (let k = 0; k <= 8; k++) {
    let found = false;
    for (const cand of k === 0 ? [estimate] : [estimate - k, estimate + k]) {
      const h = hijriOf(cand);
      if (h.y === y && h.m === m) { start = cand - (h.d - 1); found = true; break; }
    }
    if (found) break;
  }
  const length = hijriOf(start + 29).m === m ? 30 : 29;
  const r = { start, length };
  hijriMonths.set(key, r);
  return r;
}

// --- reference dates -------------------------------------------------------------------------

const TEHRAN_OFFSET_MIN = 210;

/**
 * The publication day of an article as a JDN. A bare date is taken as written; a date-time with "Z" or
 * an offset is moved to Tehran time (+03:30) first, since the articles are Iranian wire copy.
 */
export function referenceDay(ref: string | null | undefined): number | null {
  if (!ref || typeof ref !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(ref.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = dayToJdn('gregorian', y, mo, d);
  if (day === null || m[4] === undefined || m[6] === undefined) return day;
  const off = m[6] === 'Z' ? 0 : (m[6][0] === '-' ? -1 : 1) * (Number(m[6].slice(1, 3)) * 60 + Number(m[6].slice(-2)));
  const minutes = Number(m[4]) * 60 + Number(m[5]) - off + TEHRAN_OFFSET_MIN;
  return day + Math.floor(minutes / 1440);
}
