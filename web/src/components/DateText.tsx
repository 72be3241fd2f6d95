import { showDate, showMonth } from '../format.ts';

/** A date in the Jalali calendar with Persian digits; the Gregorian date on hover. */
export function DateText({ iso }: { iso: string | null | undefined }) {
  const d = showDate(iso);
  if (!d) return <span class="muted">بی‌تاریخ</span>;
  return <time dateTime={d.iso} title={d.gregorian}>{d.jalali}</time>;
}

export function MonthText({ month }: { month: string }) {
  const m = showMonth(month);
  return <time dateTime={month} title={m.gregorian}>{m.jalali}</time>;
}
