// Inter-annotator agreement on the Fars events gold: the first annotator (../annotations.txt) against the
// second, blind one (./annotations.txt) over the 20 articles the second annotated.
// The matching rule is eval/events.eval.ts's: same article and sentence, same type, and for the stricter
// levels actor (and target) matching by equal refs or by one's words being a contiguous run inside the
// other's (`partyMatches`, imported so the rule cannot drift); one-to-one, greedy in gold order.
// Agreement F1 is printed with each annotator taken as gold in turn (greedy matching can differ by direction).
// Run: node test/gold/events-fars/second/agree.ts [--list]   (--list prints every unmatched line with its sentence)
import { readFileSync } from 'node:fs';
import { partyMatches } from '../../../../eval/events.eval.ts';
import type { Party } from '../../../../src/article.ts';

const here = new URL('./', import.meta.url);
const goldDir = new URL('../', import.meta.url);

export interface Annotation {
  doc: number; sentence: number; type: string; mode?: string; actor: Party; target: Party | null;
  flags: string[]; trigger: string; line: string;
}

function party(field: string): Party | null {
  const f = field.trim();
  if (f === '-' || f === '') return null;
  const m = /^(.*?)\s*=\s*(\S+)$/.exec(f);
  return m ? { text: m[1].trim(), ref: m[2] } : { text: f };
}

/** The events of an annotations file in the gold line format, limited to the given articles. */
export function readAnnotations(url: URL, docs: Set<number>): Annotation[] {
  const out: Annotation[] = [];
  for (const line of readFileSync(url, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [loc, kind, actor, target, flags, trigger] = line.split('|').map((s) => s.trim());
    const [doc, sentence] = loc.split('#').map(Number);
    if (!docs.has(doc)) continue;
    const [type, mode] = kind.split('/');
    const a = party(actor);
    if (!a) throw new Error(`${url.pathname}: ${loc} has no actor`);
    out.push({
      doc, sentence, type, ...(mode ? { mode } : {}), actor: a, target: party(target),
      flags: (flags ?? '').split(',').map((s) => s.trim()).filter(Boolean), trigger: trigger ?? '', line: line.trim(),
    });
  }
  return out;
}

/** The articles of the agreement sample: read.txt positions 0, 1, 8, 9, 16, 17 … (position % 8 < 2). */
export function sampleDocs(): number[] {
  const line = readFileSync(new URL('read.txt', goldDir), 'utf8').split('\n').find((l) => l.startsWith('all:')) ?? '';
  return line.slice(4).trim().split(/\s+/).map(Number).filter((_, i) => i % 8 < 2);
}

export type Level = 'full' | 'actor' | 'type';

export function agrees(level: Level, p: Annotation, g: Annotation): boolean {
  if (p.doc !== g.doc || p.sentence !== g.sentence || p.type !== g.type) return false;
  if (level === 'type') return true;
  if (!partyMatches(p.actor, g.actor)) return false;
  return level === 'actor' || partyMatches(p.target, g.target);
}

export interface Counts { tp: number; fp: number; fn: number }

/** One-to-one greedy matching in gold order, as eval/events.eval.ts scores predictions. */
export function compare(level: Level, gold: Annotation[], pred: Annotation[]): { all: Counts; byType: Map<string, Counts>; missed: Annotation[]; extra: Annotation[]; pairs: [Annotation, Annotation][] } {
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const byType = new Map<string, Counts>();
  const t = (type: string) => { let c = byType.get(type); if (!c) byType.set(type, c = { tp: 0, fp: 0, fn: 0 }); return c; };
  const used = new Set<Annotation>();
  const missed: Annotation[] = [];
  const pairs: [Annotation, Annotation][] = [];
  for (const g of gold) {
    const cand = pred.find((p) => !used.has(p) && agrees(level, p, g));
    if (cand) { used.add(cand); all.tp++; t(g.type).tp++; pairs.push([g, cand]); } else { all.fn++; t(g.type).fn++; missed.push(g); }
  }
  const extra = pred.filter((p) => !used.has(p));
  for (const p of extra) { all.fp++; t(p.type).fp++; }
  return { all, byType, missed, extra, pairs };
}

const f1 = (c: Counts) => (c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0);
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (c: Counts) => `F1 ${pct(f1(c))}  (both ${c.tp}, gold only ${c.fn}, pred only ${c.fp})`;

interface DocText { doc: number; split: 'dev' | 'test'; sentences: [number, number][]; text: string }

function main(): void {
  const docs = sampleDocs();
  const chosen = new Set(docs);
  const texts = new Map<number, DocText>();
  for (const l of readFileSync(new URL('docs.jsonl', goldDir), 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const d = JSON.parse(l) as DocText;
    if (chosen.has(d.doc)) texts.set(d.doc, d);
  }
  const first = readAnnotations(new URL('annotations.txt', goldDir), chosen);
  const second = readAnnotations(new URL('annotations.txt', here), chosen);
  const splitOf = (a: Annotation) => texts.get(a.doc)?.split;
  console.log(`articles ${docs.length} (dev ${docs.filter((d) => texts.get(d)?.split === 'dev').length}, test ${docs.filter((d) => texts.get(d)?.split === 'test').length}); events: first ${first.length}, second ${second.length}`);

  for (const part of ['all', 'dev', 'test'] as const) {
    const a = first.filter((e) => part === 'all' || splitOf(e) === part);
    const b = second.filter((e) => part === 'all' || splitOf(e) === part);
    console.log(`\n${part}: first ${a.length}, second ${b.length}`);
    for (const level of ['full', 'actor', 'type'] as const) {
      const name = { full: 'type+actor+target', actor: 'type+actor', type: 'type in sentence' }[level];
      const ab = compare(level, a, b).all, ba = compare(level, b, a).all;
      console.log(`  ${name.padEnd(18)} first as gold: ${row(ab)}   second as gold: ${row(ba)}`);
    }
  }

  const full = compare('full', first, second);
  console.log('\nper type (type+actor+target, first as gold):');
  for (const [type, c] of [...full.byType].sort((x, y) => (y[1].tp + y[1].fn + y[1].fp) - (x[1].tp + x[1].fn + x[1].fp))) {
    console.log(`  ${type.padEnd(11)} first ${String(c.tp + c.fn).padStart(3)} second ${String(c.tp + c.fp).padStart(3)}  ${row(c)}`);
  }

  // what the headline figure does not score: mode, the neg/quoted flags, and refs, on the pairs that agree
  const same = (x: [Annotation, Annotation][], f: (a: Annotation) => string) => x.filter(([a, b]) => f(a) === f(b)).length;
  const n = full.pairs.length;
  console.log(`\non the ${n} events both wrote (type+actor+target): same mode ${same(full.pairs, (a) => a.mode ?? '')}, ` +
    `same neg ${same(full.pairs, (a) => String(a.flags.includes('neg')))}, same quoted ${same(full.pairs, (a) => String(a.flags.includes('quoted')))}, ` +
    `same actor ref ${same(full.pairs, (a) => a.actor.ref ?? '')}, same target ref ${same(full.pairs, (a) => a.target?.ref ?? '')}`);
  if (process.argv.includes('--list')) {
    console.log('\nagreeing pairs that differ in mode, flags or refs:');
    for (const [a, b] of full.pairs) {
      const key = (e: Annotation) => [e.mode ?? '', e.flags.join(','), e.actor.ref ?? '', e.target?.ref ?? ''].join('|');
      if (key(a) !== key(b)) console.log(`  first   ${a.line}\n  second  ${b.line}`);
    }
    const sentence = (a: Annotation) => {
      const d = texts.get(a.doc);
      const s = d?.sentences[a.sentence];
      return d && s ? d.text.slice(s[0], s[1]) : '?';
    };
    // a near miss: the other annotator has the same type in the same sentence (actor or target differ)
    const near = (a: Annotation, others: Annotation[]) => others.filter((o) => agrees('type', o, a)).map((o) => o.line);
    console.log('\nunmatched at type+actor+target:');
    const lines = [
      ...full.missed.map((a) => ({ a, who: 'first only ', others: second })),
      ...full.extra.map((a) => ({ a, who: 'second only', others: first })),
    ].sort((x, y) => x.a.doc - y.a.doc || x.a.sentence - y.a.sentence);
    for (const { a, who, others } of lines) {
      console.log(`  ${who}  ${a.line}`);
      for (const n of near(a, others)) console.log(`      same type there: ${n}`);
      console.log(`      «${sentence(a)}»`);
    }
  }
}

if (import.meta.main) main();
