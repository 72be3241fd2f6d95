// Finds trigger expressions of the lexicon (data/triggers.tsv) in a sentence's words: verbal rows
// (light-verb constructions and simple verbs, every tense and the negative), then nominalizations
// where no verbal row matched.
import { inClass, triggerRules, verbs, type TriggerRule } from './lexicon.ts';
import { readVerb, verbForms, verbPerson, type Tense } from './verbs.ts';
import { wordKey } from './keys.ts';

export interface TriggerMatch {
  rule: TriggerRule;
  /** word range of the whole expression */
  start: number;
  end: number;
  /** word range of the verb, when the row has one */
  verbStart: number;
  negated: boolean;
  tense?: Tense;
  /** the verb was a participle + «شد» (passive of an active row) */
  passive: boolean;
  /** a present subjunctive («همکاری کنند» after «باید»، «دیدار کند» after «قرار است»): not asserted */
  subjunctive: boolean;
}

export interface TriggerInput {
  keys: string[];
  /** word index -> true where a clause ends before this word (the gap «…» does not cross it) */
  clauseBreak: Uint8Array;
  /** optional tagger columns, sentence-relative: head of a «compound:lvc» nominal, lemma of each word */
  lvcHead?: Int32Array;
  lemma?: string[];
}

const CANONICAL = new Map(verbs.map((v) => [v.infinitive, v.canonical]));
const BY_PAST_STEM = new Map(verbs.map((v) => [wordKey(v.past), v.canonical]));
// a nominalization may carry a plural or ezafe/indefinite ending: سفرِ، دیدارهای، حمله‌ای; or a
// possessive clitic: «در دیدارش با …»، «سفرشان به …»
const NOUN_ENDINGS = ['', 'ی', 'ها', 'های', 'هایی', 'ای', 'یی', 'ش', 'اش', 'شان', 'هایش', 'هایشان'];
const MAX_GAP = 16;
// light verbs that, right after a gapped row's head, are that head's own verb
const HEAD_VERBS = new Set(['کردن', 'داشتن', 'نمودن', 'شدن', 'گردیدن'].map((v) => CANONICAL.get(v) ?? v));
// (also the nouns of the participle: «آمار کشته شدگان تصادفات»)
const INFINITIVE_AUX = new Set(['شدن', 'گردیدن', 'شدگان', 'شده‌گان', 'شدگانی'].map(wordKey));

const SINGULAR_ENDINGS = NOUN_ENDINGS.filter((e) => !e.startsWith('ها'));

/** An ended form that is a word of its own (words.tsv «own_word»: «ورودی» an entrance is no «ورود»). */
function ownWord(key: string): boolean {
  return inClass('own_word', key);
}

function wordMatches(key: string, want: string, allowEndings: boolean, singular = false): boolean {
  if (key === want) return true;
  if (!allowEndings || !key.startsWith(want) || ownWord(key)) return false;
  return (singular ? SINGULAR_ENDINGS : NOUN_ENDINGS).includes(key.slice(want.length));
}

/** The verb at word i per the tagger (lemma "کرد#کن" or a compound:lvc head), when the forms table fails. */
function taggedVerb(input: TriggerInput, i: number, infinitive: string): boolean {
  const lemma = input.lemma?.[i];
  if (!lemma) return false;
  const past = lemma.includes('#') ? lemma.split('#')[0] : lemma.endsWith('ن') ? lemma.slice(0, -1) : '';
  // an infinitive («ممنوع کردن») names the act, it does not state it
  if (input.keys[i] === wordKey(past) + 'ن') return false;
  return BY_PAST_STEM.get(wordKey(past)) === infinitive;
}

/** Matches rule.parts from part `from` on at word i (a gap matches the rest of the parts from each word after it). */
function matchAt(input: TriggerInput, rule: TriggerRule, i: number, from = 0): TriggerMatch | null {
  const { keys } = input;
  let j = i;
  let negated = false, tense: Tense | undefined, verbStart = -1, passive = false, subjunctive = false;
  for (let p = from; p < rule.parts.length; p++) {
    const part = rule.parts[p];
    if (part.kind === 'gap') {
      // the head's own light verb right after it closes it: «از شما درخواست داریم نسبت به … جلوگیری کنید» asks (داریم),
      // the gapped «درخواست … <کردن>» must not skip that verb for «کنید» (events-fars-more 203#5)
      const next = rule.parts[p + 1];
      if (j > i && next?.kind === 'verb') {
        // (light verbs only: «خواستار پرداخت … شده‌اند» has the noun «پرداخت», written like the past of «پرداختن»)
        const own = readVerb(keys, j);
        if (own && HEAD_VERBS.has(own.infinitive) && own.infinitive !== (CANONICAL.get(next.infinitive) ?? next.infinitive)) return null;
      }
      // find the rest of the pattern within the clause
      for (let g = j; g < Math.min(keys.length, j + MAX_GAP); g++) {
        if (g > j && input.clauseBreak[g]) break;
        // a row whose object is marked by «را» before its head: a «را» inside the gap marks another object
        // («هدف اصلی … را در دستور کار قرار داده است» puts a goal on the agenda, it targets nobody)
        if (g > j && keys[g - 1] === RA && rule.targets.includes('را')) break;
        // «در این سفر دیدارهایی با … داشتیم»: the verb belongs to the nominal nearest to it
        // (but the noun right after an ezafe is the nominal's own complement: «تقاضای کمک کردند»)
        // only a nominal that takes this same verb competes for it («خواستار حل منازعه … از راه مذاکره شد»: «مذاکره» never takes «شد»)
        if (isGapHead(keys[g], lastVerbFrom(rule, from)) && !(g === j && j > 0 && keys[j - 1].endsWith('ی') && keys[j - 1] !== keys[g])) break;
        const rest = matchAt(input, rule, g, p + 1);
        // «درخواست ما برای برگزاری جلسه فوق العاده تشکر می‌کنیم»: the verb right after another light-verb nominal of the
        // lexicon is that nominal's («تشکر می‌کنیم»), unless the nominal is the gap's first word, the head's own
        // complement («درخواست همکاری کرد»), or stands after a preposition or «و» («تهدید به حمله کرد»)
        if (rest !== null && rest.verbStart === g && g - 1 > j && ownsVerb(keys, g - 1, rule.parts[p + 1])) break;
        // «در نشست امروز شرکت نخواهند داشت»: the verb already has its own nominal («شرکت»)
        // (checked for «داشتن», the light verb that gapped rows share with many other nominals)
        const taken = rest !== null && rest.verbStart >= 0 && input.lvcHead !== undefined && hasVerbFrom(rule, from, 'داشتن') &&
          input.lvcHead.some((h, w) => w >= j && w < rest.verbStart && h >= rest.verbStart && h < rest.end);
        if (rest && !taken) return { ...rest, rule, start: i };
      }
      return null;
    }
    if (j >= keys.length) return null;
    if (part.kind === 'word') {
      // a noun may carry a plural or indefinite ending where it ends the pattern or stands before a gap
      const last = p === rule.parts.length - 1 || rule.parts[p + 1].kind === 'gap';
      if (!wordMatches(keys[j], part.key, (rule.frame.startsWith('nominal') || rule.parts[p + 1]?.kind === 'gap') && last, rule.singular)) return null;
      j++;
      continue;
    }
    const inf = CANONICAL.get(part.infinitive) ?? part.infinitive;
    let v = readVerb(keys, j, inf);
    // the tagger may tie a light-verb nominal to a verb further on («امضا خواهند کرد»)
    if (!v && j > i && input.lvcHead && input.lvcHead[j - 1] > j && input.lvcHead[j - 1] < j + 4) {
      const h = input.lvcHead[j - 1];
      v = readVerb(keys, h, inf) ?? (taggedVerb(input, h, inf) ? { infinitive: inf, negated: keys[h].startsWith('ن'), tense: 'past', start: h, end: h + 1, passive: false } : null);
    }
    if (!v && taggedVerb(input, j, inf)) v = { infinitive: inf, negated: keys[j].startsWith('ن') && !keys[j].startsWith('نما'), tense: 'past', start: j, end: j + 1, passive: false };
    if (!v) return null;
    // a bare participle of a simple verb before an infinitive or after a preposition is a noun phrase
    // («از کشته شدن دو تفنگدار»), not a clause («از روسیه خواسته …» is «خواسته است» with the auxiliary dropped)
    if (p === from && v.tense === 'participle' && (INFINITIVE_AUX.has(keys[v.end] ?? '') || (v.start > 0 && inClass('preposition', keys[v.start - 1])))) return null;
    negated = v.negated; tense = v.tense; verbStart = v.start; passive = v.passive;
    // («نداشته باشد»، «کرده باشند»: the perfect subjunctive is not asserted either)
    subjunctive = (v.tense === 'present' && v.infinitive !== 'داشتن' && !/^ن?می/.test(keys[v.start])) ||
      (v.tense === 'perfect' && v.end - 1 > v.start && /^باش/.test(keys[v.end - 1]));
    j = v.end;
  }
  return { rule, start: i, end: j, verbStart, negated, tense, passive, subjunctive };
}

// nominals of two-word light-verb rows («تشکر <کردن>»، «رد <کردن>»), with their light verbs
const LVC_VERBS = new Set(['کردن', 'داشتن', 'دادن']);
const LVC_HEADS = new Map<string, Set<string>>();
for (const r of triggerRules) {
  const [noun, verb] = r.parts;
  if (r.frame !== 'active' || r.parts.length !== 2 || noun.kind !== 'word' || verb.kind !== 'verb') continue;
  const inf = CANONICAL.get(verb.infinitive) ?? verb.infinitive;
  if (LVC_VERBS.has(inf)) LVC_HEADS.set(noun.key, (LVC_HEADS.get(noun.key) ?? new Set<string>()).add(inf));
}
const AND = wordKey('و'), RA = wordKey('را');
/** The word at k is a light-verb nominal of the lexicon that takes `part` (the verb after it) as its own. */
function ownsVerb(keys: string[], k: number, part: TriggerRule['parts'][number] | undefined): boolean {
  if (part?.kind !== 'verb' || !LVC_HEADS.get(keys[k])?.has(CANONICAL.get(part.infinitive) ?? part.infinitive)) return false;
  return !(k > 0 && (inClass('preposition', keys[k - 1]) || keys[k - 1] === AND));
}

// first words of rows with a gap («دیدار … <داشتن>»)
// (with the verbs their rows end in)
const GAP_HEADS = new Map<string, Set<string>>();
/** The last verb of rule.parts[from..] (canonical infinitive), or '' (index of each rule's last verb, computed once). */
const LAST_VERB = new Map<TriggerRule, number>(triggerRules.map((r) => [r, r.parts.findLastIndex((p) => p.kind === 'verb')]));
function lastVerbFrom(rule: TriggerRule, from: number): string {
  const at = LAST_VERB.get(rule) ?? rule.parts.findLastIndex((p) => p.kind === 'verb');
  const v = rule.parts[at];
  return at >= from && v?.kind === 'verb' ? CANONICAL.get(v.infinitive) ?? v.infinitive : '';
}
function hasVerbFrom(rule: TriggerRule, from: number, infinitive: string): boolean {
  for (let p = from; p < rule.parts.length; p++) {
    const x = rule.parts[p];
    if (x.kind === 'verb' && x.infinitive === infinitive) return true;
  }
  return false;
}
for (const r of triggerRules) {
  if (!r.parts.some((p) => p.kind === 'gap') || r.parts[0].kind !== 'word') continue;
  const key = (r.parts[0] as { key: string }).key;
  const set = GAP_HEADS.get(key) ?? new Set<string>();
  // «مذاکره … انجام <شدن>» wants «انجام شد», not a bare «شد»: it competes for «انجام», not for the verb
  const afterGap = r.parts[r.parts.findIndex((p) => p.kind === 'gap') + 1];
  set.add(afterGap?.kind === 'word' ? afterGap.key : lastVerbFrom(r, 0));
  GAP_HEADS.set(key, set);
}
/** k opens a gapped row (ending in `verb`, when given). */
function isGapHead(k: string, verb?: string): boolean {
  const v = GAP_HEADS_ENDED.get(k);
  return v !== undefined && (verb === undefined || v.has(verb));
}
// every gap head with every noun ending («دیدارهای»), with the verbs of all the heads it can be: no slicing per word
const GAP_HEADS_ENDED = new Map<string, Set<string>>();
for (const [key, verbs] of GAP_HEADS) {
  for (const e of NOUN_ENDINGS) {
    if (e && ownWord(key + e)) continue;
    const set = GAP_HEADS_ENDED.get(key + e) ?? new Set<string>();
    for (const v of verbs) set.add(v);
    GAP_HEADS_ENDED.set(key + e, set);
  }
}

// Rules indexed by what their first word can be, so each word tries a handful of rules, not all.
const BY_FIRST_WORD = new Map<string, TriggerRule[]>();
const BY_FIRST_VERB = new Map<string, TriggerRule[]>();
for (const rule of triggerRules) {
  const p = rule.parts[0];
  const map = p.kind === 'word' ? BY_FIRST_WORD : BY_FIRST_VERB;
  const key = p.kind === 'word' ? p.key : p.kind === 'verb' ? CANONICAL.get(p.infinitive) ?? p.infinitive : '';
  const list = map.get(key) ?? [];
  list.push(rule);
  map.set(key, list);
}
// the same with every noun ending on each first word (the order does not matter: candidates are sorted by rank)
const BY_FIRST_WORD_ENDED = new Map<string, TriggerRule[]>();
for (const [key, rules] of BY_FIRST_WORD) {
  for (const e of NOUN_ENDINGS) {
    if (e && ownWord(key + e)) continue;
    const list = BY_FIRST_WORD_ENDED.get(key + e) ?? [];
    for (const r of rules) if (!list.includes(r)) list.push(r);
    BY_FIRST_WORD_ENDED.set(key + e, list);
  }
}
const ALL_VERB_FIRST = [...BY_FIRST_VERB.values()].flat();

/** The word opens a gapped trigger («خواستار … شد»، «دیدار … داشت»): a title or a group name never takes it in. */
export function isTriggerHead(k: string): boolean {
  return isGapHead(k);
}
const RANK = new Map(triggerRules.map((r, i) => [r, i]));

// candidate lists by (word, next word, lemma): words repeat across a corpus, so the lookups are memoized
// (a form almost always comes with one lemma: the first is kept beside the form, any other in a Map)
// (each list split by pass: verbal rows, then nominal rows, so a pass never walks the other's rows)
interface Candidates { verbal: TriggerRule[]; nominal: TriggerRule[] }
interface CandidateEntry { lemma: string; list: Candidates; others: Map<string, Candidates> | undefined }
const CANDIDATES = new Map<string, CandidateEntry>();
const NONE: Candidates = { verbal: [], nominal: [] };

/** The rules that may start at word i, in lexicon order (longest first), verbal and nominal apart. */
function candidates(input: TriggerInput, i: number): Candidates {
  const k = input.keys[i];
  const joined = (k === 'می' || k === 'نمی') && i + 1 < input.keys.length ? k + input.keys[i + 1] : k;
  const lemma = input.lemma?.[i] ?? '';
  const entry = CANDIDATES.get(joined);
  if (entry !== undefined) {
    if (entry.lemma === lemma) return entry.list;
    const hit = entry.others?.get(lemma);
    if (hit) return hit;
  }
  const out = new Set<TriggerRule>();
  // the word itself or a nominalization with a plural or ezafe ending: «دیدارهای»، «سفری»
  for (const r of BY_FIRST_WORD_ENDED.get(k) ?? []) out.add(r);
  if (ALL_VERB_FIRST.length) {
    if (/^ن?خواه/.test(k)) for (const r of ALL_VERB_FIRST) out.add(r);
    for (const f of verbForms(joined)) for (const r of BY_FIRST_VERB.get(f.infinitive) ?? []) out.add(r);
    if (lemma) {
      const inf = BY_PAST_STEM.get(wordKey(lemma.includes('#') ? lemma.split('#')[0] : lemma.replace(/ن$/, '')));
      if (inf) for (const r of BY_FIRST_VERB.get(inf) ?? []) out.add(r);
    }
  }
  const all = [...out];
  if (all.length > 1) all.sort((a, b) => RANK.get(a)! - RANK.get(b)!);
  const list = all.length === 0 ? NONE : { verbal: all.filter((r) => !r.frame.startsWith('nominal')), nominal: all.filter((r) => r.frame.startsWith('nominal')) };
  if (!entry) {
    if (CANDIDATES.size > 100_000) CANDIDATES.clear();
    CANDIDATES.set(joined, { lemma, list, others: undefined });
  } else (entry.others ??= new Map()).set(lemma, list);
  return list;
}

/** The row's context condition holds: a word of its class in the clause up to the trigger's end (right before it, right
 * after it), or none. */
function contextHolds(input: TriggerInput, rule: TriggerRule, m: TriggerMatch): boolean {
  if (!rule.context) return true;
  if (rule.context.before) return (m.start > 0 && inClass(rule.context.cls, input.keys[m.start - 1])) === rule.context.present;
  if (rule.context.after) return (m.end < input.keys.length && inClass(rule.context.cls, input.keys[m.end])) === rule.context.present;
  let s = m.start;
  while (s > 0 && !input.clauseBreak[s]) s--;
  let seen = false;
  for (let i = s; i < m.end && !seen; i++) {
    const k = input.keys[i];
    seen = inClass(rule.context.cls, k) || NOUN_ENDINGS.some((e) => e && k.endsWith(e) && inClass(rule.context!.cls, k.slice(0, -e.length)));
  }
  return seen === rule.context.present;
}

function anyUsed(used: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (used[k]) return true;
  return false;
}

// «X را نپذیرفت»: a row with a negated reading («neg=REJECT») codes that type, asserted, when its verb is negated
const NEGATED_TWIN = new Map<TriggerRule, TriggerRule>();
for (const r of triggerRules) {
  if (r.negatedAs) NEGATED_TWIN.set(r, { ...r, type: r.negatedAs.type, mode: r.negatedAs.mode, negatedAs: undefined, source: `${r.source} (negated)` });
}
function resolveNegation(m: TriggerMatch): TriggerMatch {
  const twin = m.negated ? NEGATED_TWIN.get(m.rule) : undefined;
  return twin ? { ...m, rule: twin, negated: false } : m;
}

/** All trigger matches of a sentence, verbal rows first, no two overlapping. */
export function findTriggers(input: TriggerInput): TriggerMatch[] {
  const n = input.keys.length;
  const used = new Uint8Array(n);
  const out: TriggerMatch[] = [];
  // each word's candidates are looked up once for both passes
  const cands: Candidates[] = new Array(n);
  for (const nominal of [false, true]) {
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      const c = cands[i] ??= candidates(input, i);
      for (const rule of nominal ? c.nominal : c.verbal) {
        const m = matchAt(input, rule, i);
        if (!m || anyUsed(used, m.start, m.end) || !contextHolds(input, rule, m) || (rule.futureOnly && m.tense !== 'future')) continue;
        // «با این سازمان همکاری دارند»: a standing relation (the words stay free for no other row: the verb is this row's);
        // the first person is performative, it declares a stance («از این طرح حمایت می‌کنیم»)
        if (rule.presentIsState && m.tense === 'present' && verbPerson(input.keys[m.end - 1]) === 3) { used.fill(1, m.start, m.end); break; }
        // only the trigger's own words are taken, not the words a gap skipped
        if (rule.parts.some((p) => p.kind === 'gap')) {
          used.fill(1, m.start, m.start + 1);
          if (m.verbStart >= 0) used.fill(1, m.verbStart, m.end);
        } else used.fill(1, m.start, m.end);
        out.push(resolveNegation(m));
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
