// Canonical refs for recognized spans, and in-article coreference.
//  - countries, nationality words: country:ISO3 (peoples without one state: people:<slug>);
//  - capitals and seats of government: country:ISO3 when they act (after «مقامات/دولت…», or followed by
//    an action/speech verb in the same clause, and not after a place preposition such as «در/به/از»);
//    otherwise a capital is LOC city:<slug> and a seat place:<slug>;
//  - other cities city:<slug>, provinces province:<slug>, regions region:<code|slug>;
//  - organizations: the gazetteer ref (org:UN, org:IRNA, org:majlis…) or org:<slug of the name>;
//  - persons: the gazetteer ref, else person:<slug> (src/ner/slug.ts); a later surname alone, or a bare
//    title with the same role (and country), refers back to the full mention.
import type { GazEntry } from './gazetteer.ts';
import { loadResources } from './tagger.ts';
import { ruleWords } from './rules.ts';
import { nameWords, personRef, slugify } from './slug.ts';
import type { WordSpan, BareTitle } from './recognize.ts';

export interface ResolvedSpan extends WordSpan {
  ref?: string;
  /** the span's words joined by spaces */
  name?: string;
  /** a bare title or epithet that refers back to a named person */
  nominal?: boolean;
}

const PUNCT = /^[^\p{L}\p{N}]+$/u;
/** Words after which a capital is the city itself: its local officials and bodies act, not the state
 * («امام جمعه تهران گفت»، «شهردار مسکو اعلام کرد»، «مردم تهران»). */
const LOCAL_HEADS = new Set(['جمعه', 'شهردار', 'شهرداری', 'استاندار', 'استانداری', 'فرماندار', 'فرمانداری', 'شهر', 'استان', 'مردم', 'شورای', 'دانشگاه', 'بازار', 'پلیس']);

/** Does the place at words[start, end) stand for its government here? */
export function isActing(words: readonly string[], start: number, end: number): boolean {
  const rw = ruleWords();
  const prev = start > 0 ? words[start - 1] : '';
  if (rw.placePrepositions.has(prev) || LOCAL_HEADS.has(prev)) return false;
  if (rw.actorPrefixes.has(prev)) return true;
  for (let j = end; j < Math.min(words.length, end + 8); j++) {
    const w = words[j];
    if (w === '.' || w === '؟' || w === '!' || w === ':') break;
    if (rw.actingVerbs.has(w)) return true;
    if (j > end && PUNCT.test(w) && w !== '،') break;
  }
  return false;
}

function entryFor(text: string, type: string): GazEntry | undefined {
  const entries = loadResources().gazetteer.lookup(text).filter((e) => e.type !== 'TITLE' && e.type !== 'HON');
  return entries.find((e) => e.type === type && !e.ambiguous) ?? entries.find((e) => e.type === type) ?? entries[0];
}

/** Ref (and country) for one span given its sentence words. */
export function resolveSpan(words: readonly string[], span: WordSpan): ResolvedSpan {
  const text = words.slice(span.start, span.end).join(' ');
  const out: ResolvedSpan = { ...span, name: text };
  if (span.type === 'PRO' || span.type === 'EVE') return out; // a product named after a city is not the city
  // a plural nationality takes its singular's entry («ایرانی‌ها»، «آمریکایی‌ها»، «افغان‌ها»)
  const plural = span.type === 'NAT' && span.end - span.start === 1 ? text.replace(/(?:\u200c?ها|\u200c?های|ان)$/, '') : text;
  const e = span.cityClub ? undefined : span.entry && span.entry.type !== 'TITLE' ? span.entry : entryFor(text, span.type === 'POG' ? 'ORG' : span.type) ??
    (plural !== text ? entryFor(plural, 'NAT') : undefined);
  if (span.type === 'PER') {
    // a surname alone names a well-known person when the gazetteer has exactly one with it
    const known = e && e.type === 'PER' ? e : (span.end - span.start === 1 ? loadResources().gazetteer.personBySurname(text) : undefined);
    if (known) { out.ref = known.ref; out.role ??= known.role || undefined; out.country ??= known.country || undefined; }
    else out.ref = personRef(text);
    return out;
  }
  if (!e) {
    if (span.type === 'ORG' || span.type === 'POG') out.ref = `org:${slugify(text)}`;
    return out;
  }
  switch (e.kind) {
    case 'capital':
      out.ref = e.country && isActing(words, span.start, span.end) ? `country:${e.country}` : e.ref;
      break;
    case 'seat':
      out.ref = e.country && isActing(words, span.start, span.end) || !ruleWords().placePrepositions.has(words[span.start - 1] ?? '')
        ? e.ref : `place:${slugify(e.name)}`;
      break;
    default:
      out.ref = e.ref || undefined;
  }
  if (e.country && e.kind !== 'country') out.country ??= e.country;
  return out;
}

interface Known { ref: string; role?: string; country?: string; index: number }

/** Roles that name one person in all our news (2003–2021 copy): a bare title with one refers to them. */
const UNIQUE_ROLES = new Set(['supreme-leader', 'founder-of-revolution', 'prophet']);
let holders: Map<string, GazEntry> | null = null;

/** The listed person (persons.tsv) with this role, when exactly one ref has it. */
function roleHolder(role: string): GazEntry | undefined {
  if (!holders) {
    const byRole = new Map<string, GazEntry[]>();
    for (const entries of loadResources().gazetteer.byName.values()) {
      for (const e of entries) if (e.type === 'PER' && e.role) byRole.set(e.role, [...(byRole.get(e.role) ?? []), e]);
    }
    holders = new Map([...byRole].filter(([, es]) => es.every((e) => e.ref === es[0].ref)).map(([r, es]) => [r, es[0]]));
  }
  return holders.get(role);
}

/** In-article coreference over spans in text order (spans of all sentences, each with its words). */
export interface PlacedTitle { title: BareTitle; sentence: number; /** index of the first span after it */ order: number }

/** Resolves person spans against earlier ones (in place) and returns nominal mentions for bare titles.
 * `sentences[i]` is the sentence of `spans[i]` (spans in text order). */
export function corefer(spans: ResolvedSpan[], titles: PlacedTitle[], sentences: readonly number[] = []): { sentence: number; span: ResolvedSpan }[] {
  const bySurname = new Map<string, Known>();
  const persons: Known[] = [];
  const nominals: { sentence: number; span: ResolvedSpan }[] = [];
  let ti = 0;
  spans.forEach((s, index) => {
    // Bare titles that come before this span in the text.
    while (ti < titles.length && titles[ti].order < index) emitNominal(titles[ti++]);
    if (s.type !== 'PER' || !s.name || s.nominal) return;
    const parts = nameWords(s.name);
    if (parts.length >= 2) {
      const known: Known = { ref: s.ref!, role: s.role, country: s.country, index };
      bySurname.set(parts[parts.length - 1], known);
      persons.push(known);
    } else if (parts.length === 1) {
      const k = bySurname.get(parts[0]);
      if (k) { s.ref = k.ref; s.role ??= k.role; s.country ??= k.country; }
      else persons.push({ ref: s.ref!, role: s.role, country: s.country, index });
    }
  });
  while (ti < titles.length) emitNominal(titles[ti++]);

  function emitNominal(t: PlacedTitle): void {
    const { title } = t;
    for (let k = persons.length - 1; k >= 0; k--) {
      const p = persons[k];
      if (p.role !== title.role) continue;
      if (title.country && p.country && title.country !== p.country) continue;
      nominals.push({ sentence: t.sentence, span: { start: title.start, end: title.end, type: 'PER', priority: 0, source: 'rule', ref: p.ref, role: p.role, country: p.country ?? title.country, nominal: true } });
      return;
    }
    // A role held by one listed person over the whole period our news covers («رهبر انقلاب»، «امام راحل»).
    // (a one-word title such as «رهبری» only where the tagger read a person: «رهبری تیم» is leadership)
    const holder = UNIQUE_ROLES.has(title.role) && (title.end - title.start > 1 || title.person) ? roleHolder(title.role) : undefined;
    if (holder) {
      nominals.push({ sentence: t.sentence, span: { start: title.start, end: title.end, type: 'PER', priority: 0, source: 'rule', ref: holder.ref, role: title.role, country: holder.country || undefined, nominal: true } });
      return;
    }
    // IRNA style: «نایب رییس کمیسیون … گفت: …» opens a sentence and the next sentence opens with the
    // name («ابراهیم عزیزی در گفت‌وگو با … اظهار داشت»): the title names that person.
    if (title.start > 1) return;
    const k = spans.findIndex((s, i) => sentences[i] === t.sentence + 1);
    const next = k >= 0 ? spans[k] : undefined;
    if (!next || next.type !== 'PER' || next.start > 1 || !next.name || nameWords(next.name).length < 2 || !next.ref) return;
    if (next.role && next.role !== title.role) return;
    next.role ??= title.role;
    next.country ??= title.country;
    nominals.push({ sentence: t.sentence, span: { start: title.start, end: title.end, type: 'PER', priority: 0, source: 'rule', ref: next.ref, role: title.role, country: next.country, nominal: true } });
  }
  return nominals;
}
