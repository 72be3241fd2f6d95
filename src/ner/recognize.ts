// Sentence-level recognition: the statistical tagger's spans combined with gazetteer spans and news
// rules (agency lines, organization head words, title + name). Combination policy, by priority:
//   4  agency attribution lines («به گزارش ایسنا»، «به نقل از خبرگزاری مهر»)
//   3  multi-word gazetteer names, org head + place/name, title + name, honorific + name
//   2  the tagger's spans (a single-word gazetteer name of the same extent gives it its type)
//   1  single-word gazetteer names the tagger missed (never ambiguous words or generic institutions)
// Higher priority wins an overlap; among equals the longer span, then the earlier one.
import type { GazEntry, GazMatch, Gazetteer, SentenceNames } from './gazetteer.ts';
import { chunks, type Chunk } from './score.ts';
import { sentenceTagger, loadResources, wordRecords, walkGazetteer } from './tagger.ts';
import { ruleWords, nameLike, isFunctionWord, type RuleWords } from './rules.ts';
import { featureForm, type FeatureResources } from './features.ts';

export type SpanType = 'PER' | 'ORG' | 'LOC' | 'FAC' | 'EVE' | 'PRO' | 'NAT' | 'POG';

export interface WordSpan {
  start: number;
  end: number;
  type: SpanType;
  priority: number;
  source: 'model' | 'gazetteer' | 'rule';
  entry?: GazEntry;
  role?: string;
  /** ISO3 stated by a title phrase («وزیر امور خارجه روسیه») */
  country?: string;
  /** title phrase [start, end) attached to this person */
  title?: { start: number; end: number; role: string };
  /** a club named after its city («لاتزیو و رم»): the city's gazetteer entry does not name it */
  cityClub?: boolean;
  /** where adjacent person spans were joined into this one (ParsTwiNER keeps them apart) */
  joins?: number[];
}

/** A title phrase not attached to any name (candidate nominal mention for coreference). */
export interface BareTitle { start: number; end: number; role: string; country?: string; /** the tagger read it as a person */ person?: boolean }

export interface SentenceResult { spans: WordSpan[]; titles: BareTitle[]; /** one-word tagger spans the rules dropped («سپاه» alone: a generic noun in news) */ dropped?: WordSpan[] }

const ENTITY_TYPES = new Set(['LOC', 'ORG', 'FAC', 'NAT', 'PER', 'EVE', 'PRO']);
const isEntity = (e: GazEntry): boolean => ENTITY_TYPES.has(e.type);

function pickEntry(m: GazMatch): GazEntry | undefined {
  return m.entries.find((e) => isEntity(e) && !e.ambiguous && e.kind !== 'inst-generic');
}

/** The corpus glues a headline to the body («…کنندعلی باقری»): a person span that opens with a word
 * unknown as a whole but made of a headline-final verb frequent in news + a given name («کنند» + «علی»)
 * keeps only the free words. */
const VERB_END = /(?:د|ند|یم|ید|است)$/;
function dropGluedFirstWord(spans: WordSpan[], words: readonly string[], res: FeatureResources): void {
  const names = res.names!;
  const isGiven = (w: string): boolean => names.lookup(w).some((e) => e.kind === 'seen-PER' || e.kind === 'seen-PER-weak');
  for (const c of spans) {
    if (c.type !== 'PER' || c.end - c.start < 2) continue;
    const w = words[c.start];
    if (!unknownWord(w, res.lexicon) || names.lookup(w).length || res.gazetteer.lookup(w).length) continue;
    for (let cut = 3; cut <= w.length - 2; cut++) {
      const head = w.slice(0, cut);
      if (VERB_END.test(head) && res.clusters?.has(head) && !names.lookup(head).length && !res.gazetteer.lookup(head).length && isGiven(w.slice(cut))) { c.start++; c.entry = undefined; break; }
    }
  }
}

/** Persian names are often cut by the tagger: «امیر حسین جمشیدیان» as «حسین جمشیدیان», «بهنام خلیلی خسرو
 * شاهی» as two names. Adjacent person spans are one name; a given name (seen as a name, not as a weak
 * one) right before a person span belongs to it. */
function mergePersonParts(spans: WordSpan[], words: readonly string[], names: Gazetteer, honorifics: GazMatch[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k], b = spans[k + 1];
    if (a.type === 'PER' && b.type === 'PER' && a.end === b.start) {
      a.joins = [...(a.joins ?? []), b.start, ...(b.joins ?? [])];
      a.end = b.end; a.role ??= b.role; a.country ??= b.country; a.title ??= b.title; a.entry = undefined;
      spans.splice(k + 1, 1);
      k--;
    }
  }
  for (let k = 0; k < spans.length; k++) {
    const c = spans[k];
    const prev = c.start - 1;
    if (c.type !== 'PER' || prev < 0 || (k > 0 && spans[k - 1].end > prev)) continue;
    // «صحبت الله رحمانی»، «روح الله …»: a name never starts with «الله»; it closes the given name before it
    if (words[c.start] === 'الله' && /^[\p{L}\u200c]+$/u.test(words[prev]) && !isFunctionWord(words[prev])) { c.start = prev; c.entry = undefined; continue; }
    // «امیر حسین جمشیدیان»: the two words form a given name seen written solid («امیرحسین»), even when
    // the first is also a rank («امیر»).
    const solid = c.end - c.start >= 2 && [words[prev] + words[c.start], `${words[prev]}\u200c${words[c.start]}`].some((g) => names.lookup(g).some((e) => e.kind === 'seen-PER' || e.kind === 'seen-PER-weak'));
    if (!solid && honorifics.some((h) => h.start <= prev && prev < h.end)) continue;
    if (solid || names.lookup(words[prev]).some((e) => e.kind === 'seen-PER')) {
      c.start = prev; c.entry = undefined;
      // the «title» was the name's first half: no role from it
      if (c.title && c.title.start >= c.start) { c.title = undefined; c.role = undefined; c.country = undefined; }
    }
  }
}

/** «دانشگاه یوسی ریورساید»: an organization opened by a head word goes on over up to two following
 * words that are unknown to the lexicon and rare in news (transliterated names, not verbs such as «افزود»),
 * when nothing else claims them. */
function extendOrgNames(spans: WordSpan[], words: readonly string[], res: FeatureResources): void {
  const rw = ruleWords();
  spans.forEach((c, k) => {
    if (c.type !== 'ORG' || !(rw.orgHeads.has(words[c.start]) || rw.strongOrgHeads.has(words[c.start]))) return;
    const limit = Math.min(k + 1 < spans.length ? spans[k + 1].start : words.length, c.end + 2);
    while (c.end < limit && rareName(words[c.end], res)) c.end++;
    // «صندوق نوآوری و شکوفایی،»: head + common noun + «و» + common noun that closes the phrase.
    const w = words[c.end + 1];
    const next = k + 1 < spans.length ? spans[k + 1].start : words.length;
    if (c.end - c.start === 2 && words[c.end] === 'و' && c.end + 1 < next && PHRASE_END.test(words[c.end + 2] ?? '.') &&
        [words[c.start + 1], w].every((x) => commonNoun(x, res))) c.end += 2;
  });
}

/** Punctuation that never stands inside a name (unlike «.», «-», «+» in «گروه ۵+۱», a comma in «وزارت
 * میراث فرهنگی، گردشگری و صنایع‌دستی» or guillemets in «نیروگاه «منتظری»»). */
const SEPARATOR = /^[|/\\:;؛!?؟…]+$/u;
/** Organization heads that are also common nouns of place («مرکز»، «شبکه»): never head + place alone. */
const WEAK_ORG_HEADS = new Set(['مرکز', 'شبکه', 'نیروهای', 'اداره', 'مجمع', 'جبهه']);
const PUNCT_TOKEN = /^[^\p{L}\p{N}]+$/u;
/** Particles that never end a name. */
const PARTICLES = new Set(['فی', 'عن', 'از', 'در', 'به', 'با', 'که', 'را', 'و', 'یا', 'تا', 'بر']);
/** Demonstratives before a head word make a common noun phrase («این شرکت»). */
const DEMONSTRATIVES = new Set(['این', 'آن', 'همین', 'همان', 'هر', 'چند', 'یک', 'دیگر']);
/** Verbs of a press review line after an agency's name («مهر نوشت:»). */
const AGENCY_VERBS = new Set(['نوشت', 'نوشت:', 'گزارش', 'نوشته']);
/** Words that open a place's name («جمهوری کوزوو»، «شبه‌جزیره بالکان»). */
const PLACE_PARTS = new Set(['جمهوری', 'شبه‌جزیره', 'جزیره', 'جزایر', 'دریای', 'کوه', 'کوه‌های', 'رود', 'رودخانه', 'دریاچه', 'خلیج', 'تنگه', 'دشت', 'صحرای', 'بیابان']);
const DIRECTIONS = new Set(['شرقی', 'غربی', 'شمالی', 'جنوبی', 'مرکزی']);
const PERSONAL_SPEECH = new Set(['افزود', 'گفت', 'تصریح', 'یادآور', 'خاطرنشان']);
const PHRASE_END = /^[،.:؛!?»)]$/;

/** A common word of the lexicon that names nothing by itself (not a place, organization or person). */
function commonNoun(w: string, res: FeatureResources): boolean {
  return /^[\p{L}\u200c]+$/u.test(w) && !isFunctionWord(w) && !unknownWord(w, res.lexicon) && !res.gazetteer.lookup(w).length && !res.names!.lookup(w).some((e) => !e.kind.endsWith('-weak'));
}

function rareName(w: string, res: FeatureResources): boolean {
  return /^[\p{L}\u200c]+$/u.test(w) && !isFunctionWord(w) && unknownWord(w, res.lexicon) && !res.clusters?.has(w);
}

/** A lexicon word, also as a plural («مسؤولان» ~ «مسئول»; the lexicon writes ئ for ؤ). */
function knownPlain(w: string, lexicon: Map<string, string>): boolean {
  const v = w.replace(/ؤ/g, 'ئ');
  return lexicon.has(w) || lexicon.has(v) || /(?:ان|\u200c?ها|\u200c?های)$/.test(v) && lexicon.has(v.replace(/(?:ان|\u200c?ها|\u200c?های)$/, ''));
}

/** Unknown to the lexicon, also without an ezafe/adjective ی («فضای» is «فضا» + ی). */
function unknownWord(w: string, lexicon: Map<string, string>): boolean {
  if (lexicon.has(w)) return false;
  const stem = w.endsWith('\u200cای') ? w.slice(0, -3) : w.endsWith('\u200cی') ? w.slice(0, -2) : w.endsWith('ی') ? w.slice(0, -1) : '';
  return !(stem && lexicon.has(stem));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

const firstWords = new WeakMap<ReadonlySet<string>, Set<string>>();
/** First words of the two-word phrases of `phrases`: most words open none, so no pair string is built for them. */
function twoWordStarts(phrases: ReadonlySet<string>): Set<string> {
  let out = firstWords.get(phrases);
  if (!out) {
    out = new Set([...phrases].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));
    firstWords.set(phrases, out);
  }
  return out;
}

/** Recognize entities in one sentence of normalized words. `tags` may be given (already tagged). */
/** What the rules of one sentence share; each rule reads it and adds to or edits `cands` / `titles`. */
interface SentenceState {
  words: string[]; n: number; res: FeatureResources; rw: RuleWords; cands: WordSpan[];
  tagger: ((forced?: ReadonlyMap<number, string>) => string[]) | null;
  modelChunks: Chunk[]; entityMatches: GazMatch[]; gazNames: SentenceNames;
  titles: BareTitle[]; titleMatches: GazMatch[]; honorifics: GazMatch[];
}

export function recognizeSentence(rawWords: readonly string[], tags?: readonly string[]): SentenceResult {
  const n = rawWords.length;
  if (!n) return { spans: [], titles: [] };
  const words = rawWords.map(featureForm);
  const res = loadResources();
  const rw = ruleWords();
  // one trie walk over the sentence serves the tagger's gazetteer features and every rule below
  // (the tagger's per-word records keep each word's first trie node: one cache lookup per word serves both)
  const records = tags ? null : wordRecords(words);
  const gazNames = records ? walkGazetteer(words, records) : res.gazetteer.walk(words);
  const tagger = records ? sentenceTagger(words, undefined, gazNames, records) : null;
  const modelTags = tags ?? tagger!();
  const cands: WordSpan[] = [];
  const modelChunks = chunks(modelTags);
  const entityMatches = gazNames.match(0, n, isEntity);
  const titles: BareTitle[] = [];
  const titleMatches = gazNames.match(0, n, (e) => e.type === 'TITLE');
  const honorifics = gazNames.match(0, n, (e) => e.type === 'HON');
  // one small function per rule, in order, over one shared state: a deoptimization then recompiles that rule
  // alone (the single 300-line function was deoptimized and recompiled by TurboFan again and again)
  const s: SentenceState = { words, n, res, rw, cands, tagger, modelChunks, entityMatches, gazNames, titles, titleMatches, honorifics };
  taggerSpans(s);
  strongOrgHeads(s);
  gazetteerNames(s);
  clubs(s);
  nationalTeams(s);
  turkishClubs(s);
  clubCities(s);
  agencyLines(s);
  pressReview(s);
  facilities(s);
  products(s);
  orgHeadNames(s);
  titleNames(s);
  commonNats(s);
  honorificPrefixes(s);
  titleWordPersons(s);
  wordsBeforeTitle(s);
  honorificNames(s);
  innerNames(s);
  genericSpans(s);
  nameBeforeCountry(s);
  demonstratives(s);
  ministerFields(s);
  return select(s);
}

// Tagger spans, cut at a separator inside («لیگ برتر فوتبال| گل‌گهر»: a headline's «|», «/», «:»).
function taggerSpans(s: SentenceState): void {
  const { words, cands, modelChunks } = s;
  for (const c of modelChunks) {
    let end = c.start + 1;
    while (end < c.end && !SEPARATOR.test(words[end])) end++;
    cands.push({ start: c.start, end, type: c.type as SpanType, priority: 2, source: 'model' });
  }
}

// A strong organization head the tagger left out («سازمان سینمایی»، «شورای صنفی نمایش»): pin B-ORG
// there and let the tagger choose the extent.
function strongOrgHeads(s: SentenceState): void {
  const { words, n, res, rw, cands, tagger, modelChunks } = s;
  if (tagger) {
    for (let i = 0; i + 1 < n; i++) {
      if (!rw.strongOrgHeads.has(words[i]) || modelChunks.some((c) => c.start <= i && i < c.end)) continue;
      const pinned = chunks(tagger(new Map([[i, 'B-ORG']]))).find((c) => c.start === i);
      if (pinned && pinned.end - pinned.start >= 2) cands.push({ start: i, end: pinned.end, type: 'ORG', priority: 2, source: 'model' });
      else {
        // «لشکر جهنگوی»: the head + name-like words unknown to the lexicon (transliterated names)
        let q = i + 1;
        while (q < n && q < i + 3 && unknownWord(words[q], res.lexicon) && nameLike(words[q], res.lexicon, res.names!)) q++;
        if (q > i + 1) cands.push({ start: i, end: q, type: 'ORG', priority: 2, source: 'rule' });
      }
    }
  }
}

// Gazetteer names (titles and honorifics matched apart, so «سخنگوی وزارت امور خارجه» still yields the ministry).
function gazetteerNames(s: SentenceState): void {
  const { cands, tagger, entityMatches } = s;
  for (const m of entityMatches) {
    const single = m.end - m.start === 1;
    const e = pickEntry(m);
    const same = cands.find((c) => c.source === 'model' && c.start === m.start && c.end === m.end);
    if (same) {
      // The tagger agrees on the extent: the gazetteer names the type (and later the ref).
      const typed = e ?? m.entries[0];
      if (typed && typed.type !== 'PER' && !(same.type === 'POG' && typed.type === 'ORG')) same.type = typed.type as SpanType;
      same.entry = typed;
      continue;
    }
    if (!e) continue;
    // «وزارت میراث فرهنگی، گردشگری و صنایع‌دستی»: the tagger's name of the same type goes on past a shorter
    // listed name with more coordinated common nouns; the longer name stands (without the shorter one's ref).
    const longer = !single && cands.find((c) => c.source === 'model' && c.type === e.type && c.start === m.start && c.end > m.end);
    if (longer && coordinatedFields(s, m.end, longer.end)) { longer.priority = 3; continue; }
    cands.push({ start: m.start, end: m.end, type: e.type as SpanType, priority: single ? 1 : 3, source: 'gazetteer', entry: e });
  }
}

/** Words [from, to) go on a name as «، X و Y»: opened by «،» or «و», then only common nouns and
 * conjunctions, ending with a common noun (no place or person that would be a name of its own). */
function coordinatedFields(s: SentenceState, from: number, to: number): boolean {
  const { words, res } = s;
  if (words[from] !== '،' && words[from] !== 'و') return false;
  for (let j = from; j < to; j++) if (words[j] !== '،' && words[j] !== 'و' && !commonNoun(words[j], res)) return false;
  return commonNoun(words[to - 1], res);
}

// A club whose name is also a common word («استقلال»، «فولاد») after «تیم (فوتبال)» or «باشگاه»; «باشگاه»
// belongs to the name, «تیم فوتبال» does not.
function clubs(s: SentenceState): void {
  const { words, n, rw, cands, gazNames } = s;
  for (let i = 0; i + 1 < n; i++) {
    const club = words[i] === 'باشگاه' || words[i] === 'تیم';
    if (!club) continue;
    const p = words[i] === 'تیم' && rw.sports.has(words[i + 1]) ? i + 2 : i + 1;
    const m = gazNames.match(p, Math.min(n, p + 4), (e) => e.kind === 'club')[0];
    if (m && m.start === p) cands.push({ start: words[i] === 'باشگاه' ? i : p, end: m.end, type: 'ORG', priority: 3, source: 'rule', entry: m.entries[0] });
  }
}

// «تیم ملی (فوتبال) کامرون» is Cameroon's national team: one ORG with the country (ParsTwiNER train: «تیم
// ملی اسلواکی» B-ORG I-ORG I-ORG), not «ملی کامرون» after «تیم» is dropped as a prefix.
function nationalTeams(s: SentenceState): void {
  const { words, n, rw, cands, entityMatches } = s;
  for (let i = 0; i + 2 < n; i++) {
    if (words[i] !== 'تیم' || words[i + 1] !== 'ملی') continue;
    const p = rw.sports.has(words[i + 2]) ? i + 3 : i + 2;
    const m = entityMatches.find((x) => x.start === p && x.entries.some((e) => e.kind === 'country'));
    const country = m?.entries.find((e) => e.kind === 'country')?.country;
    if (m && country) cands.push({ start: i, end: m.end, type: 'ORG', priority: 3, source: 'rule', country });
  }
}

// Turkish clubs: «کایسری اسپور»، «ایگدیر اسپور» (name + «اسپور») are one ORG.
function turkishClubs(s: SentenceState): void {
  const { words, n, cands } = s;
  for (let i = 1; i < n; i++) {
    if (words[i] !== 'اسپور' || !/^[\p{L}\u200c]+$/u.test(words[i - 1]) || isFunctionWord(words[i - 1])) continue;
    cands.push({ start: i - 1, end: i + 1, type: 'ORG', priority: 3, source: 'rule' });
  }
}

// A club + its city («گل‌گهر سیرجان»، «ذوب‌آهن اصفهان») is the club: one ORG, the city is no place here.
function clubCities(s: SentenceState): void {
  const { n, cands, entityMatches, gazNames } = s;
  for (const m of gazNames.match(0, n, (e) => e.kind === 'club' && !e.ambiguous)) {
    const city = entityMatches.find((x) => x.start === m.end && x.entries.some((e) => e.kind === 'city' || e.kind === 'capital'));
    if (city) cands.push({ start: m.start, end: city.end, type: 'ORG', priority: 3, source: 'rule', entry: m.entries[0] });
  }
}

// Agency attribution lines («به گزارش ایسنا»، «خبرنگار ورزشی خبرگزاری فارس»).
function agencyLines(s: SentenceState): void {
  const { words, n, res, rw, cands, gazNames } = s;
  const cueStarts = twoWordStarts(rw.agencyCues);
  for (let i = 0; i < n; i++) {
    let p = i + 1 < n && cueStarts.has(words[i]) && rw.agencyCues.has(`${words[i]} ${words[i + 1]}`) ? i + 2 : rw.agencyCues.has(words[i]) ? i + 1 : -1;
    if (p < 0 || p >= n) continue;
    // an agency named by a word that is also something else («فارس»، «حوزه») only where the attribution
    // ends there («به گزارش فارس، …»، «… فارس به نقل از …»), not in a desk phrase («حوزه دولت خبرگزاری …»)
    const agencyAt = (q: number): boolean => res.gazetteer.lookup(words[q]).some((e) => e.kind === 'agency') ||
      (res.gazetteer.lookup(`خبرگزاری ${words[q]}`).some((e) => e.kind === 'agency') && (q + 1 >= n || PUNCT_TOKEN.test(words[q + 1]) || ['به', 'از', 'در'].includes(words[q + 1])));
    if (words[p] !== 'خبرگزاری' && !agencyAt(p)) {
      // Skip a desk phrase («گروه سیاسی»، «ورزشی») up to the agency word.
      let q = p;
      while (q < n && q < p + 4 && words[q] !== 'خبرگزاری' && words[q] !== '،' && !agencyAt(q)) q++;
      if (words[q] === 'خبرگزاری' || (q < n && agencyAt(q))) p = q; // «خبرنگار اجتماعی فارس»
    }
    const m = gazNames.match(p, Math.min(n, p + 6), (e) => e.kind === 'agency')[0];
    if (m && m.start === p) { cands.push({ start: p, end: m.end, type: 'ORG', priority: 4, source: 'rule', entry: m.entries[0] }); continue; }
    const ambiguousAgency = res.gazetteer.lookup(`خبرگزاری ${words[p]}`).find((e) => e.kind === 'agency');
    if (ambiguousAgency) { cands.push({ start: p, end: p + 1, type: 'ORG', priority: 4, source: 'rule', entry: ambiguousAgency }); continue; }
    if (words[p] === 'خبرگزاری' && p + 1 < n && !isFunctionWord(words[p + 1]) && /^\p{L}/u.test(words[p + 1])) cands.push({ start: p, end: p + 2, type: 'ORG', priority: 4, source: 'rule' });
  }
}

// Press review lines: «مهر نوشت:»، «فارس گزارش داد» (an agency that is also a common word or a province).
function pressReview(s: SentenceState): void {
  const { words, n, res, cands } = s;
  for (let i = 0; i + 1 < n; i++) {
    if (!AGENCY_VERBS.has(words[i + 1]) || (i > 0 && !/^[^\p{L}\p{N}]+$/u.test(words[i - 1]))) continue; // opens the line
    const agency = res.gazetteer.lookup(words[i]).find((e) => e.kind === 'agency') ?? res.gazetteer.lookup(`خبرگزاری ${words[i]}`).find((e) => e.kind === 'agency');
    if (agency) cands.push({ start: i, end: i + 1, type: 'ORG', priority: 4, source: 'rule', entry: agency });
  }
}

// Facilities and administrative units: head word + a name («پل خواجو»، «استان مأرب»).
// (never a country: «پنج استان ایران» is five provinces of Iran)
function facilities(s: SentenceState): void {
  const { words, n, res, rw, cands, tagger, entityMatches } = s;
  const isCountry = (j: number, end: number): boolean => res.gazetteer.lookup(words.slice(j, end).join(' ')).some((e) => e.kind === 'country');
  const spanAt = (j: number, types: readonly string[]): { end: number } | undefined => {
    const s = cands.find((c) => c.start === j && types.includes(c.type)) ?? entityMatches.find((m) => m.start === j && m.entries.some((e) => e.type === 'LOC' && !e.ambiguous));
    return s && !isCountry(j, s.end) ? s : undefined;
  };
  for (let i = 0; i + 1 < n; i++) {
    const fac = rw.facHeads.has(words[i]), admin = rw.adminHeads.has(words[i]);
    // «شهرستان استان تهران» is not one place: the inner head opens its own name
    if ((!fac && !admin) || rw.adminHeads.has(words[i + 1]) || rw.facHeads.has(words[i + 1])) continue;
    // «پایگاه سپاه پاسداران»: a base of a listed organization names the organization, not a facility
    // (ParsTwiNER train: «پایگاه» O, «سپاه پاسداران» ORG; also «پایگاه عین‌الاسد»، «پایگاه هوانیروز کرمان»)
    if (fac && entityMatches.some((m) => m.start === i + 1 && m.end - m.start >= 2 && m.entries.some((e) => e.type === 'ORG' && !e.ambiguous && e.kind !== 'inst-generic'))) continue;
    // The tagger already spans head + name («میدان بزرگمهر» as LOC): a facility head makes it FAC.
    const whole = cands.find((c) => c.source === 'model' && c.start === i && c.end - c.start >= 2);
    if (whole) { if (fac) { whole.type = 'FAC'; whole.priority = 3; } continue; }
    let end = spanAt(i + 1, fac ? ['PER', 'LOC', 'ORG'] : ['LOC', 'PER'])?.end; // «روستای محمد جمالی»، «ایالت جورجیا» (tagged PER)
    if (end === undefined) {
      let q = i + 1;
      while (q < n && q < i + 3 && nameLike(words[q], res.lexicon, res.names!) && unknownWord(words[q], res.lexicon)) q++;
      if (q > i + 1) end = q;
    }
    if (end !== undefined) cands.push({ start: i, end, type: fac ? 'FAC' : 'LOC', priority: 3, source: 'rule' });
  }
}

// Products: a product head + a Latin/digit model name or a quoted name («پهپاد Scan Eagle»، «موشک «خرمشهر»»).
function products(s: SentenceState): void {
  const { words, n, res, rw, cands } = s;
  const LATIN_MODEL = /^[A-Za-z0-9۰-۹][A-Za-z0-9۰-۹-]*$/;
  const PERSIAN_WORD = /^[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]+$/, DIGITS = /^[0-9۰-۹]{1,4}$/;
  for (let i = 0; i + 1 < n; i++) {
    if (!rw.productHeads.has(words[i])) continue;
    let p = i + 1;
    // «پهپاد جاسوسی آمریکایی از نوع Scan Eagle»: skip a few Persian words up to the model name.
    let skip = p;
    while (skip < n && skip < p + 5 && /^[\u0600-\u06ff\u200c]+$/.test(words[skip]) && !LATIN_MODEL.test(words[skip])) skip++;
    if (skip < n && /[A-Za-z]/.test(words[skip])) p = skip;
    else if (words[p] === 'از' && words[p + 1] === 'نوع') p += 2;
    if (words[p] === '«') {
      const close = words.indexOf('»', p + 1);
      if (close > p + 1 && close - p <= 4) cands.push({ start: p + 1, end: close, type: 'PRO', priority: 3, source: 'rule' });
      continue;
    }
    let q = p;
    while (q < n && q < p + 4 && LATIN_MODEL.test(words[q]) && /[A-Za-z]/.test(words.slice(p, q + 1).join(''))) q++;
    // A model written in Persian with its number: «شاهد-۱۳۶»، «سوخو-۳۵»، «اس-۴۰۰» (hyphenated), or an unknown
    // word + number («آیفون ۱۳»); a known word + number is a count or a size («مسافربری ۲۰۰ نفره»).
    if (q === p && p + 1 < n && PERSIAN_WORD.test(words[p])) {
      if (words[p + 1] === '-' && DIGITS.test(words[p + 2] ?? '')) q = p + 3;
      else if (DIGITS.test(words[p + 1]) && unknownWord(words[p], res.lexicon)) q = p + 2;
    }
    if (q > p) cands.push({ start: p, end: q, type: 'PRO', priority: 3, source: 'rule' });
  }
}

// Organization head word + name words + a place or a person's name («دانشگاه علوم پزشکی سمنان»).
// Not when the head is the tagger's surname («مرتضی بانک»); the same head again opens the next name of
// a list («بیمارستان نظام‌مافی شوش … بیمارستان کارون»).
function orgHeadNames(s: SentenceState): void {
  const { words, n, rw, cands, modelChunks, entityMatches } = s;
  for (let i = 0; i < n; i++) {
    if (!rw.orgHeads.has(words[i]) || modelChunks.some((c) => c.type === 'PER' && c.start < i && i < c.end)) continue;
    // an international organization's own name is complete: «سازمان ملل فلسطین را به رسمیت بشناسد»
    const international = entityMatches.find((m) => m.start === i && m.entries.some((e) => e.kind === 'org'));
    // the tagger read the head alone as the organization («ذوالقدر سپاه قرینه سعید امامی»): a person after
    // other words is not the end of its name
    const headAlone = modelChunks.some((c) => c.type === 'ORG' && c.start === i && c.end === i + 1);
    for (let j = i + 1; j < Math.min(n, international ? international.end : i + 7); j++) {
      const w = words[j];
      if (!/^[\p{L}\u200c]+$/u.test(w) || (isFunctionWord(w) && w !== 'و' && w !== 'استان' && w !== 'شهر' && w !== 'جمهوری' && w !== 'اسلامی')) break;
      if (w === words[i]) break;
      const place = entityMatches.find((m) => m.start === j && m.entries.some((e) => e.type === 'LOC' && !e.ambiguous));
      const named = cands.find((c) => (c.type === 'PER' || c.type === 'ORG') && c.start === j && c.source !== 'rule');
      if (named?.type === 'PER' && j > i + 1 && headAlone) break;
      const end = place?.end ?? named?.end;
      // «در مرکز سوریه» is central Syria: a head that is also a common noun needs a name word first
      if (end !== undefined && j === i + 1 && WEAK_ORG_HEADS.has(words[i])) break;
      if (end !== undefined && (words[j - 1] !== 'و')) { cands.push({ start: i, end, type: 'ORG', priority: 3, source: 'rule' }); break; }
    }
  }
}

// Titles: attach to a following or preceding name; otherwise keep as a bare title.
function titleNames(s: SentenceState): void {
  const { words, n, res, rw, cands, modelChunks, entityMatches, titles, titleMatches, honorifics } = s;
  const honorificAt = (p: number): number => honorifics.find((h) => h.start === p)?.end ?? p;
  for (const t of titleMatches) {
    const role = t.entries[0].role;
    let p = t.end;
    let country: string | undefined;
    const place = entityMatches.find((m) => m.start === p && m.entries.some((e) => e.kind === 'country' || e.kind === 'nat'));
    if (place) { country = place.entries.find((e) => e.country)?.country; p = place.end; }
    else if (p < n && rw.ownCountry.has(words[p])) { country = 'IRN'; p++; }
    else {
      const org = entityMatches.find((m) => m.start === p && m.entries.some((e) => e.type === 'ORG'));
      if (org) { country = org.entries.find((e) => e.country)?.country || undefined; p = org.end; }
    }
    const titleEnd = p;
    p = honorificAt(p);
    const title = { start: t.start, end: titleEnd, role };
    const after = cands.find((c) => c.type === 'PER' && c.start === p);
    if (after) { after.role ??= role; after.country ??= country; after.title ??= title; continue; }
    // The first word must be a known given name (seen as a name in training data or a listed person).
    let q = p;
    while (q < n && q < p + 3 && nameLike(words[q], res.lexicon, res.names!)) q++;
    const known = p < n && (res.names!.lookup(words[p]).some((e) => e.kind === 'seen-PER') || res.gazetteer.lookup(words[p]).some((e) => e.type === 'PER'));
    if (q > p && known) {
      cands.push({ start: p, end: q, type: 'PER', priority: 3, source: 'rule', role, country, title });
      continue;
    }
    // «حسین امیرعبداللهیان، وزیر امور خارجه کشورمان»: name before the title.
    let b = t.start;
    if (b > 0 && words[b - 1] === '،') b--;
    const before = cands.find((c) => c.type === 'PER' && c.end === b);
    if (before) { before.role ??= role; before.country ??= country; before.title ??= title; continue; }
    const person = modelChunks.some((c) => c.type === 'PER' && t.start <= c.start && c.end <= titleEnd);
    titles.push({ start: t.start, end: titleEnd, role, country, ...(person ? { person } : {}) });
  }
}

// A tagger NAT on a common noun in «ی(‌ها)» that no place names («فرمانداری‌ها»، «فن‌آوری‌ها»; unlike
// «آبادانی‌ها» from «آبادان») is no nationality.
function commonNats(s: SentenceState): void {
  const { words, res, cands } = s;
  for (const c of cands) {
    if (c.source !== 'model' || c.type !== 'NAT' || c.end - c.start !== 1) continue;
    const w = words[c.start];
    if (res.gazetteer.lookup(w).length) continue;
    const stem = w.replace(/(?:\u200c?ها|\u200c?های)$/, '');
    if (!stem.endsWith('ی') || res.gazetteer.lookup(stem).length) continue;
    const place = stem.slice(0, -1).replace(/\u200c$/, '');
    if (!res.gazetteer.lookup(place).length && res.lexicon.has(stem)) c.priority = -1;
  }
}

// An honorific or rank is not part of the name («شیخ سماوی» → «سماوی»).
function honorificPrefixes(s: SentenceState): void {
  const { cands, honorifics } = s;
  for (const c of cands) {
    if (c.source !== 'model' || c.type !== 'PER') continue;
    const h = honorifics.find((x) => x.start === c.start && x.end < c.end);
    if (h) { c.start = h.end; c.entry = undefined; }
  }
}

// A tagger PER made only of title words («نائب» of «نائب رئیس») is no name.
function titleWordPersons(s: SentenceState): void {
  const { cands, titleMatches } = s;
  for (const c of cands) {
    if (c.source === 'model' && c.type === 'PER' && titleMatches.some((t) => t.start <= c.start && c.end <= t.end)) c.priority = -1;
  }
}

// A tagger PER that ends with a whole title is a word + the title, not a name: «میلاد پیامبر اعظم» (the
// Prophet's birthday), «شهادت امام راحل». One word before the title is no name; longer, the title goes.
function wordsBeforeTitle(s: SentenceState): void {
  const { cands, titleMatches } = s;
  for (const c of cands) {
    if (c.source !== 'model' || c.type !== 'PER' || c.priority < 0) continue;
    const t = titleMatches.find((x) => x.end === c.end && x.start > c.start);
    if (!t) continue;
    if (t.start - c.start === 1) c.priority = -1;
    else { c.end = t.start; c.entry = undefined; }
  }
}

// Honorific + name («آیت‌الله رئیسی»، «سردار سلامی») when the tagger left the name out.
function honorificNames(s: SentenceState): void {
  const { words, n, res, cands, honorifics } = s;
  for (const h of honorifics) {
    let q = h.end;
    while (q < n && q < h.end + 3 && nameLike(words[q], res.lexicon, res.names!)) q++;
    if (q > h.end && !cands.some((c) => c.type === 'PER' && overlaps(c, { start: h.end, end: q }))) cands.push({ start: h.end, end: q, type: 'PER', priority: 2, source: 'rule' });
  }
}

// A tagger span = common words + a gazetteer name of the same type («اطلاع‌رسانی صداوسیما»، «شرقی خزر»):
// keep the name.
// A nationality word at the end of a place/organization span is the name («مسؤولان سعودی» → «سعودی» NAT).
function innerNames(s: SentenceState): void {
  const { words, res, rw, cands, entityMatches, titleMatches } = s;
  for (const c of cands) {
    if (c.source !== 'model') continue;
    const inner = entityMatches.find((m) => m.start > c.start && m.end === c.end && m.entries.some((e) => (e.type === c.type || (e.type === 'NAT' && c.type !== 'PER')) && !e.ambiguous));
    if (!inner) continue;
    const lead = words.slice(c.start, inner.start);
    if (PLACE_PARTS.has(lead[0]) || rw.facHeads.has(lead[0]) || rw.adminHeads.has(lead[0]) || rw.orgHeads.has(lead[0])) continue;
    const titleLead = titleMatches.some((t) => t.start === c.start && t.end === inner.start); // «امام‌جمعه جاجرم»
    if (titleLead || lead.every((w) => knownPlain(w, res.lexicon) && !res.names!.lookup(w).some((e) => e.type === 'PER'))) {
      c.start = inner.start;
      if (!inner.entries.some((e) => e.type === c.type)) c.type = 'NAT';
    }
  }
}

// «تیم فوتبال استقلال» -> «استقلال»; «تیم ملی» alone is not a name; nor is a span of function words
// or month names («نوامبر»).
function genericSpans(s: SentenceState): void {
  const { words, res, rw, cands } = s;
  for (const c of cands) {
    if (c.source === 'model' && words.slice(c.start, c.end).every(isFunctionWord)) { c.priority = -1; continue; }
    // a name never ends with a function word («الاطلاق فی»)
    while (c.source === 'model' && c.end - c.start > 1 && PARTICLES.has(words[c.end - 1])) c.end--;
    if (c.source === 'model' && (c.type === 'ORG' || c.type === 'LOC') && rw.genericHeads.has(words[c.start])) { c.priority = -1; continue; }
    if (c.type !== 'ORG' || c.source !== 'model') continue;
    while (c.end - c.start > 1 && rw.orgPrefixes.has(words[c.start])) c.start++;
    if (c.end - c.start === 1 && (words[c.start] === 'ملی' || rw.orgPrefixes.has(words[c.start]))) c.priority = -1;
    // A head word alone or with only function words («استانداری»، «مرکز کشور») is a generic noun.
    const head = words[c.start];
    if ((rw.orgHeads.has(head) || rw.strongOrgHeads.has(head)) && words.slice(c.start + 1, c.end).every(isFunctionWord) &&
        !res.gazetteer.lookup(words.slice(c.start, c.end).join(' ')).some((e) => e.type === 'ORG' && e.kind !== 'inst-generic')) c.priority = -1;
  }
}

// «المیادین لبنان» (tagger ORG over a name + a country): when every word before the country is unknown
// to the lexicon (a transliterated name, no head word such as «پارلمان»), the country is a LOC of its own.
function nameBeforeCountry(s: SentenceState): void {
  const { words, res, cands, entityMatches } = s;
  for (const c of [...cands]) {
    if (c.source !== 'model' || c.type !== 'ORG') continue;
    const country = entityMatches.find((m) => m.end === c.end && m.start > c.start && m.entries.some((e) => e.kind === 'country'));
    if (!country || !words.slice(c.start, country.start).every((w) => /^\p{L}/u.test(w) && unknownWord(w, res.lexicon))) continue;
    c.end = country.start;
    cands.push({ start: country.start, end: country.end, type: 'LOC', priority: c.priority, source: 'gazetteer', entry: pickEntry(country) });
  }
}

// «این شرکت فناوری»، «همین سازمان»: a head word after a demonstrative is a common noun phrase.
function demonstratives(s: SentenceState): void {
  const { words, rw, cands } = s;
  for (const c of cands) {
    if (c.type === 'ORG' && c.source !== 'gazetteer' && DEMONSTRATIVES.has(words[c.start - 1] ?? '') && (rw.orgHeads.has(words[c.start]) || rw.strongOrgHeads.has(words[c.start]))) c.priority = -1;
  }
}

// «وزیر آموزش و پرورش» is a title: the ministry's field named inside a minister's title without a head
// word («وزارت») is not an organization mention («رئیس مجلس» keeps «مجلس»).
function ministerFields(s: SentenceState): void {
  const { words, rw, cands, titleMatches } = s;
  for (const c of cands) {
    if (c.type === 'ORG' && !rw.orgHeads.has(words[c.start]) && titleMatches.some((t) => words[t.start] === 'وزیر' && t.start < c.start && c.end <= t.end)) c.priority = -1;
  }
}

/** «لاتزیو و رم»: a one-word city coordinated («و»، «،») with a listed club is a club named after its
 * city (AS Roma), not the city (QA S3 Q5). */
function clubCityNames(chosen: WordSpan[], words: readonly string[]): void {
  const club = (x: WordSpan | undefined): boolean => x?.type === 'ORG' && x.entry?.kind === 'club';
  const joins = (i: number): boolean => words[i] === 'و' || words[i] === '،';
  chosen.forEach((c, k) => {
    if (c.type !== 'LOC' || c.end - c.start !== 1 || (c.entry?.kind !== 'city' && c.entry?.kind !== 'capital')) return;
    const before = chosen[k - 1], after = chosen[k + 1];
    if ((club(before) && before.end === c.start - 1 && joins(c.start - 1)) || (club(after) && after.start === c.end + 1 && joins(c.end))) {
      c.type = 'ORG'; c.entry = undefined; c.cityClub = true;
    }
  });
}

// Select non-overlapping spans.
function select(s: SentenceState): SentenceResult {
  const { words, res, cands, tagger, titles, honorifics } = s;
  cands.sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const chosen: WordSpan[] = [];
  for (const c of cands) if (c.priority >= 0 && !chosen.some((s) => overlaps(s, c))) chosen.push(c);
  chosen.sort((a, b) => a.start - b.start);
  mergePersonParts(chosen, words, res.names!, honorifics);
  dropGluedFirstWord(chosen, words, res);
  extendOrgNames(chosen, words, res);
  // «سواحل شرقی خزر»: a direction before a place is not part of its name (after it, it is: «کره شمالی»).
  for (const c of chosen) if (c.type === 'LOC' && c.source === 'model' && c.end - c.start >= 2 && DIRECTIONS.has(words[c.start])) c.start++;
  // «ضیائیان افزود»: one unknown word the tagger calls ORG, before a verb of personal speech, is a surname;
  // not after «در» («حضور در یووه گفت»: a person is no place one is in, a club is).
  for (const c of chosen) {
    if (c.source === 'model' && c.type === 'ORG' && c.end - c.start === 1 && !c.entry && PERSONAL_SPEECH.has(words[c.end] ?? '') && words[c.start - 1] !== 'در' &&
        unknownWord(words[c.start], res.lexicon) && !res.gazetteer.lookup(words[c.start]).length) c.type = 'PER';
  }
  clubCityNames(chosen, words);
  // A title that starts inside a chosen span (part of an organization's name) is not a bare title; one
  // that only contains a country («رئیس‌جمهور فرانسه») is.
  const dropped = cands.filter((c) => c.priority < 0 && c.source === 'model' && c.end - c.start === 1);
  return { spans: chosen, titles: titles.filter((t) => !chosen.some((s) => s.start <= t.start && t.start < s.end)), dropped };
}

