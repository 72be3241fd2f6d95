// Publication dates from metadata and datelines: ISO strings, RFC 822 feed dates, Jalali «۱۴۰۰/۰۹/۱۲» / «۱۲ آذر ۱۴۰۰».
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';

const DIGITS: Record<string, string> = {};
for (let i = 0; i < 10; i++) { DIGITS[String.fromCharCode(0x06F0 + i)] = String(i); DIGITS[String.fromCharCode(0x0660 + i)] = String(i); }
const JALALI_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];

function latinDigits(s: string): string { return s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (c) => DIGITS[c]); }
function pad(n: number): string { return String(n).padStart(2, '0'); }

function jalaliToIso(jy: number, jm: number, jd: number, time?: string): string | null {
  if (!isValidJalaaliDate(jy, jm, jd)) return null;
  const g = toGregorian(jy, jm, jd);
  const date = `${g.gy}-${pad(g.gm)}-${pad(g.gd)}`;
  return time ? `${date}T${time}` : date;
}

/** An ISO 8601 date or date-time for a date written in metadata or a dateline, or null. */
export function parsePublished(written: string | null | undefined): string | null {
  if (!written) return null;
  const s = latinDigits(written.trim());
  const hm = s.match(/(?:^|\D)([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?!\d)/);
  const time = hm ? `${pad(+hm[1])}:${hm[2]}` : undefined;
  let m = s.match(/(?<!\d)(1[34]\d\d)\s*[\/\-.]\s*(\d{1,2})\s*[\/\-.]\s*(\d{1,2})(?!\d)/);
  if (m) return jalaliToIso(+m[1], +m[2], +m[3], time);
  m = s.match(new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${JALALI_MONTHS.join('|')})(?:\\s*ماه)?\\s*(1[34]\\d\\d)(?!\\d)`, 'u'));
  if (m) return jalaliToIso(+m[3], JALALI_MONTHS.indexOf(m[2]) + 1, +m[1], time);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(s) || /[a-z]{3},?\s+\d{1,2}\s+[a-z]{3}\s+\d{4}/i.test(s) || /^\d{4}-\d{2}-\d{2}T/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) {
      const iso = new Date(t).toISOString();
      return /T00:00:00\.000Z$/.test(iso) && !/\d:\d/.test(s) ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
    }
  }
  return null;
}
