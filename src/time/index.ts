// Dates, times, numbers and amounts in Persian news text (issue 4). See dates.ts for the value
// conventions and the rules used to resolve relative expressions against the reference date.
import { isoOfSpan } from './calendar.ts';
import { parseDateExpression } from './dates.ts';

export { parseNumber } from './numbers.ts';
export { findDates } from './dates.ts';

export { findQuantities } from './quantities.ts';

export interface ParsedDate {
  /** ISO date or interval "start/end" (end day included); "" when not a date or not resolvable */
  value: string;
  /** false for impossible dates (۳۰ اسفند ۱۴۰۰) and for strings that are not a date at all */
  valid: boolean;
  /** first and last day, ISO, for from:/to: filters */
  start?: string;
  end?: string;
}

/**
 * One date for a query filter: «۱۴۰۰/۰۱/۰۱», «2021-12-31», «آبان۱۴۰۰», «1400», «2021-12», «دیروز».
 * Relative words need `reference` (e.g. today); without it they give value "".
 */
export function parseDate(s: string, reference?: string | null): ParsedDate {
  if (typeof s !== 'string') return { value: '', valid: false };
  const r = parseDateExpression(s.replace(/^\s*(?:from|to|از|تا)\s*:\s*/i, ''), reference);
  if (!r) return { value: '', valid: false };
  if (!r.span || !r.valid) return { value: '', valid: r.valid };
  const [start, end = start] = isoOfSpan(r.span).split('/');
  return { value: isoOfSpan(r.span), valid: true, start, end };
}
