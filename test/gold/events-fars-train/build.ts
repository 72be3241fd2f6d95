// Builds the Fars events TRAINING/DEVELOPMENT set (dev.jsonl, an empty test.jsonl, docs.jsonl) from the hand
// annotations in annotations.txt over Fars News articles (shared/corpora/fars-news-1500). Every record is split
// "dev": the set is for development, not a measurement. Adapted from test/gold/events-fars/build.ts (same
// sentence cut, same line format). Run: node test/gold/events-fars-train/build.ts
// Show an article's sentences as the annotator saw them: node test/gold/events-fars-train/build.ts --show <doc>
//
// doc = 0-based line index in fars-news.utf8.jsonl. The text the sentences cut is goldText(record):
// lead + "\n\n" + body (the body alone when there is no lead) — what the pipeline analyses for a JSONL
// record with a separate lead; it is written into docs.jsonl as `text`, and every offset is into it.
// Sentences: the text cut after each run of . ! ? ؟ (with any closing quote or bracket after it) that is
// followed by a space or the end (not inside an open bracket), and at every line break (Fars paragraphs),
// as shown to the annotator.
// The articles are listed in picked.txt (train/events-fars-train-pick.ts); all of them are dev.
import { readFileSync, writeFileSync } from 'node:fs';
import { wordKey } from '../../../src/events/keys.ts';
import { goldText } from '../../../train/events-fars-pick.ts';

const here = new URL('./', import.meta.url);
const corpus = new URL('../../../../shared/corpora/fars-news-1500/fars-news.utf8.jsonl', import.meta.url);

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

interface Party { text: string; ref?: string }

function party(field: string): Party | null {
  const f = field.trim();
  if (f === '-' || f === '') return null;
  const m = /^(.*?)\s*=\s*(\S+)$/.exec(f);
  return m ? { text: m[1].trim(), ref: m[2] } : { text: f };
}

interface FarsRecord { id: string; title: string; lead: string | null; body: string; url: string; date: string | null; category: string | null }

function loadRecords(): FarsRecord[] {
  return readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FarsRecord);
}

/** Every picked article is dev: this whole set is for development. */
function loadSplits(): Map<number, 'dev' | 'test'> {
  const splits = new Map<number, 'dev' | 'test'>();
  for (const line of readFileSync(new URL('picked.txt', here), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    splits.set(Number(line.split('\t')[1]), 'dev');
  }
  return splits;
}

function loadRead(): number[] {
  const read: number[] = [];
  for (const line of readFileSync(new URL('read.txt', here), 'utf8').split('\n')) {
    const m = /^all:\s*(.*)$/.exec(line);
    if (m) read.push(...m[1].split(/\s+/).filter(Boolean).map(Number));
  }
  return read;
}

function show(doc: number): void {
  const r = loadRecords()[doc];
  console.log(`# ${doc} ${r.id} ${r.category} ${r.date}  ${r.title}`);
  for (const s of splitSentences(goldText(r))) console.log(`${doc}#${s.index}\t${s.text}`);
}

function main(): void {
  const records = loadRecords();
  const splits = loadSplits();
  const read = loadRead();
  for (const doc of read) if (!splits.has(doc)) throw new Error(`read.txt: record ${doc} is not in picked.txt`);
  const out: Record<'dev' | 'test', string[]> = { dev: [], test: [] };
  let n = 0;
  for (const line of readFileSync(new URL('annotations.txt', here), 'utf8').split('\n')) {
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
  writeFileSync(new URL('dev.jsonl', here), out.dev.join('\n') + (out.dev.length ? '\n' : ''));
  writeFileSync(new URL('test.jsonl', here), out.test.join('\n') + (out.test.length ? '\n' : ''));
  writeFileSync(new URL('docs.jsonl', here), docs.join('\n') + '\n');
  const count = (s: 'dev' | 'test') => read.filter((d) => splits.get(d) === s).length;
  console.log(`events-fars-train (development set): ${out.dev.length} dev events over ${count('dev')} articles + ${out.test.length} test events over ${count('test')} articles`);
}

if (import.meta.main) {
  const i = process.argv.indexOf('--show');
  if (i >= 0) show(Number(process.argv[i + 1]));
  else main();
}
