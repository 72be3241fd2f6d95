// Keyphrases (ranked noun phrases) and a short extractive summary.
import type { Doc } from '../doc.ts';
import { uposIndex } from '../doc.ts';
import { stopwords } from './stopwords.ts';
import { foldLetters } from './fold.ts';
import { readFileSync } from 'node:fs';

// The 2,500 most frequent words of the Hazm lexicon: alone, they rarely say what an article is about.
let common: Set<string> | undefined;
function commonWords(): Set<string> {
  common ??= new Set(readFileSync(new URL('./data/common-words.txt', import.meta.url), 'utf8').split('\n').map((w) => foldLetters(w.trim())).filter(Boolean));
  return common;
}

const WORD = /^[\p{L}\p{M}\u200C]{2,}$/u;
const VERBISH = /^(?:ن?می[\u200C ]|ب[\p{L}]+(?:د|ند|م|یم)$)|(?:شده|کرده|گرفته|داده)$/u;
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

interface Run { words: string[]; sentence: number; start: number; end: number; starts: number[]; ends: number[] }

/** Per word form: folded letters, and whether it can be a content word (the same forms come back all the
 * time, and both tests are regexes). */
const FORM_LIMIT = 50_000;
const formInfo = new Map<string, { form: string; content: boolean; word: boolean }>();
function infoOf(text: string): { form: string; content: boolean; word: boolean } {
  let v = formInfo.get(text);
  if (v === undefined) {
    if (formInfo.size >= FORM_LIMIT) formInfo.clear();
    const form = foldLetters(text);
    const word = WORD.test(form) && !stopwords().has(form);
    v = { form, word, content: word && !VERBISH.test(form) };
    formInfo.set(text, v);
  }
  return v;
}

const NOMINAL_TAG = new Uint8Array(256);
for (const t of NOMINAL) NOMINAL_TAG[uposIndex(t)] = 1;
NOMINAL_TAG[255] = 1; // untagged
const ADJ = uposIndex('ADJ');
const NUM = uposIndex('NUM');

/** Maximal runs of content words: stopwords, punctuation and verbs break a run; POS tags refine it when present. */
function candidateRuns(doc: Doc): Run[] {
  const runs: Run[] = [];
  const { wordForm, wordStart, wordEnd, upos, deprel } = doc;
  for (let s = 0; s < doc.sentenceCount; s++) {
    const first = doc.tokenWord[doc.sentenceStart[s]], endWord = doc.tokenWord[doc.sentenceEnd[s]];
    let cur: string[] = [], starts: number[] = [], ends: number[] = [];
    let from = 0, to = 0;
    const flush = () => {
      if (cur.length) runs.push({ words: cur, sentence: s, start: from, end: to, starts, ends });
      cur = []; starts = []; ends = [];
    };
    for (let w = first; w < endWord; w++) {
      const info = infoOf(wordForm[w]);
      const tag = upos[w];
      // the nominal of a light-verb construction («ارائه کرد», «کاهش یابد») belongs to the verb
      const content = info.content && NOMINAL_TAG[tag] === 1 && deprel[w] !== 'compound:lvc';
      if (!content) { flush(); continue; }
      // an adjective or a number does not start a noun phrase («ششمین جشنواره» cut from «بیست و ششمین جشنواره»)
      if (cur.length === 0 && (tag === ADJ || tag === NUM)) continue;
      if (cur.length === 0) from = wordStart[w];
      cur.push(info.form);
      starts.push(wordStart[w]);
      ends.push(wordEnd[w]);
      to = wordEnd[w];
      if (cur.length === 4) flush();
    }
    flush();
  }
  return runs;
}

/** The named entities each run (in text order) overlaps: one sweep over the entities sorted by start. */
function runEntities(runs: Run[], named: Span[]): Span[][] {
  const sorted = [...named].sort((a, b) => a.start - b.start);
  // maxEnd[j]: the furthest end among the first j entities
  const maxEnd = new Int32Array(sorted.length + 1).fill(-1);
  for (let j = 0; j < sorted.length; j++) maxEnd[j + 1] = Math.max(maxEnd[j], sorted[j].end);
  return runs.map((r) => {
    // entities starting before the run ends: the first j of them (binary search)
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].start < r.end) lo = mid + 1; else hi = mid; }
    return maxEnd[lo] > r.start ? sorted.slice(0, lo).filter((e) => e.end > r.start) : [];
  });
}

interface Span { start: number; end: number }

/** A phrase of `n` words over [start, end) respects the names it touches (QA Q7): it never crosses a name's
 * edge («الله سید ابراهیم», «المللی تاتر دانشگاهی»); a name in it ends it, as in a Persian noun phrase
 * («وزرای خارجه ایران»), so nothing runs on past one («الله رئیسی توسعه», «لیگ برتر میهمان») and no phrase
 * joins two names; inside a name, only the whole name or two or more words at one of its ends («آژانس
 * بین‌المللی انرژی», «… وزارت علوم»), not a lone word of it («مبارز», «اتمی»). */
function respectsNames(start: number, end: number, n: number, names: Span[]): boolean {
  // a name nested in a longer one («دبی» in «مسابقات بین‌المللی فوتسال دبی») is a phrase of its own
  const isName = names.some((e) => e.start === start && e.end === end);
  for (const e of names) {
    if (e.end <= start || e.start >= end) continue;
    if (e.start <= start && end <= e.end) {
      if (isName) continue;
      if ((start !== e.start || end !== e.end) && (n < 2 || (start !== e.start && end !== e.end))) return false;
    } else if (!(start <= e.start && e.end === end)) return false;
  }
  return true;
}

/** «کشورهای», «کارخانه‌های»: a plural with the ezafe needs the word after it; a phrase never ends there. */
function endsOnEzafePlural(w: string): boolean {
  return w.endsWith('های') || w.endsWith('هاي');
}

/** Up to `limit` keyphrases, best first. */
export function keyphrases(doc: Doc, limit = 10): string[] {
  const runs = candidateRuns(doc);
  const wordFreq = new Map<string, number>();
  for (const r of runs) for (const w of r.words) wordFreq.set(w, (wordFreq.get(w) ?? 0) + 1);
  const scores = new Map<string, number>();
  const common = commonWords();
  const named = doc.entities.filter((e) => e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC' || e.type === 'EVE' || e.type === 'PRO' || e.type === 'FAC');
  const inEntities = runEntities(runs, named);
  runs.forEach((r, ri) => {
    // a run inside a named entity is a good phrase
    const names = inEntities[ri];
    const inEntity = names.length > 0;
    const logFreq = r.words.map((w) => Math.log1p(wordFreq.get(w) ?? 0));
    const openEzafe = r.words.map(endsOnEzafePlural);
    // every contiguous sub-phrase of 1–3 words is a candidate
    for (let i = 0; i < r.words.length; i++) {
      for (let n = 1; n <= 3 && i + n <= r.words.length; n++) {
        if (inEntity && !respectsNames(r.starts[i], r.ends[i + n - 1], n, names)) continue;
        if (openEzafe[i + n - 1]) continue;
        let sum = 0;
        for (let k = i; k < i + n; k++) sum += logFreq[k];
        const phrase = n === 1 ? r.words[i] : r.words.slice(i, i + n).join(' ');
        const cohesion = sum / n;
        const early = r.sentence < 2 ? 1.5 : 1;
        const generic = n === 1 && common.has(r.words[i]) ? 0.4 : 1;
        const entity = inEntity ? 1.5 : 1;
        scores.set(phrase, (scores.get(phrase) ?? 0) + early * generic * entity * (1 + 0.6 * (n - 1)) * (0.5 + cohesion));
      }
    }
  });
  const ranked = [...scores.entries()].filter(([p, s]) => s > 1.2 || p.includes(' ')).sort((a, b) => b[1] - a[1]);
  const out: string[] = [];
  const outWords: string[][] = [];
  for (const [p] of ranked) {
    if (out.length >= limit) break;
    // skip a phrase inside (or containing) one already chosen
    const words = p.split(' ');
    if (out.some((q, j) => q.includes(p) || p.includes(q) || (words.length > 1 && words.filter((w) => outWords[j].includes(w)).length * 2 >= words.length))) continue;
    out.push(p);
    outWords.push(p.split(' '));
  }
  return out;
}

/** A 2–3 sentence extractive summary: the sentences richest in the article's frequent content words. */
/** Share of words two sentences have in common (Jaccard) from which the second repeats the first. */
const REPEAT = 0.8;

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of b) if (a.has(w)) common++;
  return common / (a.size + b.size - common);
}

export function summarize(doc: Doc): string[] {
  const sents = doc.sentenceSpans();
  if (sents.length === 0) return [];
  const tf = new Map<string, number>();
  const bags: string[][] = [];
  for (let s = 0; s < doc.sentenceCount; s++) {
    const bag: string[] = [];
    for (let w = doc.tokenWord[doc.sentenceStart[s]], end = doc.tokenWord[doc.sentenceEnd[s]]; w < end; w++) {
      const info = infoOf(doc.wordForm[w]);
      if (info.word) { bag.push(info.form); tf.set(info.form, (tf.get(info.form) ?? 0) + 1); }
    }
    bags.push(bag);
  }
  const want = sents.length >= 6 ? 3 : Math.min(2, sents.length);
  const scored = sents.map((span, i) => {
    const len = span.end - span.start;
    const bag = bags[i] ?? [];
    let score = bag.reduce((a, w) => a + (tf.get(w) ?? 0), 0) / Math.sqrt(bag.length + 1);
    if (i === 0) score *= 1.5;
    if (len < 30 || len > 500) score *= 0.2;
    return { i, score };
  });
  // best first, skipping a sentence that repeats one already taken (a lead repeated in the body, a paragraph
  // pasted twice): same words, up to a space or a bracket
  const chosen: number[] = [];
  const taken: Set<string>[] = [];
  for (const { i } of scored.sort((a, b) => b.score - a.score)) {
    if (chosen.length === want) break;
    const words = new Set(bags[i] ?? []);
    if (taken.some((t) => overlap(t, words) >= REPEAT)) continue;
    chosen.push(i);
    taken.push(words);
  }
  return chosen.sort((a, b) => a - b).map((i) => doc.text.slice(sents[i].start, sents[i].end).trim());
}
