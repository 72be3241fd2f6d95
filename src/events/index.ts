// Event extraction: who did what to whom, when and where, coded from the Persian text itself.
// Per sentence: find trigger expressions (data/triggers.tsv), then their actor and target by
// Persian argument patterns (arguments.ts), then time, place, quantity; the sentence is the evidence.
// Precision first: no actor (or a pronoun with no antecedent) means no event, never a guess.
import type { Doc } from '../doc.ts';
import { UPOS } from '../doc.ts';
import type { DateMention, EntityMention, Event, Party, Quote } from '../article.ts';
import { findActors, type ActorMention, type SentenceWords } from './actors.ts';
import { analyzeClauses, clauseEndOf, clauseStartOf } from './clauses.ts';
import { findTriggers } from './triggers.ts';
import { findArguments } from './arguments.ts';
import { eventPlace, eventQuantity, eventTime, tradeMode } from './attributes.ts';
import { eventKind, inClass } from './lexicon.ts';
import { wordKey } from './keys.ts';
import { looksFinite } from './verbs.ts';

export interface EventContext {
  entities: EntityMention[];
  dates: DateMention[];
  quotes: Quote[];
  published: string | null;
  /** canonical ref of a name («کاخ سفید» -> country:USA); defaults to none */
  resolveActor?: (text: string) => string | undefined;
}

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
}

const VERB = UPOS.indexOf('VERB'), AUX = UPOS.indexOf('AUX');
const NEGATOR = wordKey('عدم');
const MIN_WORDS = 3;

function sentenceWords(doc: Doc, first: number, end: number): SentenceWords {
  const keys: string[] = [], starts: number[] = [], ends: number[] = [];
  for (let i = first; i < end; i++) {
    keys.push(wordKey(doc.wordForm[i] ?? ''));
    starts.push(doc.wordStart[i]);
    ends.push(doc.wordEnd[i]);
  }
  return { keys, starts, ends, text: end > first ? doc.text.slice(doc.wordStart[first], doc.wordEnd[end - 1]) : '' };
}

function hasFiniteVerb(doc: Doc, first: number, end: number): boolean {
  let tagged = false;
  for (let i = first; i < end; i++) {
    const u = doc.upos[i];
    if (u !== 255) tagged = true;
    if (u === VERB || u === AUX) return true;
  }
  if (tagged) return false;
  for (let i = first; i < end; i++) if (looksFinite(doc.wordForm[i] ?? '')) return true;
  return false;
}

function party(m: ActorMention): Party {
  return m.ref ? { text: m.text, ref: m.ref } : { text: m.text };
}

function quoteSpeaker(quotes: readonly Quote[], at: number): Party | null {
  for (const q of quotes) if (q.start <= at && at < q.end && q.speaker) return q.speaker;
  return null;
}

export function extractEvents(doc: Doc, ctx: EventContext): RasadEvent[] {
  const out: RasadEvent[] = [];
  try {
    const entities = ctx.entities ?? [];
    // the last named subject, for «وی» / «او» in the next sentences
    let antecedent: ActorMention | null = null;
    for (let s = 0; s < doc.sentenceCount; s++) {
      const first = doc.tokenWord[doc.sentenceStart[s]], end = doc.tokenWord[doc.sentenceEnd[s]];
      if (end - first < MIN_WORDS) continue;
      const w = sentenceWords(doc, first, end);
      const mentions = findActors(w, entities, ctx.resolveActor);
      const clauses = analyzeClauses(w.keys);
      const lvcHead = new Int32Array(end - first).fill(-1);
      let tagged = false;
      for (let i = first; i < end; i++) if (doc.deprel[i] === 'compound:lvc' && doc.head[i] >= first && doc.head[i] < end) { lvcHead[i - first] = doc.head[i] - first; tagged = true; }
      const triggers = findTriggers({ keys: w.keys, clauseBreak: clauses.clauseBreak, lvcHead: tagged ? lvcHead : undefined, lemma: doc.lemma.slice(first, end) });
      const finite = triggers.length > 0 && hasFiniteVerb(doc, first, end);
      const sentStart = w.starts[0], sentEnd = w.ends[w.ends.length - 1];
      let sentenceSubject: ActorMention | null = null;
      for (const t of triggers) {
        // a nominalization in a sentence with no verb (a headline, a list item) states nothing
        if (t.rule.frame === 'nominal' && !finite) continue;
        if (t.start < clauses.bodyStart) continue;
        const clauseStart = clauseStartOf(clauses, t.start);
        const clauseEnd = clauseEndOf(clauses, t.end - 1, w.keys.length);
        const args = findArguments({ keys: w.keys, mentions, clauseStart, clauseEnd }, t);
        let actor: Party | null = args.actor ? party(args.actor) : null;
        let actorCountry = args.actor?.country;
        const quoted = clauses.quoted[t.start] === 1;
        if (!actor && args.pronounSubject) {
          if (inClass('first_person', args.pronounSubject)) {
            // «ما ... امضا کردیم» inside a quote: the speaker, if the quote has one
            actor = quoted ? quoteSpeaker(ctx.quotes ?? [], w.starts[t.start]) : null;
          } else if (antecedent && !quoted) {
            actor = party(antecedent);
            actorCountry = antecedent.country;
          }
        }
        if (!actor) continue;
        const target = args.target ? party(args.target) : null;
        const kind = eventKind(t.rule.type, t.rule.mode);
        const mode = t.rule.type === 'TRADE' ? tradeMode(w.keys) ?? t.rule.mode : t.rule.mode;
        const negated = t.negated || (t.start > 0 && w.keys[t.start - 1] === NEGATOR);
        const triggerStart = w.starts[t.start], triggerEnd = w.ends[t.end - 1];
        const ev: RasadEvent = {
          type: t.rule.type,
          ...(mode ? { mode } : {}),
          actor,
          target,
          negated,
          start: sentStart,
          end: sentEnd,
          score: (eventKind(t.rule.type, mode) ?? kind)?.score ?? 0,
          trigger: doc.text.slice(triggerStart, triggerEnd),
          triggerStart,
          triggerEnd,
        };
        const time = eventTime(ctx.dates ?? [], sentStart, sentEnd, triggerStart, ctx.published);
        if (time) ev.time = time;
        const place = eventPlace(w, mentions, entities, [args.actor, args.target], t.rule.mode === 'visit' ? args.target : null);
        if (place) ev.place = place;
        const quantity = eventQuantity(t.rule.type, w.text, entities, sentStart, sentEnd);
        if (quantity) ev.quantity = quantity;
        if (actorCountry) ev.actorCountry = actorCountry;
        if (args.target?.country) ev.targetCountry = args.target.country;
        if (quoted) ev.quoted = true;
        if (t.tense && t.tense !== 'participle') ev.tense = t.tense;
        out.push(ev);
        if (args.actor && !quoted) sentenceSubject ??= args.actor;
      }
      // the sentence's first named subject becomes the antecedent of a following «وی»
      const subject = sentenceSubject ?? mentions.find((m) => m.start >= clauses.bodyStart && (m.type === 'PER' || m.type === 'ORG') && !m.roleOnly) ?? null;
      if (subject) antecedent = subject;
    }
  } catch (err) {
    // one odd sentence must never stop an article: keep what was found, say why on stderr once
    if (process.env.RASAD_DEBUG) console.error('events:', err);
  }
  return out;
}
