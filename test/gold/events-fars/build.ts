// Builds the unseen-news events gold set (dev.jsonl, test.jsonl, docs.jsonl) from the hand annotations in
// annotations.txt over Fars News articles (shared/corpora/fars-news-1500). Run: node test/gold/events-fars/build.ts
// Show an article's sentences as the annotator saw them: node test/gold/events-fars/build.ts --show <doc>
//
// doc = 0-based line index in fars-news.utf8.jsonl. The text the sentences cut is goldText(record):
// lead + "\n\n" + body (the body alone when there is no lead) — what the pipeline analyses for a JSONL
// record with a separate lead; it is written into docs.jsonl as `text`, and every offset is into it.
// Sentences: the text cut after each run of . ! ? ؟ (with any closing quote or bracket after it) that is
// followed by a space or the end (not inside an open bracket), and at every line break (Fars paragraphs),
// as shown to the annotator.
// The split is fixed by picked.txt (train/events-fars-pick.ts), chosen before any annotation.
// test/gold/events-fars-train builds its development-only set with the same code (buildGold with allDev).
import { readFileSync, writeFileSync } from 'node:fs';
import { wordKey } from '../../../src/events/keys.ts';
import { goldText, loadFarsRecords } from '../../../train/events-fars-pick.ts';
import { party } from '../events/build.ts';

const here = new URL('./', import.meta.url);

export interface Sentence { index: number; start: number; end: number; text: string }

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let last = 0, index = 0;
  const push = (s: number, e: number) => {
    const raw = text.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ index: index++, start: s + lead, end: s + lead + t.length, text: t });
  };
  for (const m of text.matchAll(/[.!?؟]+[»"”)\]]*(?=\s|$)|\n+/g)) {
    const end = m.index + m[0].length;
    // a dot inside an open bracket is an abbreviation («(اف. بی. آی)»), not a sentence end
    const open = text.slice(last, m.index);
    if (m[0][0] !== '\n' && open.split('(').length > open.split(')').length) continue;
    push(last, end);
    last = end;
  }
  if (last < text.length) push(last, text.length);
  return out;
}

function loadSplits(dir: URL, allDev: boolean): Map<number, 'dev' | 'test'> {
  const splits = new Map<number, 'dev' | 'test'>();
  for (const line of readFileSync(new URL('picked.txt', dir), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [, doc, split] = line.split('\t');
    splits.set(Number(doc), allDev ? 'dev' : split as 'dev' | 'test');
  }
  return splits;
}

function loadRead(dir: URL): number[] {
  const read: number[] = [];
  for (const line of readFileSync(new URL('read.txt', dir), 'utf8').split('\n')) {
    const m = /^all:\s*(.*)$/.exec(line);
    if (m) read.push(...m[1].split(/\s+/).filter(Boolean).map(Number));
  }
  return read;
}

export function show(doc: number): void {
  const r = loadFarsRecords()[doc];
  console.log(`# ${doc} ${r.id} ${r.category} ${r.date}  ${r.title}`);
  for (const s of splitSentences(goldText(r))) console.log(`${doc}#${s.index}\t${s.text}`);
}

export interface BuildOptions {
  /** the name printed with the counts */
  label: string;
  /** every picked article is dev (a development set, not a measurement) */
  allDev?: boolean;
}

/** Writes dev.jsonl, test.jsonl and docs.jsonl in `dir` from its annotations.txt, read.txt and picked.txt. */
export function buildGold(dir: URL, opts: BuildOptions): void {
  const records = loadFarsRecords();
  const splits = loadSplits(dir, opts.allDev ?? false);
  const read = loadRead(dir);
  for (const doc of read) if (!splits.has(doc)) throw new Error(`read.txt: record ${doc} is not in picked.txt`);
  const out: Record<'dev' | 'test', string[]> = { dev: [], test: [] };
  let n = 0;
  for (const line of readFileSync(new URL('annotations.txt', dir), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [loc, kind, actor, target, flags, trigger] = line.split('|').map((s) => s.trim());
    const [doc, sent] = loc.split('#').map(Number);
    const record = records[doc];
    if (!record) throw new Error(`annotations.txt: no record ${doc}`);
    const split = splits.get(doc);
    if (!split || !read.includes(doc)) throw new Error(`annotations.txt: record ${doc} is not listed in read.txt/picked.txt`);
    const text = goldText(record);
    const sentence = splitSentences(text).find((s) => s.index === sent);
    if (!sentence) throw new Error(`annotations.txt: record ${doc} has no sentence ${sent}`);
    const [type, mode] = kind.split('/');
    const a = party(actor);
    if (!a) throw new Error(`annotations.txt: ${loc} has no actor`);
    const t = party(target);
    // a party is written as in the text (or is a pronoun's antecedent named elsewhere in the article)
    for (const p of [a, t]) if (p && !wordKey(text).includes(wordKey(p.text))) console.warn(`warning: ${loc}: «${p.text}» is not in the article text`);
    if (trigger && !wordKey(sentence.text).includes(wordKey(trigger.split('...')[0]))) console.warn(`warning: ${loc}: trigger «${trigger}» is not in the sentence`);
    const fl = new Set((flags ?? '').split(',').map((s) => s.trim()).filter(Boolean));
    out[split].push(JSON.stringify({
      id: ++n, doc, split, sentence, type, ...(mode ? { mode } : {}), actor: a, target: t,
      negated: fl.has('neg'), quoted: fl.has('quoted'), trigger,
    }));
  }
  const docs = read.map((doc) => {
    const r = records[doc];
    const text = goldText(r);
    const sentences = splitSentences(text).map((s) => [s.start, s.end]);
    return JSON.stringify({ doc, split: splits.get(doc), read: 'all', id: r.id, url: r.url, published: r.date, sentences, text });
  });
  writeFileSync(new URL('dev.jsonl', dir), out.dev.join('\n') + (out.dev.length ? '\n' : ''));
  writeFileSync(new URL('test.jsonl', dir), out.test.join('\n') + (out.test.length ? '\n' : ''));
  writeFileSync(new URL('docs.jsonl', dir), docs.join('\n') + '\n');
  const count = (s: 'dev' | 'test') => read.filter((d) => splits.get(d) === s).length;
  console.log(`${opts.label}: ${out.dev.length} dev events over ${count('dev')} articles + ${out.test.length} test events over ${count('test')} articles`);
}

if (import.meta.main) {
  const i = process.argv.indexOf('--show');
  if (i >= 0) show(Number(process.argv[i + 1]));
  else buildGold(here, { label: 'events-fars gold' });
}
