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
// Run: node eval/events.eval.ts [--errors dev]
import { readFileSync } from 'node:fs';
import { analyzeSource } from '../src/pipeline.ts';
import { wordKey } from '../src/events/keys.ts';
import type { Event, Party } from '../src/article.ts';

const shared = new URL('../../shared/', import.meta.url);
const goldDir = new URL('../test/gold/events/', import.meta.url);

interface GoldEvent {
  id: number; doc: number; split: 'dev' | 'test';
  sentence: { index: number; start: number; end: number; text: string };
  type: string; mode?: string; actor: Party; target: Party | null; negated: boolean; quoted: boolean; trigger: string;
}
interface DocInfo { doc: number; split: 'dev' | 'test'; sentences: [number, number][] }
interface Predicted { event: Event; start: number; end: number }

function jsonl<T>(url: URL): T[] {
  return readFileSync(url, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function words(text: string): string[] {
  return text.split(/[\s\u200c«»"“”،,:؛()\[\]]+/u).map(wordKey).filter((w) => w.length > 0);
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

interface Counts { tp: number; fp: number; fn: number }
const prf = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0, r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

type Level = 'full' | 'actor' | 'type';
function matches(level: Level, p: Predicted, g: GoldEvent): boolean {
  if (p.event.type !== g.type || p.start >= g.sentence.end || p.end <= g.sentence.start) return false;
  if (level === 'type') return true;
  if (!partyMatches(p.event.actor, g.actor)) return false;
  return level === 'actor' || partyMatches(p.event.target, g.target);
}

function score(level: Level, preds: Map<number, Predicted[]>, gold: GoldEvent[], errors?: string[]): { all: Counts; byType: Map<string, Counts> } {
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const byType = new Map<string, Counts>();
  const t = (type: string) => { let c = byType.get(type); if (!c) byType.set(type, c = { tp: 0, fp: 0, fn: 0 }); return c; };
  const used = new Set<Predicted>();
  for (const g of gold) {
    const cand = (preds.get(g.doc) ?? []).find((p) => !used.has(p) && matches(level, p, g));
    if (cand) { used.add(cand); all.tp++; t(g.type).tp++; }
    else { all.fn++; t(g.type).fn++; errors?.push(`MISS ${g.doc}#${g.sentence.index} ${g.type}${g.mode ? '/' + g.mode : ''} ${g.actor.text} -> ${g.target?.text ?? '-'} [${g.trigger}]`); }
  }
  for (const [doc, ps] of preds) for (const p of ps) if (!used.has(p)) {
    all.fp++; t(p.event.type).fp++;
    errors?.push(`FP   ${doc}@${p.start} ${p.event.type}${p.event.mode ? '/' + p.event.mode : ''} ${p.event.actor?.text} -> ${p.event.target?.text ?? '-'} [${(p.event as { trigger?: string }).trigger}]`);
  }
  return { all, byType };
}

function main(): void {
  const showErrors = process.argv.includes('--errors') ? process.argv[process.argv.indexOf('--errors') + 1] ?? 'dev' : null;
  const records = new Map<number, string>();
  for (const r of jsonl<{ id: number; text: string }>(new URL('corpora/semnan-persian-news/news_data.utf8.jsonl', shared))) records.set(r.id, r.text);
  const docs = jsonl<DocInfo>(new URL('docs.jsonl', goldDir));
  const gold = [...jsonl<GoldEvent>(new URL('dev.jsonl', goldDir)), ...jsonl<GoldEvent>(new URL('test.jsonl', goldDir))];

  const t0 = performance.now();
  const preds = new Map<number, Predicted[]>();
  for (const d of docs) {
    const text = records.get(d.doc);
    if (text === undefined) throw new Error(`docs.jsonl: no record ${d.doc} in the corpus`);
    const { article, doc } = analyzeSource({ headline: null, lead: null, agency: null, service: null, sources: [], published: '2021-12-01', body: text });
    const kept: Predicted[] = [];
    for (const e of article.events) {
      const o = doc.originalSpan(e.start, e.end);
      if (d.sentences.some(([s, en]) => o.start < en && o.end > s)) kept.push({ event: e, start: o.start, end: o.end });
    }
    preds.set(d.doc, kept);
  }
  const secs = (performance.now() - t0) / 1000;

  console.log(`events: ${docs.length} records analysed in ${secs.toFixed(1)} s; gold ${gold.length} events`);
  for (const split of ['dev', 'test'] as const) {
    const g = gold.filter((e) => e.split === split);
    const p = new Map([...preds].filter(([doc]) => doc % 2 === (split === 'dev' ? 1 : 0)));
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
  }
}

if (import.meta.main) main();
