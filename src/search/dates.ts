// Dates in query filters (from:, to:): Gregorian or Jalali (years before 1700 are read as Jalali), with
// Persian or ASCII digits; a year or a month stands for the whole period.
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import * as time from '../time/index.ts';

export interface Period { start: string; /** exclusive */ end: string }

const DIGITS: Record<string, string> = {};
for (let i = 0; i < 10; i++) { DIGITS[String.fromCharCode(0x6f0 + i)] = String(i); DIGITS[String.fromCharCode(0x660 + i)] = String(i); }

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function gregorianValid(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function dayPeriod(y: number, m: number, d: number): Period | null {
  if (y < 1700) {
    if (!isValidJalaaliDate(y, m, d)) return null;
    const g = toGregorian(y, m, d);
    const start = iso(g.gy, g.gm, g.gd);
    return { start, end: addDays(start, 1) };
  }
  if (!gregorianValid(y, m, d)) return null;
  const start = iso(y, m, d);
  return { start, end: addDays(start, 1) };
}

function monthPeriod(y: number, m: number): Period | null {
  if (m < 1 || m > 12) return null;
  if (y < 1700) {
    const first = dayPeriod(y, m, 1);
    const next = m === 12 ? dayPeriod(y + 1, 1, 1) : dayPeriod(y, m + 1, 1);
    return first && next ? { start: first.start, end: next.start } : null;
  }
  return { start: iso(y, m, 1), end: m === 12 ? iso(y + 1, 1, 1) : iso(y, m + 1, 1) };
}

/** The period a filter value names, or null when it is not a valid date. */
export function parsePeriod(value: string): Period | null {
  const s = value.trim().replace(/[۰-۹٠-٩]/g, (c) => DIGITS[c]);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T[\d:.]+Z?)?$/.exec(s);
  if (m) return dayPeriod(+m[1], +m[2], +m[3]);
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  if (m) return monthPeriod(+m[1], +m[2]);
  m = /^(\d{4})$/.exec(s);
  if (m) {
    const y = +m[1];
    const a = y < 1700 ? dayPeriod(y, 1, 1) : { start: iso(y, 1, 1), end: '' };
    const b = y < 1700 ? dayPeriod(y + 1, 1, 1) : { start: iso(y + 1, 1, 1), end: '' };
    return a && b ? { start: a.start, end: b.start } : null;
  }
  // Written dates («۱ دی ۱۴۰۰») through the time module's parser when it has one.
  const parseDate = (time as unknown as Record<string, unknown>).parseDate;
  if (typeof parseDate === 'function') {
    const r = (parseDate as (x: string) => { value: string; valid: boolean } | null)(value);
    if (r?.valid && r.value) {
      const [a, b] = r.value.split('/');
      const start = a.slice(0, 10);
      if (/^\d{4}-\d{2}-\d{2}$/.test(start)) return { start, end: b ? addDays(b.slice(0, 10), 1) : addDays(start, 1) };
    }
  }
  return null;
}
