// Amounts of money (MON), percents (PCT) and clock times (TIM).
//
// Values: PCT "20" (the number, no sign); MON "3000000000 USD" (ISO 4217 code; toman as IRT);
// TIM "21:00" (24-hour clock). A range keeps both ends: "50/60", "3000000/5000000 IRT", "14:00/16:00".
import type { EntityMention } from '../article.ts';
import CURRENCIES from './data/currencies.json' with { type: 'json' };
import TIMES from './data/times.json' with { type: 'json' };
import NUMBERS from './data/numbers.json' with { type: 'json' };
import { fold } from './fold.ts';
import { TokenStream, table, nextAnchor } from './tokens.ts';
import { clean, readNumber, type NumberRead } from './numbers.ts';

const CURRENCY = table<string>(CURRENCIES.currencies, fold);
const QUALIFIED = table<string>(CURRENCIES.qualified, fold);
const MULTIPLIED = table<[number, string]>(CURRENCIES.multiplied as unknown as Record<string, [number, string]>, fold);
const PERCENT = new Set(CURRENCIES.percent);
const DAY_PARTS = table<string>(TIMES.dayParts, fold);
const RANGE = new Set(['تا', 'الی', '-']);

/** Read with `nextAnchor` (tokens.ts), which checks what stands before a match. */
const ANCHOR = new RegExp(
  `[0-9]|%|(?:${[...Object.keys(NUMBERS.atoms), ...Object.keys(NUMBERS.scales), ...Object.keys(NUMBERS.fractions), TIMES.hourWord]
    .sort((a, b) => b.length - a.length).join('|')})`,
  'gu',
);

/** Plain decimal notation, also for numbers past 1e21 where String() would switch to exponents. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n) && Math.abs(n) >= 1e21) return BigInt(n).toString();
  const s = String(clean(n));
  return /e/.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}

interface Found { type: 'MON' | 'PCT' | 'TIM'; value: string; next: number }

/** A currency at k: qualified names first (دلار کانادا), then single words, with the adjective «ی» (دلاری). */
function currencyAt(ts: TokenStream, k: number): { code: string; factor: number; next: number } | null {
  const q = ts.lookup(k, QUALIFIED, 3);
  if (q) return { code: q.value, factor: 1, next: k + q.n };
  const c = ts.lookup(k, CURRENCY, 2);
  if (c) return { code: c.value, factor: 1, next: k + c.n };
  const t = ts.at(k);
  if (!t || t.kind !== 'word') return null;
  const mult = MULTIPLIED.get(t.text);
  if (mult) return { code: mult[1], factor: mult[0], next: k + 1 };
  if (t.text.endsWith('ی')) {
    const code = CURRENCY.get(t.text.slice(0, -1));
    if (code) return { code, factor: 1, next: k + 1 };
  }
  return null;
}

const isPercentAt = (ts: TokenStream, k: number): boolean => {
  const t = ts.at(k);
  return !!t && ((t.kind === 'word' && PERCENT.has(t.text)) || (t.text === '%' && t.glued));
};

/** What follows a number: a percent sign or word, a currency, or «تا» and a second number that has one. */
function afterNumber(ts: TokenStream, n: NumberRead): Found | null {
  if (n.ordinal) return null;
  const k = n.next;
  if (isPercentAt(ts, k)) return { type: 'PCT', value: formatNumber(n.value), next: k + 1 };
  const cur = currencyAt(ts, k);
  if (cur) return { type: 'MON', value: `${formatNumber(clean(n.value * cur.factor))} ${cur.code}`, next: cur.next };
  const r = ts.at(k);
  if (r && RANGE.has(r.text)) {
    const m = readNumber(ts, k + 1, { slashDecimal: true });
    if (!m || m.ordinal) return null;
    // «۳ تا ۵ میلیون تومان»: the scale of the second end applies to a bare first end
    const lo = n.scale === 1 && m.scale > 1 ? clean(n.value * m.scale) : n.value;
    if (lo >= m.value) return null;
    if (isPercentAt(ts, m.next)) return { type: 'PCT', value: `${formatNumber(lo)}/${formatNumber(m.value)}`, next: m.next + 1 };
    const c2 = currencyAt(ts, m.next);
    if (c2) return { type: 'MON', value: `${formatNumber(clean(lo * c2.factor))}/${formatNumber(clean(m.value * c2.factor))} ${c2.code}`, next: c2.next };
  }
  return null;
}

/** «ساعت ۱۰ صبح», «ساعت ۱۸:۳۰», «ساعت ۲۰ و ۴۵ دقیقه», «ساعت ۱۰ و نیم», «۱۸:۳۰», «ساعت ۲ تا ۴ بعدازظهر». */
function clockAt(ts: TokenStream, k: number, needHourWord: boolean): { h: number; min: number; next: number } | null {
  let j = k;
  if (ts.isWord(j, TIMES.hourWord)) j++;
  else if (needHourWord) return null;
  const t = ts.at(j);
  if (!t) return null;
  let h: number, min = 0;
  const colon = ts.at(j + 1), mm = ts.at(j + 2);
  if (t.kind === 'num' && /^[0-9]{1,2}$/.test(t.text) && colon?.text === ':' && colon.glued && mm?.kind === 'num' && mm.glued && /^[0-9]{2}$/.test(mm.text)) {
    h = Number(t.text); min = Number(mm.text); j += 3;
    if (ts.at(j)?.text === ':' && ts.at(j)!.glued && ts.at(j + 1)?.kind === 'num') j += 2; // seconds
  } else {
    if (j === k) return null; // a bare number is not a time
    const n = readNumber(ts, j);
    if (!n || n.ordinal || n.scale > 1) return null;
    if (Number.isInteger(n.value)) h = n.value;
    else if (Number.isInteger(n.value * 2) && n.value > 0) { h = Math.floor(n.value); min = 30; } // «ده و نیم»
    else return null;
    j = n.next;
    if (ts.isWord(j, 'و')) {
      if (ts.isWord(j + 1, 'نیم')) { min = 30; j += 2; }
      else {
        const m = readNumber(ts, j + 1);
        if (m && Number.isInteger(m.value) && m.value < 60 && ts.isWord(m.next, TIMES.minuteWord)) { min = m.value; j = m.next + 1; }
      }
    }
  }
  if (ts.isWord(j, TIMES.minuteWord)) j++;
  if (h > 24 || min > 59) return null;
  return { h, min, next: j };
}

function withDayPart(h: number, part: string | undefined): number {
  if (part === 'pm' && h < 12) return h + 12;
  if (part === 'noon' && h < 5) return h + 12;
  if (part === 'night') return h === 12 ? 0 : h >= 5 && h < 12 ? h + 12 : h;
  if (part === 'am' && h === 12) return 0;
  return h;
}

const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

function timeAt(ts: TokenStream, k: number): Found | null {
  const a = clockAt(ts, k, false);
  if (!a) return null;
  let j = a.next;
  let b: { h: number; min: number; next: number } | null = null;
  const r = ts.at(j);
  if (r && RANGE.has(r.text)) {
    b = clockAt(ts, j + 1, false) ?? (() => {
      const n = readNumber(ts, j + 1);
      return n && Number.isInteger(n.value) && n.value <= 24 && !n.ordinal ? { h: n.value, min: 0, next: n.next } : null;
    })();
    if (b) j = b.next;
  }
  const part = ts.lookup(j, DAY_PARTS, 3);
  if (part) j += part.n;
  const first = hhmm(withDayPart(a.h, part?.value), a.min);
  const value = b ? `${first}/${hhmm(withDayPart(b.h, part?.value), b.min)}` : first;
  return { type: 'TIM', value, next: j };
}

function parseAt(ts: TokenStream): Found | null {
  const t = ts.at(0);
  if (!t) return null;
  if (t.text === '%') {
    const n = readNumber(ts, 1);
    return n && ts.at(1)!.glued ? { type: 'PCT', value: formatNumber(n.value), next: n.next } : null;
  }
  if (t.kind === 'word' && t.text === TIMES.hourWord) return timeAt(ts, 0);
  if (t.kind === 'num') {
    const colon = ts.at(1);
    if (colon?.text === ':' && colon.glued) return timeAt(ts, 0);
  }
  const n = readNumber(ts, 0, { slashDecimal: true });
  return n ? afterNumber(ts, n) : null;
}

/** Every money amount, percent and clock time in `text`, with offsets into `text`. */
export function findQuantities(text: string): EntityMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const folded = fold(text);
  const out: EntityMention[] = [];
  // one shared regex object: V8 tiers a regex up to native code only after it has run a while
  const re = ANCHOR;
  let m: RegExpExecArray | null;
  for (let from = 0; (m = nextAnchor(re, folded, from)); ) {
    from = m.index + m[0].length;
    const ts = new TokenStream(folded, m.index);
    let r: Found | null = null;
    try { r = parseAt(ts); } catch { r = null; }
    if (!r || r.next === 0) continue;
    const start = ts.at(0)!.start, end = ts.at(r.next - 1)!.end;
    out.push({ text: text.slice(start, end), type: r.type, start, end, value: r.value });
    from = end;
  }
  return out;
}
