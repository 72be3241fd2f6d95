// Time, place, quantity and goods of an event, from its sentence.
import type { DateMention, EntityMention } from '../article.ts';
import type { ActorMention, SentenceWords } from './actors.ts';
import { goods } from './lexicon.ts';
import { wordKey } from './keys.ts';

const IN = wordKey('در');
const QUANTITY_TYPES = new Set(['TRADE', 'AID', 'ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION', 'AGREE']);
const NUMBER_WORDS = 'یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|صد|هزار|دوازده|بیست|سی|چهل|پنجاه|شصت|هفتاد|هشتاد|نود|چندین|ده‌ها|صدها|هزاران';
const UNITS = [...(goods.get('unit') ?? [])];
const QUANTITY_RE = new RegExp(
  `(?:[0-9۰-۹][0-9۰-۹.,٫٬]*|${NUMBER_WORDS})(?:[\\s\\u200c]+(?:و[\\s\\u200c]+)?(?:[0-9۰-۹][0-9۰-۹.,٫٬]*|${NUMBER_WORDS}|هزار|میلیون|میلیارد))*[\\s\\u200c]*(?:${UNITS.join('|')})(?:[\\s\\u200c]+(?:دلار|یورو|ریال|تومان|تن|بشکه))?`,
  'u');

// A commemoration names a past event, not today's (QA Q7, Q14; guidelines §2, "History"):
// «سالگرد حمله رضاخان به مسجد گوهرشاد»، «سی مرداد سالروز حمله صهیونیست‌ها به مسجد الاقصی».
const COMMEMORATION = new Set(['سالروز', 'سالگرد', 'یادواره', 'بزرگداشت', 'گرامیداشت', 'گرامی‌داشت', 'یادبود'].map(wordKey));
// the names of a past war: «دفاع مقدس»، «جنگ تحمیلی» (Iran–Iraq war, 1980–1988)
const PAST_WARS = [['دفاع', 'مقدس'], ['جنگ', 'تحمیلی']].map((p) => p.map(wordKey));
// words that make a past war the time of the clause: «در طول دوران دفاع مقدس»، «هشت سال دفاع مقدس»
const ERA_HEADS = new Set(['دوران', 'دوره', 'طول', 'زمان', 'ایام', 'سال', 'سال‌های', 'سالهای', 'روزهای'].map(wordKey));
const TENSE_NOW = new Set(['present', 'future']);

/** Whether the event at trigger word `at` is a past one the sentence recalls, not news: an event noun
 * governed by a commemoration noun, or (for an attack not in the present or future) a sentence naming a past war, or
 * any event in a clause whose time is such a war. */
export function recallsPast(keys: readonly string[], at: number, clauseStart: number, type: string, tense: string | undefined, nominal: boolean): boolean {
  // the event noun right after the commemoration noun is what it recalls; a verb after «با تبریک سالروز اصناف»
  // is today's
  if (nominal && at > 0 && COMMEMORATION.has(keys[at - 1])) return true;
  for (let j = 0; j + 1 < at; j++) {
    if (!PAST_WARS.some(([a, b]) => keys[j] === a && keys[j + 1] === b)) continue;
    if (type === 'ASSAULT' && !(tense && TENSE_NOW.has(tense))) return true;
    if (j > clauseStart && ERA_HEADS.has(keys[j - 1])) return true;
  }
  return false;
}

const yearOf = (iso: string | null | undefined) => (iso && /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : NaN);

/** A recalled event's time: the sentence's date nearest the trigger among those at least two years before
 * publication («در سال ۱۳۵۹»), else none: never the publication date, nor the date of this year's
 * anniversary («سی مرداد»، «هفته دفاع مقدس»). */
export function pastEventTime(dates: readonly DateMention[], sentStart: number, sentEnd: number, at: number, published: string | null): string | undefined {
  const limit = yearOf(published) - 2;
  const old = dates.filter((d) => d.value && !(yearOf(d.value) > limit));
  return old.length ? eventTime(old, sentStart, sentEnd, at, null) : undefined;
}

/** A time two or more years before publication: the sentence tells history («ایران و پاکستان در سال ۱۹۹۵ … امضا کردند»). */
export function longBefore(time: string | undefined, published: string | null): boolean {
  return yearOf(time) <= yearOf(published) - 2;
}

/** The date of the sentence nearest to the trigger, else the article's date. */
export function eventTime(dates: readonly DateMention[], sentStart: number, sentEnd: number, at: number, published: string | null): string | undefined {
  let best: DateMention | undefined;
  for (const d of dates) {
    if (d.start < sentStart || d.end > sentEnd || !d.value) continue;
    if (!best || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
  }
  return best?.value ?? published ?? undefined;
}

/** «در تهران»: a place mention after «در» that is not one of the parties; for visits, the destination. */
export function eventPlace(w: SentenceWords, mentions: readonly ActorMention[], entities: readonly EntityMention[], parties: (ActorMention | null)[], visitTarget: ActorMention | null): string | undefined {
  if (visitTarget && (visitTarget.type === 'LOC' || visitTarget.type === 'GPE')) return visitTarget.text;
  for (const m of mentions) {
    if (parties.includes(m) || m.type !== 'LOC' || m.start === 0 || w.keys[m.start - 1] !== IN) continue;
    return m.text;
  }
  // places NER found that are not actors (cities, venues)
  const sentStart = w.starts[0] ?? 0, sentEnd = w.ends[w.ends.length - 1] ?? 0;
  for (const e of entities) {
    if ((e.type !== 'LOC' && e.type !== 'FAC') || e.start < sentStart || e.end > sentEnd) continue;
    if (parties.some((p) => p && p.charStart <= e.start && p.charEnd >= e.end)) continue;
    const i = w.starts.indexOf(e.start);
    if (i > 0 && w.keys[i - 1] === IN) return e.text;
  }
  return undefined;
}

/** «۲۴ فروند جنگنده»، «۳ میلیارد دلار»: the amount the sentence names, for material events. */
export function eventQuantity(type: string, sentence: string, entities: readonly EntityMention[], sentStart: number, sentEnd: number): string | undefined {
  if (!QUANTITY_TYPES.has(type)) return undefined;
  const money = entities.find((e) => e.type === 'MON' && e.start >= sentStart && e.end <= sentEnd);
  if (money) return money.text;
  const m = QUANTITY_RE.exec(sentence);
  if (!m) return undefined;
  // «۲۴ فروند جنگنده»: keep the goods word that follows the unit
  const next = /^[\s\u200c]*([^\s\u200c،.]+)/u.exec(sentence.slice(m.index + m[0].length))?.[1];
  const isGoods = next && [...goods.values()].some((set) => set.has(wordKey(next)));
  return isGoods ? `${m[0].trim()} ${next}` : m[0].trim();
}

/** TRADE mode from the goods the sentence names (arms, energy), else undefined. */
export function tradeMode(keys: string[]): string | undefined {
  for (const mode of ['arms', 'energy']) {
    const set = goods.get(mode);
    if (!set) continue;
    for (let i = 0; i < keys.length; i++) if (set.has(keys[i]) || (i + 1 < keys.length && set.has(keys[i] + keys[i + 1]))) return mode;
  }
  return undefined;
}
