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
