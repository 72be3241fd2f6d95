// Actor and target of a trigger, by Persian argument patterns:
//  - a mention is governed by the preposition that opens its phrase, also through a genitive chain
//    («از سیاست‌های ایران» -> از, «با درخواست اروپایی‌ها» -> با); «X را» makes X the object;
//  - subject: the first mention of the clause before the trigger that nothing governs (Persian is
//    SOV, the subject comes first); in a relative clause with no subject, the noun before «که»;
//  - target: the mention governed by the row's marker («با پوتین دیدار کرد»، «سفر به مسکو»، «از ...
//    تقدیر کرد»، «X را محکوم کرد»), before a verbal trigger, after a nominal one;
//  - nominalizations: after a circumstantial preposition («در دیدار با»، «ضمن قدردانی از»، «پس از
//    دیدار») the clause subject acts and the genitive or marked mention is the target; otherwise the
//    genitive right after the noun acts («سفر لاوروف به تهران»، «دیدار رئیسی و پوتین»);
//    «nominal-patient» rows («دستگیری X»، «سرنگونی X») take the genitive as the target;
//  - passives: the subject is the target, «توسط / از سوی X» the actor;
//  - «میان/بین X و Y» and «X و Y» subjects give the two sides of symmetric events.
import type { ActorMention } from './actors.ts';
import type { TriggerMatch } from './triggers.ts';
import { inClass } from './lexicon.ts';
import { wordKey } from './keys.ts';

export interface ArgumentInput {
  keys: string[];
  mentions: ActorMention[];
  clauseStart: number;
  clauseEnd: number;
  /** word i looks like a finite verb (phrases do not reach across verbs) */
  isVerb: (i: number) => boolean;
  /** word i is an event noun the trigger lexicon found («سفر»، «دیدار») */
  isEventNoun?: (i: number) => boolean;
  /** first word of the sentence's own clauses (after an attribution), for coordinated clauses */
  sentenceStart?: number;
  /** the arguments are being looked for again in the clause around a closed relative clause */
  outer?: boolean;
  /** word i is a noun with the indefinite «‌ای» («بیانیه‌ای»): it takes no genitive, so a name after it opens a phrase */
  isIndefinite?: (i: number) => boolean;
}

export interface Arguments {
  actor: ActorMention | null;
  target: ActorMention | null;
  /** no named actor; the clause's subject is this pronoun (resolved by the caller) */
  pronounSubject: string | null;
  /** the nominal's genitive is a pronoun («سفر وی به سوریه»): the caller resolves it */
  pronounGenitive: string | null;
  /** the target is a first-person pronoun marked by the row's marker («به ما»، «از من»، «ما را»): the speaker, resolved by the caller */
  pronounTarget: string | null;
  /** actor and target are the two conjuncts of one phrase («ایران و روسیه ... امضا کردند») */
  paired: boolean;
}

const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
// a clash is fought by two sides: «درگیری فتح و حماس»، «درگیری … بین ارتش یمن و نیروهای …» -> the first side on the
// second (events-fars-train decision 1), as the symmetric types pair their sides
const CLASH = new Set(['درگیری', 'درگیریهای', 'درگیریها', 'زدوخورد', 'زدوخوردهای', 'نبرد', 'نبردهای'].map(wordKey));
/** The trigger's sides come in pairs: a symmetric type, or a clash noun. */
const pairs = (keys: string[], t: TriggerMatch) => SYMMETRIC.has(t.rule.type) || (t.rule.type === 'ASSAULT' && CLASH.has(keys[t.start]));
const AND = wordKey('و');
const RA = wordKey('را');
const KE = wordKey('که');
const EACH_OTHER = wordKey('یکدیگر'), TOGETHER = wordKey('هم'), WITH = wordKey('با');
const IS = wordKey('است');
const SIDE = new Set(['سو', 'سوی', 'رو', 'طرف', 'جانب'].map(wordKey));
const SIDE_DET = new Set(['دیگر', 'این', 'یک'].map(wordKey));
const OTHER = wordKey('دیگر');
const BETWEEN = new Set(['میان', 'بین'].map(wordKey));
const TRANSPARENT = new Set(['«', '»', '"', '(', ')'].map(wordKey));
const COMMA = new Set(['،', ',']);
// prepositions that put a nominal event in the background of the clause: its actor is the subject
const CIRCUMSTANTIAL = new Set(['در', 'ضمن', 'طی', 'با', 'حین', 'هنگام', 'جریان'].map(wordKey));
const AFTER = new Set(['پس', 'بعد', 'پیش', 'قبل'].map(wordKey));
const IN = wordKey('در'), TO = wordKey('به'), FOLLOWING = wordKey('دنبال');
const IN_COMPOUND = new Set(['پی', 'حاشیه', 'خلال', 'طول', 'پایان', 'آغاز', 'ابتدای', 'اثنای', 'آستانه', 'هنگام'].map(wordKey));
const GENITIVE_PRONOUNS = new Set(['وی', 'او', 'ایشان', 'خود'].map(wordKey));
const MAX_PHRASE = 7;
const FROM = wordKey('از');
// (words.tsv material: the adjectives that close a time phrase)
const TIME_END = new Set(['حاضر', 'گذشته', 'اخیر', 'جاری', 'آینده'].map(wordKey));
const TIME_NOUN = new Set(['زمان', 'حال', 'روز', 'روزهای', 'هفته', 'هفته‌های', 'ماه', 'ماه‌های', 'سال', 'سال‌های', 'سالهای', 'دهه', 'دوره', 'مدت', 'ایام'].map(wordKey));
const AT_LEAST = wordKey('حداقل'), LESS = wordKey('کم'), HAND = wordKey('دست');
const PRESENCE = new Set(['حضور', 'همراهی', 'همراه', 'ریاست', 'میزبانی', 'دعوت'].map(wordKey));
// a determiner opens a new phrase: «روسیه این گزارش را تکذیب کرد»
const DETERMINERS = new Set(['این', 'آن', 'همین', 'همان', 'چنین', 'هر'].map(wordKey));
// («در حال مذاکره با X»: the progressive «در حال» is circumstantial like «در»)
const LIGHT = new Set(['حال', 'برگزاری', 'برپایی', 'انجام', 'چندین', 'چند', 'یک', 'این', 'آن', 'دو', 'اولین', 'نخستین', 'دومین', 'سومین'].map(wordKey));
// «مورد تقدیر X قرار گرفت»، «از حمایت X برخوردار است»، «با استقبال X مواجه شد»: the genitive is the agent
const GENITIVE_AGENT_OPENERS = new Set(['مورد', 'از', 'با'].map(wordKey));
// («مورد قبول ما نیست»: a first-person genitive is the speaker, resolved like a subject pronoun)
// adverbs and circumstantial words that may open a coordinated clause with no subject of its own
const CLAUSE_ADVERB = new Set(['طی', 'ضمن', 'سپس', 'همچنین', 'نیز', 'بعد', 'پس', 'آنگاه', 'هم', 'در'].map(wordKey));
const CONDITIONAL = new Set(['اگر', 'چنانچه', 'درصورتیکه', 'هنگامیکه', 'وقتی', 'زمانیکه', 'چون'].map(wordKey));
const CLAUSE_OPENER = new Set([':', '«', 'که', 'تا'].map(wordKey));
const isSubordinator = (k: string) => SUBORDINATOR.has(k) || CONDITIONAL.has(k) || k === KE;
function hasVerb(input: ArgumentInput, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (input.isVerb(j)) return true;
  return false;
}
const OBJECT_LINK = new Set(['یا', '«', '('].map(wordKey));
const SUBORDINATOR = new Set(['اینکه', 'آنکه', 'این‌که', 'آن‌که'].map(wordKey));
const COORDINATORS = new Set(['اما', 'ولی', 'ولیکن', 'و'].map(wordKey));

type Status = string | null; // a preposition key, 'agent', 'ra', or null (free)

function mentionEndingAt(ms: ActorMention[], j: number): ActorMention | undefined {
  return ms.find((m) => m.start <= j && j < m.end);
}

/** The preposition that governs a phrase ending just before word `end` (walking back over a genitive chain). */
function governorBefore(input: ArgumentInput, end: number, floor: number, statusOf: (m: ActorMention) => Status, self?: ActorMention): Status {
  const { keys } = input;
  let j = end - 1, steps = 0, sawAnd = false;
  while (j >= floor && steps < MAX_PHRASE) {
    const k = keys[j];
    if (TRANSPARENT.has(k)) { j--; continue; }
    // «از دیگر سو»، «از سوی دیگر»، «از این رو»: a connective, not a preposition governing what follows
    if (j > floor && ((SIDE.has(k) && SIDE_DET.has(keys[j - 1])) || (k === OTHER && SIDE.has(keys[j - 1])))) return null;
    // the phrase continues a mention before it («سیاستمداران جمهوریخواه آمریکایی»، «ایران و روسیه»)
    const other = mentionEndingAt(input.mentions, j);
    if (other && other !== self) return statusOf(other);
    if (inClass('agent', k) || (j > floor && inClass('agent', keys[j - 1] + k))) return 'agent';
    // «با حضور X»، «به ریاست X»: X is present, not the one acted upon
    // «آمریکا در حالی ایران را … متهم می‌کند که …»: «در حالی» is a conjunction, not a phrase
    if (k === wordKey('در') && keys[j + 1] === wordKey('حالی')) return null;
    // «در مورد / در قبال / درباره‌ی X»: about X
    if ((k === wordKey('مورد') || k === wordKey('قبال')) && j > floor && keys[j - 1] === wordKey('در')) return 'about';
    // «نسبت به X هشدار داد»: about X, not to X
    if (k === wordKey('به') && j > floor && keys[j - 1] === wordKey('نسبت')) return 'about';
    // «پس از آنکه …»، «پیش از این»: time, not an argument
    if (k === FROM && j > floor && AFTER.has(keys[j - 1])) return 'time';
    // «هزاران تن از کارگران …»، «۲۰ نفر از اعضای داعش را»: a part of a group stands where the quantifier stands
    if (k === FROM && j > floor && PARTITIVE.has(keys[j - 1])) { j -= 2; steps += 2; continue; }
    // «حکمتیار در بیانیه‌ای هوادارانش را … فراخوانده است»: an indefinite noun takes no genitive (no ezafe after «‌ای»)
    // (right after a preposition: «در بیانیه‌ای»، «طی نامه‌ای»; «برنامه هسته‌ای ایران» has an adjective there)
    if (j === end - 1 && j > floor && input.isIndefinite?.(j) && inClass('preposition', keys[j - 1])) return null;
    // «در زمان حاضر عراق در حال مذاکره با …»، «در هفته گذشته X …»: a time phrase ends in its adjective; the name after
    // it opens the clause, it is no genitive of the time noun
    // («تصمیم اخیر X»، «سفر هفته گذشته X»: after a noun that is no time noun, or with no preposition before, the chain goes on)
    if (j === end - 1 && j > floor + 1 && TIME_END.has(k) && TIME_NOUN.has(keys[j - 1]) && inClass('preposition', keys[j - 2])) return null;
    // «در منطقه العرفی دست کم ۳۰ تروریست کشته شدند»: «دست کم / حداقل» opens a counted phrase of its own
    if (j === end - 1 && (k === AT_LEAST || (k === LESS && keys[j - 1] === HAND))) return null;
    // «… به دنبال تهدیدات جدید جرج بوش علیه ایران هشدار دادند»: «به دنبال X» is "after X", a circumstance, not the addressee «به X»
    if (k === FOLLOWING && j > floor && keys[j - 1] === TO) return 'time';
    // «به سوی / به طرف X تیراندازی کردند»: towards X is «به» X
    if (SIDE.has(k) && j > floor && keys[j - 1] === TO) return TO;
    if (inClass('preposition', k)) return PRESENCE.has(keys[j + 1]) ? 'presence' : k;
    if (COMMA.has(k)) {
      // «با وزارت اقتصاد، بنیاد برکت و صندوق امید»: a list item before «و» shares the list's preposition
      // («به شهرهای ماکو، ارومیه، میاندوآب و مهاباد»: also through items that are no mention)
      const prev = j > floor ? mentionEndingAt(input.mentions, j - 1) : undefined;
      if (self === undefined || !listGoesOn(input, self)) return null;
      if (prev && prev !== self) return statusOf(prev);
      if (prev) return null;
      j--; steps++;
      continue;
    }
    // «پس از اینکه آمریکا …»: «اینکه» opens a clause; the preposition before it governs the clause, not the name
    if (k === RA || k === KE || SUBORDINATOR.has(k) || input.isVerb(j)) return null;
    // «در این سفر مقام‌های روسی از … خودداری کردند»: «این» + an event noun is an anaphoric phrase, complete
    // before the name that follows it (the name is the clause's subject, not the event's genitive)
    if (j === end - 1 && j > floor && input.isEventNoun?.(j) && DETERMINERS.has(keys[j - 1])) return null;
    if (k === AND) sawAnd = true;
    j--; steps++;
  }
  return null;
}

/** A list goes on after m: «، Y» items of at most two words each, then «و» and a word that is no verb. */
function listGoesOn(input: ArgumentInput, m: ActorMention): boolean {
  const { keys } = input;
  let j = m.end;
  for (let items = 0; items < 6 && j < input.clauseEnd; items++) {
    if (keys[j] === AND) return j + 1 < input.clauseEnd && !input.isVerb(j + 1) && !COMMA.has(keys[j + 1]);
    if (!COMMA.has(keys[j])) return false;
    let n = 0;
    for (j++; j < input.clauseEnd && !COMMA.has(keys[j]) && keys[j] !== AND; j++, n++) {
      if (n >= 2 || input.isVerb(j) || inClass('preposition', keys[j]) || keys[j] === RA) return false;
    }
    if (n === 0) return false;
  }
  return false;
}

/** The clause opens right after «V،»: a closed subordinate or relative clause interrupted the main one. */
function continuesAfterClosedClause(input: ArgumentInput): boolean {
  const c = input.clauseStart;
  return c > 1 && COMMA.has(input.keys[c - 1]) && input.isVerb(c - 2);
}

function followedByRa(input: ArgumentInput, m: ActorMention, limit: number): boolean {
  const { keys } = input;
  let first = input.clauseStart;
  while (first < m.start && TRANSPARENT.has(keys[first])) first++;
  // «پهپاد جاسوسی آمریکایی از نوع Scan Eagle را»: the object phrase may carry a short modifier;
  // but a name that opens the clause is its subject: «پلیس آمریکا ده‌ها معترض را بازداشت کرد»
  for (let j = m.end, steps = 0; j < limit && steps < 6; j++) {
    const k = keys[j];
    // (after a relative or subordinate clause closed by «V،» the clause goes on with its object: «دهقانی که در
    // جلسه … برگزار شد، فعالیت گروه‌های تروریستی را خطرناک دانست»)
    // «مقامات پاکستانی موافقت خود را … اعلام کردند»: a reflexive possessive closes the object phrase, whose noun takes no
    // other genitive, so the name before it is the subject («هواداران خود را»: the name itself is the object)
    if (k === RA) return (keys[j - 1] !== SELF || m.end === j - 1) && (steps === 0 || m.start > first || continuesAfterClosedClause(input));
    if (TRANSPARENT.has(k)) continue;
    // «قرارگاه تیم … ایالات متحده یا «پی آر تی» را»: a coordinated or bracketed name belongs to the same object
    const other = mentionEndingAt(input.mentions, j);
    if (other && other !== m && j > 0 && OBJECT_LINK.has(keys[j - 1])) { j = other.end - 1; continue; }
    if (COMMA.has(k) || k === KE || DETERMINERS.has(k) || input.isVerb(j) || other || (inClass('preposition', k) && k !== FROM)) return false;
    // «ترکیه و پاکستان محدودیت‌هایی را … ایجاد کرده‌اند»: a plural indefinite («‌هایی») opens the object, the name before it
    // is the subject
    if (PLURAL_INDEFINITE.test(k)) return false;
    steps++;
  }
  return false;
}

const PLURAL_INDEFINITE = /هایی$/u;
const SELF = wordKey('خود');

// the keys of the sentence whose statuses were computed last (markedTarget reads them for commas)
let lastKeys: string[] | null = null;

function statuses(input: ArgumentInput): Map<ActorMention, Status> {
  lastKeys = input.keys;
  const out = new Map<ActorMention, Status>();
  const statusOf = (m: ActorMention) => out.get(m) ?? null;
  for (const m of input.mentions) {
    if (m.start < input.clauseStart || m.end > input.clauseEnd) continue;
    let st = governorBefore(input, m.start, input.clauseStart, statusOf, m);
    if (st === null && followedByRa(input, m, input.clauseEnd)) st = 'ra';
    out.set(m, st);
  }
  // «X و Y را»: the first conjunct of an object is an object too
  const ms = [...out.keys()];
  for (let i = ms.length - 2; i >= 0; i--) {
    if (out.get(ms[i + 1]) === 'ra' && input.keys[ms[i].end] === AND && ms[i].end + 1 === ms[i + 1].start && out.get(ms[i]) === null) out.set(ms[i], 'ra');
  }
  return out;
}

function firstFree(st: Map<ActorMention, Status>, before: number, not?: ActorMention | null): ActorMention | null {
  for (const [m, s] of st) if (s === null && m.end <= before && m !== not) return m;
  return null;
}

function pronounAt(keys: string[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) if (inClass('pronoun', keys[i])) return keys[i];
  return null;
}

// words after which a pronoun still stands in subject position («همچنین وی …»، «، او …»)
const BEFORE_SUBJECT = new Set(['،', ',', 'و', 'همچنین', 'نیز', 'سپس', 'اما', 'ولی', 'البته', 'امروز', 'دیروز', 'پس', '«', '"', ':'].map(wordKey));

/** A pronoun in subject position: opening the clause or after a connective, not a genitive («تلاش آن‌ها») or an object. */
function subjectPronounAt(keys: string[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    // «این گزارش … جمهوری اسلامی ایران را … متهم کرده است»: a document or an outlet named by a demonstrative stands for
    // its author, the subject before it (guidelines: a pronoun's antecedent is the party); the noun is returned
    const document = DOC_DETERMINERS.has(keys[i]) && DOCUMENTS.has(keys[i + 1] ?? '') && keys[i + 2] !== RA;
    if (!document && (!inClass('pronoun', keys[i]) || keys[i + 1] === RA)) continue;
    if (i === from || BEFORE_SUBJECT.has(keys[i - 1])) return document ? keys[i + 1] : keys[i];
  }
  return null;
}
const DOC_DETERMINERS = new Set(['این', 'همین'].map(wordKey));
const DOCUMENTS = new Set(['گزارش', 'بیانیه', 'نامه', 'اطلاعیه', 'روزنامه', 'نشریه', 'هفته‌نامه'].map(wordKey));

function closest(cands: ActorMention[], at: number): ActorMention | null {
  let best: ActorMention | null = null;
  for (const m of cands) if (!best || Math.abs(m.start - at) < Math.abs(best.start - at)) best = m;
  return best;
}

function markedTarget(st: Map<ActorMention, Status>, t: TriggerMatch, after: boolean, from = t.end): ActorMention | null {
  for (const marker of t.rule.targets) {
    if (marker === '~') {
      // «به کمک دولت آمد»، «عازم مسکو شد»: the name right after the trigger's first word(s)
      const first = t.rule.parts.findIndex((p) => p.kind === 'gap');
      const at = t.start + (first > 0 ? first : 1);
      const m = [...st.keys()].find((x) => x.start === at);
      if (m) return m;
      continue;
    }
    const want = marker === 'را' ? 'ra' : wordKey(marker);
    // with a gap («دیدارهایی با X داشتیم») the target may stand between the nominal and its verb
    // (a gapped row that ends in words, not a verb — «حاضر به … نیست» — has its target inside the gap)
    const before = t.verbStart > t.start ? t.verbStart : t.rule.parts.some((p) => p.kind === 'gap') ? t.end : t.start;
    // (a nominal's phrase does not reach across a comma: «حمله … بر یک کلیسا در جنوب مصر، به سمت …»)
    const crossesComma = (m: ActorMention) => { for (let j = from; j < m.start; j++) if (COMMA.has(lastKeys?.[j] ?? '')) return true; return false; };
    const cands = [...st].filter(([m, s]) => s === want && (after ? m.start >= from && !crossesComma(m) : m.end <= before)).map(([m]) => m);
    if (!cands.length) continue;
    if (want === 'ra') return closest(cands, before);
    // the head of the phrase nearest the trigger: «با انریکه مورا رئیس کمیسیون مشترک» -> انریکه مورا
    const near = closest(cands, after ? from : before)!;
    let head = near;
    for (const m of cands) if (m.start < head.start && m.start >= phraseStart(cands, near)) head = m;
    return head;
  }
  return null;
}

/** Start of the run of candidates that a phrase chains together ending at `m`. */
function phraseStart(cands: ActorMention[], m: ActorMention): number {
  let start = m.start;
  const sorted = [...cands].sort((a, b) => b.start - a.start);
  for (const c of sorted) if (c.end <= start && start - c.end <= 3) start = c.start;
  return start;
}

/** The genitive of a nominal: the first mention within a few words after it, with no preposition, comma or verb between. */
function genitiveOf(input: ArgumentInput, t: TriggerMatch): ActorMention | null {
  const { keys } = input;
  for (let j = t.end; j < Math.min(input.clauseEnd, t.end + 4); j++) {
    const m = input.mentions.find((x) => x.start === j);
    if (m) return m;
    const k = keys[j];
    if (TRANSPARENT.has(k)) continue;
    if (COMMA.has(k) || k === RA || inClass('preposition', k) || input.isVerb(j)) return null;
  }
  return null;
}

function isCircumstantial(keys: string[], t: TriggerMatch, floor: number): { governed: boolean; circumstantial: boolean; compound?: boolean } {
  let j = t.start - 1;
  // «ضمن برگزاری چندین دیدار»: light nouns and quantifiers stand between the preposition and the event
  for (let steps = 0; j >= floor && steps < 3 && (TRANSPARENT.has(keys[j]) || LIGHT.has(keys[j])); steps++) j--;
  while (j >= floor && TRANSPARENT.has(keys[j])) j--;
  if (j < floor) return { governed: false, circumstantial: false };
  const k = keys[j];
  if (CIRCUMSTANTIAL.has(k)) return { governed: true, circumstantial: true };
  // «در پی / در حاشیه / در خلال دیدار با»، «به دنبال گفتگو با»: compound prepositions of time and occasion
  // (only with the event's own marked party: «در حاشیه نشست فرماندهان بسیج» is an occasion the subject attends)
  if (j > floor && ((keys[j - 1] === IN && IN_COMPOUND.has(k)) || (keys[j - 1] === TO && k === FOLLOWING))) return { governed: true, circumstantial: true, compound: true };
  if (k === wordKey('از') && j > floor && AFTER.has(keys[j - 1])) return { governed: true, circumstantial: true };
  return { governed: inClass('preposition', k), circumstantial: false };
}

/** «X و Y»، «X، رئیس جمهور آمریکا و «Y»»: b is coordinated right after a. */
export function conjoined(keys: string[], a: ActorMention, b: ActorMention): boolean {
  let sawAnd = false;
  for (let j = a.end; j < b.start; j++) {
    if (keys[j] === AND) sawAnd = true;
    else if (!TRANSPARENT.has(keys[j]) && !COMMA.has(keys[j])) return false;
  }
  return sawAnd;
}

/** «جو بایدن»، رئیس جمهور آمریکا: b is an apposition of a (only quote marks and a comma between). */
function apposed(keys: string[], a: ActorMention, b: ActorMention): boolean {
  if (b.start < a.end || b.start - a.end > 3) return false;
  for (let j = a.end; j < b.start; j++) if (!TRANSPARENT.has(keys[j]) && !COMMA.has(keys[j])) return false;
  return true;
}

/** b is the genitive end of a's title phrase («سولانا مسئول سیاست خارجی اتحادیه اروپا»): only nouns between. */
function insideTitle(input: ArgumentInput, a: ActorMention, b: ActorMention): boolean {
  if (b.start < a.end || b.start - a.end > 4) return false;
  for (let j = a.end; j < b.start; j++) {
    const k = input.keys[j];
    if (k === AND || k === RA || k === KE || COMMA.has(k) || TRANSPARENT.has(k) || inClass('preposition', k) || input.isVerb(j)) return false;
  }
  return true;
}

/** «میان ایران و روسیه»، «ایران و روسیه ... امضا کردند»: the two sides. */
function pair(input: ArgumentInput, st: Map<ActorMention, Status>, wantFree: boolean): [ActorMention, ActorMention] | null {
  const ms = [...st.keys()];
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i], b = ms[i + 1];
    if (!conjoined(input.keys, a, b)) continue;
    let j = a.start - 1;
    while (j >= input.clauseStart && TRANSPARENT.has(input.keys[j])) j--;
    const between = j >= input.clauseStart && BETWEEN.has(input.keys[j]);
    if (between || (wantFree && st.get(a) === null)) return [a, b];
  }
  return null;
}

/** The mentions coordinated after m («آمریکا و ائتلاف ناتو»، «چین و روسیه»), at most three. */
export function conjunctsOf(input: ArgumentInput, m: ActorMention): ActorMention[] {
  const out: ActorMention[] = [];
  let last = m;
  for (const x of input.mentions) {
    if (x.start <= last.start || out.length >= 3) continue;
    if (x.end > input.clauseEnd) break;
    if (conjoined(input.keys, last, x) || (COMMA.has(input.keys[last.end] ?? '') && x.start === last.end + 1 && input.mentions.some((y) => y.start > x.end && conjoined(input.keys, x, y)))) { out.push(x); last = x; }
  }
  return out;
}

// types whose object's owner is the one acted upon («مواضع حماس را بمباران کرد» -> حماس); a rejected or
// supported proposal («فشار دولت خود را رد کرد») is not its author's
const OWNER_TARGET = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'DISAPPROVE', 'THREATEN']);
// heads of a rejected object that an actor authored: «درخواست/پیشنهاد/ادعای/روایت/اتهامات/طرح X»
const SPEECH_ACT_HEADS = new Set(['درخواست', 'درخواستهای', 'درخواستها', 'تقاضای', 'پیشنهاد', 'پیشنهادهای', 'پیشنهادات', 'ادعای', 'ادعاهای', 'ادعاها', 'روایت', 'اتهام', 'اتهامات', 'اتهامهای', 'طرح', 'مواضع', 'شرایط', 'خواسته', 'خواستههای', 'اظهارات', 'گفتههای', 'سخنان'].map(wordKey));
// «۲۰ نفر از اعضای داعش را»: a part of a group; the group is the one acted upon
const PARTITIVE = new Set(['نفر', 'تن', 'تعدادی', 'شماری', 'برخی', 'بعضی', 'یکی', 'جمعی', 'گروهی', 'عده‌ای', 'عده', 'چند', 'بسیاری', 'هزاران', 'صدها', 'ده‌ها', 'دهها', 'صدها'].map(wordKey));

// nouns of armed action whose genitive is the force acting: «در عملیات X»، «در حملات X»، «به ضرب گلوله X»
const OPERATION_NOUNS = new Set(['عملیات', 'حمله', 'حملات', 'حملهی', 'بمباران', 'بمبارانهای', 'گلوله', 'شلیک', 'یورش', 'تهاجم'].map(wordKey));
const OPERATION_PREPS = new Set(['در', 'طی', 'ضرب', 'با', 'براثر', 'اثر'].map(wordKey));

/** The force named as the genitive of an armed-action noun in «در / طی / به ضرب / بر اثر N X» between from and before. */
function operationAgent(input: ArgumentInput, from: number, before: number): ActorMention | null {
  const { keys } = input;
  for (const m of input.mentions) {
    if (m.start < from + 2 || m.end > before || m.roleOnly && m.type !== 'ORG') continue;
    if (OPERATION_NOUNS.has(keys[m.start - 1]) && OPERATION_PREPS.has(keys[m.start - 2])) return m;
  }
  return null;
}

const PARTICIPLE = /^(شده|گردیده)$/u;
/** «ادعاهای مطرح‌شده از سوی آمریکا … را رد کرد»: the agent («از سوی / توسط X») inside a rejected object whose
 * head is a request or claim is its author (guidelines §2a.2). */
function claimAgent(input: ArgumentInput, st: Map<ActorMention, Status>, t: TriggerMatch, actor: ActorMention | null, anyHead = false): ActorMention | null {
  const { keys } = input;
  const ra = objectMarker(input, t);
  const floor = actor ? actor.end : input.clauseStart;
  let head = -1;
  for (let j = floor; j < ra && head < 0; j++) if (anyHead ? /^\p{L}/u.test(keys[j]) && !mentionEndingAt(input.mentions, j) : SPEECH_ACT_HEADS.has(keys[j])) head = j;
  if (head < 0) return null;
  // (a participle inside the object is no clause of its own: «پیش‌نویس قطعنامه تنظیم شده از سوی X»)
  for (let j = head + 1; j < ra; j++) if ((input.isVerb(j) && !PARTICIPLE.test(keys[j])) || keys[j] === KE || COMMA.has(keys[j])) return null;
  for (const [m, s] of st) if (s === 'agent' && m !== actor && m.start > head && m.end <= ra) return m;
  return null;
}

/** The «را» that closes the trigger's object: the last one in the clause before the verb (or the trigger), or -1. */
export function objectMarker(input: Pick<ArgumentInput, 'keys' | 'clauseStart'>, t: TriggerMatch): number {
  const before = t.verbStart > t.start ? t.verbStart : t.start;
  for (let j = before - 1; j >= input.clauseStart; j--) if (input.keys[j] === RA) return j;
  return -1;
}

/** «اسرائیل مواضع حماس در غزه را بمباران کرد»: the object phrase before «را» is headed by a common noun;
 * the actor it belongs to (its genitive, or the group of a partitive «نفر از اعضای X») is the target. */
function objectTarget(input: ArgumentInput, st: Map<ActorMention, Status>, t: TriggerMatch, actor: ActorMention | null): ActorMention | null {
  const { keys } = input;
  const ra = objectMarker(input, t);
  if (ra < 0) return null;
  const floor = actor ? actor.end : input.clauseStart;
  for (const [m, s] of st) {
    if (m === actor || m.start < floor || m.end > ra) continue;
    let ok = true;
    for (let j = floor; j < ra && ok; j++) if (j < m.start || j >= m.end) ok = !(input.isVerb(j) || keys[j] === KE || COMMA.has(keys[j]));
    if (!ok) return null;
    // the object's head noun stands before the mention («مواضع حماس»); «ایران و روسیه» is a second subject
    let head = false;
    for (let j = floor; j < m.start && !head; j++) head = !(keys[j] === AND || TRANSPARENT.has(keys[j]) || mentionEndingAt(input.mentions, j));
    if (!head) continue;
    const partitive = s === FROM && m.start >= 2 && [keys[m.start - 2], keys[m.start - 3]].some((k) => k === FROM) && PARTITIVE.has(keys[m.start - 3] ?? '') ||
      s === FROM && m.start >= 2 && PARTITIVE.has(keys[m.start - 2]);
    if (s === null || s === 'ra' || partitive) return m;
  }
  return null;
}

/** «ادعای آمریکا درباره … بی‌اساس است»: the author of a claim, request or proposal that heads the clause
 * before word `before` (its genitive right after the head noun), or null. */
export function claimAuthor(input: ArgumentInput, before: number): ActorMention | null {
  const st = statuses(input);
  for (const [m, s] of st) if (m.end <= before && s === null && m.start > input.clauseStart && SPEECH_ACT_HEADS.has(input.keys[m.start - 1])) return m;
  return null;
}

const ATTACK_MARKERS = new Set(['به', 'علیه', 'بر'].map(wordKey));
// «به روز چهارشنبه»، «به دلیل …»، «به عنوان …»: time, cause and role phrases, not what was attacked
const NOT_ATTACKED = new Set(['روز', 'مدت', 'تاریخ', 'هنگام', 'ساعت', 'دلیل', 'علت', 'منظور', 'خاطر', 'عنوان', 'نوبه', 'شدت', 'طور', 'گونه', 'صورت', 'سبب', 'رغم'].map(wordKey));
/** A nominal attack followed, within its phrase, by «به / علیه / بر» + a noun: something was attacked. */
function attackedThing(input: ArgumentInput, t: TriggerMatch): boolean {
  if (!t.rule.frame.startsWith('nominal')) return false;
  for (let j = t.end; j < Math.min(input.clauseEnd - 1, t.end + 5); j++) {
    const k = input.keys[j];
    if (COMMA.has(k) || input.isVerb(j) || k === RA) return false;
    if (ATTACK_MARKERS.has(k) && /^\p{L}/u.test(input.keys[j + 1] ?? '') && !NOT_ATTACKED.has(input.keys[j + 1])) return true;
  }
  return false;
}

const NEWS = wordKey('خبر'), GIVE = /^(داد|دادند|داده|میدهد|میدهند)/u;
/** «ارتش یمن از سرنگونی پهپاد جاسوسی آمریکایی خبر داد»، «رئیس پلیس از دستگیری هشت سارق خبر داد»: who reports an
 * arrest, a seizure or a downing in «از N … خبر داد» is the one who made it (a patient nominal only: «از کشته شدن …
 * خبر داد» reports what others did). */
function reportsOwnAct(input: ArgumentInput, t: TriggerMatch): boolean {
  if (t.start === 0 || input.keys[t.start - 1] !== FROM) return false;
  for (let j = t.end; j + 1 < input.clauseEnd && j < t.end + 12; j++) if (input.keys[j] === NEWS && GIVE.test(input.keys[j + 1])) return true;
  return false;
}

/** A first-person pronoun that the row's marker governs before a verbal trigger («به ما پیشنهاد کرد»، «ما را تهدید کرد»). */
function firstPersonTarget(input: ArgumentInput, t: TriggerMatch): string | null {
  const { keys } = input;
  const markers = new Set(t.rule.targets.map((m) => wordKey(m)));
  for (let j = input.clauseStart; j < t.start; j++) {
    if (!inClass('first_person', keys[j])) continue;
    if ((j > input.clauseStart && markers.has(keys[j - 1])) || (keys[j + 1] === RA && markers.has(RA))) return keys[j];
  }
  return null;
}

/** The first mention before word `before` that no preposition governs: the subject. */
export function subjectBefore(input: ArgumentInput, before: number): ActorMention | null {
  return firstFree(statuses(input), before);
}

export function findArguments(input: ArgumentInput, t: TriggerMatch): Arguments {
  const { keys, clauseStart } = input;
  const st = statuses(input);
  const frame = t.passive && t.rule.frame === 'active' ? 'passive' : t.rule.frame;
  let actor: ActorMention | null = null, target: ActorMention | null = null, pronounGenitive: string | null = null, paired = false;
  let inheritedPronoun: string | null = null;
  // the clause's subject acts (a verb, or a circumstantial nominal: «وی با انتقاد از X …»)
  let actsAsSubject = frame === 'active';
  const agent = () => [...st].find(([, s]) => s === 'agent')?.[0] ?? null;

  if (frame === 'passive') {
    // an agent or a subject belongs to this verb only with no other finite verb between them and the trigger
    // («منافقین که توسط اتحادیه اروپا … شناخته می‌شد، اکنون از حمایت … برخوردار هستند»)
    const own = (m: ActorMention | null) => {
      if (!m) return null;
      for (let j = m.end; j < t.start; j++) if (input.isVerb(j)) return null;
      return m;
    };
    actor = own(agent());
    // «این مسئله از سوی مقامات روس که مدت‌ها … تلاش می‌کردند، مورد استقبال قرار گرفته است»: the agent stands right before
    // a relative clause closed by «V،» that interrupts the passive's own clause
    if (!actor && !input.outer && continuesAfterClosedClause(input)) {
      let ke = input.clauseStart - 2;
      while (ke > (input.sentenceStart ?? 0) && keys[ke] !== KE) ke--;
      if (keys[ke] === KE) {
        const before = statuses({ ...input, clauseStart: input.sentenceStart ?? 0, clauseEnd: ke });
        actor = [...before].find(([m, s2]) => s2 === 'agent' && m.end === ke)?.[0] ?? null;
      }
    }
    // «مورد تقدیر اعضا قرار گرفت»: the genitive of the nominal in «مورد N … قرار گرفت» (and the like) is the agent
    if (!actor && GENITIVE_AGENT_OPENERS.has(keys[t.start]) && t.rule.parts[2]?.kind === 'gap') {
      const after = t.rule.parts[3];
      let gapEnd = t.end;
      if (after?.kind === 'word') for (let j = t.start + 2; j < t.end; j++) if (keys[j] === after.key) { gapEnd = j; break; }
      actor = input.mentions.find((m) => m.start >= t.start + 2 && m.end <= gapEnd) ?? null;
    }
    // (after the trigger's own genitive agent: «… توسط شوروی … بوجود آمدند و مورد حمایت آمریکا قرار گرفتند»)
    // «توسط پلیس کشف و ضبط شد و دو مقام … دستگیر شدند»: a coordinated passive shares the agent before it
    if (!actor && clauseStart > 0 && keys[clauseStart - 1] === AND && !input.outer) {
      const wide = statuses({ ...input, clauseStart: input.sentenceStart ?? 0 });
      actor = [...wide].find(([m, s2]) => s2 === 'agent' && m.end < clauseStart)?.[0] ?? null;
    }
    // «در عملیات ارتش سوریه … کشته شدند»، «به ضرب گلوله نیروهای X … به شهادت رسیدند»: the force whose operation, attack
    // or fire it was is the agent of a death or destruction (also of a passive coordinated after it)
    // (only with a named victim: «… سرکرده یکی از گروهک‌ها نیز کشته شد» names none the extractor can code)
    const operation = !actor && t.rule.type === 'ASSAULT' ? operationAgent(input, keys[clauseStart - 1] === AND && !input.outer ? input.sentenceStart ?? 0 : clauseStart, t.start) : null;
    if (operation) actor = operation;
    target = own(firstFree(st, t.start, actor));
    if (operation && !target) actor = null;
    // «… وارد سقز شد و با استقبال مردم مواجه شد»: a coordinated passive's subject is the clause's before it
    if (!target && clauseStart > 0 && keys[clauseStart - 1] === AND && !input.outer) {
      target = subjectBefore({ ...input, clauseStart: input.sentenceStart ?? 0, clauseEnd: clauseStart - 1 }, clauseStart - 1);
      if (target === actor) target = null;
    }
    // «توسط وزیر نفت و وزیر ترکمنستانی امضا شد»: the two agents are the two sides
    // «مذاکراتی توسط بخش خصوصی، مقامات استانی و … صورت گرفته»: the first agent meets each of the others
    const others = actor && SYMMETRIC.has(t.rule.type) ? conjunctsOf(input, actor) : [];
    if (others.length) { target = others[0]; paired = others.length === 1; }
  } else if (frame === 'nominal' || frame === 'nominal-patient') {
    // a nominal that needs no target («تجمع کارگران») takes only the genitive right after it
    const optional = !t.rule.needsTarget && frame === 'nominal';
    // (a quoted name is still right after it: «با موافقت «دونالد ترامپ»»)
    const genitive = optional ? input.mentions.find((m) => m.start === t.end || (m.start === t.end + 1 && TRANSPARENT.has(keys[t.end]))) ?? null : genitiveOf(input, t);
    const where = isCircumstantial(keys, t, clauseStart);
    const { governed } = where;
    const circumstantial = where.circumstantial && (!where.compound || (!genitive && markedTarget(st, t, true) !== null));
    if (!genitive && t.end < keys.length && GENITIVE_PRONOUNS.has(keys[t.end])) pronounGenitive = keys[t.end];
    if (frame === 'nominal-patient') {
      target = genitive;
      // the clause subject acts only for a circumstantial nominal («در پی دستگیری X، …» has none; «قراقع بازداشت
      // اسرا را خطرناک خواند» is a judgement about an arrest, not one)
      actor = agent() ?? (circumstantial || reportsOwnAct(input, t) ? firstFree(st, t.start, target) : null);
    } else if (circumstantial && genitive && markedTarget(st, t, true, genitive.end)) {
      // «در نشست مشترک مجلس با قوه قضائیه»: the genitive acts, the marked mention is the target
      actor = genitive;
      target = markedTarget(st, t, true, genitive.end);
    } else if (circumstantial || (governed && !genitive)) {
      // (only a circumstantial nominal's clause subject is its actor for pronouns and relative heads: «از ورود
      // یکی از اعضای حزب به مصر جلوگیری شده» has a genitive the lexicon does not name)
      actsAsSubject = circumstantial;
      actor = pronounGenitive === wordKey('خود') || !pronounGenitive ? firstFree(st, t.start) : null;
      // «X که … وارد افغانستان شده بود پس از دیدار با Y …»: a name before another finite verb is that verb's
      // (looked for again around a closed relative clause, the verbs in between are that clause's)
      if (actor && !input.outer) for (let j = actor.end; j < t.start && actor; j++) if (input.isVerb(j)) actor = null;
      target = markedTarget(st, t, true) ?? (genitive && genitive !== actor ? genitive : null);
      // «مسئولین با مواجهه با اعتراض شدید شهروندان، قول … دادند»: with no marked party, the genitive of a
      // one-sided event (a protest, an attack) is its agent, not the subject's target; a meeting's genitive
      // («در دیدار کارکنان وزارت») is the other side
      if (genitive && target === genitive && !markedTarget(st, t, true) && !SYMMETRIC.has(t.rule.type) && frame === 'nominal' && circumstantial) { actor = genitive; target = null; }
    } else if (genitive) {
      // «دیدار رئیسی و پوتین»، «مذاکرات ایران و گروه ۱+۴»: the conjunct is the other side
      actor = genitive;
      const next = pairs(keys, t) ? input.mentions.find((m) => m.start > genitive.end && conjoined(keys, genitive, m)) : undefined;
      // «حمایت اتحادیه اروپا و ایالات متحده»: a second genitive is a second actor, not the target
      const marked = markedTarget(st, t, true, genitive.end);
      target = next ?? (marked && !conjoined(keys, genitive, marked) ? marked : null);
      if (next) paired = true;
    }
  } else {
    actor = firstFree(st, t.start);
    // a simple verb («<خواستن>»، «<فروختن>») has its marked phrase before it (SOV): «از X خواست»; a phrase
    // after it belongs to what follows («می‌خواست … روی حمایت … از مساعی X …»)
    target = markedTarget(st, t, false) ?? (t.rule.parts[0].kind === 'verb' ? null : markedTarget(st, t, true));
    if (target === actor) target = null;
    if (!target && t.rule.targets.includes('را') && OWNER_TARGET.has(t.rule.type)) target = objectTarget(input, st, t, actor);
    // «پیش‌نویس قطعنامه تنظیم شده از سوی کشورهای اروپایی را سیاسی خواند»: a criticized thing made by X is X's (§2a.2)
    if (!target && t.rule.targets.includes('را') && t.rule.type === 'DISAPPROVE') target = claimAgent(input, st, t, actor, true);
    // «درخواست آمریکا … را رد می‌کند»، «روایت حکومت … را رد کرد»: a rejected request, claim or proposal is its author's
    // (guidelines §2a.2); other rejected things («خبر پیوستن حزب … را تکذیب کرد») have no owner target
    if (!target && t.rule.targets.includes('را') && t.rule.type === 'REJECT') {
      const owner = objectTarget(input, st, t, actor);
      if (owner && owner.start > 0 && SPEECH_ACT_HEADS.has(keys[owner.start - 1])) target = owner;
      else target = claimAgent(input, st, t, actor);
    }
  }

  // «با یکدیگر»، «با هم»: the subject's conjuncts are the two sides
  let reciprocal = false;
  for (let j = clauseStart; j < input.clauseEnd && !reciprocal; j++) reciprocal = keys[j] === EACH_OTHER || (keys[j] === TOGETHER && keys[j - 1] === WITH);
  if (pairs(keys, t) && (!target || !actor || reciprocal)) {
    let p = pair(input, st, frame === 'active' || frame === 'passive');
    // a clash's «بین X و Y» stands in the noun's own phrase («درگیری شدید در استان عدن بین …»), not after a comma
    if (p && !SYMMETRIC.has(t.rule.type) && (p[0].start < t.end || p[0].start - t.end > 6 || keys.slice(t.end, p[0].start).some((k) => COMMA.has(k)))) p = null;
    if (p && (!actor || actor === p[0] || apposed(keys, actor, p[0]) || frame === 'passive')) { actor = p[0]; target = p[1]; paired = true; }
    // «سولانا مسئول سیاست خارجی اتحادیه اروپا و لاریجانی … با هم دیدار کردند»: the first conjunct ends the
    // actor's title phrase, so the actor himself is the first side
    else if (p && actor && reciprocal && insideTitle(input, actor, p[0])) { target = p[1]; paired = true; }
  }
  // a relative clause with no subject of its own: «وزیر ورزش که ... درخواست کرده بود»، «"احمد چلبی" که پس از
  // دیدار با مقامات آمریکایی … به نیویورک رفت»
  if (!actor && actsAsSubject && clauseStart > 0 && keys[clauseStart - 1] === KE && !pronounAt(keys, clauseStart, t.start)) {
    // (a quoted name: «"احمد چلبی" که …»)
    const headEnd = TRANSPARENT.has(keys[clauseStart - 2] ?? '') ? clauseStart - 2 : clauseStart - 1;
    let head = input.mentions.find((m) => m.end === headEnd);
    // «سفیر ژاپن در ایران که …»: a place after «در» modifies the head, it is not the head (the ambassador acts for Japan)
    const host = head && head.start > 0 && keys[head.start - 1] === IN ? input.mentions.find((m) => m.end === head!.start - 1) : undefined;
    if (host) head = host;
    if (head && (head.type === 'PER' || head.type === 'ORG' || head.ref?.startsWith('country:'))) actor = head;
  }
  // «کشورهای غربی مدتی است که روسیه را … متهم کرده‌اند»: after «(مدتی / سال‌ها) است که» the subject is the one before it
  if (!actor && frame === 'active' && clauseStart > 1 && keys[clauseStart - 1] === KE && keys[clauseStart - 2] === IS && !pronounAt(keys, clauseStart, t.start)) {
    actor = subjectBefore({ ...input, clauseStart: input.sentenceStart ?? 0, clauseEnd: clauseStart - 2 }, clauseStart - 2);
  }
  // «پنتاگون اعلام کرد که از روسیه خواسته …»: a complement clause with no subject of its own has the
  // subject of the verb before «که»
  // — but after another verb the clause is a relative one moved behind the verb: «از سیاستمداران آمریکایی
  // انتقاد کرد که با واکسیناسیون مخالفت می‌کنند»: the phrase governed in the main clause is its subject
  if (!actor && frame === 'active' && clauseStart > 1 && keys[clauseStart - 1] === KE && input.isVerb(clauseStart - 2) && !pronounAt(keys, clauseStart, t.start)) {
    const main = { ...input, clauseStart: input.sentenceStart ?? 0, clauseEnd: clauseStart - 1 };
    const v = clauseStart - 2;
    const speech = inClass('speech', keys[v]) || (v > 0 && inClass('speech', keys[v - 1] + keys[v])) || inClass('speech', keys[v - 1] ?? '');
    if (speech) actor = subjectBefore(main, clauseStart - 1);
    else {
      const st2 = statuses(main);
      let last: ActorMention | null = null;
      for (const [m, s2] of st2) if (m.end <= v && s2 !== null && s2 !== 'agent' && (m.type === 'PER' || m.type === 'ORG') && v - m.end <= 2) last = m;
      actor = last;
    }
  }
  // «X ... قرار داد اما ... از بغداد خواست»: a coordinated clause shares the first clause's subject
  // (only when the clause opens with a preposition or the trigger: «اما غرب … متهم می‌کند» has its own subject)
  // («… تأکید کرده و دیگر اعضا را … تشویق کردند»: a clause that opens with its object has no subject of its own)
  // (also a partitive object: «… داشته است و شماری از رهبران القاعده را بازداشت کرد»)
  const partitiveOpen = PARTITIVE.has(keys[clauseStart] ?? '') && keys[clauseStart + 1] === FROM;
  const opensWithObject = [...st].some(([m, s2]) => s2 === 'ra' && m.start >= clauseStart && (m.start - clauseStart <= 1 || (partitiveOpen && m.start === clauseStart + 2)));
  const opensBare = clauseStart >= t.start || inClass('preposition', keys[clauseStart]) || CLAUSE_ADVERB.has(keys[clauseStart]) || opensWithObject;
  if (!actor && (frame === 'active' || frame === 'nominal') && opensBare && clauseStart > 0 && COORDINATORS.has(keys[clauseStart - 1]) && !pronounAt(keys, clauseStart, t.start)) {
    // the clause coordinated with this one first («… که رهبری هم به آن اشاره کردند و انتقاد … داشتند»), then the sentence's
    const floor = input.sentenceStart ?? 0;
    let prev = clauseStart - 2;
    while (prev > floor && keys[prev - 1] !== KE && keys[prev - 1] !== ':') prev--;
    actor = subjectBefore({ ...input, clauseStart: prev, clauseEnd: clauseStart - 1 }, clauseStart - 1) ??
      (prev > floor ? subjectBefore({ ...input, clauseStart: floor, clauseEnd: clauseStart - 1 }, clauseStart - 1) : null);
    // «وی … را … دانست و از خانواده‌ها خواست …»: a first clause that opens with a pronoun subject passes it on (the caller
    // resolves it like the clause's own pronoun)
    if (!actor) inheritedPronoun = subjectPronounAt(keys, prev, Math.min(prev + 2, clauseStart - 1)) ??
      (prev > floor ? subjectPronounAt(keys, floor, Math.min(floor + 2, clauseStart - 1)) : null);
  }
  // «مردم بحرین پس از آنکه انقلاب مصر به پیروزی رسید، خواستار … شدند»: after a subordinate clause closed by
  // «V،» the main clause's subject stands before the subordinator
  if (!actor && frame === 'active' && clauseStart > 1 && COMMA.has(keys[clauseStart - 1]) && input.isVerb(clauseStart - 2) && !input.outer && !pronounAt(keys, clauseStart, t.start)) {
    const floor = input.sentenceStart ?? 0;
    let sub = -1;
    for (let j = clauseStart - 2; j >= floor; j--) if (isSubordinator(keys[j])) { sub = j; break; }
    // (from the quotation or clause the subordinator stands in: «… نوشت: مردم بحرین که …، پس از آنکه …»)
    let from = sub;
    while (from > floor && !CLAUSE_OPENER.has(keys[from - 1])) from--;
    // a subordinate clause that has its verb before the next subordinator is complete, so the trigger stands
    // outside it too: «وی با بیان این که مبارک رئیس باندی بود که …، از موسی خواست» -> «وی»
    while (sub > from && from - 1 > floor && isSubordinator(keys[from - 1]) && hasVerb(input, from, sub)) {
      sub = from - 1;
      from = sub;
      while (from > floor && !CLAUSE_OPENER.has(keys[from - 1])) from--;
    }
    if (sub > from) {
      // the main clause around the subordinate one: its subject, and its object («مسکو، واشنگتن را برای اینکه
      // بوتینا را … تحت فشار قرار داده، متهم کرد» -> واشنگتن)
      const mentions = input.mentions.filter((m) => m.end <= sub || m.start >= clauseStart);
      const outer = findArguments({ ...input, outer: true, clauseStart: from, mentions }, t);
      if (outer.actor && outer.actor.end <= sub) return outer;
      // «وی … از X، Y و Z که …، بشدت انتقاد کرد»: the main clause's subject is a pronoun (the caller resolves it)
      if (!outer.actor && outer.pronounSubject && (outer.target || !t.rule.needsTarget)) return outer;
      actor = subjectBefore({ ...input, clauseStart: from, clauseEnd: sub }, sub);
    }
  }
  // «روموهیون … از ملت کره‌جنوبی به دلیل اتهاماتی که به بستگان او وارد آمده عذرخواهی کرد»: the relative
  // clause after «که» closed with its own verb before the trigger, which belongs to the clause around it
  if (!actor && (frame === 'active' || frame === 'nominal') && clauseStart > 1 && keys[clauseStart - 1] === KE && !input.outer) {
    let closed = false;
    for (let j = clauseStart; j < t.start && !closed; j++) closed = input.isVerb(j);
    if (closed && !pronounAt(keys, clauseStart, t.start)) {
      const outerStart = input.sentenceStart ?? 0;
      const inner = new Set(input.mentions.filter((m) => m.start >= clauseStart && m.end <= t.start));
      const outer = findArguments({ ...input, outer: true, clauseStart: outerStart, mentions: input.mentions.filter((m) => !inner.has(m)) }, t);
      if (outer.actor && outer.actor.end < clauseStart) return outer;
      if (!outer.actor && outer.pronounSubject && (outer.target || !t.rule.needsTarget)) return outer;
    }
  }
  if (target && actor && (target === actor || (target.ref && target.ref === actor.ref))) target = null;
  // «حملات جنگنده‌های سعودی به یک بیمارستان»: an attack on a thing no actor owns has target «-» (guidelines
  // §2a.1), but its marker must be there: an attack with nothing attacked named is not coded
  // «اپراتور پستی ایران به ما پیشنهاد کرد»، «مالک باشگاه از ما خواسته»: a first-person target is the speaker (the caller
  // resolves it; rule 11 for subjects, the same for the one acted upon)
  const pronounTarget = !target && actor && frame === 'active' ? firstPersonTarget(input, t) : null;
  if (t.rule.needsTarget && !target && !pronounTarget && !(actor && t.rule.type === 'ASSAULT' && attackedThing(input, t))) actor = null;
  const pronounSubject = actor || !actsAsSubject ? null : subjectPronounAt(keys, clauseStart, t.start) ?? (inClass('first_person', inheritedPronoun ?? '') ? null : inheritedPronoun);
  return { actor, target, pronounSubject, pronounGenitive: actor ? null : pronounGenitive, pronounTarget, paired };
}
