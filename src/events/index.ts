// Event extraction: who did what to whom, when and where, coded from the Persian text itself.
// Per sentence: find trigger expressions (data/triggers.tsv), then their actor and target by
// Persian argument patterns (arguments.ts), then time, place, quantity; the sentence is the evidence.
// Precision first: no actor (or a pronoun with no antecedent) means no event, never a guess.
import type { Doc } from '../doc.ts';
import { UPOS } from '../doc.ts';
import type { DateMention, EntityMention, Event, Party, Quote } from '../article.ts';
import { findActors, type ActorMention, type SentenceWords } from './actors.ts';
import { analyzeClauses, clauseEndOf, clauseStartOf, type ClauseInfo } from './clauses.ts';
import { findTriggers, isTriggerHead, type TriggerMatch } from './triggers.ts';
import { claimAuthor, conjunctsOf, findArguments, objectMarker, subjectBefore } from './arguments.ts';
import { eventPlace, eventQuantity, eventTime, longBefore, pastEventTime, recallsPast, tradeMode } from './attributes.ts';
import { eventKind, inClass, wordClasses } from './lexicon.ts';
import { prefixSet, wordKey } from './keys.ts';
import { looksFinite, verbForms, verbPerson } from './verbs.ts';
import { resolveActor } from '../ner/index.ts';
import { loadGazetteer } from '../ner/gazetteer.ts';
import { isWord } from '../morph/lexicon.ts';
import { lemmatize } from '../morph/index.ts';
import { SpanIndex } from './spans.ts';

export interface EventContext {
  entities: EntityMention[];
  dates: DateMention[];
  quotes: Quote[];
  published: string | null;
  /** canonical ref of a name («تهران» -> country:IRN); defaults to the NER's resolveActor */
  resolveActor?: (text: string) => string | undefined;
}

/** Why a trigger found in the text gave no event: for error analysis (eval scripts), never used by the product. */
export interface DroppedTrigger { reason: string; type: string; trigger: string; sentenceStart: number; sentenceEnd: number; detail?: string }
let dropTrace: ((d: DroppedTrigger) => void) | null = null;
/** Reports every trigger that extractEvents drops, with the reason (null turns it off). */
export function traceDroppedTriggers(fn: ((d: DroppedTrigger) => void) | null): void { dropTrace = fn; }

/** What Rasad emits per event: the Article `events` entry plus the fields below. */
export interface RasadEvent extends Event {
  /** PLOVER-style cooperation (+) / conflict (-) score from data/ontology.tsv */
  score: number;
  /** the trigger words as written, and their span in doc.text */
  trigger: string;
  triggerStart: number;
  triggerEnd: number;
  /** the country an actor or target acts for, when the text says so (a minister of Iran -> country:IRN) */
  actorCountry?: string;
  targetCountry?: string;
  /** the event is stated inside a quotation: it is the quoted speaker's claim */
  quoted?: boolean;
  tense?: 'past' | 'present' | 'future' | 'perfect';
  /** a past event the text recalls (an anniversary, a past war, a date two or more years before publication): not news of
   * the day; its time is that past date when the sentence gives one, else absent */
  historical?: boolean;
}

const VERB = UPOS.indexOf('VERB'), AUX = UPOS.indexOf('AUX');
const NEGATOR = wordKey('عدم');
const ISSUE = wordKey('صادر');
const PROMISE = new Set(['وعده', 'قول'].map(wordKey)), BECOMING = wordKey('شدن');
const WELCOME = wordKey('استقبال');
const FROM_KEY = wordKey('از');
const KE_KEY = wordKey('که');
const AND_KEY = wordKey('و');
// verbless denials: «(این ادعا) کذب (محض) است / می‌باشد»، «بی‌اساس است»
// (decision 8 of the Fars-train annotators: also «نادرست و باطل است»)
const DENIAL_PREDICATES = new Set(['کذب', 'بی‌اساس', 'بی اساس', 'دروغ', 'نادرست', 'باطل', 'بی‌پایه', 'عاری_از_حقیقت'].map((w) => wordKey(w)));
const SHEER = wordKey('محض');
const COPULA = new Set(['است', 'می‌باشد', 'میباشد', 'بود', 'هستند', 'می‌باشند'].map(wordKey));
// «و»، «اما»، «ولی» join clauses that share their subject
const PARTNER_LINKS = new Set(['و', 'اما', 'ولی'].map(wordKey));
const TO_KEY = wordKey('به');
const HOLDING = new Set(['برگزاری', 'انجام', 'ادامه'].map(wordKey));
const MIN_WORDS = 3;
const NOUNISH = new Set([UPOS.indexOf('NOUN'), UPOS.indexOf('ADJ'), UPOS.indexOf('PROPN')]);
// two-word modals («ممکن است»): only a word that starts one is joined with the next
const MODAL_PREFIX = prefixSet(wordClasses.get('modal') ?? []);
const FINAL = new Set(['.', '!', '?', '؟', '…']);
const SIDE_TYPES = new Set(['PER', 'ORG', 'LOC', 'NAT', 'GPE']);
const SYMMETRIC_TYPES = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
// reporters and news outlets: «در گفت‌وگو با روزنامه الحیات / ایسنا» is an interview, not a consultation
const PRESS = /خبرنگار|رسانه|اصحاب رسانه|خبرگزاری|روزنامه|نشریه|هفته‌نامه|مجله|شبکه (تلویزیونی|خبری|ماهواره‌ای)|تلویزیون|رادیو|خبری|وبگاه|مصاحبه|سایت|پایگاه (اینترنتی|اطلاع‌رسانی|خبری)/u;
const AGENCY = /^(خبرگزاری|خبرگزاري)\s/u;
const AGENT_NOUN = new Set(['کننده', 'کنندگان', 'کنندگی'].map(wordKey));
// words a title never extends over
const CLOSED = new Set(['و', 'که', 'را', 'با', 'به', 'از', 'در', 'درپی', 'دراین', 'برای', 'این', 'آن', 'نیز', 'هم', 'همچنین', 'تا', 'یا', 'پس', 'پیش', 'ضمن', 'طی', 'امروز', 'روز', 'دیروز', 'گفت', 'افزود', 'وی', 'او',
  // time words: «این خانواده‌ها دوشنبه …» ends the phrase before the day
  'شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'سهشنبه', 'چهارشنبه', 'پنجشنبه', 'پنج‌شنبه', 'جمعه', 'صبح', 'عصر', 'ظهر', 'شب', 'بامداد', 'هفته', 'گذشته', 'آینده', 'اخیر'].map(wordKey));

function sentenceWords(doc: Doc, first: number, end: number): SentenceWords {
  const keys: string[] = [], starts: number[] = [], ends: number[] = [];
  for (let i = first; i < end; i++) {
    keys.push(wordKey(doc.wordForm[i] ?? ''));
    starts.push(doc.wordStart[i]);
    ends.push(doc.wordEnd[i]);
  }
  return { keys, starts, ends, text: end > first ? doc.text.slice(doc.wordStart[first], doc.wordEnd[end - 1]) : '' };
}

/** Word ranges of the sentences: the tokenizer's, cut again at sentence-final marks it left inside. */
function* segments(doc: Doc): Generator<[number, number]> {
  for (let s = 0; s < doc.sentenceCount; s++) {
    const first = doc.tokenWord[doc.sentenceStart[s]], end = doc.tokenWord[doc.sentenceEnd[s]];
    let a = first;
    for (let w = first; w < end; w++) {
      if (FINAL.has(doc.wordForm[w] ?? '')) { if (w + 1 > a) yield [a, w + 1]; a = w + 1; }
    }
    if (end > a) yield [a, end];
  }
}

/** First word after an attribution at the start of the sentence. */
function firstClauseStart(c: ClauseInfo): number {
  let i = 0;
  while (i < c.excluded.length && c.excluded[i]) i++;
  return i;
}

const THIS = new Set(['این', 'آن', 'همین', 'همان'].map(wordKey));
const COUNTRY = wordKey('کشور');
const INDEFINITE_ENDING = /\u200cای$/u;
const PERSON_PRONOUNS = new Set(['وی', 'او'].map(wordKey));

/** «راهی این کشور شد»، «وزیر خارجه این کشور»: «این کشور» stands for the nearest country named before it
 * (in the sentence, else the last one of the earlier sentences); with no such country it stays unresolved. */
/** The country a mention names: itself («ترکیه»), or the country of a title phrase («وزیر خارجه برزیل» -> برزیل). */
function countryMention(m: ActorMention): ActorMention | null {
  if (m.ref?.startsWith('country:')) return m;
  if (!m.country || m.type !== 'PER' || !m.text.includes(' ')) return null;
  const words = m.text.split(' ');
  let k = 0;
  while (k < words.length - 1 && inClass('role', wordKey(words[k]))) k++;
  return k > 0 ? { ...m, text: words.slice(k).join(' '), ref: m.country, type: 'LOC' } : null;
}

function resolveThisCountry(w: SentenceWords, found: ActorMention[], before: ActorMention | null): ActorMention[] {
  const out = [...found];
  for (let i = 0; i + 1 < w.keys.length; i++) {
    if (!THIS.has(w.keys[i]) || w.keys[i + 1] !== COUNTRY || found.some((m) => m.start <= i + 1 && i < m.end)) continue;
    let ante = before;
    for (const m of found) if (m.end <= i && countryMention(m)) ante = countryMention(m);
    if (!ante?.ref) continue;
    // title words before it: «وزیر خارجه این کشور» is that country's minister
    const title = out.find((m) => m.roleOnly && m.type === 'PER' && m.end === i);
    if (title) {
      out[out.indexOf(title)] = { ...title, end: i + 2, charEnd: w.ends[i + 1], text: w.text.slice(title.charStart - w.starts[0], w.ends[i + 1] - w.starts[0]), country: ante.ref, roleOnly: false };
      continue;
    }
    let s = i;
    while (s > 0 && inClass('role', w.keys[s - 1]) && !out.some((m) => m.start <= s - 1 && s - 1 < m.end)) s--;
    const base = { start: s, end: i + 2, charStart: w.starts[s], charEnd: w.ends[i + 1], country: ante.ref };
    out.push(s < i
      ? { ...base, text: w.text.slice(w.starts[s] - w.starts[0], w.ends[i + 1] - w.starts[0]), type: 'PER' }
      : { ...base, text: ante.text, ref: ante.ref, type: ante.type });
  }
  return out.sort((a, b) => a.start - b.start);
}

const NOUN = UPOS.indexOf('NOUN'), PROPN = UPOS.indexOf('PROPN'), ADJ = UPOS.indexOf('ADJ');
// word classes that are never (part of) a name
const NOT_NAME = ['role', 'group', 'pronoun', 'honorific', 'sports', 'purpose', 'issued'];

/** A word no lexicon knows (Hazm's word list, neither as written nor as its lemma) and no word class names. */
function unknownWord(doc: Doc, i: number, key: string): boolean {
  const form = doc.wordForm[i] ?? '';
  if (key.length < 3 || !/^[\p{L}\u200c]+$/u.test(form) || CLOSED.has(key)) return false;
  if (isWord(form) || isWord(form.replace(/\u200c/g, '')) || isWord(lemmatize(form, 'NOUN'))) return false;
  return !NOT_NAME.some((c) => inClass(c, key)) && !isTriggerHead(key);
}

/** «مالکی از سیاست‌های آمریکا انتقاد کرد»: a name the NER does not know, as the first words of the sentence's
 * main clause (a noun that no lexicon lists, before a finite verb), is taken as the subject, without a ref. */
function unknownNameSubject(doc: Doc, first: number, w: SentenceWords, clauses: ClauseInfo, mentions: ActorMention[], tagged: boolean): ActorMention | null {
  if (!tagged) return null;
  let s = firstClauseStart(clauses);
  while (s < w.keys.length && !/\p{L}/u.test(w.keys[s])) s++;
  // «"مقتدا صدر" خواستار … شد»: agency text quotes a foreign name that opens the clause (the normalizer makes
  // the quotes «»); a short run of nouns, two or more or one no lexicon knows, with no verb, and the clause goes on
  // (a later word may be a title word: «صدر»)
  if (s > 0 && w.keys[s - 1] === '«' && !mentions.some((m) => m.start <= s && s < m.end)) {
    let e = s, unknown = false;
    while (e < w.keys.length && e - s < 4 && /^[\p{L}\u200c]+$/u.test(w.keys[e]) && (e > s || !NOT_NAME.some((c) => inClass(c, w.keys[e]))) && !isTriggerHead(w.keys[e]) &&
      doc.upos[first + e] !== VERB && doc.upos[first + e] !== AUX) { unknown ||= unknownWord(doc, first + e, w.keys[e]); e++; }
    if (e > s && (unknown || e - s >= 2) && w.keys[e] === '»' && /\p{L}/u.test(w.keys[e + 1] ?? '')) {
      const text = w.text.slice(w.starts[s] - w.starts[0], w.ends[e - 1] - w.starts[0]);
      return { start: s, end: e, charStart: w.starts[s], charEnd: w.ends[e - 1], text, type: 'PER' };
    }
  }
  if (s >= w.keys.length || mentions.some((m) => m.start <= s && s < m.end) || clauses.quoted[s]) return null;
  const u = doc.upos[first + s];
  if ((u !== NOUN && u !== PROPN) || !unknownWord(doc, first + s, w.keys[s])) return null;
  let e = s + 1;
  while (e < w.keys.length && e - s < 3 && !mentions.some((m) => m.start === e) && (doc.upos[first + e] === NOUN || doc.upos[first + e] === PROPN) && unknownWord(doc, first + e, w.keys[e])) e++;
  const text = w.text.slice(w.starts[s] - w.starts[0], w.ends[e - 1] - w.starts[0]);
  return { start: s, end: e, charStart: w.starts[s], charEnd: w.ends[e - 1], text, type: 'PER' };
}

const DET = new Set(['این', 'آن', 'همین', 'همان', 'تمام', 'همه', '«'].map(wordKey));

/** The mention at `at` follows the preposition `prep` with at most a determiner or a number between. */
function directlyAfter(keys: string[], at: number, prep: string): boolean {
  let j = at - 1;
  for (let skipped = 0; j >= 0 && skipped < 2 && (DET.has(keys[j]) || /^[\d۰-۹]+$/.test(keys[j])); skipped++) j--;
  return j >= 0 && keys[j] === prep;
}

const CONDITIONAL_PREFIX = prefixSet(wordClasses.get('conditional') ?? []);
const IN = wordKey('در'), CASE = wordKey('صورت'), TO = wordKey('به'), CONDITION = wordKey('شرط');
/** «اگر»، «چنانچه» between from and at; for an event not in the past also «در صورتی که»، «در صورت ادامه …»، «به شرط آنکه». */
function conditionalBefore(keys: string[], from: number, at: number, notPast: boolean): boolean {
  for (let j = from; j < at; j++) {
    const k = keys[j];
    if (inClass('conditional', k)) return true;
    if (!notPast) continue;
    if ((k === IN && keys[j + 1] === CASE) || (k === TO && keys[j + 1] === CONDITION)) return true;
    if (!CONDITIONAL_PREFIX.has(k) || j + 1 >= at) continue;
    if (inClass('conditional', k + keys[j + 1]) || (j + 2 < at && inClass('conditional', k + keys[j + 1] + keys[j + 2]))) return true;
  }
  return false;
}

// present forms that are indicative without «می»: the copula and «داشتن»
const INDICATIVE_BARE = new Set(['بودن', 'داشتن', 'استن', 'هستن']);
/** The first finite verb after `from` in the clause is a present subjunctive («کنند»، «بپردازد»), not «است»/«دارد». */
function subjunctiveClause(keys: string[], from: number, end: number, isVerb: (i: number) => boolean): boolean {
  for (let j = from; j < end; j++) {
    if (!isVerb(j)) continue;
    // the verb group's last word carries the mood («قرار دهند»)
    let e = j;
    while (e + 1 < end && isVerb(e + 1)) e++;
    const k = keys[e];
    if (/^ن?می/.test(k)) return false;
    const forms = verbForms(k);
    return forms.length > 0 && forms.every((f) => f.tense === 'present' && !INDICATIVE_BARE.has(f.infinitive)) && !COPULA.has(k);
  }
  return false;
}

const COULD_NOT = wordKey('نتوانست');
/** «نتوانستند … برسند»: a negated past «توانستن» right before the subjunctive in its clause (a failure, not a wish). */
function failedAttempt(keys: string[], clauseStart: number, at: number): boolean {
  for (let j = at - 1; j >= clauseStart && j >= at - 6; j--) if (keys[j].startsWith(COULD_NOT)) return true;
  return false;
}

const SUCCESSFUL = wordKey('موفق');
const PP_LINK = new Set(['در', 'به', 'از', 'برای'].map(wordKey));
const NOT_BECAME = /^نشد|^نگردید/;
/** «این فرد موفق به حمله به کنست نشد»: a nominal after «موفق به» whose verb is a negated «شد» did not happen. */
function failedSuccess(keys: string[], t: TriggerMatch, clauseEnd: number): boolean {
  if (t.start < 2 || keys[t.start - 1] !== TO_KEY || keys[t.start - 2] !== SUCCESSFUL) return false;
  for (let j = t.end; j < clauseEnd && j < t.end + 12; j++) if (NOT_BECAME.test(keys[j])) return true;
  return false;
}

function targetOfOther(keys: string[], triggers: readonly TriggerMatch[], t: TriggerMatch, target: ActorMention): boolean {
  return triggers.some((o) => o !== t && o.end <= target.start && target.start - o.end <= 4 &&
    o.rule.targets.some((mark) => wordKey(mark) === keys[o.end]) && !(t.start <= o.start && o.end <= t.end));
}

/** A person, not a team named by its title words («تیم ملی آلمان» grows like «وزیر خارجه آلمان»). */
function isPerson(m: ActorMention, keys: string[]): boolean {
  return m.type === 'PER' && !inClass('sports', keys[m.start] ?? '');
}

let clubRefs: Set<string> | null = null;
/** A sports club's ref (the NER gazetteer's «club» entries: «پرسپولیس» -> org:perspolis). */
function isClub(ref: string | undefined): boolean {
  if (!ref) return false;
  if (!clubRefs) {
    clubRefs = new Set();
    for (const list of loadGazetteer().byName.values()) for (const e of list) if (e.kind === 'club' && e.ref) clubRefs.add(e.ref);
  }
  return clubRefs.has(ref);
}

function party(m: ActorMention): Party {
  return m.ref ? { text: m.text, ref: m.ref } : { text: m.text };
}

function quoteSpeaker(quotes: readonly Quote[], at: number): Party | null {
  for (const q of quotes) if (q.start <= at && at < q.end && q.speaker) return q.speaker;
  return null;
}

/** Drops repeats of the same event in one sentence («سفری به عشق‌آباد ... به این کشور سفر کرده بود»). */
function eventKey(e: RasadEvent): string {
  const p = (x: Party | null) => (x ? x.ref ?? x.text : '-');
  return `${e.start}|${e.type}|${p(e.actor)}|${p(e.target)}|${e.negated}`;
}

export function extractEvents(doc: Doc, ctx: EventContext): RasadEvent[] {
  const out: RasadEvent[] = [];
  const seen = new Set<string>();
  try {
    const entities = new SpanIndex((ctx.entities ?? []).filter((e) => SIDE_TYPES.has(e.type) || e.type === 'FAC'));
    const dates = new SpanIndex(ctx.dates ?? []);
    const quotes = new SpanIndex(ctx.quotes ?? []);
    const tagged = doc.upos.some((u) => u !== 255);
    // the last named subject, for «وی» / «او» in the next sentences
    let antecedent: ActorMention | null = null;
    // the last person among them: «وی» and «او» stand for a person, never for the ministry named in between
    let person: ActorMention | null = null;
    const antecedentOf = (pronoun: string | null | undefined) => pronoun && PERSON_PRONOUNS.has(pronoun) ? person : antecedent;
    // the last country named, for «این کشور» in this or a later sentence
    let lastCountry: ActorMention | null = null;
    for (const [first, end] of segments(doc)) {
      if (end - first < MIN_WORDS) continue;
      const w = sentenceWords(doc, first, end);
      // this sentence's spans only: the document's are indexed once (QA Q9, giant documents)
      const sentEntities = entities.touching(w.starts[0], w.ends[w.ends.length - 1]);
      const sentDates = dates.touching(w.starts[0], w.ends[w.ends.length - 1]);
      const quotesAt = (at: number) => quotes.touching(at, at + 1);
      const isVerb = (i: number) => {
        const u = doc.upos[first + i];
        return tagged ? u === VERB || u === AUX : looksFinite(doc.wordForm[first + i] ?? '');
      };
      const clauses = analyzeClauses(w.keys, isVerb);
      // NER mentions that are verbs here («کرد») or inside an attribution are not actors
      // («روسیه از دولت خواست …»: a form of a lexicon verb that the tagger reads as a noun ends the phrase too)
      // (a predicate adjective ends the phrase too: «این فرد موفق به حمله … نشد» — «موفق» is said of the actor, not part of his name)
      // (an adjective right before a verb is its predicate, not part of a name: «دست کم ۳۰ تروریست کشته شدند»)
      const isContent = (i: number) => doc.deprel[first + i] === 'compound:lvc' || (tagged && doc.upos[first + i] === ADJ && i + 1 < w.keys.length && isVerb(i + 1)) || isTriggerHead(w.keys[i]) || looksFinite(w.keys[i]) || inClass('predicate_adjective', w.keys[i]) ? false : tagged ? NOUNISH.has(doc.upos[first + i]) && !CLOSED.has(w.keys[i]) : !CLOSED.has(w.keys[i]) && /^[\p{L}\u200c]+$/u.test(w.keys[i]);
      const tags = { isAdjective: (i: number) => tagged && doc.upos[first + i] === ADJ, isNoun: (i: number) => tagged && (doc.upos[first + i] === NOUN || doc.upos[first + i] === PROPN) };
      const found = findActors(w, sentEntities, ctx.resolveActor ?? resolveActor, isContent, tags)
        .filter((m) => !clauses.excluded[m.start] && !(m.end - m.start === 1 && isVerb(m.start)));
      const mentions = resolveThisCountry(w, found, lastCountry);
      const unknown = unknownNameSubject(doc, first, w, clauses, mentions, tagged);
      if (unknown) mentions.splice(mentions.findIndex((m) => m.start > unknown.start) >>> 0, 0, unknown);
      // a country named inside a quotation («گفت: به ایران آمدیم») is not what a later sentence's «این کشور» means
      for (const m of found) if (countryMention(m) && !clauses.quoted[m.start]) lastCountry = countryMention(m);
      const lvcHead = new Int32Array(end - first).fill(-1);
      let hasLvc = false;
      for (let i = first; i < end; i++) if (doc.deprel[i] === 'compound:lvc' && doc.head[i] >= first && doc.head[i] < end) { lvcHead[i - first] = doc.head[i] - first; hasLvc = true; }
      const triggers = findTriggers({ keys: w.keys, clauseBreak: clauses.clauseBreak, lvcHead: hasLvc ? lvcHead : undefined, lemma: doc.lemma.slice(first, end) });
      const eventNoun = new Uint8Array(w.keys.length);
      for (const t of triggers) if (t.rule.frame.startsWith('nominal')) eventNoun.fill(1, t.start, t.end);
      const isEventNoun = (i: number) => eventNoun[i] === 1;
      // «بیانیه‌ای»: a noun (tagged so: «هسته‌ای» is an adjective) with the indefinite ending after a joiner
      const isIndefinite = (i: number) => tagged && doc.upos[first + i] === NOUN && INDEFINITE_ENDING.test(doc.wordForm[first + i] ?? '');
      // «دیدار تیم ملی آلمان با اسپانیا در مسابقات …» is a match: a sports sentence needs a person for a meeting
      const sports = w.keys.some((k) => inClass('sports', k));
      let finite = false;
      for (let i = 0; i < w.keys.length && !finite; i++) finite = isVerb(i);
      const sentStart = w.starts[0], sentEnd = w.ends[w.ends.length - 1];
      const dropped = (reason: string, t: TriggerMatch, detail?: () => string) => {
        if (dropTrace) dropTrace({ reason, type: t.rule.type, trigger: doc.text.slice(w.starts[t.start], w.ends[t.end - 1]), sentenceStart: sentStart, sentenceEnd: sentEnd, ...(detail ? { detail: detail() } : {}) });
      };
      // who says the words at i: the quote finder's speaker, the subject before «:», or the subject of a speech verb
      // before «که» («X گفت که …»); a pronoun there stands for the antecedent
      const speakerOf = (i: number): { party: Party; country?: string } | null => {
        // («خبرگزاری فارس: X گفت: ما …»: the quote finder may name the agency of the sentence's opening dateline or
        // attribution; that agency reports, the speaker is X)
        const quoted = quoteSpeaker(quotesAt(w.starts[i]), w.starts[i]);
        if (quoted && !(AGENCY.test(quoted.text) && clauses.excluded[0] === 1)) return { party: quoted };
        let end = clauses.colonOf[i];
        if (end <= 0) {
          const c = clauseStartOf(clauses, i);
          if (c < 2 || w.keys[c - 1] !== KE_KEY || !inClass('speech', w.keys[c - 2]) && !inClass('speech', (w.keys[c - 3] ?? '') + w.keys[c - 2])) return null;
          end = c - 1;
        }
        let from = clauseStartOf(clauses, end - 1);
        // «وی تلاش … را نکوهش کرد و گفت: …»: a speech verb coordinated after «و» shares the sentence's subject
        if (from > 0 && w.keys[from - 1] === AND_KEY && !subjectBefore({ keys: w.keys, mentions, clauseStart: from, clauseEnd: end, isVerb }, end)) from = firstClauseStart(clauses);
        const input = { keys: w.keys, mentions, clauseStart: from, clauseEnd: end, isVerb };
        const speaker = subjectBefore(input, end);
        const pronoun = speaker ? null : w.keys.slice(from, end).find((k) => inClass('pronoun', k) && !inClass('first_person', k));
        const who = speaker ?? (pronoun ? antecedentOf(pronoun) : null);
        return who ? { party: party(who), ...(who.country ? { country: who.country } : {}) } : null;
      };
      // the partner of the sentence's last symmetric event, for a coordinated clause that names none:
      // «عباس و هنیه دیدار کردند و به توافق نرسیدند»، «X با Y گفتگو کرد و به توافق نرسید»
      let partner: { actor: string; target: ActorMention; end: number } | null = null;
      for (const t of triggers) {
        // a nominalization in a sentence with no verb (a headline, a list item) states nothing
        if (t.rule.frame.startsWith('nominal') && !finite) { dropped('nominal-no-verb', t); continue; }
        if (clauses.excluded[t.start]) { dropped('excluded', t); continue; }
        // «بیانیه‌ای صادر کرد»: a document is issued, not exported
        // «امام وعده محو شدن اسرائیل … را داده»: a promise whose content is what befalls another party (an inchoative
        // «N شدن X») is a prophecy, not a commitment of the speaker (QA S3 Q16)
        if (t.rule.type === 'AGREE' && PROMISE.has(w.keys[t.start]) && w.keys.slice(t.start + 1, Math.min(t.start + 4, t.verbStart > t.start ? t.verbStart : t.end)).some((k) => k === BECOMING)) { dropped('prophecy', t); continue; }
        if (w.keys[t.start] === ISSUE && w.keys.slice(Math.max(clauseStartOf(clauses, t.start), t.start - 10), t.start).some((k) => inClass('issued', k))) { dropped('issued', t); continue; }
        // «خواستار حل منازعه … از راه مذاکره شد»: a nominal inside another expression's gap is its content, not an event
        if (t.rule.frame.startsWith('nominal') && triggers.some((o) => o !== t && o.start < t.start && t.end <= o.verbStart)) { dropped('nominal-in-gap', t); continue; }
        // «جهت خرید برق از این کشور»، «برای دیدار با»: a purpose states no event
        // («برای برگزاری تجمع»: a light noun may stand between)
        let before = t.start - 1;
        while (before > 0 && HOLDING.has(w.keys[before])) before--;
        if (before >= 0 && inClass('purpose', w.keys[before])) { dropped('purpose', t); continue; }
        // «مذاکره کننده ارشد ایران» is a title, not a negotiation
        if (mentions.some((m) => m.start <= t.start && t.start < m.end)) { dropped('inside-mention', t); continue; }
        // «در این دیدار»، «همین حملات»: a demonstrative points back to an event already told (guidelines §7: anaphoric)
        if (t.rule.frame.startsWith('nominal') && t.start > 0 && THIS.has(w.keys[t.start - 1])) { dropped('anaphoric', t); continue; }
        if (t.rule.frame.startsWith('nominal') && AGENT_NOUN.has(w.keys[t.end] ?? '')) { dropped('agent-noun', t); continue; }
        const clauseStart = clauseStartOf(clauses, t.start);
        const clauseEnd = clauseEndOf(clauses, t.end - 1, w.keys.length);
        // «باید همکاری کنند»، «قرار است دیدار کند»: wishes, duties and plans are not events
        // — but «نتوانستند با آنها به توافق برسند» failed to do it: a negated past event
        const failed = t.subjunctive && failedAttempt(w.keys, clauseStart, t.start);
        if (t.subjunctive && !failed) { dropped('subjunctive', t); continue; }
        // «اگر … وزارت کشور همکاری خواهد کرد»: the consequent of a condition is not asserted either (rule 8)
        // («… به شرط آنکه …، استقبال کردند»: a welcome given with a condition still took place; a past event stays)
        if (conditionalBefore(w.keys, firstClauseStart(clauses), t.start, t.tense !== 'past' && t.tense !== 'perfect')) { dropped('conditional', t); continue; }
        // «می‌تواند از طرف طالبان رد گردیده …»، «ممکن است … حمله کند»: a modal before the trigger in its clause
        if (w.keys.slice(clauseStartOf(clauses, t.start), t.start).some((k, j, a) => inClass('modal', k) || (j + 1 < a.length && MODAL_PREFIX.has(k) && inClass('modal', k + a[j + 1])))) { dropped('modal', t); continue; }
        // «… خواست مدلی را برای چگونگی مذاکره انگلیس با اتحادیه اروپا … تعریف کنند»: a nominal in a clause whose
        // verb is a present subjunctive is the content of a wish or a request, not an event
        if (t.rule.frame.startsWith('nominal') && subjunctiveClause(w.keys, t.end, clauseEndOf(clauses, t.end - 1, w.keys.length), isVerb)) { dropped('subjunctive-clause', t); continue; }
        // «حمله احتمالی آمریکا»، «هرگونه حمله به ایران»: a hypothetical nominal is no event
        // («هر گونه» written with a space)
        // («هرگونه تاخیر در حمله به ایران»: also the head of a «N در / به / از» phrase that the nominal completes)
        const reach = t.start > 0 && PP_LINK.has(w.keys[t.start - 1]) ? 3 : 2;
        if (t.rule.frame.startsWith('nominal') && w.keys.slice(Math.max(0, t.start - reach), t.end + 2).some((k, j, a) => inClass('hypothetical', k) || (j + 1 < a.length && inClass('hypothetical', k + a[j + 1])))) { dropped('hypothetical', t); continue; }
        const input = { keys: w.keys, mentions, clauseStart, clauseEnd, isVerb, isEventNoun, isIndefinite, sentenceStart: firstClauseStart(clauses) };
        const args = findArguments(input, t);
        // «آمریکا او را … محکوم کرد»: a pronoun object stands for the last named subject
        if (!args.target && antecedent && t.rule.targets.includes('را') && !clauses.quoted[t.start]) {
          const ra = objectMarker(input, t);
          const object = ra > clauseStart ? w.keys[ra - 1] : '';
          const ante = antecedentOf(object);
          if (ante && inClass('pronoun', object) && !inClass('first_person', object) && ante.text !== args.actor?.text) args.target = ante;
        }
        // «اپراتور پستی ایران به ما پیشنهاد کرد» (in a quote or «X گفت که …»): the first-person target is the speaker
        if (!args.target && args.pronounTarget) {
          const at = w.keys.indexOf(args.pronounTarget, clauseStart);
          const who = at >= 0 ? speakerOf(at) : null;
          if (who && (who.party.ref ?? who.party.text) !== (args.actor?.ref ?? args.actor?.text)) {
            args.target = { start: at, end: at + 1, charStart: w.starts[at], charEnd: w.ends[at], text: who.party.text, type: 'PER', ...(who.party.ref ? { ref: who.party.ref } : {}), ...(who.country ? { country: who.country } : {}) };
          } else if (t.rule.needsTarget) { dropped('no-target', t, () => `first-person target «${args.pronounTarget}» with no speaker`); continue; }
        }
        // «با انتقاد از مواضع ترکیه، خواستار … شد»: a phrase marked right after another trigger's noun is that
        // trigger's target («انتقاد از X»), not this one's
        if (args.target && targetOfOther(w.keys, triggers, t, args.target)) {
          args.target = null;
          if (t.rule.needsTarget) { dropped('target-of-other', t); continue; }
        }
        const quoted = clauses.quoted[t.start] === 1;
        // a first-person verb («تقدیر می‌کنم»، «امضا کردیم») has a first-person subject, never a named one
        const firstPerson = (args.pronounSubject !== null && inClass('first_person', args.pronounSubject)) ||
          (t.rule.frame === 'active' && !t.passive && t.verbStart >= 0 && verbPerson(w.keys[t.end - 1]) === 1);
        if (firstPerson) args.actor = null;
        let actor: Party | null = args.actor ? party(args.actor) : null;
        let actorCountry = args.actor?.country;
        if (!actor && firstPerson && (!t.rule.needsTarget || args.target) && (quoted || quoteSpeaker(quotesAt(w.starts[t.start]), w.starts[t.start]))) {
          // «ما ... امضا کردیم» inside a quote (also one that began in an earlier sentence): the speaker
          const who = speakerOf(t.start);
          if (who) { actor = who.party; actorCountry = who.country; }
        } else if (!actor && (args.pronounSubject || args.pronounGenitive) && !firstPerson && !quoted) {
          const ante = antecedentOf(args.pronounSubject ?? args.pronounGenitive);
          if (ante && (!t.rule.needsTarget || args.target)) { actor = party(ante); actorCountry = ante.country; }
        }
        if (!actor) {
          dropped(t.rule.needsTarget && !args.target ? 'no-target' : 'no-actor', t, () => `target=${args.target?.text ?? '-'} pronoun=${args.pronounSubject ?? '-'} antecedent=${antecedent?.text ?? '-'} ` +
            `mentions=${mentions.map((m) => `${m.start}-${m.end}:${m.text}${m.roleOnly ? '(role)' : ''}`).join(',')} words=${w.keys.map((k, i) => `${i}${clauses.quoted[i] ? 'q' : ''}${clauses.clauseBreak[i] ? '|' : ''}:${k}`).join(' ')}`);
          continue;
        }
        // «آمریکا و ائتلاف ناتو ... روسیه را متهم کردند»: one event per actor and per target
        const actorSides: [Party, string | undefined][] = [[actor, actorCountry]];
        // (the shared subject of a coordinated clause keeps its partner: «… با Y گفتگو کرد و به توافق نرسید»)
        if (!args.target && args.actor && partner && SYMMETRIC_TYPES.has(t.rule.type) && partner.actor === actor.text &&
          clauseStart > partner.end && PARTNER_LINKS.has(w.keys[clauseStart - 1])) args.target = partner.target;
        // «پارلمان عراق قانون انتخابات … این کشور را تصویب کرد»: a body votes on a bill; only «به X رأی داد» (a vote
        // for X) has a target, never a name inside the bill's phrase (Fars-train decision 3)
        if (t.rule.mode === 'vote' && args.target && !directlyAfter(w.keys, args.target.start, TO_KEY)) args.target = null;
        const targetSides: (ActorMention | null)[] = [args.target];
        if (!args.paired) {
          // a title after a name is the same person's («علی باقری معاون ... و رئیس هیأت ...»); the sides
          // of a symmetric event are never split into more actors
          // («آمریکا و ائتلاف ناتو … اتهامات را علیه روسیه مطرح کردند»: a named group is a second actor; «چین و روسیه … با
          // آمریکا همکاری نکردند»: with a marked partner, each subject of a symmetric event is its own side)
          // (not a title: «وزیر دارایی و اقتصاد ترکمنستان با X ملاقات کرد» is one minister)
          const splitSides = !SYMMETRIC_TYPES.has(t.rule.type) || (args.target !== null && t.rule.frame === 'active' && !t.passive && !args.actor?.roleOnly);
          if (args.actor && splitSides) for (const m of conjunctsOf(input, args.actor)) if (m !== args.target && (!m.roleOnly || m.type === 'ORG')) actorSides.push([party(m), m.country]);
          // («از رئیس مجلس و اعضای هیئت رئیسه تقدیر کرد»: a named group coordinated with the target is a second target, rule 5)
          if (args.target) for (const m of conjunctsOf(input, args.target)) if (m !== args.actor && (!m.roleOnly || (m.type === 'ORG' && !(args.target.roleOnly && args.target.type === 'ORG')))) targetSides.push(m);
        }
        for (const [a, aCountry] of actorSides) for (const tm of targetSides) {
        actor = a; actorCountry = aCountry;
        const target = tm ? party(tm) : null;
        const targetMention = tm;
        if (target && (target.text === actor.text || (target.ref && target.ref === actor.ref))) { dropped('self-target', t); continue; }
        // «خبرگزاری فارس: …»، «به گزارش خبرگزاری فارس»: the agency reports, it does not act
        if (AGENCY.test(actor.text)) { dropped('agency', t); continue; }
        // «ترامپ وارد کاخ سفید شد»: going to one's own country is no visit
        if (t.rule.mode === 'visit' && target?.ref && (target.ref === actorCountry || target.ref === actor.ref)) { dropped('own-visit', t); continue; }
        // «به حل مشکلات این کشور کمک کرد» helps a process, not an actor: aid goes to the one named right after «به»
        if (t.rule.type === 'AID' && tm && !directlyAfter(w.keys, tm.start, TO_KEY)) { dropped('aid', t); continue; }
        // a press conference or an interview is the channel, not a consultation («در نشستی با خبرنگاران»)
        // («در گفتگو با رادیو صدای مسکو»: the outlet may stand before the name the NER found)
        if (t.rule.type === 'CONSULT' && tm && (PRESS.test(target!.text) || inClass('agency', wordKey(target!.text.split(/\s/u)[0])) ||
          (tm.start >= t.end && PRESS.test(doc.text.slice(w.ends[t.end - 1], w.starts[tm.start]))))) { dropped('press', t); continue; }
        if (sports && t.rule.mode === 'meet' && !(args.actor ? isPerson(args.actor, w.keys) : true) && !(tm && isPerson(tm, w.keys))) { dropped('sports', t); continue; }
        // «پرسپولیس روز جمعه با استقلال دیدار کرد»: a club meeting a team is a match even with no sports word
        if (t.rule.type === 'CONSULT' && t.rule.mode !== 'visit' && (isClub(actor.ref) || isClub(target?.ref)) && !(args.actor && isPerson(args.actor, w.keys)) && !(tm && isPerson(tm, w.keys))) { dropped('club', t); continue; }
        // «رئیس جمهور اندونزی از احمدی نژاد استقبال کرد»: welcoming a person is hosting a visit (PLOVER 043);
        // welcoming a proposal («از تلاش ایاد علاوی … استقبال می‌کنیم») stays SUPPORT/endorse
        const hosts = w.keys[t.start] === WELCOME && t.rule.type === 'SUPPORT' && tm !== null && tm.type === 'PER' && t.rule.frame === 'active' &&
          tm.start > 0 && w.keys[tm.start - 1] === FROM_KEY;
        const type = hosts ? 'CONSULT' : t.rule.type;
        const mode = hosts ? 'host' : t.rule.type === 'TRADE' ? tradeMode(w.keys) ?? t.rule.mode : t.rule.mode;
        const negated = t.negated || failed || (t.start > 0 && w.keys[t.start - 1] === NEGATOR) ||
          (t.rule.frame.startsWith('nominal') && failedSuccess(w.keys, t, clauseEnd));
        const triggerStart = w.starts[t.start], triggerEnd = w.ends[t.end - 1];
        const ev: RasadEvent = {
          type,
          ...(mode ? { mode } : {}),
          actor,
          target,
          negated,
          start: sentStart,
          end: sentEnd,
          score: eventKind(type, mode)?.score ?? 0,
          trigger: doc.text.slice(triggerStart, triggerEnd),
          triggerStart,
          triggerEnd,
        };
        // a recalled past event keeps no date of today (QA Q7, Q14)
        const recalled = recallsPast(w.keys, t.start, clauseStartOf(clauses, t.start), type, t.tense, t.rule.frame.startsWith('nominal'));
        const time = recalled ? pastEventTime(sentDates, sentStart, sentEnd, triggerStart, ctx.published) : eventTime(sentDates, sentStart, sentEnd, triggerStart, ctx.published);
        if (time) ev.time = time;
        if (recalled || longBefore(time, ctx.published)) ev.historical = true;
        const place = eventPlace(w, mentions, sentEntities, [args.actor, targetMention], t.rule.mode === 'visit' ? targetMention : null);
        if (place) ev.place = place;
        const quantity = eventQuantity(t.rule.type, w.text, sentEntities, sentStart, sentEnd);
        if (quantity) ev.quantity = quantity;
        if (actorCountry) ev.actorCountry = actorCountry;
        if (targetMention?.country) ev.targetCountry = targetMention.country;
        if (quoted) ev.quoted = true;
        if (t.tense && t.tense !== 'participle') ev.tense = t.tense;
        const key = eventKey(ev);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(ev);
        // (a visited place is not a partner: «از پاکستان بازدید کردند و … با واردات آن موافقت کردند»)
        if (SYMMETRIC_TYPES.has(type) && targetMention && mode !== 'visit') partner = { actor: actor.text, target: targetMention, end: t.end };
        }
      }
      // «… شایعات پیرامون دعوت حزب … کذب محض است»: a verbless denial is its speaker's REJECT/deny
      for (let i = 1; i + 1 < w.keys.length; i++) {
        if (!DENIAL_PREDICATES.has(w.keys[i])) continue;
        let copula = w.keys[i + 1] === SHEER ? i + 2 : i + 1;
        // «نادرست و باطل است»: a second predicate coordinated before the copula
        if (w.keys[copula] === AND_KEY && DENIAL_PREDICATES.has(w.keys[copula + 1] ?? '')) copula += 2;
        // («آنچه دولت می‌گوید «نادرست و باطل» است»: the predicate in quotation marks)
        if (w.keys[copula] === '»' || w.keys[copula] === '"') copula++;
        if (!COPULA.has(w.keys[copula] ?? '') || clauses.excluded[i] || /\p{L}/u.test(w.keys[copula + 1] ?? '.') && w.keys[copula + 1] !== AND_KEY) continue;
        const who = speakerOf(i);
        if (!who || AGENCY.test(who.party.text)) continue;
        const triggerStart = w.starts[i], triggerEnd = w.ends[copula];
        const c = clauseStartOf(clauses, i);
        const author = claimAuthor({ keys: w.keys, mentions, clauseStart: c, clauseEnd: copula + 1, isVerb }, i);
        const target = author && (author.ref ?? author.text) !== (who.party.ref ?? who.party.text) ? party(author) : null;
        const ev: RasadEvent = { type: 'REJECT', mode: 'deny', actor: who.party, target, negated: false, start: sentStart, end: sentEnd,
          score: eventKind('REJECT', 'deny')?.score ?? 0, trigger: doc.text.slice(triggerStart, triggerEnd), triggerStart, triggerEnd };
        const time = eventTime(sentDates, sentStart, sentEnd, triggerStart, ctx.published);
        if (time) ev.time = time;
        if (who.country) ev.actorCountry = who.country;
        if (clauses.quoted[i]) ev.quoted = true;
        if (!seen.has(eventKey(ev))) { seen.add(eventKey(ev)); out.push(ev); }
      }
      // the sentence's named subject becomes the antecedent of a following «وی»
      // (only the main clause: «X اعلام کرد که Y ...» leaves X, not Y)
      const mainStart = firstClauseStart(clauses), mainEnd = clauseEndOf(clauses, mainStart, w.keys.length);
      const subject = subjectBefore({ keys: w.keys, mentions: mentions.filter((m) => !clauses.quoted[m.start]), clauseStart: mainStart, clauseEnd: mainEnd, isVerb }, mainEnd);
      if (subject && (subject.type === 'PER' || subject.type === 'ORG')) antecedent = subject;
      if (subject?.type === 'PER') person = subject;
    }
  } catch (err) {
    // one odd sentence must never stop an article: keep what was found
    if (process.env.RASAD_DEBUG) console.error('events:', err);
  }
  return out;
}
