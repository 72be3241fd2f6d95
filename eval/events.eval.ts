// Event extraction scored against the hand-annotated gold set (test/gold/events, built from the
// semnan corpus by test/gold/events/build.ts; guidelines in docs/events-guidelines.md).
// Each record goes through the full pipeline (analyzeSource: text, tagger, NER, dates, quotes, events).
//
// A predicted event matches a gold event when
//  - it is in the same record and its evidence span overlaps the gold sentence (offsets mapped back
//    to the raw record text through doc.toOriginal),
//  - the type is the same,
//  - the actor matches and the target matches: both absent; or both have refs and the refs are equal;
//    or, otherwise, the normalized words of one are a contiguous run inside the other's («وزیر خارجه
//    آمریکا» inside «آنتونی بلینکن وزیر خارجه آمریکا»), compared letter by letter so that spacing
//    and clitics do not matter («کشور مان» / «کشورمان»). Refs that differ fall back to the words,
//    because the NER's person/organization ref scheme is not the gold's.
// Matching is one-to-one, greedy in gold order. Only predictions inside sentences the annotator read
// (docs.jsonl) are scored. Prints P/R/F1 on dev and test, per type, and two looser figures.
// Run: node eval/events.eval.ts [--gold DIR] [--errors dev [--sentences]] [--drops dev] [--split dev]
//   --errors dev  list misses (marked «notype» when no event of the type was predicted in the sentence) and false positives
//   --gold DIR   a gold set in the same format (dev.jsonl, test.jsonl, docs.jsonl); default test/gold/events
//                (semnan). A record's date is docs.jsonl's `published`, else the corpus record's.
//                test/gold/events-fars* (events-fars, events-fars-train) is scored over shared/corpora/fars-news-1500: doc = line
//                index of fars-news.utf8.jsonl, the record text as the set's build.ts defines it
//                (its exported `recordText`/`goldText`, else lead + blank line + body as in
//                train/events-fars-pick.ts).
//   --split dev  analyse and score only that split (the records of the other are not run).
//   --drops dev  for each missed gold event (type+actor+target) of that split, why: the event's trigger row matched in
//                its sentence but extractEvents dropped it (the reason from traceDroppedTriggers: no-actor, no-target,
//                anaphoric …), or an event of its type came out with a wrong actor / target, or no row of its type
//                fired at all (trigger); then the count per cause. For development splits only.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { analyzeSource } from '../src/pipeline.ts';
import { wordKey } from '../src/events/keys.ts';
import { traceDroppedTriggers, type DroppedTrigger } from '../src/events/index.ts';
import type { Event, Party } from '../src/article.ts';

const shared = new URL('../../shared/', import.meta.url);
const repoRoot = new URL('../', import.meta.url);

export interface GoldEvent {
  id: number; doc: number; split: 'dev' | 'test';
  sentence: { index: number; start: number; end: number; text: string };
  type: string; mode?: string; actor: Party; target: Party | null; negated: boolean; quoted: boolean; trigger: string;
}
export interface DocInfo { doc: number; split: 'dev' | 'test'; sentences: [number, number][]; text?: string; published?: string | null }
export interface Predicted { event: Event; start: number; end: number }
/** A trigger extractEvents dropped, its sentence mapped back to the record text. */
export interface Drop { reason: string; type: string; trigger: string; start: number; end: number; detail?: string }

function jsonl<T>(url: URL): T[] {
  return readFileSync(url, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

// Persian and Arabic digits read as ASCII: the normalizer writes «۳۰» where the annotator copied «30»
const DIGIT = /[۰-۹٠-٩]/gu;
const asciiDigit = (d: string) => { const c = d.codePointAt(0)!; return String(c - (c >= 0x6f0 ? 0x6f0 : 0x660)); };

function words(text: string): string[] {
  return text.replace(DIGIT, asciiDigit).split(/[\s\u200c«»"“”،,:؛()\[\]]+/u).map(wordKey).filter((w) => w.length > 0);
}

function contains(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((w, j) => outer[i + j] === w)) return true;
  return false;
}

export function partyMatches(pred: Party | null, gold: Party | null): boolean {
  if (!pred || !gold) return !pred && !gold;
  if (pred.ref && gold.ref && pred.ref === gold.ref) return true;
  const p = words(pred.text), g = words(gold.text);
  if (contains(g, p) || contains(p, g)) return true;
  // clitics and spacing differ between tokenizations («کشورمان» / «کشور مان»): compare the letters
  const pc = p.join(''), gc = g.join('');
  return Math.min(pc.length, gc.length) >= 3 && (gc.includes(pc) || pc.includes(gc));
}

export interface Counts { tp: number; fp: number; fn: number }
export const prf = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0, r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export type Level = 'full' | 'actor' | 'type';
export function matches(level: Level, p: Predicted, g: GoldEvent): boolean {
  if (p.event.type !== g.type || p.start >= g.sentence.end || p.end <= g.sentence.start) return false;
  if (level === 'type') return true;
  if (!partyMatches(p.event.actor, g.actor)) return false;
  return level === 'actor' || partyMatches(p.event.target, g.target);
}

// --sentences: print each missed event's gold sentence beside it
const SHOW_SENTENCE = process.argv.includes('--sentences');

export function score(level: Level, preds: Map<number, Predicted[]>, gold: GoldEvent[], errors?: string[]): { all: Counts; byType: Map<string, Counts>; missed: GoldEvent[] } {
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const byType = new Map<string, Counts>();
  const t = (type: string) => { let c = byType.get(type); if (!c) byType.set(type, c = { tp: 0, fp: 0, fn: 0 }); return c; };
  const used = new Set<Predicted>();
  const missed: GoldEvent[] = [];
  for (const g of gold) {
    const cand = (preds.get(g.doc) ?? []).find((p) => !used.has(p) && matches(level, p, g));
    if (cand) { used.add(cand); all.tp++; t(g.type).tp++; }
    else {
      all.fn++; t(g.type).fn++; missed.push(g);
      // «notype»: nothing of this type was predicted in the sentence (a trigger miss, not an argument error)
      const typed = errors && (preds.get(g.doc) ?? []).some((p) => matches('type', p, g));
      errors?.push(`MISS ${g.doc}#${g.sentence.index} ${typed ? '' : 'notype '}${g.type}${g.mode ? '/' + g.mode : ''} ${g.actor.text} -> ${g.target?.text ?? '-'} [${g.trigger}]${SHOW_SENTENCE ? ' || ' + g.sentence.text : ''}`);
    }
  }
  for (const [doc, ps] of preds) for (const p of ps) if (!used.has(p)) {
    all.fp++; t(p.event.type).fp++;
    errors?.push(`FP   ${doc}@${p.start} ${p.event.type}${p.event.mode ? '/' + p.event.mode : ''} ${p.event.actor?.text} -> ${p.event.target?.text ?? '-'} [${(p.event as { trigger?: string }).trigger}]`);
  }
  return { all, byType, missed };
}

/** A corpus record as the pipeline reads it: the text the gold offsets point into, and its date. */
interface RecordText { text: string; published: string }

/** The records of the corpus a gold set was written over, keyed by the gold's `doc` number. */
async function loadRecords(goldDir: URL): Promise<(doc: number) => RecordText | undefined> {
  // every Fars-based gold set (events-fars, events-fars-train, …) is scored over the Fars corpus, with its dates
  if (/\/events-fars[^/]*\/$/.test(goldDir.pathname)) {
    const lines = readFileSync(new URL('corpora/fars-news-1500/fars-news.utf8.jsonl', shared), 'utf8').split('\n');
    type Fars = { title?: string; lead?: string; body?: string; text?: string; date?: string };
    // train/events-fars-pick.ts: the lead, a blank line, the body (the headline is not part of it)
    let recordText = (r: Fars) => { const lead = r.lead?.trim(); return lead ? `${lead}\n\n${r.body ?? ''}` : r.body ?? ''; };
    const build = new URL('build.ts', goldDir);
    if (existsSync(build)) {
      const mod = await import(build.href) as { recordText?: (r: Fars) => string; goldText?: (r: Fars) => string };
      const fn = mod.recordText ?? mod.goldText;
      if (typeof fn === 'function') recordText = fn;
    }
    return (doc) => {
      const line = lines[doc];
      if (!line?.trim()) return undefined;
      const r = JSON.parse(line) as Fars;
      return { text: recordText(r), published: r.date && /^\d{4}-\d\d-\d\d/.test(r.date) ? r.date.slice(0, 10) : '2008-01-01' };
    };
  }
  const records = new Map<number, string>();
  for (const r of jsonl<{ id: number; text: string }>(new URL('corpora/semnan-persian-news/news_data.utf8.jsonl', shared))) records.set(r.id, r.text);
  return (doc) => { const text = records.get(doc); return text === undefined ? undefined : { text, published: '2021-12-01' }; };
}

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i < 0 ? null : process.argv[i + 1] ?? null;
}

/** Runs the pipeline over a gold set's records (one split or both) and keeps the events inside read sentences. */
export async function predictGold(goldDir: URL, only: string | null, drops?: Map<number, Drop[]>): Promise<{ docs: DocInfo[]; gold: GoldEvent[]; preds: Map<number, Predicted[]>; splitOf: Map<number, 'dev' | 'test'>; secs: number }> {
  const record = await loadRecords(goldDir);
  const docs = jsonl<DocInfo>(new URL('docs.jsonl', goldDir)).filter((d) => !only || d.split === only);
  const gold = [...jsonl<GoldEvent>(new URL('dev.jsonl', goldDir)), ...jsonl<GoldEvent>(new URL('test.jsonl', goldDir))]
    .filter((g) => !only || g.split === only);
  const splitOf = new Map(docs.map((d) => [d.doc, d.split]));
  const t0 = performance.now();
  const preds = new Map<number, Predicted[]>();
  for (const d of docs) {
    const rec = d.text !== undefined ? { text: d.text, published: d.published ?? record(d.doc)?.published ?? '2021-12-01' } : record(d.doc);
    if (rec === undefined) throw new Error(`docs.jsonl: no record ${d.doc} in the corpus`);
    const traced: DroppedTrigger[] = [];
    if (drops) traceDroppedTriggers((x) => traced.push(x));
    const { article, doc } = analyzeSource({ headline: null, lead: null, agency: null, service: null, sources: [], published: rec.published, body: rec.text });
    if (drops) {
      traceDroppedTriggers(null);
      drops.set(d.doc, traced.map((x) => {
        const o = doc.originalSpan(x.sentenceStart, x.sentenceEnd);
        return { reason: x.reason, type: x.type, trigger: x.trigger, start: o.start, end: o.end, ...(x.detail ? { detail: x.detail } : {}) };
      }));
    }
    const kept: Predicted[] = [];
    for (const e of article.events) {
      const o = doc.originalSpan(e.start, e.end);
      if (d.sentences.some(([s, en]) => o.start < en && o.end > s)) kept.push({ event: e, start: o.start, end: o.end });
    }
    preds.set(d.doc, kept);
  }
  return { docs, gold, preds, splitOf, secs: (performance.now() - t0) / 1000 };
}

/** Why each missed gold event (`score('full', …).missed`) was missed: a dropped trigger of its type (with the reason), a
 * wrong actor or target, or no trigger of its type at all. Returns the lines to print and the count per cause. */
export function missCauses(preds: Map<number, Predicted[]>, missed: GoldEvent[], drops: Map<number, Drop[]>): { lines: string[]; tally: Map<string, number> } {
  const lines: string[] = [], tally = new Map<string, number>();
  for (const g of missed) {
    const inSentence = (s: number, e: number) => s < g.sentence.end && e > g.sentence.start;
    const typed = (preds.get(g.doc) ?? []).filter((p) => p.event.type === g.type && inSentence(p.start, p.end));
    const dropped = (drops.get(g.doc) ?? []).filter((x) => x.type === g.type && inSentence(x.start, x.end));
    let cause: string, why = '';
    if (typed.length) {
      const actorOk = typed.some((p) => partyMatches(p.event.actor, g.actor));
      cause = actorOk ? 'wrong-target' : typed.some((p) => partyMatches(p.event.target, g.target)) ? 'wrong-actor' : 'wrong-actor+target';
      why = typed.map((p) => `${p.event.actor?.text} -> ${p.event.target?.text ?? '-'}`).join(' | ');
    } else if (dropped.length) {
      cause = `dropped:${dropped[0].reason}`;
      why = dropped.map((x) => `${x.reason} [${x.trigger}]${x.detail ? ' ' + x.detail.replace(/ words=.*$/, '') : ''}`).join(' | ');
    } else cause = 'trigger';
    tally.set(cause, (tally.get(cause) ?? 0) + 1);
    lines.push(`${cause.padEnd(20)} ${g.doc}#${g.sentence.index} ${g.type}${g.mode ? '/' + g.mode : ''} ${g.actor.text} -> ${g.target?.text ?? '-'} [${g.trigger}]${why ? '  got: ' + why : ''}${SHOW_SENTENCE ? ' || ' + g.sentence.text : ''}`);
  }
  return { lines, tally };
}

/** Prints missCauses: each miss with its cause, then the count per cause. */
export function printMissCauses(preds: Map<number, Predicted[]>, missed: GoldEvent[], drops: Map<number, Drop[]>): void {
  const { lines, tally } = missCauses(preds, missed, drops);
  console.log(`  misses by cause (${lines.length}):\n` + lines.map((l) => '    ' + l).join('\n'));
  console.log([...tally].sort((x, y) => y[1] - x[1]).map(([k, n]) => `    ${String(n).padStart(3)} ${k}`).join('\n'));
}

export function goldDirOf(arg: string | null): URL {
  return arg ? pathToFileURL(resolve(arg) + '/') : new URL('test/gold/events/', repoRoot);
}

async function main(): Promise<void> {
  const showErrors = process.argv.includes('--errors') ? option('--errors') ?? 'dev' : null;
  const showDrops = process.argv.includes('--drops') ? option('--drops') ?? 'dev' : null;
  const only = option('--split');
  const goldDir = goldDirOf(option('--gold'));
  const drops = showDrops ? new Map<number, Drop[]>() : undefined;
  const { docs, gold, preds, splitOf, secs } = await predictGold(goldDir, only, drops);

  console.log(`gold ${goldDir.pathname}`);
  console.log(`events: ${docs.length} records analysed in ${secs.toFixed(1)} s; gold ${gold.length} events`);
  for (const split of ['dev', 'test'] as const) {
    if (only && only !== split) continue;
    const g = gold.filter((e) => e.split === split);
    const p = new Map([...preds].filter(([doc]) => splitOf.get(doc) === split));
    const errors: string[] = [];
    const full = score('full', p, g, showErrors === split ? errors : undefined);
    const actor = score('actor', p, g);
    const type = score('type', p, g);
    const f = prf(full.all), a = prf(actor.all), ty = prf(type.all);
    console.log(`\n${split}: ${g.length} gold events, ${[...p.values()].reduce((n, x) => n + x.length, 0)} predicted`);
    console.log(`  type+actor+target  P ${pct(f.p)}  R ${pct(f.r)}  F1 ${pct(f.f)}   (tp ${full.all.tp} fp ${full.all.fp} fn ${full.all.fn})`);
    console.log(`  type+actor         P ${pct(a.p)}  R ${pct(a.r)}  F1 ${pct(a.f)}`);
    console.log(`  type in sentence   P ${pct(ty.p)}  R ${pct(ty.r)}  F1 ${pct(ty.f)}`);
    console.log('  per type (type+actor+target):');
    for (const [type, c] of [...full.byType].sort((x, y) => (y[1].tp + y[1].fn) - (x[1].tp + x[1].fn))) {
      const s = prf(c);
      console.log(`    ${type.padEnd(11)} gold ${String(c.tp + c.fn).padStart(3)} pred ${String(c.tp + c.fp).padStart(3)}  P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f)}`);
    }
    if (errors.length) console.log(errors.map((e) => '    ' + e).join('\n'));
    if (drops && showDrops === split) printMissCauses(p, full.missed, drops);
  }
}

if (import.meta.main) await main();
