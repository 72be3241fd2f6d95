// search(): query text -> ranked hits with snippets and facets, over any Store.
import type { Store, Facets } from '../store/types.ts';
import { parseQuery, positiveTerms, QueryError } from './query.ts';
import { makeSnippet, type Snippet } from './snippet.ts';

export { parseQuery, QueryError } from './query.ts';
export { makeSnippet } from './snippet.ts';

export interface SearchParams {
  q: string;
  page?: number;
  size?: number;
  sort?: 'relevance' | 'date';
  facets?: boolean;
}

export interface SearchHit {
  id: string; headline: string | null; agency: string | null; published: string | null; score: number; snippet: Snippet;
}

export interface SearchResponse {
  query: string; total: number; page: number; size: number; hits: SearchHit[]; facets: Facets;
  /** the facet counts cover this many best-ranked matches (= total unless total is over 500) */
  facetsOver: number;
}

export const MAX_PAGE_SIZE = 100;

export async function search(store: Store, params: SearchParams): Promise<SearchResponse> {
  const page = params.page ?? 1, size = params.size ?? 20;
  if (!Number.isInteger(page) || page < 1 || page > 10_000) throw new QueryError('page must be an integer from 1 to 10000', 'page');
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw new QueryError(`size must be an integer from 1 to ${MAX_PAGE_SIZE}`, 'size');
  const parsed = parseQuery(params.q ?? '');
  // A query without words lists the newest articles.
  const sort = params.sort ?? (parsed.must.length ? 'relevance' : 'date');
  const res = await store.search({ ...parsed, sort, offset: (page - 1) * size, limit: size, facets: params.facets ?? true });
  const terms = positiveTerms(parsed);
  return {
    query: params.q,
    total: res.total,
    page,
    size,
    hits: res.hits.map((h) => ({
      id: h.id, headline: h.headline, agency: h.agency, published: h.published, score: h.score, snippet: makeSnippet(h.body, terms),
    })),
    facets: res.facets,
    facetsOver: res.facetsOver,
  };
}
