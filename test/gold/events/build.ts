// Builds the events gold set (dev.jsonl, test.jsonl, docs.jsonl) from the hand annotations in
// annotations.txt and the semnan corpus text. Run: node test/gold/events/build.ts
// The sentence of an annotation is located the same way it was shown to the annotator: the record
// text cut after each run of . ! ? ؟ (so offsets are into the raw record text).
import { readFileSync, writeFileSync } from 'node:fs';

const here = new URL('./', import.meta.url);
const corpus = new URL('../../../../shared/corpora/semnan-persian-news/news_data.utf8.jsonl', import.meta.url);

// the cue words that chose the sentences of "cue" records (see read.txt)
const CUE = /(دیدار|ملاقات|سفر|امضا|تقدیر|قدردانی|تشکر|تبریک|تجلیل|محکوم|فروخت|فروش|خرید|صادر|تحویل|رای|رأی|گفتگو|گفت‌وگو|گفت و گو|مذاکره|رایزنی|تماس|تحریم|حمله|تجاوز|متهم|اتهام|رد کرد|رد می|تکذیب|تهدید|هشدار|خواستار|خواهان|خواست|درخواست|کمک|اهدا|استقبال|میزبان|تظاهرات|تجمع|تحصن|اعتصاب|اعتراض|انتقاد|توافق|موافقت|مخالفت|همکاری|قرارداد|تفاهم|اعزام|مستقر|رزمایش|بازداشت|دستگیر|توقیف|کشته|ترور|شهید|سرنگون|اخراج|حمایت|پشتیبانی|ممنوع|وعده|دعوت|نگرانی|قطع|بمباران|هدف قرار|آتش|پیام|مطالبه)/;

interface Sentence { index: number; start: number; end: number; text: string }

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let last = 0, index = 0;
  const push = (s: number, e: number) => {
    const raw = text.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ index, start: s + lead, end: s + lead + t.length, text: t });
    index++;
  };
  for (const m of text.matchAll(/[.!?؟]+/g)) { push(last, m.index + m[0].length); last = m.index + m[0].length; }
  if (last < text.length) push(last, text.length);
  return out;
}

/** An annotation's actor/target field: `-` for none, `name =ref` or the name alone. */
export function party(field: string): { text: string; ref?: string } | null {
  const f = field.trim();
  if (f === '-' || f === '') return null;
  const m = /^(.*?)\s*=\s*(\S+)$/.exec(f);
  return m ? { text: m[1].trim(), ref: m[2] } : { text: f };
}

function main(): void {
  const records = new Map<number, string>();
  for (const line of readFileSync(corpus, 'utf8').split('\n')) if (line.trim()) { const r = JSON.parse(line); records.set(r.id, r.text); }
  const read = new Map<number, 'all' | 'cue'>();
  for (const line of readFileSync(new URL('read.txt', here), 'utf8').split('\n')) {
    const m = /^(all|cue):\s*(.*)$/.exec(line);
    if (m) for (const id of m[2].split(/\s+/).filter(Boolean)) read.set(Number(id), m[1] as 'all' | 'cue');
  }
  const out: Record<'dev' | 'test', string[]> = { dev: [], test: [] };
  let n = 0;
  for (const line of readFileSync(new URL('annotations.txt', here), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [loc, kind, actor, target, flags, trigger] = line.split('|').map((s) => s.trim());
    const [doc, sent] = loc.split('#').map(Number);
    const text = records.get(doc);
    if (!text) throw new Error(`annotations.txt: no record ${doc}`);
    if (!read.has(doc)) throw new Error(`annotations.txt: record ${doc} is not listed in read.txt`);
    const sentence = splitSentences(text).find((s) => s.index === sent);
    if (!sentence) throw new Error(`annotations.txt: record ${doc} has no sentence ${sent}`);
    const [type, mode] = kind.split('/');
    const a = party(actor);
    if (!a) throw new Error(`annotations.txt: ${loc} has no actor`);
    const fl = new Set((flags ?? '').split(',').map((s) => s.trim()).filter(Boolean));
    const split = doc % 2 === 1 ? 'dev' : 'test';
    out[split].push(JSON.stringify({
      id: ++n, doc, split, sentence, type, ...(mode ? { mode } : {}), actor: a, target: party(target),
      negated: fl.has('neg'), quoted: fl.has('quoted'), trigger,
    }));
  }
  const docs: string[] = [];
  for (const [doc, how] of [...read].sort((x, y) => x[0] - y[0])) {
    const text = records.get(doc)!;
    const sentences = splitSentences(text).filter((s) => how === 'all' || CUE.test(s.text)).map((s) => [s.start, s.end]);
    docs.push(JSON.stringify({ doc, split: doc % 2 === 1 ? 'dev' : 'test', read: how, sentences }));
  }
  writeFileSync(new URL('dev.jsonl', here), out.dev.join('\n') + '\n');
  writeFileSync(new URL('test.jsonl', here), out.test.join('\n') + '\n');
  writeFileSync(new URL('docs.jsonl', here), docs.join('\n') + '\n');
  console.log(`events gold: ${out.dev.length} dev + ${out.test.length} test events over ${docs.length} records`);
}

if (import.meta.main) main();
