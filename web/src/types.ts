// Shapes of the HTTP API responses (the contract in notes/common.md; the Article is DESIGN.md's v1).
import type { Article, EntityType } from '../../src/article.ts';

export type { Article, EntityType };

export interface Counted { value: string; count: number }

export interface SearchHit {
  id: string;
  headline: string | null;
  agency: string | null;
  published: string | null;
  score: number;
  snippet: { text: string; highlights: [number, number][] };
}

export interface SearchResponse {
  query: string;
  total: number;
  page: number;
  size: number;
  hits: SearchHit[];
  facets: {
    agency?: Counted[];
    entity?: (Counted & { ref: string; type: string })[];
    type?: Counted[];
    month?: Counted[];
  };
}

export interface ArticleRef { id: string; headline: string | null; agency: string | null; published: string | null }

export interface ArticleResponse extends Article {
  duplicates?: (ArticleRef & { similarity: number })[];
}

export interface EntityRef { ref: string; name: string; type: string; count: number }

export interface EntityResponse {
  ref: string;
  name: string;
  type: string;
  count: number;
  timeline: { month: string; count: number }[];
  cooccurring: EntityRef[];
  quotes: { articleId: string; text: string; verb: string | null; published: string | null }[];
  articles: ArticleRef[];
  relations: { ref: string; name: string; count: number; score: number }[];
}

export interface StatsResponse {
  articles: number;
  entities: number;
  quotes: number;
  events: number;
  rejected: number;
  agencies: Counted[];
  newest: string | null;
  oldest: string | null;
}

export interface TrendingResponse {
  window: string;
  since: string | null;
  until: string | null;
  entities: (EntityRef & { previous: number })[];
  agencies: (Counted & { previous: number })[];
  articles: ArticleRef[];
}

export interface RelationEvent {
  type: string;
  mode?: string | null;
  negated: boolean;
  articleId: string;
  headline: string | null;
  published: string | null;
  sentence: string | null;
  start: number;
  end: number;
  actor: { text: string | null; ref?: string | null } | null;
  target: { text: string | null; ref?: string | null } | null;
}

export interface RelationsResponse {
  a: string;
  b: string | null;
  counts: Record<string, number>;
  months: { month: string; count: number; score: number }[];
  events: RelationEvent[];
}

export interface NetworkResponse {
  nodes: EntityRef[];
  edges: { a: string; b: string; count: number; score: number; types: Record<string, number> }[];
}
