// Word lists and the anchor pre-filter for the date reader (data in ./data/*.json).
import MONTHS from './data/months.json' with { type: 'json' };
import RELATIVE from './data/relative.json' with { type: 'json' };
import NUMBERS from './data/numbers.json' with { type: 'json' };
import HOLIDAYS from './data/holidays.json' with { type: 'json' };
import { fold } from './fold.ts';
import { table } from './tokens.ts';
import { type Calendar } from './calendar.ts';

// --- language data -----------------------------------------------------------------------------

export interface MonthEntry { cal: Calendar; m: number; ambiguous: boolean }
export const AMBIGUOUS = new Set(MONTHS.ambiguous.map(fold));
export const MONTH_TABLE = new Map<string, MonthEntry>();
for (const cal of ['jalali', 'gregorian', 'hijri'] as const) {
  for (const [name, m] of table<number>(MONTHS[cal], fold)) MONTH_TABLE.set(name, { cal, m, ambiguous: AMBIGUOUS.has(name) });
}
/** Names that need a day number or a year beside them, «ماه» is not enough (می: verb prefix, مه: fog). */
export const NEEDS_NUMBER = new Set(['می', 'مه', 'مای', 'جون', 'صفر']);
/** The Afghan solar months (حمل … حوت): also common words, dates only with a day or a four-digit year. */
export const DAY_OR_YEAR = new Set(MONTHS.dayOrYear.map(fold));
/** Of those, the frequent words (میزان، جدی …): after an ordinal day they need the year as well. */
export const DAY_OR_YEAR_FREQUENT = new Set(MONTHS.dayOrYearFrequent.map(fold));

export const WEEKDAYS = table<number>(RELATIVE.weekdays, fold);
export const WEEKDAY_BLOCKERS = new Set(RELATIVE.weekdayBlockers.map(fold));
export const REL_DAYS = table<number>(RELATIVE.days, fold);
export const UNITS = table<string>(RELATIVE.units, fold);
export const PARTS = table<string>(RELATIVE.parts, fold);
export const HALVES = table<number>(RELATIVE.halves, fold);
export const PAST = new Set(RELATIVE.past);
export const FUTURE = new Set(RELATIVE.future);
export const CURRENT = new Set(RELATIVE.current);
export const RANGE_WORDS = new Set(RELATIVE.rangeWords.map(fold));
export const RANGE_OPENERS = new Set(RELATIVE.rangeOpeners);
export const ERAS = new Map<string, Calendar>();
for (const e of RELATIVE.eraJalali) ERAS.set(e, 'jalali');
for (const e of RELATIVE.eraGregorian) ERAS.set(e, 'gregorian');
for (const e of RELATIVE.eraHijri) ERAS.set(e, 'hijri');
/** Words before a month name that make a bare month a date (در آبان، تا آذر). */
export const MONTH_CUES = new Set(['در', 'طی', 'تا', 'از', 'به', 'برای', 'ماه', 'و', 'یا', 'الی', 'لغایت', 'پایان', 'اوایل', 'اواخر', 'اواسط', 'ابتدای', 'نیمه']);
export const NUMBER_WORDS = new Set([...Object.keys(NUMBERS.atoms), 'چند']);
export const WEEKDAY_NUMBERS = new Set(['یک', 'دو', 'سه', 'چهار', 'پنج']);
export const VAGUE_COUNTS = new Set(['چند', 'چندین', 'همه', 'تمام']);
export const NOT_MONTH_BEFORE = new Set(['خبرگزاری', 'خبرنگار', 'مسکن', 'بانک', 'موسسه', 'مؤسسه', 'روزنامه', 'سازمان']);

export interface NamedDay { cal: Calendar; m: number; d: number; to?: number; cue?: boolean; karbala?: boolean }
/** «نوروز», «دهه فجر», «عید فطر», «روز عاشورا» (data/holidays.json). */
export const NAMED_DAYS = table<NamedDay>(HOLIDAYS.days as Record<string, NamedDay>, fold);
export const NAMED_DAY_CUES = new Set(HOLIDAYS.cues.map(fold));
/** Words that tell the battle of Karbala itself (data/holidays.json «karbala»). */
export const KARBALA = {
  names: HOLIDAYS.karbala.names.map(fold),
  pastStems: new Set(HOLIDAYS.karbala.pastStems.map(fold)),
  commemoration: new Set(HOLIDAYS.karbala.commemoration.map(fold)),
};

/** Pre-filter: where a date expression can start. Digits, and the first word of every expression. */
export const ANCHOR_WORDS = [
  ...MONTH_TABLE.keys(), ...WEEKDAYS.keys(), ...REL_DAYS.keys(), ...UNITS.keys(), ...PARTS.keys(),
  ...Object.keys(NUMBERS.atoms), ...Object.keys(NUMBERS.scales), ...Object.keys(NUMBERS.ordinals), ...Object.keys(MONTHS.seasons), 'امسال', 'پارسال', 'نیم', 'فصل',
  ...NAMED_DAYS.keys(), 'ربع',
].map((w) => w.split(' ')[0]);
/** Read with `nextAnchor` (tokens.ts), which checks what stands before a match. */
export const ANCHOR = new RegExp(
  `[0-9]|(?:${[...new Set(ANCHOR_WORDS)].sort((a, b) => b.length - a.length).join('|')})`,
  'gu',
);
