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

const jalaliYear = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric', timeZone: 'UTC' });

/** Rows keyed by "YYYY-MM" -> the filled periods, their Jalali labels and each field's values (summed).
 * Up to three years of months are shown month by month; a longer span is shown by Jalali year, so
 * the bars stay wide enough to read. */
export function monthly<T extends object>(rows: T[], key: keyof T, fields: (keyof T)[]) {
  const byMonth = new Map(rows.map((r) => [String(r[key]).slice(0, 7), r]));
  const keys = [...byMonth.keys()].filter((k) => /^\d{4}-\d{2}$/.test(k)).sort();
  const months = keys.length ? monthRange(keys[0], keys[keys.length - 1]) : [];
  const byYear = months.length > 36;
  const labels: string[] = [];
  const values: number[][] = fields.map(() => []);
  for (const m of months) {
    const label = byYear ? jalaliYear.format(new Date(m + '-15T12:00:00Z')) : showMonth(m).jalali;
    if (labels[labels.length - 1] !== label) { labels.push(label); values.forEach((v) => v.push(0)); }
    fields.forEach((f, i) => { values[i][values[i].length - 1] += Number(byMonth.get(m)?.[f] ?? 0); });
  }
  return { labels, values };
}

/** The last day of a "YYYY-MM" month as an ISO date. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0));
  return d.toISOString().slice(0, 10);
}
