// Numbers written in digits of any script, in words (سی و پنج، سه میلیون و دویست هزار، دو و نیم میلیارد)
// or mixed (۳ میلیون، ۲.۵ میلیارد), cardinal or ordinal (سوم، بیست و یکم، نخستین، ۱۲مین).
import NUMBERS from './data/numbers.json' with { type: 'json' };
import { fold } from './fold.ts';
import { TokenStream, table, type Token } from './tokens.ts';

const ATOMS = table<number>(NUMBERS.atoms, fold);
const SCALES = table<number>(NUMBERS.scales, fold);
const FRACTIONS = table<number>(NUMBERS.fractions, fold);
const ORDINALS = table<number>(NUMBERS.ordinals, fold);
const ORDINAL_MARKERS = new Set(NUMBERS.ordinalMarkers);

export interface NumberRead {
  value: number;
  /** index of the first token after the number */
  next: number;
  ordinal: boolean;
  /** the largest scale word used (هزار = 1000 …), 1 when none */
  scale: number;
  /** true when the number is a single digit token (no words, no scale) */
  plainDigits: boolean;
}

export interface ReadOptions {
  /** read «۲/۵» as 2.5 (the Persian decimal slash); only where no date can follow */
  slashDecimal?: boolean;
}

/** The value of a digit token: thousands separators dropped, ٫ read as the decimal point. */
export function digitValue(s: string): number {
  return Number(s.replace(/[,٬،]/g, '').replace('٫', '.'));
}

/** Value of an ordinal word such as «هفتم», «بیستمین», «سوم», or undefined. */
function ordinalWord(w: string): number | undefined {
  const direct = ORDINALS.get(w);
  if (direct !== undefined) return direct;
  for (const suffix of NUMBERS.ordinalSuffixes) {
    if (w.length > suffix.length + 1 && w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length);
      const v = ATOMS.get(base) ?? SCALES.get(base);
      if (v !== undefined && v !== 0) return v;
    }
  }
  return undefined;
}

/** Place value of the lowest non-zero digit (1200 -> 100); 0 for fractions. */
function lowestOrder(n: number): number {
  if (!Number.isInteger(n) || n <= 0) return 0;
  let o = 1;
  while (n % (o * 10) === 0 && o < 1e18) o *= 10;
  return o;
}

/** Round away binary noise such as 1.1 * 1e6 = 1100000.0000000002. */
export function clean(n: number): number {
  if (Number.isSafeInteger(n)) return n;
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}

const isWordTok = (t: Token | null): t is Token => !!t && t.kind === 'word';

/**
 * Read a number starting at token i. Parts join with «و» only when they compose
 * (بیست و پنج, not «۱۰ و ۱۵»): each added part must be below the lowest place of what came before.
 */
export function readNumber(ts: TokenStream, i: number, opts: ReadOptions = {}): NumberRead | null {
  let total = 0; // finished groups (already multiplied by their scale)
  let cur = 0; // the group still waiting for a scale
  let lastGroup = 0; // value of the most recent scaled group, for «هزار میلیارد»
  let lastScale = 1;
  let maxScale = 1;
  let last: 'none' | 'atom' | 'scale' | 'fraction' = 'none';
  let ordinal = false;
  let j = i;
  let groupScale = 1;
  let scaleRun = 0;
  let digitsOnly = true;

  // Read one atom at j: digits, a number word, or an ordinal word. Returns [value, ordinal, nextIndex].
  const atomAt = (k: number): [number, boolean, number] | null => {
    const t = ts.at(k);
    if (!t) return null;
    if (t.kind === 'num') {
      let v = digitValue(t.text);
      let n = k + 1;
      if (opts.slashDecimal && /^[0-9]+$/.test(t.text)) {
        const slash = ts.at(k + 1), frac = ts.at(k + 2), after = ts.at(k + 3);
        if (slash?.text === '/' && slash.glued && frac?.kind === 'num' && frac.glued && /^[0-9]+$/.test(frac.text)
          && !(after?.glued && (after.text === '/' || after.kind === 'num'))) {
          v = Number(`${t.text}.${frac.text}`);
          n = k + 3;
        }
      }
      const marker = ts.at(n);
      if (marker && marker.glued && marker.kind === 'word' && ORDINAL_MARKERS.has(marker.text) && Number.isInteger(v)) return [v, true, n + 1];
      return [v, false, n];
    }
    if (t.kind !== 'word') return null;
    const a = ATOMS.get(t.text);
    if (a !== undefined) {
      // «یک صد», «دو صد» (written apart): the unit multiplies the hundred
      const nx = ts.at(k + 1);
      if (a >= 1 && a <= 9 && isWordTok(nx) && (nx.text === 'صد' || nx.text === 'صدم' || nx.text === 'صدمین')) return [a * 100, nx.text !== 'صد', k + 2];
      // a weekday such as «سه شنبه» is not a number
      if (a >= 1 && a <= 5 && isWordTok(nx) && nx.text === 'شنبه') return null;
      if (isWordTok(nx) && (nx.text === 'ام' || nx.text === 'امین') && a !== 0) return [a, true, k + 2];
      return [a, false, k + 1];
    }
    const o = ordinalWord(t.text);
    if (o !== undefined) return [o, true, k + 1];
    return null;
  };

  for (;;) {
    const t = ts.at(j);
    if (!t) break;
    if (last === 'none') {
      const frac = t.kind === 'word' ? FRACTIONS.get(t.text) : undefined;
      if (frac !== undefined) { cur = frac; last = 'fraction'; j++; digitsOnly = false; continue; }
      const sc = t.kind === 'word' ? SCALES.get(t.text) : undefined;
      if (sc !== undefined) { cur = 1; last = 'atom'; digitsOnly = false; continue; } // «هزار و …»: an implied one
      const a = atomAt(j);
      if (!a) return null;
      cur = a[0]; ordinal = a[1]; j = a[2]; last = 'atom';
      if (t.kind !== 'num') digitsOnly = false;
      if (ordinal) break;
      continue;
    }
    if (t.kind !== 'word') break;
    const sc = SCALES.get(t.text);
    // at most three scale words in a row («هزار میلیارد»): a longer run is no number and would make
    // every anchor inside it re-read the run (quadratic on «میلیون میلیون …»)
    if (sc !== undefined && last === 'scale' && ++scaleRun >= 3) break;
    if (sc !== undefined && last !== 'scale') scaleRun = 0;
    if (sc !== undefined && (last === 'atom' || last === 'fraction' || last === 'scale')) {
      // a scale after «… و پنج» must keep the group below the place of the groups before it
      if (last !== 'scale' && total > 0 && !(cur * sc < lowestOrder(total))) break;
      if (last === 'scale') { total -= lastGroup; lastGroup *= sc; total += lastGroup; }
      else { lastGroup = cur * sc; total += lastGroup; cur = 0; }
      groupScale = last === 'scale' ? groupScale * sc : sc;
      lastScale = sc; maxScale = Math.max(maxScale, groupScale);
      last = 'scale'; j++; digitsOnly = false;
      continue;
    }
    if (t.text !== 'و' || last === 'fraction') break;
    // «و» + a part that composes with what came before
    const before = total + cur;
    const order = lowestOrder(before);
    const nt = ts.at(j + 1);
    const frac = isWordTok(nt) ? FRACTIONS.get(nt.text) : undefined;
    if (frac !== undefined) {
      if (last === 'atom' && Number.isInteger(cur)) { cur += frac; last = 'fraction'; j += 2; continue; }
      if (last === 'scale') { total += frac * lastScale; j += 2; last = 'fraction'; cur = 0; break; }
      break;
    }
    const a = atomAt(j + 1);
    if (!a || !(a[0] < order) || a[0] === 0) break;
    // the part may be scaled in turn (… و دویست هزار): it must still stay below the place before it
    let k = a[2];
    let part = a[0];
    let partScale = 1;
    if (!a[1] && last === 'scale') {
      for (let run = 0; run < 3; run++) {
        const st = ts.at(k);
        const s2 = isWordTok(st) ? SCALES.get(st.text) : undefined;
        if (s2 === undefined) break;
        part *= s2; partScale = s2; k++;
      }
    }
    const inner = part / partScale;
    if (partScale > 1 && partScale > maxScale && Number.isInteger(inner) && inner < order) {
      // «یک هزار و ۸۰۰ میلیارد», «۵ میلیون و ۹۰۴ هزار میلیارد»: a scale larger than any before it
      // covers everything before it: (5,000,000 + 904,000) × 10^9
      total = (total + inner) * partScale; lastGroup = total; lastScale = partScale; groupScale = partScale;
      maxScale *= partScale; last = 'scale'; j = k;
      continue;
    }
    if (!(part < order)) break;
    if (partScale > 1) { lastGroup = part; total += part; lastScale = partScale; last = 'scale'; groupScale = partScale; }
    else { cur += part; last = 'atom'; }
    if (nt && nt.kind !== 'num') digitsOnly = false;
    j = k;
    if (a[1]) { ordinal = true; break; }
  }
  if (last === 'none') return null;
  const value = clean(total + cur);
  return { value, next: j, ordinal, scale: maxScale, plainDigits: digitsOnly && j === i + 1 };
}

/** Parse a whole string as one number; null when it is not exactly a number. */
export function parseNumber(s: string): number | null {
  if (typeof s !== 'string') return null;
  const f = fold(s).trim();
  if (!f) return null;
  let sign = 1;
  let body = f;
  const neg = /^(?:-|منفی\s*)/.exec(body);
  if (neg) { sign = -1; body = body.slice(neg[0].length); }
  const ts = new TokenStream(body, 0);
  const r = readNumber(ts, 0, { slashDecimal: true });
  if (!r) return null;
  if (ts.at(r.next) !== null) return null;
  return Number.isFinite(r.value) ? sign * r.value : null;
}
