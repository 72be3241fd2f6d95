// Shared by the news evaluations: load the gold documents of test/gold/news and find their sources.
import { readFileSync } from 'node:fs';
import { readDocuments, isReadError } from '../src/news/index.ts';
import type { ArticleSource } from '../src/article.ts';
import { foldKey } from '../src/news/fold.ts';

export interface GoldQuote { speaker: string[]; from: string; to: string; direct: boolean; nth?: number }
export interface GoldDoc {
  doc: string; split: 'dev' | 'test'; headline: string | null; lead: string | null; agency: string | null;
  sources: string[]; quotes: GoldQuote[] | null;
}

export const ROOT = new URL('../', import.meta.url);

export function loadGold(splits: string[]): GoldDoc[] {
  const out: GoldDoc[] = [];
  for (const s of splits) {
    const text = readFileSync(new URL(`test/gold/news/${s}.jsonl`, ROOT), 'utf8');
    for (const line of text.split('\n')) if (line.trim()) out.push(JSON.parse(line));
  }
  return out;
}

const cache = new Map<string, ReturnType<typeof readDocuments>>();
function read(path: string) {
  let r = cache.get(path);
  if (!r) cache.set(path, (r = readDocuments(readFileSync(new URL(path, ROOT)), { name: path })));
  return r;
}

/** The article source our reader makes for a gold document reference («semnan:12», «samples/feeds/x.xml#2»). */
export function sourceOf(ref: string): ArticleSource | { error: string } {
  let results; let pick: (o: string) => boolean;
  if (ref.startsWith('semnan:')) {
    results = read('samples/corpora/semnan/semnan-news.jsonl');
    const id = ref.slice(7);
    pick = (o) => o.endsWith(`(${id})`);
  } else {
    const [path, item] = ref.split('#');
    results = read(path);
    pick = item ? (o) => new RegExp(`item ${item}(?:\\s|$)`).test(o) : () => true;
  }
  const found = results.find((r) => pick(('origin' in r ? r.origin : '') ?? ''));
  if (!found) return { error: `${ref}: not found by the reader` };
  return isReadError(found) ? { error: `${ref}: ${found.error}` } : found;
}

export function sameText(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return foldKey(a) === foldKey(b);
}

export function sameSet(a: string[], b: string[]): boolean {
  const ka = new Set(a.map(foldKey)), kb = new Set(b.map(foldKey));
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}
