// Loads the events language data (src/events/data/*.tsv) once: ontology, triggers, verbs,
// closed word classes, fallback actor gazetteer, goods. Data files are the place to edit rules.
import { readFileSync } from 'node:fs';
import { wordKey } from './keys.ts';

function rows(name: string): string[][] {
  const text = readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
  const out: string[][] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    out.push(line.split('\t').map((c) => c.trim()));
  }
  return out;
}

export interface EventKind { type: string; mode: string | undefined; score: number; cameo: string; meaning: string }

export type Frame = 'active' | 'passive' | 'nominal' | 'nominal-patient';

/** One part of a trigger pattern: a literal word, a conjugated verb, or a gap. */
export type TriggerPart =
  | { kind: 'word'; key: string; text: string }
  | { kind: 'verb'; infinitive: string }
  | { kind: 'gap' };

export interface TriggerRule {
  type: string;
  mode: string | undefined;
  parts: TriggerPart[];
  frame: Frame;
  targets: string[];
  /** the row codes an event only when a target is found (nominal rows always need one) */
  needsTarget: boolean;
  /** a word of this class (words.tsv) must (present) or must not be in the clause up to the trigger:
   * «سفیر خود را فراخواند» recalls a diplomat (SANCTION), «X را به خویشتن‌داری فراخواند» calls upon X (REQUEST);
   * `before`: the word right before the trigger; `after`: the word right after it («نشست بررسی …» is a session about
   * something, not a meeting with its genitive) */
  context?: { cls: string; present: boolean; before?: boolean; after?: boolean };
  /** the type (and mode) the row codes when its verb is negated: «طرح را نپذیرفت» refuses (REJECT), it is no negated AGREE */
  negatedAs?: { type: string; mode: string | undefined };
  /** the nominal takes no plural ending: «در گفت‌وگو با X» reports talks, «گفت‌وگوهای مستمر» names a standing state */
  singular?: boolean;
  /** the simple present (third person) states a standing relation or a habit, no event: «با این سازمان همکاری دارند» */
  presentIsState?: boolean;
  /** the row codes only in the future tense: «با X برخورد خواهیم کرد» threatens, «با X برخورد کرد» reports a dealing */
  futureOnly?: boolean;
  /** the row as written, for tests and debugging */
  source: string;
}

export interface VerbEntry { infinitive: string; past: string; present: string; canonical: string }

export interface ActorEntry { text: string; ref: string; type: 'LOC' | 'ORG' | 'NAT' | 'PER' }

function loadOntology(): Map<string, EventKind> {
  const out = new Map<string, EventKind>();
  for (const [type, mode, score, cameo, meaning] of rows('ontology.tsv')) {
    const m = mode === '-' ? undefined : mode;
    out.set(`${type}/${m ?? ''}`, { type, mode: m, score: Number(score), cameo, meaning });
  }
  return out;
}

function parseTrigger(text: string): TriggerPart[] {
  const parts: TriggerPart[] = [];
  for (const m of text.matchAll(/<([^>]+)>|…|\S+/g)) {
    if (m[1]) parts.push({ kind: 'verb', infinitive: m[1].trim() });
    else if (m[0] === '…') parts.push({ kind: 'gap' });
    else parts.push({ kind: 'word', key: wordKey(m[0]), text: m[0] });
  }
  return parts;
}

const LIGHT_ACTIVE = new Set(['کردن', 'نمودن']);
// light verbs whose nominal is a verbal noun («دفاع کرد» -> «ضمن دفاع از»)
const NOMINAL_LIGHT = new Set(['کردن', 'نمودن', 'داشتن', 'دادن', 'گفتن', 'ورزیدن']);
/** words.tsv read before the classes are built (the triggers are loaded first) */
function inClassRaw(cls: string, key: string): boolean {
  return (RAW_CLASSES ??= loadWordSets('words.tsv')).get(cls)?.has(key) ?? false;
}
let RAW_CLASSES: Map<string, Set<string>> | undefined;

function loadTriggers(): TriggerRule[] {
  const out: TriggerRule[] = [];
  const written = new Set<string>();
  for (const [type, mode, trigger, frame, targets, context] of rows('triggers.tsv')) {
    if (frame !== 'active' && frame !== 'passive' && frame !== 'nominal' && frame !== 'nominal-patient') throw new Error(`triggers.tsv: bad frame "${frame}" in "${trigger}"`);
    const marks = (targets ?? '-').trim();
    // «?»: a nominal row that codes an event without a target too («تجمع کارگران … برگزار شد»)
    const needsTarget = marks.endsWith('!') || (frame === 'nominal' && !marks.endsWith('?'));
    const list = marks.replace(/[!?]$/, '');
    // context column: «+class» / «-class» / «^class» / «^-class» / «>class» / «>-class», «neg=TYPE[/mode]» (what the
    // negated verb codes), «singular», «present=state» (the simple present is a standing state),
    // «future» (the row codes only in the future tense)
    const tokens = (context ?? '').split(/\s+/).filter(Boolean);
    const ctx = tokens.map((t) => /^(\^-|>-|[+^>-])(\S+)$/.exec(t)).find((m) => m !== null);
    const neg = tokens.map((t) => /^neg=([A-Z]+)(?:\/(\S+))?$/.exec(t)).find((m) => m !== null);
    const singular = tokens.includes('singular'), presentIsState = tokens.includes('present=state'), futureOnly = tokens.includes('future');
    if (tokens.length !== (ctx ? 1 : 0) + (neg ? 1 : 0) + (singular ? 1 : 0) + (presentIsState ? 1 : 0) + (futureOnly ? 1 : 0)) throw new Error(`triggers.tsv: bad context "${context}" in "${trigger}"`);
    out.push({
      type, mode: mode === '-' ? undefined : mode, parts: parseTrigger(trigger), frame,
      targets: !list || list === '-' ? [] : list.split(/[\s,،]+/).filter(Boolean),
      needsTarget, source: trigger, ...(ctx ? { context: { cls: ctx[2], present: !ctx[1].endsWith('-'), ...(ctx[1].startsWith('^') ? { before: true } : ctx[1].startsWith('>') ? { after: true } : {}) } } : {}),
      ...(neg ? { negatedAs: { type: neg[1], mode: neg[2] } } : {}), ...(singular ? { singular } : {}), ...(presentIsState ? { presentIsState } : {}), ...(futureOnly ? { futureOnly } : {}),
    });
    written.add(trigger);
  }
  // the passive of every «N <کردن>» row whose object is marked by «را» is «N <شدن>» («بمباران کرد» ->
  // «بمباران شد»): the object becomes the subject (target) and the agent («توسط / از سوی X») acts;
  // with no agent it codes nothing (rule 1)
  for (const r of [...out]) {
    const last = r.parts[r.parts.length - 1];
    if (r.frame !== 'active' || !r.targets.includes('را') || last.kind !== 'verb' || !LIGHT_ACTIVE.has(last.infinitive) || r.parts.length < 2) continue;
    if (r.parts.some((p) => p.kind === 'gap')) continue;
    const source = r.source.replace(/<[^>]+>$/, '<شدن>');
    if (written.has(source)) continue;
    written.add(source);
    out.push({ ...r, parts: parseTrigger(source), frame: 'passive', targets: [], needsTarget: false, source });
  }
  // formal alternants of the light verb: «اعلام/ابراز کرد» is also written «اعلام/ابراز داشت» («حمایت خود را اعلام داشت»);
  // «N کرد» is also «N به عمل آورد» («از X تجلیل به عمل آورد»، «از Y بازدید به عمل آورد»), whose «N به عمل آمد» is a passive
  for (const r of [...out]) {
    const last = r.parts[r.parts.length - 1], before = r.parts[r.parts.length - 2];
    if (r.frame !== 'active' || last?.kind !== 'verb' || !LIGHT_ACTIVE.has(last.infinitive)) continue;
    const alternants: [string, Frame][] = [];
    if (before?.kind === 'word' && (before.text === 'اعلام' || before.text === 'ابراز')) alternants.push([r.source.replace(/<[^>]+>$/, '<داشتن>'), 'active']);
    // (only a row with a target marker: «N به عمل آورد» codes with its target; adjectives «زخمی/مستقر» take none)
    if (r.parts.length === 2 && before?.kind === 'word' && r.targets.length > 0) {
      alternants.push([`${before.text} به عمل <آوردن>`, 'active']);
      if (r.targets.includes('را')) alternants.push([`${before.text} به عمل <آمدن>`, 'passive']);
    }
    for (const [source, frame] of alternants) {
      if (written.has(source)) continue;
      written.add(source);
      // («از روز جهانی غذا تجلیل به عمل آورد» celebrates a day: the formal alternant codes only with its target)
      const needsTarget = frame === 'passive' ? false : r.needsTarget || source.includes('به عمل');
      out.push({ ...r, parts: parseTrigger(source), frame, ...(frame === 'passive' ? { targets: [] } : {}), needsTarget, source });
    }
  }
  // the copula is also a clitic, which the tokenizer splits off as a word of its own: «مخالفند» -> «مخالف» «ند»,
  // «خواستار آزادی او هستند» / «خواستار آزادی‌اند»: every row ending in «هستند» / «هستیم» gets the clitic forms
  const CLITICS: Record<string, string[]> = { هستند: ['ند', 'اند'], هستیم: ['یم', 'ایم'] };
  for (const r of [...out]) {
    const last = r.parts[r.parts.length - 1];
    if (last?.kind !== 'word' || !CLITICS[last.text]) continue;
    for (const clitic of CLITICS[last.text]) {
      const source = r.source.replace(/\S+$/, clitic);
      if (written.has(source)) continue;
      written.add(source);
      out.push({ ...r, parts: parseTrigger(source), source });
    }
  }
  // «ضمن N از X» (while doing N to X): every «N <light verb>» row has a nominal after «ضمن» whose actor is the clause
  // subject («وی ضمن دفاع از متهمان …»، «ضمن مخالفت با این طرح»), where no nominal row for N is written
  const nominalHeads = new Set(out.filter((r) => r.frame.startsWith('nominal')).map((r) => r.source));
  for (const r of [...out]) {
    const [noun, verb] = r.parts;
    if (r.frame !== 'active' || r.parts.length !== 2 || noun.kind !== 'word' || verb.kind !== 'verb' || !r.targets.length) continue;
    // (an adjective before «شد» — «معترض/متعهد/درگیر شد» — or before «کرد» — «صادر/وارد کرد» — is no verbal noun)
    if (nominalHeads.has(noun.text) || r.context || !NOMINAL_LIGHT.has(verb.infinitive) || inClassRaw('not_nominal', noun.key)) continue;
    nominalHeads.add(noun.text);
    const targets = r.targets.filter((m) => m !== 'را');
    if (!targets.length) continue;
    written.add(`${noun.text} (ضمن)`);
    out.push({ ...r, parts: parseTrigger(noun.text), frame: 'nominal', targets, needsTarget: true, context: { cls: 'concurrent', present: true, before: true }, source: noun.text });
  }
  // Arabic broken plurals of nominals (words.tsv «plural»: حمله=حملات): «حملات هوایی انگلیس» is the row
  // «حمله هوایی» in the plural; the noun endings (ها، های) cover the regular plurals already
  const plural = new Map<string, string>();
  for (const [cls, items] of rows('words.tsv')) {
    if (cls !== 'plural') continue;
    for (const item of items.split(/\s+/)) { const [sg, pl] = item.split('='); if (sg && pl) plural.set(sg, pl); }
  }
  for (const r of [...out]) {
    const first = r.parts[0];
    if (first.kind !== 'word' || !plural.has(first.text)) continue;
    if (!r.frame.startsWith('nominal') && !r.parts.some((p) => p.kind === 'gap')) continue;
    const source = r.source.replace(first.text, plural.get(first.text)!);
    if (written.has(source)) continue;
    written.add(source);
    out.push({ ...r, parts: parseTrigger(source), source });
  }
  // longest patterns first, so «تماس تلفنی <داشتن>» is tried before «تماس <داشتن>»
  return out.sort((a, b) => b.parts.length - a.parts.length);
}

function loadVerbs(): VerbEntry[] {
  return rows('verbs.tsv').map(([infinitive, past, present, same]) => ({ infinitive, past, present, canonical: same || infinitive }));
}

/** A file of "class <TAB> words" lines as sets of word keys ("_" joins a multi-word item). */
function loadWordSets(name: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [cls, words] of rows(name)) {
    const set = out.get(cls) ?? new Set<string>();
    for (const w of words.split(/\s+/)) if (w) set.add(wordKey(w.replaceAll('_', ' ')));
    out.set(cls, set);
  }
  return out;
}

function loadActors(): ActorEntry[] {
  return rows('actors.tsv').map(([text, ref, type]) => ({ text, ref, type: type as ActorEntry['type'] }));
}

export const ontology = loadOntology();
export const triggerRules = loadTriggers();
export const verbs = loadVerbs();
export const wordClasses = loadWordSets('words.tsv');
export const actorGazetteer = loadActors();
export const goods = loadWordSets('goods.tsv');

/** The ontology row for a type and mode (falls back to the type's default row). */
export function eventKind(type: string, mode: string | undefined): EventKind | undefined {
  return ontology.get(`${type}/${mode ?? ''}`) ?? ontology.get(`${type}/`);
}

export function inClass(cls: string, key: string): boolean {
  return wordClasses.get(cls)?.has(key) ?? false;
}
