// The intermediate forms of a date expression and how a written date resolves to days.
import type { DateMention } from '../article.ts';
import type { TokenStream } from './tokens.ts';
import { type Calendar, type DaySpan, dateOf, dayToJdn, maxMonthLength, monthLength, monthSpan, yearInRange, yearSpan } from './calendar.ts';

// --- intermediate forms ------------------------------------------------------------------------

/** A date as written: any of day, month, year may be missing. */
export interface WrittenDate {
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
export const HIJRI_YEARS_FROM = 1410;

export interface Resolved {
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

export interface Parsed {
  res: Resolved;
  next: number;
  /** token where the mention starts when it is not the first one read (after a list of days) */
  first?: number;
  /** further mentions found in the same stretch: the days of a list «۲۵ و ۲۶ بهمن» before the last one */
  also?: { first: number; next: number; res: Resolved }[];
}

export interface Ctx { ts: TokenStream; ref: number | null; text: string }

export const unresolved = (calendar: DateMention['calendar'], unit: Resolved['unit'] = 'other'): Resolved => ({ span: null, valid: true, calendar, unit });
export const invalid = (calendar: DateMention['calendar']): Resolved => ({ span: null, valid: false, calendar, unit: 'day' });


/** The year to use for a date written without one, or undefined when it needs a reference we lack. */
export function pickYear(p: WrittenDate, ref: number | null): number | undefined {
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

export function resolvePartial(p: WrittenDate, ref: number | null): Resolved {
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
export function joinRange(a: WrittenDate, b: WrittenDate, ref: number | null): Resolved | null {
  if (a.cal !== b.cal) return null;
  const first: WrittenDate = { ...a };
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

export const relative = (span: DaySpan | null, unit: Resolved['unit'] = 'other', extra: WrittenDate | null = null): Resolved => {
  if (!span) return unresolved('relative', unit);
  const r: Resolved = { span, valid: true, calendar: 'relative', unit };
  if (extra) { r.cal = extra.cal; r.y = extra.y; r.m = extra.m; }
  return r;
};
