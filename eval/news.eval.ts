// News structure and quote evaluation on the gold set in test/gold/news (see GUIDELINES.md there).
//   node eval/news.eval.ts [--split dev|test|all] [--verbose]   (verbose lists errors, for the dev split only)
// Structure: headline, agency and sources exact (letters folded, spacing/ZWNJ ignored; sources as a set).
// Quotes: a predicted quote matches a gold quote when their spans, trimmed of spaces/guillemets/final
// punctuation, overlap with intersection/union >= 0.8; the speaker is right when the predicted speaker
// contains one of the gold names for that speaker (full name, surname or title as written), or is contained
// in one of them and has at least two words. Matching is one-to-one, greedy by overlap.
import { analyzeSource, analyzedText } from '../src/pipeline.ts';
import { foldKey } from '../src/news/fold.ts';
import { loadGold, sourceOf, sameSet, sameText } from './news-gold.ts';
import type { GoldQuote } from './news-gold.ts';

const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'test';
const verbose = args.includes('--verbose') && split === 'dev';
const gold = loadGold(split === 'all' ? ['dev', 'test'] : [split]);

function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && /[\s«»"“”:،.]/u.test(text[s])) s++;
  while (e > s && /[\s«»"“”:،.!؟?]/u.test(text[e - 1])) e--;
  return [s, e];
}

function goldSpan(body: string, q: GoldQuote): [number, number] | undefined {
  let s = -1;
  for (let k = 0, from = 0; k < (q.nth ?? 1); k++) { s = body.indexOf(q.from, from); if (s < 0) return undefined; from = s + 1; }
  const t = body.indexOf(q.to, s);
  if (t < 0) return undefined;
  return trim(body, s, t + q.to.length);
}

function iou(a: [number, number], b: [number, number]): number {
  const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  const union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
  return union > 0 ? inter / union : 0;
}

function speakerOk(pred: string | undefined, names: string[]): boolean {
  if (!pred) return false;
  const p = foldKey(pred);
  return names.some((n) => { const g = foldKey(n); return p.includes(g) || (g.includes(p) && pred.trim().split(/\s+/).length >= 2); });
}

const fields = { headline: 0, agency: 0, sources: 0, all: 0, lead: 0 };
let docs = 0, quoteDocs = 0, goldQ = 0, predQ = 0, spanHits = 0, fullHits = 0, unresolved = 0;
const problems: string[] = [];
for (const g of gold) {
  const src = sourceOf(g.doc);
  docs++;
  if ('error' in src) { problems.push(`read error ${src.error}`); continue; }
  const h = sameText(src.headline, g.headline), a = sameText(src.agency, g.agency), so = sameSet(src.sources, g.sources);
  fields.headline += +h; fields.agency += +a; fields.sources += +so; fields.all += +(h && a && so); fields.lead += +sameText(src.lead, g.lead);
  if (verbose && !(h && a && so)) problems.push(`${g.doc}: ${h ? '' : `headline «${src.headline}» ≠ «${g.headline}» `}${a ? '' : `agency ${src.agency} ≠ ${g.agency} `}${so ? '' : `sources ${JSON.stringify(src.sources)} ≠ ${JSON.stringify(g.sources)}`}`);
  if (!g.quotes) continue;
  quoteDocs++;
  const { article, doc } = analyzeSource(src, { events: false });
  // the gold annotates quotes in the body; a lead the pipeline analyzes before it is not scored
  const { bodyStart } = analyzedText(src);
  const preds = article.quotes.map((q) => {
    const o = doc.originalSpan(q.start, q.end);
    return { span: trim(src.body, o.start - bodyStart, o.end - bodyStart), speaker: q.speaker?.text, used: false };
  }).filter((p) => p.span[0] >= 0);
  predQ += preds.length;
  goldQ += g.quotes.length;
  for (const q of g.quotes) {
    const span = goldSpan(src.body, q);
    if (!span) { unresolved++; if (verbose || split !== 'test') problems.push(`${g.doc}: gold quote not in body: «${q.from} … ${q.to}»`); continue; }
    let best = -1, bestScore = 0.8 - 1e-9;
    preds.forEach((p, i) => { const s = iou(span, p.span); if (!p.used && s >= bestScore) { best = i; bestScore = s; } });
    if (best < 0) { if (verbose) problems.push(`${g.doc}: missed «${src.body.slice(span[0], span[1]).slice(0, 70)}» (${q.speaker[0]})`); continue; }
    preds[best].used = true;
    spanHits++;
    if (speakerOk(preds[best].speaker, q.speaker)) fullHits++;
    else if (verbose) problems.push(`${g.doc}: speaker «${preds[best].speaker}» ≠ ${q.speaker[0]} for «${q.from}»`);
  }
  if (verbose) for (const p of preds) if (!p.used) problems.push(`${g.doc}: spurious «${src.body.slice(p.span[0], p.span[1]).slice(0, 70)}» (${p.speaker})`);
}

const pct = (n: number, d: number) => (d ? `${(100 * n / d).toFixed(1)}%` : '—');
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
console.log(`news structure (${split}: ${docs} documents)`);
for (const k of ['headline', 'agency', 'sources', 'all'] as const) console.log(`  ${k.padEnd(9)} exact ${pct(fields[k], docs)}`);
console.log(`  lead      exact ${pct(fields.lead, docs)} (not a target field)`);
const sp = spanHits / (predQ || 1), sr = spanHits / (goldQ || 1), fp = fullHits / (predQ || 1), fr = fullHits / (goldQ || 1);
console.log(`quotes (${quoteDocs} documents, ${goldQ} gold, ${predQ} predicted${unresolved ? `, ${unresolved} gold spans not found in the body` : ''})`);
console.log(`  span            P ${(100 * sp).toFixed(1)}  R ${(100 * sr).toFixed(1)}  F1 ${(100 * f1(sp, sr)).toFixed(1)}`);
console.log(`  span + speaker  P ${(100 * fp).toFixed(1)}  R ${(100 * fr).toFixed(1)}  F1 ${(100 * f1(fp, fr)).toFixed(1)}`);
if (problems.length) console.log(problems.map((p) => `  - ${p}`).join('\n'));
