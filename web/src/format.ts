// Numbers and dates as a Persian reader expects them: Persian digits, the Jalali calendar,
// with the Gregorian date kept for a tooltip.

const numberFormat = new Intl.NumberFormat('fa-IR');
const decimalFormat = new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 2 });

export function num(n: number): string {
  return Number.isInteger(n) ? numberFormat.format(n) : decimalFormat.format(n);
}

/** Latin digits inside interface strings (e.g. a month key) turned into Persian digits. */
export function faDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}

/** Persian and Arabic-Indic digits typed by a reader, as ASCII digits for the API. */
export function latinDigits(s: string): string {
  return s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

const jalaliDate = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Tehran' });
const jalaliMonth = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric', month: 'long', timeZone: 'Asia/Tehran' });
const gregorianDate = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'Asia/Tehran' });
const gregorianMonth = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' });

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  // A bare date is a calendar day, not UTC midnight: read it at noon so no time zone moves it a day.
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso + 'T12:00:00+03:30' : iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

export interface ShownDate { jalali: string; gregorian: string; iso: string }

export function showDate(iso: string | null | undefined): ShownDate | null {
  const d = parse(iso);
  if (!d || !iso) return null;
  return { jalali: jalaliDate.format(d), gregorian: gregorianDate.format(d), iso };
}

/** "2021-12" -> Jalali month name of the month's middle (a Gregorian month spans two Jalali months). */
export function showMonth(month: string): { jalali: string; gregorian: string } {
  const d = new Date(month + '-15T12:00:00Z');
  if (Number.isNaN(d.getTime())) return { jalali: faDigits(month), gregorian: month };
  return { jalali: jalaliMonth.format(d), gregorian: gregorianMonth.format(d) };
}

export const entityTypeNames: Record<string, string> = {
  PER: 'شخص', ORG: 'سازمان', LOC: 'مکان', FAC: 'تأسیسات', EVE: 'رویداد', PRO: 'محصول', NAT: 'ملیت',
  DAT: 'تاریخ', TIM: 'زمان', MON: 'پول', PCT: 'درصد', POG: 'گروه سیاسی',
};

export const eventTypeNames: Record<string, string> = {
  AGREE: 'توافق', CONSULT: 'رایزنی', SUPPORT: 'حمایت', COOPERATE: 'همکاری', AID: 'کمک', REQUEST: 'درخواست',
  DEMAND: 'مطالبه', DISAPPROVE: 'انتقاد', REJECT: 'رد', THREATEN: 'تهدید', PROTEST: 'اعتراض', SANCTION: 'تحریم',
  MOBILIZE: 'بسیج', COERCE: 'اجبار', ASSAULT: 'حمله', TRADE: 'تجارت', TRANSFER: 'انتقال', RETREAT: 'عقب‌نشینی',
};

export function typeName(table: Record<string, string>, code: string): string {
  return table[code] ?? code;
}
