// Monthly series with the empty months filled in, so a chart's gaps show as zeros, not as nothing.
import { showMonth } from './format.ts';

export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  if (!y || !m || !ly || !lm) return [first];
  while ((y < ly || (y === ly && m <= lm)) && out.length < 600) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

/** Rows keyed by "YYYY-MM" -> the filled month keys, their Jalali labels and each field's values. */
export function monthly<T extends object>(rows: T[], key: keyof T, fields: (keyof T)[]) {
  const byMonth = new Map(rows.map((r) => [String(r[key]).slice(0, 7), r]));
  const keys = [...byMonth.keys()].filter((k) => /^\d{4}-\d{2}$/.test(k)).sort();
  const months = keys.length ? monthRange(keys[0], keys[keys.length - 1]) : [];
  return {
    months,
    labels: months.map((m) => showMonth(m).jalali),
    values: fields.map((f) => months.map((m) => Number(byMonth.get(m)?.[f] ?? 0))),
  };
}

/** The last day of a "YYYY-MM" month as an ISO date. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0));
  return d.toISOString().slice(0, 10);
}
