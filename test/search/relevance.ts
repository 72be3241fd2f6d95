// Relevance judgements over the bundled sample corpus (samples/corpora) and nDCG@k; shared by the relevance
// test and eval/search.eval.ts. Documents are named `<file>:<line>` so judgements survive reader changes.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleSource } from '../../src/article.ts';
import { readInputs, isFailure } from '../../src/store/readers.ts';
import { articleId } from '../../src/pipeline.ts';

export const CORPUS_DIR = fileURLToPath(new URL('../../samples/corpora/', import.meta.url));
export const JUDGEMENTS_FILE = fileURLToPath(new URL('./judgements.json', import.meta.url));

export interface Judged { q: string; patterns: string[]; grades: Record<string, number> }
export interface Judgements { method: string; queries: Judged[] }

export interface CorpusDoc { key: string; id: string; source: ArticleSource }

export function docKey(origin: string): string {
  const m = /^(.*):(\d+)$/.exec(origin);
  return m ? `${basename(m[1])}:${m[2]}` : basename(origin);
}

/** The sample corpus as sources with their keys and article ids (duplicates keep the first key). */
export async function loadCorpus(): Promise<CorpusDoc[]> {
  const out: CorpusDoc[] = [];
  const seen = new Set<string>();
  for await (const it of readInputs([CORPUS_DIR])) {
    if (isFailure(it) || !it.origin) continue;
    const id = articleId(it);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ key: docKey(it.origin), id, source: it });
  }
  return out;
}

export function loadJudgements(): Judgements {
  return JSON.parse(readFileSync(JUDGEMENTS_FILE, 'utf8')) as Judgements;
}

/** nDCG@k with gains 2^g - 1; the ideal ranking is over every judged document of the query. */
export function ndcgAt(k: number, ranked: string[], grades: Record<string, number>): number {
  const gain = (g: number) => 2 ** g - 1;
  let dcg = 0;
  ranked.slice(0, k).forEach((key, i) => { dcg += gain(grades[key] ?? 0) / Math.log2(i + 2); });
  const ideal = Object.values(grades).sort((a, b) => b - a).slice(0, k);
  let idcg = 0;
  ideal.forEach((g, i) => { idcg += gain(g) / Math.log2(i + 2); });
  return idcg === 0 ? 0 : dcg / idcg;
}

/** An Article with only what search needs (no language analysis beyond normalization): fast, for tests. */
export async function lightArticle(doc: CorpusDoc): Promise<import('../../src/article.ts').Article> {
  const { normalize } = await import('../../src/text/index.ts');
  const s = doc.source;
  return {
    id: doc.id, headline: s.headline, lead: s.lead, agency: s.agency, service: s.service, sources: s.sources,
    published: s.published, url: s.url ?? null, text: normalize(s.body).text, sentences: [], entities: [], quotes: [], dates: [], events: [],
  };
}

export interface RelevanceResult { meanNdcg: number; perQuery: { q: string; ndcg: number; total: number }[] }

/** nDCG@10 of every judged query against a store that holds the corpus. */
export async function evaluate(store: import('../../src/store/types.ts').Store, corpus: CorpusDoc[], j: Judgements): Promise<RelevanceResult> {
  const { search } = await import('../../src/search/index.ts');
  const keyOf = new Map(corpus.map((d) => [d.id, d.key]));
  const perQuery: RelevanceResult['perQuery'] = [];
  for (const { q, grades } of j.queries) {
    const r = await search(store, { q, size: 10, facets: false });
    perQuery.push({ q, ndcg: ndcgAt(10, r.hits.map((h) => keyOf.get(h.id) ?? h.id), grades), total: r.total });
  }
  return { meanNdcg: perQuery.reduce((s, x) => s + x.ndcg, 0) / perQuery.length, perQuery };
}
