// Sorts the gold events that the extractor missed entirely (no event of their type in their sentence)
// by cause, for error analysis on a DEVELOPMENT gold set (never a test half):
//   LEX  no trigger row of the gold type matches the sentence: a lexicon gap;
//   ARG  a row of the gold type matches but no event came out: the arguments, a filter or the clause
//        analysis dropped it (not a lexicon problem).
// Run: node train/events-misses.ts [--gold test/gold/events-fars-train] [--type ASSAULT] [--cause LEX]
import { readFileSync } from 'node:fs';
import { analyzeSource } from '../src/pipeline.ts';
import { findTriggers } from '../src/events/triggers.ts';
import { analyzeClauses } from '../src/events/clauses.ts';
import { looksFinite } from '../src/events/verbs.ts';
import { wordKey } from '../src/events/keys.ts';
import { UPOS } from '../src/doc.ts';
import { goldDirOf, type DocInfo, type GoldEvent } from '../eval/events.eval.ts';

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i < 0 ? null : process.argv[i + 1] ?? null;
}
function jsonl<T>(url: URL): T[] {
  return readFileSync(url, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

const goldDir = goldDirOf(option('--gold') ?? 'test/gold/events-fars-train');
if (/events(-fars)?\/$/.test(goldDir.pathname)) {
  // the semnan and Fars sets hold test halves: only their dev split is read
  if (option('--split') !== 'dev') throw new Error(`${goldDir.pathname}: pass --split dev (test halves are not for error analysis)`);
}
const onlyType = option('--type'), onlyCause = option('--cause');
const docs = jsonl<DocInfo>(new URL('docs.jsonl', goldDir)).filter((d) => d.split === 'dev');
const gold = jsonl<GoldEvent>(new URL('dev.jsonl', goldDir));
const VERB = UPOS.indexOf('VERB'), AUX = UPOS.indexOf('AUX');
const tally = new Map<string, number>();
for (const d of docs) {
  if (d.text === undefined) throw new Error(`docs.jsonl: record ${d.doc} has no text`);
  const { article, doc } = analyzeSource({ headline: null, lead: null, agency: null, service: null, sources: [], published: d.published ?? '2008-01-01', body: d.text });
  const spans = article.events.map((e) => ({ e, o: doc.originalSpan(e.start, e.end) }));
  for (const g of gold.filter((x) => x.doc === d.doc)) {
    if (onlyType && g.type !== onlyType) continue;
    const { start: s, end: en } = g.sentence;
    if (spans.some(({ e, o }) => e.type === g.type && o.start < en && o.end > s)) continue;
    // the sentence's words, as the extractor sees them
    const idx: number[] = [];
    for (let i = 0; i < doc.wordForm.length; i++) {
      const o = doc.originalSpan(doc.wordStart[i], doc.wordEnd[i]);
      if (o.start >= s && o.end <= en) idx.push(i);
    }
    const keys = idx.map((i) => wordKey(doc.wordForm[i] ?? ''));
    const clauses = analyzeClauses(keys, (j) => doc.upos[idx[j]] === VERB || doc.upos[idx[j]] === AUX || looksFinite(keys[j]));
    const lvcHead = new Int32Array(keys.length).fill(-1);
    idx.forEach((w, j) => { if (doc.deprel[w] === 'compound:lvc') lvcHead[j] = idx.indexOf(doc.head[w]); });
    const found = findTriggers({ keys, clauseBreak: clauses.clauseBreak, lvcHead, lemma: idx.map((i) => doc.lemma[i]) });
    const cause = found.some((t) => t.rule.type === g.type) ? 'ARG' : 'LEX';
    if (onlyCause && cause !== onlyCause) continue;
    tally.set(`${cause} ${g.type}`, (tally.get(`${cause} ${g.type}`) ?? 0) + 1);
    console.log(`${cause} ${g.doc}#${g.sentence.index} ${g.type}${g.mode ? '/' + g.mode : ''} ${g.actor.text} -> ${g.target?.text ?? '-'} [${g.trigger}]`);
    console.log(`    rows: ${found.map((t) => `${t.rule.type}:${t.rule.source}`).join(' | ') || '-'}`);
    console.log(`    ${g.sentence.text.replace(/\s+/g, ' ')}`);
  }
}
console.log('\n' + [...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}\t${k}`).join('\n'));
