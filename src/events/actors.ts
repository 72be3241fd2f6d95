// Actor mentions of one sentence, as word ranges: the NER entities of the context first, then the
// fallback gazetteer (data/actors.tsv) where NER found nothing, each grown over the title words
// around it («وزیر امور خارجه ایران»، «محمد مخبر معاون اول رئیس جمهور»).
import type { EntityMention } from '../article.ts';
import { actorGazetteer, inClass, wordClasses } from './lexicon.ts';
import { prefixSet, wordKey } from './keys.ts';

export interface ActorMention {
  /** word range of the whole noun phrase, [start, end) */
  start: number;
  end: number;
  /** character span in doc.text */
  charStart: number;
  charEnd: number;
  text: string;
  ref?: string;
  type: string;
  /** the country this actor acts for, when the phrase says so («وزیر خارجه آمریکا» -> country:USA) */
  country?: string;
  /** a phrase of title words only, with no name or country («معاون اول رئیس جمهور») */
  roleOnly?: boolean;
}

/** What actor-finding needs to know about a sentence's words. */
export interface SentenceWords {
  /** word keys (spelling-folded forms) */
  keys: string[];
  /** word character spans in doc.text */
  starts: number[];
  ends: number[];
  text: string;
}

const ACTOR_TYPES = new Set(['PER', 'ORG', 'LOC', 'NAT', 'FAC', 'GPE']);
// head words that start a title phrase on their own («معاون اول رئیس جمهور»)
const ROLE_HEADS = new Set(['رئیس', 'رییس', 'رئیسجمهور', 'رییسجمهور', 'وزیر', 'وزرای', 'معاون', 'سخنگوی', 'سفیر', 'نماینده', 'نمایندگان', 'دبیرکل', 'فرمانده', 'نخستوزیر', 'رهبر', 'مقامات', 'پادشاه', 'ولیعهد', 'دادستان', 'استاندار', 'مشاور', 'مذاکرهکننده', 'مذاکرهکنندگان', 'سرپرست', 'مدیرعامل', 'مدیرکل', 'قاضی', 'ژنرال', 'سران', 'سفرای', 'نخستوزیر', 'امام', 'رهبران'].map(wordKey));
const ROLE_HEAD_PREFIX = prefixSet(ROLE_HEADS);

interface GazetteerEntry { keys: string[]; ref: string; type: string }
const GAZETTEER: Map<string, GazetteerEntry[]> = new Map();
for (const a of actorGazetteer) {
  const keys = a.text.split(/\s+/).map(wordKey);
  const list = GAZETTEER.get(keys[0]) ?? [];
  list.push({ keys, ref: a.ref, type: a.type });
  GAZETTEER.set(keys[0], list);
}
for (const list of GAZETTEER.values()) list.sort((a, b) => b.keys.length - a.keys.length);

/** A canonical ref for a name from the fallback gazetteer, if it has one. */
export function gazetteerRef(text: string): string | undefined {
  const keys = text.split(/\s+/).map(wordKey);
  return GAZETTEER.get(keys[0])?.find((g) => g.keys.length === keys.length && g.keys.every((k, j) => k === keys[j]))?.ref;
}

// group nouns, and the same with the indefinite «ی» («هیاتی»), so no word is sliced to test it
const GROUP = wordClasses.get('group') ?? new Set<string>();
const GROUP_INDEFINITE = new Set([...GROUP].map((g) => g + 'ی'));
const isGroup = (k: string) => GROUP.has(k) || (k.length > 3 && GROUP_INDEFINITE.has(k));
// a counted noun is singular in Persian («دو کودک»، «۳۰ تروریست»، «پنج سرباز»): the singulars of the group plurals
// («کودکان»، «تروریست‌ها»، «سربازان») name people too, but only after a number or a quantifier
// (not the bodies and machines: «دو کشور»، «دو طرف» do not name the sides, guidelines §2a.3)
const NOT_COUNTED = new Set(['کشور', 'دولت', 'سازمان', 'شرکت', 'رسانه', 'گروه', 'نیرو', 'جنگنده', 'هواپیما', 'پهپاد', 'نهاد', 'دادگاه'].map(wordKey));
const GROUP_SINGULAR = new Set<string>();
for (const g of GROUP) {
  const one = g.replace(/(ها|های|هایی)$/u, '');
  if (one !== g && one.length > 2) GROUP_SINGULAR.add(one);
  else if (/[^ی]ان$/u.test(g) && g.length > 4) GROUP_SINGULAR.add(g.slice(0, -2));
}
for (const k of NOT_COUNTED) GROUP_SINGULAR.delete(k);
const COUNT_WORDS = new Set(['دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده', 'یازده', 'دوازده', 'بیست', 'سی', 'چهل', 'پنجاه', 'صد', 'هزار',
  'تعدادی', 'شماری', 'چند', 'چندین', 'دهها', 'صدها', 'هزاران'].map(wordKey));
const isCount = (k: string) => COUNT_WORDS.has(k) || /^[\d۰-۹٠-٩]+$/u.test(k);
const RA = wordKey('را');
const PHRASE_END = new Set(['،', ',', ':', '.', 'که', '«', '»'].map(wordKey));

/** A «را» closes an object that reads on from word `from`: within a few words, before a comma, «که» or a preposition. */
function raCloses(w: SentenceWords, from: number): boolean {
  for (let j = from; j < w.keys.length && j < from + 8; j++) {
    const k = w.keys[j];
    if (k === RA) return true;
    if (PHRASE_END.has(k) || inClass('preposition', k)) return false;
  }
  return false;
}

/** «گروهی ناشناس عوامل خبری این شبکه را … تهدید کرد»: a group phrase that reads on into a noun after its adjective,
 * where a «را» further on closes an object, ends at that adjective: the noun opens the object (subject, object, verb).
 * A phrase that «را» closes right after it is the object itself and keeps its words («نیروهای مسلح کشور را»). */
function objectStart(w: SentenceWords, from: number, end: number, isAdjective: (i: number) => boolean): number {
  if (w.keys[end] === RA) return end;
  for (let p = from + 1; p < end; p++) {
    if (isAdjective(p - 1) && !isAdjective(p)) return raCloses(w, end) ? p : end;
  }
  return end;
}

// titles and honorifics in one set: one probe per word
const ROLE_OR_HONORIFIC = new Set([...(wordClasses.get('role') ?? []), ...(wordClasses.get('honorific') ?? [])]);
const isRole = (k: string) => ROLE_OR_HONORIFIC.has(k);

function wordsOverlapping(w: SentenceWords, start: number, end: number): [number, number] | null {
  let a = -1, b = -1;
  for (let i = 0; i < w.keys.length; i++) {
    if (w.ends[i] > start && w.starts[i] < end) { if (a < 0) a = i; b = i + 1; }
  }
  return a < 0 ? null : [a, b];
}

function countryOf(ref: string | undefined): string | undefined {
  return ref?.startsWith('country:') ? ref : undefined;
}

/** isContent(i): word i is a plain noun or adjective (it may extend a title: «وزیر ورزش»). */
const NON_PARTY_PLACE = /^(city|province|place|region):/;

/** The tagger's word classes, where the sentence was tagged. */
export interface WordTags { isAdjective: (i: number) => boolean; isNoun: (i: number) => boolean }
const UNTAGGED: WordTags = { isAdjective: () => false, isNoun: () => false };

export function findActors(w: SentenceWords, entities: readonly EntityMention[], resolve?: (text: string) => string | undefined, isContent?: (i: number) => boolean,
  tags: WordTags = UNTAGGED): ActorMention[] {
  const n = w.keys.length;
  const taken = new Uint8Array(n);
  const core: ActorMention[] = [];
  const sentStart = w.starts[0] ?? 0, sentEnd = w.ends[n - 1] ?? 0;
  for (const e of entities) {
    if (!ACTOR_TYPES.has(e.type) || e.end <= sentStart || e.start >= sentEnd) continue;
    const r = wordsOverlapping(w, e.start, e.end);
    if (!r || taken.subarray(r[0], r[1]).some((x) => x)) continue;
    taken.fill(1, r[0], r[1]);
    // a capital named on its own acts for its government («سفر لاوروف به تهران» -> country:IRN)
    const asGovernment = e.ref?.startsWith('city:') ? resolve?.(e.text) : undefined;
    const ref = (asGovernment?.startsWith('country:') ? asGovernment : e.ref) ?? gazetteerRef(e.text);
    // a city, province or region that does not stand for a government is a place, never a party
    // («مذاکرات وین», «صبای قم»): it can still be the event's place
    if (e.type === 'LOC' && ref && NON_PARTY_PLACE.test(ref)) continue;
    // «استان مارب»، «منطقه موزع»: a place named by its administrative head is a place too
    if (e.type === 'LOC' && !ref?.startsWith('country:') && inClass('place_head', wordKey(e.text.split(/\s+/)[0] ?? ''))) continue;
    core.push({ start: r[0], end: r[1], charStart: e.start, charEnd: e.end, text: e.text, ref, type: e.type, country: e.country ?? countryOf(ref) });
  }
  for (let i = 0; i < n; i++) {
    if (taken[i]) continue;
    const g = GAZETTEER.get(w.keys[i])?.find((c) => i + c.keys.length <= n && c.keys.every((k, j) => k === w.keys[i + j] && !taken[i + j]));
    if (!g) continue;
    const end = i + g.keys.length;
    taken.fill(1, i, end);
    const text = w.text.slice(w.starts[i] - sentStart, w.ends[end - 1] - sentStart);
    // a person keeps the NER's ref for the name when it has one, so one person is one node (QA Q9)
    const ner = g.type === 'PER' ? resolve?.(text) : undefined;
    const ref = ner?.startsWith('person:') ? ner : g.ref;
    core.push({ start: i, end, charStart: w.starts[i], charEnd: w.ends[end - 1], text, ref, type: g.type, country: countryOf(ref) });
    i = end - 1;
  }
  core.sort((a, b) => a.start - b.start);
  return growOverTitles(w, core, taken, isContent ?? (() => false), tags);
}

/** Grows mentions over title words: before a country («وزیر خارجه آمریکا») and after a name
 * («محمد مخبر معاون اول رئیس جمهور»); adds title-only phrases as actors without a ref. */
function growOverTitles(w: SentenceWords, core: ActorMention[], taken: Uint8Array, isContent: (i: number) => boolean, tags: WordTags): ActorMention[] {
  const { isAdjective } = tags;
  const sentStart = w.starts[0] ?? 0;
  const slice = (a: number, b: number) => w.text.slice(w.starts[a] - sentStart, w.ends[b - 1] - sentStart);
  const out: ActorMention[] = [];
  for (let m = 0; m < core.length; m++) {
    const a = core[m];
    // title words before a country or organization: the person who acts for it
    let s = a.start;
    while (s > 0 && !taken[s - 1] && isRole(w.keys[s - 1])) s--;
    // a short «name» right before the title: «شوکت میرضیایف» رئیس جمهور ازبکستان
    if (s < a.start && s > 1 && w.keys[s - 1] === '»') {
      const open = w.keys.lastIndexOf('«', s - 2);
      if (open >= 0 && s - open <= 5 && !taken.subarray(open, s).some((x) => x)) s = open;
    }
    if (s < a.start && a.type !== 'PER') {
      taken.fill(1, s, a.start);
      out.push({ ...a, start: s, charStart: w.starts[s], text: slice(s, a.end), ref: undefined, type: 'PER', country: a.country });
      continue;
    }
    if (s < a.start) { taken.fill(1, s, a.start); a.start = s; a.charStart = w.starts[s]; }
    // title words after a person's name, possibly ending in a country: the name keeps its text;
    // an apposition may stand after a quote mark or a comma («جو بایدن»، رئیس جمهور آمریکا)
    if (a.type === 'PER') {
      let e = a.end;
      while (e < w.keys.length && (w.keys[e] === '»' || w.keys[e] === '،') && e + 1 < w.keys.length && (isRole(w.keys[e + 1]) || w.keys[e + 1] === '،')) e++;
      const skipped = e;
      while (e < w.keys.length && !taken[e] && isRole(w.keys[e])) e++;
      if (e === skipped) e = a.end;
      const next = core[m + 1];
      if (e > a.end && next && next.start === e && next.type !== 'PER') { a.country ??= next.country; e = next.end; m++; }
      if (e > a.end) { taken.fill(1, a.end, e); a.end = e; }
    }
    out.push(a);
  }
  // title-only phrases («معاون اول رئیس جمهور») and named groups («کشاورزان»، «اعضای هیأت مدیره پرسپولیس»)
  for (let i = 0; i < w.keys.length; i++) {
    if (taken[i]) continue;
    // «هیاتی متشکل از …»: a group noun with the indefinite ending
    // «دو کودک»، «۳۰ تروریست»: a counted singular, with its number
    // (not right after a noun, whose genitive it is: «در اعتراض به اخراج ۶۰۰۰ کارگر» names no victim of the protest)
    const counted = i > 0 && !taken[i - 1] && !isGroup(w.keys[i]) && GROUP_SINGULAR.has(w.keys[i]) && isCount(w.keys[i - 1]) && !(i > 1 && tags.isNoun(i - 2));
    if (counted || (isGroup(w.keys[i]) && (i === 0 || !isGroup(w.keys[i - 1])))) {
      let e = i + 1;
      for (let extra = 0; extra < 3 && e < w.keys.length && !taken[e] && (isContent(e) || isRole(w.keys[e])); extra++) e++;
      if (counted) i--;
      // a phrase that opens a clause (no noun before it whose genitive it would be) ends before the object
      const opens = i === 0 || !tags.isNoun(i - 1);
      if (opens) e = objectStart(w, i, e, isAdjective);
      // «اعضای هیأت مدیره پرسپولیس»: a name right after the group noun belongs to it
      // («افراد ناشناس مرکز فرهنگی و اسلامی را»: not an organization that a «را» closes after an adjective: the object)
      const named = out.find((m) => m.start === e && m.type !== 'PER' && !(opens && e > i + 1 && isAdjective(e - 1) && raCloses(w, m.end) && !m.ref?.startsWith('country:')));
      if (named) { e = named.end; out.splice(out.indexOf(named), 1); }
      out.push({ start: i, end: e, charStart: w.starts[i], charEnd: w.ends[e - 1], text: slice(i, e), ref: named?.ref, type: 'ORG', country: named?.country, roleOnly: true });
      taken.fill(1, i, e);
      i = e - 1;
      continue;
    }
    // «مذاکره کننده ارشد کشورمان»: a two-word head
    const two = i + 1 < w.keys.length && !taken[i + 1] && ROLE_HEAD_PREFIX.has(w.keys[i]) && ROLE_HEADS.has(w.keys[i] + w.keys[i + 1]);
    if (!two && !ROLE_HEADS.has(w.keys[i])) continue;
    let e = i + (two ? 2 : 1);
    while (e < w.keys.length && !taken[e] && isRole(w.keys[e])) e++;
    // a title names its office with a few more nouns: «وزیر ورزش»، «رئیس فدراسیون کشتی»
    for (let extra = 0; extra < 3 && e < w.keys.length && !taken[e] && isContent(e); extra++) e++;
    while (e < w.keys.length && !taken[e] && isRole(w.keys[e])) e++;
    out.push({ start: i, end: e, charStart: w.starts[i], charEnd: w.ends[e - 1], text: slice(i, e), type: 'PER', roleOnly: true });
    i = e - 1;
  }
  return out.sort((x, y) => x.start - y.start);
}
