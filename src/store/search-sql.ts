// Turning a StoreQuery into SQL: the full-text part per engine (FTS5 MATCH / tsquery), the filters shared.
import type { Dialect } from './db.ts';
import type { Clause } from './types.ts';

function ftsPhrase(p: string[]): string { return `"${p.join(' ').replace(/"/g, '""')}"`; }
function ftsClause(c: Clause): string { return `(${c.map(ftsPhrase).join(' OR ')})`; }

/** FTS5 MATCH text: clauses ANDed, exclusions as NOT. */
export function ftsMatch(must: Clause[], not: Clause[]): string {
  return must.map(ftsClause).join(' AND ') + not.map((c) => ` NOT ${ftsClause(c)}`).join('');
}

function tsLexeme(t: string): string { return `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`; }
function tsPhrase(p: string[]): string { return p.length === 1 ? tsLexeme(p[0]) : `(${p.map(tsLexeme).join(' <-> ')})`; }
function tsClause(c: Clause): string { return `(${c.map(tsPhrase).join(' | ')})`; }

/** A tsquery literal built from our own terms (cast with ::tsquery, never parsed by to_tsquery). */
export function tsQuery(must: Clause[], not: Clause[]): string {
  return [...must.map(tsClause), ...not.map((c) => `!${tsClause(c)}`)].join(' & ');
}

export interface TextSql {
  /** every matching seq: [seq] rows */
  all: string;
  /** every match with its relevance (higher is better): [seq, score] rows */
  scored: string;
  /** the best matches, best first: [seq, score] rows; one more parameter: the limit */
  top: string;
  count: string;
  /** PostgreSQL: [seq, score] rows of the given seqs (second parameter: a bigint[] literal such as {1,2}) */
  scoredAmong?: string;
  /** the one parameter of each statement */
  param: string;
}

// SQLite: FTS5 ranks with BM25, headline ×3. PostgreSQL: cover density over our tsvector, headline weight A.
const BM25 = 'bm25(articles_fts, 3.0, 1.0)';
const TS_RANK = "ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', a.terms, t.q, 1)";

function textSqlOf(dialect: Dialect, param: string): TextSql {
  if (dialect === 'sqlite') {
    const where = 'FROM articles_fts WHERE articles_fts MATCH ?';
    return {
      all: `SELECT rowid ${where}`,
      scored: `SELECT rowid, -${BM25} ${where}`,
      // ORDER BY the bm25() expression itself: FTS5 keeps only the best LIMIT rows while it ranks
      top: `SELECT rowid, -${BM25} ${where} ORDER BY ${BM25} LIMIT ?`,
      count: `SELECT count(*) ${where}`,
      param,
    };
  }
  // article_terms: seq + tsvector only, so the GIN bitmap visits a narrow heap
  const from = 'FROM article_terms a CROSS JOIN (SELECT ?::tsquery AS q) t WHERE a.terms @@ t.q';
  return {
    all: `SELECT a.seq ${from}`,
    scored: `SELECT a.seq, ${TS_RANK} ${from}`,
    top: `SELECT a.seq, ${TS_RANK} AS score ${from} ORDER BY score DESC LIMIT ?`,
    count: `SELECT count(*) ${from}`,
    scoredAmong: `SELECT a.seq, ${TS_RANK} FROM article_terms a CROSS JOIN (SELECT ?::tsquery AS q) t WHERE a.seq = ANY(?::bigint[])`,
    param,
  };
}

/** The full-text part of a query: what must match (with its exclusions), or, without words, what to exclude. */
export function textSql(dialect: Dialect, must: Clause[], not: Clause[]): { matched?: TextSql; excluded?: TextSql } {
  if (must.length > 0) return { matched: textSqlOf(dialect, dialect === 'sqlite' ? ftsMatch(must, not) : tsQuery(must, not)) };
  if (not.length > 0) return { excluded: textSqlOf(dialect, dialect === 'sqlite' ? not.map(ftsClause).join(' OR ') : not.map(tsClause).join(' | ')) };
  return {};
}
