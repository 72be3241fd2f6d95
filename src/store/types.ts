// What the store answers: plain data shapes shared by both back ends, the search module and the server.
import type { Article } from '../article.ts';

/** A phrase is a sequence of index terms; one term is a one-word phrase. */
export type Phrase = string[];
/** A clause matches when any of its phrases matches. */
export type Clause = Phrase[];

export interface StoreQuery {
  must: Clause[];
  not: Clause[];
  agency: string[];
  /** refs or names */
  entity: string[];
  /** entity types (PER, ORG…) the article must mention */
  type: string[];
  /** inclusive ISO date */
  from?: string;
  /** exclusive ISO date */
  until?: string;
  sort: 'relevance' | 'date';
  offset: number;
  limit: number;
  facets: boolean;
}

export interface StoredHit {
  id: string;
  headline: string | null;
  agency: string | null;
  published: string | null;
  score: number;
  body: string;
}

export interface ValueCount { value: string; count: number }
export interface EntityCount { value: string; ref: string; type: string; count: number }
export interface Facets { agency: ValueCount[]; entity: EntityCount[]; type: ValueCount[]; month: ValueCount[] }
/** facetsOver: how many of the best-ranked matches the facet counts cover (all when total is small). */
export interface StoreSearchResult { total: number; hits: StoredHit[]; facets: Facets; facetsOver: number }

export interface ArticleRef { id: string; headline: string | null; agency: string | null; published: string | null }
export interface Duplicate extends ArticleRef { similarity: number }

export interface EntityPage {
  ref: string; name: string; type: string; count: number;
  timeline: { month: string; count: number }[];
  cooccurring: { ref: string; name: string; type: string; count: number }[];
  quotes: { articleId: string; text: string; verb: string | null; published: string | null }[];
  articles: ArticleRef[];
  relations: { ref: string; name: string; count: number; score: number }[];
}

export interface Stats {
  articles: number; entities: number; quotes: number; events: number; rejected: number;
  agencies: ValueCount[]; newest: string | null; oldest: string | null;
}

export type TrendWindow = 'day' | 'week' | 'month';
export interface Trending {
  window: TrendWindow; since: string | null; until: string | null;
  entities: { ref: string; name: string; type: string; count: number; previous: number }[];
  agencies: { value: string; count: number; previous: number }[];
  articles: ArticleRef[];
}

export interface RelationEvent {
  type: string; mode: string | null; negated: boolean; articleId: string; headline: string | null; published: string | null;
  sentence: string | null; start: number; end: number;
  actor: { text: string | null; ref: string | null }; target: { text: string | null; ref: string | null };
}
export interface Relations {
  a: string; b: string | null;
  counts: Record<string, number>;
  months: { month: string; count: number; score: number }[];
  events: RelationEvent[];
}
export interface Network {
  nodes: { ref: string; name: string; type: string; count: number }[];
  edges: { a: string; b: string; count: number; score: number; types: Record<string, number> }[];
}

export interface Rejected { origin: string | null; reason: string }
export interface RejectedRow extends Rejected { id: number; at: string }

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** where it lives, for messages (file path or URL without password) */
  readonly location: string;
  /** Store a batch (and the documents set aside from it) in one transaction; already-stored ids are left
   * untouched (created: false). */
  putArticles(articles: Article[], rejected?: Rejected[]): Promise<{ id: string; created: boolean }[]>;
  putRejected(items: Rejected[]): Promise<void>;
  /** Which of these ids are stored already. */
  existing(ids: string[]): Promise<Set<string>>;
  getArticle(id: string): Promise<(Article & { duplicates: Duplicate[] }) | null>;
  search(q: StoreQuery): Promise<StoreSearchResult>;
  /** Load what search keeps in memory now rather than on the first query (a server does this before listening). */
  warm(): Promise<void>;
  entity(ref: string): Promise<EntityPage | null>;
  stats(): Promise<Stats>;
  trending(window: TrendWindow): Promise<Trending>;
  /** from: inclusive ISO date; until: exclusive ISO date */
  relations(q: { a: string; b?: string; from?: string; until?: string }): Promise<Relations>;
  network(q: { from?: string; until?: string; limit?: number }): Promise<Network>;
  rejected(limit?: number): Promise<RejectedRow[]>;
  count(): Promise<number>;
  /** Compact the full-text index after a large ingest (SQLite: FTS5 'optimize' merges its segments, about 1.5 s
   * of CPU per 100k articles, queries then read one segment; PostgreSQL: ANALYZE for the planner). */
  optimize(): Promise<void>;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
