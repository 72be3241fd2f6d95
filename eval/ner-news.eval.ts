// News NER gold set (test/gold/ner-news/gold.jsonl, 62 semnan-corpus articles annotated by
// GUIDELINES.md): entity-level F1 (exact span and type) for PER/ORG/LOC and all types, on the dev part
// (looked at while writing rules) and the test part (only scored); and country ref accuracy.
// Offsets are compared in the original article text (predictions are mapped back through the normalizer).
// Run: node eval/ner-news.eval.ts
import { readFileSync } from 'node:fs';
import { analyzeText } from '../src/text/index.ts';
import { recognizeEntities, tagTokens, CONLL_RECOGNIZER } from '../src/ner/index.ts';
import { EntityScorer, type Chunk } from '../src/ner/score.ts';

interface GoldArticle { id: number; split: string; text: string; entities: (Chunk & { text: string; ref?: string })[] }

const articles = readFileSync(new URL('../test/gold/ner-news/gold.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldArticle);
const verbose = process.argv.includes('--errors');
const CORE = ['PER', 'ORG', 'LOC'];

for (const split of ['dev', 'test']) {
  const scorer = new EntityScorer();
  let refTotal = 0, refFound = 0, refRight = 0;
  const wrongRefs: string[] = [];
  const part = articles.filter((a) => a.split === split);
  for (const a of part) {
    const doc = analyzeText(a.text);
    const pred = recognizeEntities(doc).filter((m) => !m.nominal).map((m) => ({
      start: doc.toOriginal[m.start], end: doc.toOriginal[m.end], type: m.type, ref: m.ref, text: m.text,
    }));
    scorer.addSpans(a.entities, pred);
    for (const g of a.entities) {
      if (!g.ref?.startsWith('country:')) continue;
      refTotal++;
      const p = pred.find((x) => x.start === g.start && x.end === g.end);
      if (!p) continue;
      refFound++;
      if (p.ref === g.ref) refRight++; else wrongRefs.push(`${a.id}: ${g.text} gold ${g.ref} got ${p.ref ?? '-'}`);
    }
    if (verbose && split === 'dev') {
      const key = (c: Chunk): string => `${c.start}:${c.end}:${c.type}`;
      const gk = new Set(a.entities.map(key)), pk = new Set(pred.map(key));
      const miss = a.entities.filter((g) => !pk.has(key(g))).map((g) => `${g.text}/${g.type}`);
      const fp = pred.filter((p) => !gk.has(key(p))).map((p) => `${a.text.slice(p.start, p.end)}/${p.type}`);
      if (miss.length || fp.length) console.log(`[${a.id}] MISS ${miss.join(' | ')}\n      FP ${fp.join(' | ')}`);
    }
  }
  const core = scorer.overall(['PER', 'ORG', 'LOC']);
  console.log(`\n${split}: ${part.length} articles`);
  console.log(scorer.report());
  console.log(`PER+ORG+LOC micro F1 ${(100 * core.f1).toFixed(2)} (P ${(100 * core.precision).toFixed(2)}, R ${(100 * core.recall).toFixed(2)})`);
  console.log(`country refs: ${refRight}/${refFound} right where the span was found (${(100 * refRight / Math.max(1, refFound)).toFixed(1)}%), ${refRight}/${refTotal} of all gold country mentions (${(100 * refRight / Math.max(1, refTotal)).toFixed(1)}%)`);
  if (wrongRefs.length) console.log(`  wrong refs: ${wrongRefs.join('; ')}`);
}

// The `rasad ner --conll` path on news: each article cut into our tokens, gold IOB2 from the gold spans
// (PER/ORG/LOC), every recognizer of the CoNLL path scored on the same tokens. This is why --conll runs the
// full recognizer by default, though the tagger ensemble's vote is better on tweets (eval/ner.eval.ts).
console.log('\n`rasad ner --conll` on the news gold as CoNLL tokens, PER+ORG+LOC micro F1:');
// each split's sentences as (tokens, gold IOB2) once; every recognizer tags the same sentences
const conllSplits = ['dev', 'test'].map((split) => {
  const sentences: { tokens: string[]; gold: string[] }[] = [];
  for (const a of articles.filter((x) => x.split === split)) {
    const doc = analyzeText(a.text);
    for (const s of doc.sentences()) {
      const tokens: string[] = [], gold: string[] = [];
      for (const t of s.tokens()) {
        const start = doc.toOriginal[t.start], end = doc.toOriginal[t.end];
        tokens.push(a.text.slice(start, end));
        const g = a.entities.find((e) => e.start <= start && end <= e.end && CORE.includes(e.type));
        gold.push(g ? `${g.start === start ? 'B' : 'I'}-${g.type}` : 'O');
      }
      if (tokens.length) sentences.push({ tokens, gold });
    }
  }
  return { split, sentences };
});
for (const recognizer of ['full', 'vote', 'model'] as const) {
  const line: string[] = [];
  for (const { split, sentences } of conllSplits) {
    const scorer = new EntityScorer();
    for (const { tokens, gold } of sentences) {
      scorer.addTags(gold, tagTokens(tokens, { recognizer, types: 'rasad' }).map((t) => (CORE.some((c) => t.endsWith(`-${c}`)) ? t : 'O')));
    }
    line.push(`${split} ${(100 * scorer.overall(CORE).f1).toFixed(2)}`);
  }
  console.log(`  ${recognizer}${recognizer === CONLL_RECOGNIZER ? ' (default)' : ''}: ${line.join(', ')}`);
}
