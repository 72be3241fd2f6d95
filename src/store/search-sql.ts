// Turning a StoreQuery into SQL: the full-text part per engine (FTS5 MATCH / tsquery), the filters shared.
import type { Dialect, Param } from './db.ts';
import type { Clause, StoreQuery } from './types.ts';

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

function likeContains(s: string): string { return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`; }

export interface MatchedSql {
  /** FROM … WHERE … selecting matched articles as `a` */
  from: string;
  params: Param[];
  /** expression for the relevance score (higher is better) */
  score: string;
  /** SQLite, words only (no filters): the best matches can be ranked inside FTS5 before any article row is read */
  ftsOnly?: { match: string };
}

/** The best `limit` matches of a words-only SQLite query, ranked inside FTS5, joined to their articles. */
export function ftsTopSql(limit: number): string {
  return `SELECT a.id, a.agency, a.month, -h.rank AS score FROM
    (SELECT rowid AS seq, bm25(articles_fts, 3.0, 1.0) AS rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ${limit}) h
    JOIN articles a ON a.seq = h.seq ORDER BY h.rank, a.id`;
}
export const FTS_COUNT_SQL = 'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?';

export function matchedSql(dialect: Dialect, q: StoreQuery): MatchedSql {
  const where: string[] = [];
  const params: Param[] = [];
  let from = 'articles a';
  let score = '0';
  const whereParams: Param[] = [];
  if (q.must.length > 0) {
    if (dialect === 'sqlite') {
      from = `(SELECT rowid AS seq, bm25(articles_fts, 3.0, 1.0) AS rank FROM articles_fts WHERE articles_fts MATCH ?) h
        JOIN articles a ON a.seq = h.seq`;
      params.push(ftsMatch(q.must, q.not));
      score = '(-h.rank)';
    } else {
      from = 'articles a CROSS JOIN (SELECT ?::tsquery AS q) t';
      params.push(tsQuery(q.must, q.not));
      where.push('a.terms @@ t.q');
      score = "ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', a.terms, t.q, 1)";
    }
  } else if (q.not.length > 0) {
    if (dialect === 'sqlite') {
      where.push('a.seq NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
      whereParams.push(q.not.map(ftsClause).join(' OR '));
    } else {
      where.push('NOT (a.terms @@ ?::tsquery)');
      whereParams.push(q.not.map(tsClause).join(' | '));
    }
  }
  if (q.agency.length > 0) {
    where.push(`(${q.agency.map(() => "a.agency LIKE ? ESCAPE '\\'").join(' OR ')})`);
    whereParams.push(...q.agency.map(likeContains));
  }
  for (const e of q.entity) {
    // A ref, or a name: the refs of entities with that name.
    where.push('EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND (m.ref = ? OR m.ref IN (SELECT ref FROM entities WHERE name = ?)))');
    whereParams.push(e, e);
  }
  for (const t of q.type) {
    where.push('EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.type = ?)');
    whereParams.push(t);
  }
  if (q.from) { where.push('a.published >= ?'); whereParams.push(q.from); }
  if (q.until) { where.push('a.published < ?'); whereParams.push(q.until); }
  const ftsOnly = dialect === 'sqlite' && q.must.length > 0 && where.length === 0 ? { match: String(params[0]) } : undefined;
  return { from: `${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params: [...params, ...whereParams], score, ftsOnly };
}


/** `(…)` listing the ids of a JSON-array parameter, for `x IN ${idList(dialect)}`. */
export function idList(dialect: Dialect): string {
  return dialect === 'sqlite' ? '(SELECT value FROM json_each(?))' : '(SELECT jsonb_array_elements_text(?::jsonb))';
}
