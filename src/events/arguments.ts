// Actor and target of a trigger, by Persian argument patterns:
//  - subject: the first actor mention of the clause before the trigger that no preposition governs
//    and no «را» follows (Persian is SOV, the subject comes first);
//  - target: the mention after the row's marker («با پوتین دیدار کرد»، «سفر به مسکو»، «از ... تقدیر
//    کرد»، «X را محکوم کرد»), searched before a verbal trigger and after a nominal one;
//  - nominalizations: the genitive right after the noun is the actor («سفر لاوروف به تهران»،
//    «دیدار رئیسی و پوتین»); with a preposition before the noun («در دیدار با») the clause subject;
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
}

export interface Arguments {
  actor: ActorMention | null;
  target: ActorMention | null;
  /** the clause has a pronoun subject and no named one: the caller resolves it */
  pronounSubject: string | null;
}

const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
const AND = wordKey('و');
const RA = wordKey('را');
const BETWEEN = new Set(['میان', 'بین'].map(wordKey));
const TRANSPARENT = new Set(['،', ',', '(', ')', '«', '»'].map(wordKey));

/** The word before a mention, skipping commas and quote marks. */
function wordBefore(keys: string[], i: number, floor: number): number {
  let j = i - 1;
  while (j >= floor && TRANSPARENT.has(keys[j])) j--;
  return j;
}

function governedBy(keys: string[], m: ActorMention, floor: number): string | null {
  const j = wordBefore(keys, m.start, floor);
  if (j < floor) return null;
  // «توسط X»، «از سوی X»، «از طرف X»: the agent of a passive
  if (inClass('agent', keys[j]) || (j > floor && inClass('agent', keys[j - 1] + keys[j]))) return 'agent';
  return inClass('preposition', keys[j]) ? keys[j] : null;
}

function followedByRa(keys: string[], m: ActorMention, limit: number): boolean {
  for (let j = m.end; j < Math.min(limit, m.end + 3); j++) {
    if (keys[j] === RA) return true;
    if (!TRANSPARENT.has(keys[j])) return false;
  }
  return false;
}

/** Status of each mention: the preposition that governs it (following «و» chains), 'ra' or null (free). */
function statuses(input: ArgumentInput, from: number, to: number): Map<ActorMention, string | null> {
  const { keys, mentions } = input;
  const out = new Map<ActorMention, string | null>();
  let prev: ActorMention | null = null;
  for (const m of mentions) {
    if (m.start < from || m.end > to) continue;
    let st = governedBy(keys, m, from);
    // «با ایران و روسیه»: the second conjunct shares the first one's status
    const j = wordBefore(keys, m.start, from);
    if (st === null && prev && j >= from && keys[j] === AND && j === prev.end) st = out.get(prev) ?? null;
    if (st === null && followedByRa(keys, m, to)) st = 'ra';
    out.set(m, st);
    prev = m;
  }
  // «X و Y را»: the first conjunct of an object is an object too
  const ms = [...out.keys()];
  for (let i = ms.length - 2; i >= 0; i--) {
    if (out.get(ms[i + 1]) === 'ra' && keys[ms[i].end] === AND && ms[i].end + 1 === ms[i + 1].start && out.get(ms[i]) === null) out.set(ms[i], 'ra');
  }
  return out;
}

function firstFree(st: Map<ActorMention, string | null>, before: number): ActorMention | null {
  for (const [m, s] of st) if (s === null && m.end <= before) return m;
  return null;
}

function pronounAt(keys: string[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) if (inClass('pronoun', keys[i])) return keys[i];
  return null;
}

function closest(cands: ActorMention[], at: number): ActorMention | null {
  let best: ActorMention | null = null;
  for (const m of cands) if (!best || Math.abs(m.start - at) < Math.abs(best.start - at)) best = m;
  return best;
}

function markedTarget(input: ArgumentInput, st: Map<ActorMention, string | null>, t: TriggerMatch, after: boolean): ActorMention | null {
  for (const marker of t.rule.targets) {
    const want = marker === 'را' ? 'ra' : wordKey(marker);
    const cands = [...st].filter(([m, s]) => s === want && (after ? m.start >= t.end : m.end <= t.start)).map(([m]) => m);
    if (cands.length) return closest(cands, after ? t.end : t.start);
  }
  return null;
}

/** «میان ایران و روسیه»، «ایران و روسیه ... امضا کردند»: the two sides. */
function pair(input: ArgumentInput, st: Map<ActorMention, string | null>, wantFree: boolean): [ActorMention, ActorMention] | null {
  const ms = [...st.keys()];
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i], b = ms[i + 1];
    if (input.keys[a.end] !== AND || a.end + 1 !== b.start) continue;
    const j = wordBefore(input.keys, a.start, input.clauseStart);
    const between = j >= input.clauseStart && BETWEEN.has(input.keys[j]);
    if (between || (wantFree && st.get(a) === null)) return [a, b];
  }
  return null;
}

export function findArguments(input: ArgumentInput, t: TriggerMatch): Arguments {
  const { keys, clauseStart, clauseEnd } = input;
  const st = statuses(input, clauseStart, clauseEnd);
  const frame = t.passive && t.rule.frame === 'active' ? 'passive' : t.rule.frame;
  let actor: ActorMention | null = null, target: ActorMention | null = null;

  if (frame === 'passive') {
    actor = [...st].find(([, s]) => s === 'agent')?.[0] ?? null;
    target = firstFree(st, t.start);
    if (target === actor) target = null;
  } else if (frame === 'nominal') {
    const genitive = input.mentions.find((m) => m.start === t.end && st.get(m) === null) ?? null;
    const j = wordBefore(keys, t.start, clauseStart);
    const governed = j >= clauseStart && (inClass('preposition', keys[j]) || keys[j] === wordKey('ضمن') || keys[j] === wordKey('طی'));
    if (governed) {
      // «در دیدار با پوتین»، «ضمن قدردانی از»: the clause subject is the actor, the genitive or
      // the marked mention the target («در دیدار رئیس جمهور ازبکستان»)
      actor = firstFree(st, t.start);
      target = markedTarget(input, st, t, true) ?? (genitive && genitive !== actor ? genitive : null);
    } else if (genitive) {
      // «سفر لاوروف به تهران»، «دیدار رئیسی و پوتین»
      actor = genitive;
      target = markedTarget(input, st, t, true);
      const next = input.mentions.find((m) => m.start === genitive.end + 1 && keys[genitive.end] === AND);
      if (!target && next) target = next;
    }
  } else {
    actor = firstFree(st, t.start);
    target = markedTarget(input, st, t, false) ?? markedTarget(input, st, t, true);
  }

  if (SYMMETRIC.has(t.rule.type) && (!target || !actor)) {
    const p = pair(input, st, frame !== 'nominal');
    if (p && (!actor || actor === p[0])) { actor = p[0]; target = p[1]; }
  }
  if (target && actor && (target === actor || (target.ref && target.ref === actor.ref))) target = null;
  const pronounSubject = actor ? null : pronounAt(keys, clauseStart, t.start);
  return { actor, target, pronounSubject };
}
