// The Store over a Db connection: the same SQL on SQLite and PostgreSQL (full-text matching aside).
import type { Article } from '../article.ts';
import type { Db, Param } from './db.ts';
import { insertArticle, insertEvents, insertRejected, assignCluster, fingerprintSimilarity, entityRefsOf } from './rows.ts';
import { textSql } from './search-sql.ts';
import { Catalog, timeKey, type CatalogFilter } from './catalog.ts';
import { storeError } from './errors.ts';
import type {
  ArticleRef, Duplicate, EntityPage, Facets, Network, Rejected, RejectedRow, Relations, Stats, Store, StoreQuery,
  StoreSearchResult, StoredHit, Trending, TrendWindow, ValueCount,
} from './types.ts';

const num = (v: unknown): number => Number(v ?? 0);
const FACET_LIMIT = 20;
/** Facets count the best-ranked matches up to this many (all of them when there are fewer). */
export const FACET_DEPTH = 500;
const LIST_LIMIT = 20;
/** queries whose ranking is kept (the page, snippets and facets are still made per request) */
const RESULT_CACHE_SIZE = 256;
/** PostgreSQL ranks at most this many matches (the newest) */
export const PG_RANK_CAP = 5000;

interface Ranked { order: number[]; scores: Map<number, number> | null; total: number }
const KNOWN_REFS_MAX = 200_000;

function articleRef(r: Record<string, unknown>): ArticleRef {
  return { id: String(r.id), headline: (r.headline as string) ?? null, agency: (r.agency as string) ?? null, published: (r.published as string) ?? null };
}

/** Event days in [from, until); events without a known day are kept only when no bound is given. */
function dayBounds(from?: string, until?: string): { sql: string; params: Param[] } {
  if (!from && !until) return { sql: '1 = 1', params: [] };
  return { sql: 'e.day >= ? AND e.day < ?', params: [from ?? '0000-00-00', until ?? '9999-99-99'] };
}

/** The best `want` of [seq, score] rows, best first; ties: newer first, then later stored. */
function bestFirst(rows: unknown[][], want: number, cat: Catalog): { seqs: number[]; scores: Map<number, number> } {
  let cut = -Infinity;
  if (rows.length > want) {
    const all = Float64Array.from(rows, (r) => Number(r[1]));
    all.sort();
    cut = all[all.length - want];
  }
  const kept: [number, number][] = [];
  for (const r of rows) { const score = Number(r[1]); if (score >= cut) kept.push([Number(r[0]), score]); }
  kept.sort((a, b) => b[1] - a[1] || cat.compareNewest(a[0], b[0]));
  if (kept.length > want) kept.length = want;
  return { seqs: kept.map((k) => k[0]), scores: new Map(kept) };
}

const WINDOW_DAYS: Record<TrendWindow, number> = { day: 1, week: 7, month: 30 };

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly location: string;
  readonly db: Db;
  private readonly knownRefs = new Set<string>();
  /** compact columns of every article: filters, date order, facets */
  private readonly catalog = new Catalog();
  /** ranked results of recent queries, valid while no article is added (RASAD_SEARCH_CACHE=0 turns it off) */
  private readonly results = new Map<string, Ranked & { version: number }>();
  private readonly resultCacheSize: number;

  /** where the search catalog is saved between runs (embedded store) */
  private readonly catalogFile?: string;

  constructor(db: Db, location: string, catalogFile?: string) {
    this.db = db;
    this.catalogFile = catalogFile;
    this.kind = db.dialect;
    this.location = location;
    const size = Number(process.env.RASAD_SEARCH_CACHE ?? RESULT_CACHE_SIZE);
    this.resultCacheSize = Number.isFinite(size) ? size : RESULT_CACHE_SIZE;
  }

  async putArticles(articles: Article[], rejected: Rejected[] = []): Promise<{ id: string; created: boolean }[]> {
    if (articles.length === 0 && rejected.length === 0) return [];
    const now = new Date().toISOString();
    const added = new Set<string>();
    const out = await this.write(async (tx) => {
      await insertRejected(tx, rejected, now);
      const out: { id: string; created: boolean }[] = [];
      for (const a of articles) {
        const created = await insertArticle(tx, a, now, this.knownRefs, added);
        if (created) {
          await insertEvents(tx, a);
          await assignCluster(tx, a.id, a.fingerprint);
          await tx.run('INSERT INTO article_entities (article_id, refs) VALUES (?, ?)', [a.id, entityRefsOf(a)]);
        }
        out.push({ id: a.id, created });
      }
      return out;
    });
    // Only refs of a committed batch count as stored.
    if (this.knownRefs.size + added.size > KNOWN_REFS_MAX) this.knownRefs.clear();
    for (const r of added) this.knownRefs.add(r);
    return out;
  }

  async putRejected(items: Rejected[]): Promise<void> {
    if (items.length === 0) return;
    const at = new Date().toISOString();
    await this.write((tx) => insertRejected(tx, items, at));
  }

  /** A write transaction whose failure (full disk, read-only file) reads as one line naming the store. */
  private async write<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(fn);
    } catch (err) {
      throw storeError(this.location, err);
    }
  }

  async existing(ids: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = await this.db.all<{ id: string }>(`SELECT id FROM articles WHERE id IN (${chunk.map(() => '?').join(',')})`, chunk);
      for (const r of rows) found.add(r.id);
    }
    return found;
  }

  async getArticle(id: string): Promise<(Article & { duplicates: Duplicate[] }) | null> {
    const row = await this.db.get<{ json: string; cluster: string | null; fingerprint: string | null }>(
      'SELECT json, cluster, fingerprint FROM articles WHERE id = ?', [id]);
    if (!row) return null;
    const article = JSON.parse(row.json) as Article;
    const dupRows = row.cluster
      ? await this.db.all<Record<string, unknown>>(
        'SELECT id, headline, agency, published, fingerprint FROM articles WHERE cluster = ? AND id <> ? ORDER BY published LIMIT 50', [row.cluster, id])
      : [];
    const duplicates = dupRows.map((r) => ({
      ...articleRef(r),
      similarity: row.fingerprint && r.fingerprint ? Math.round(fingerprintSimilarity(row.fingerprint, String(r.fingerprint)) * 1000) / 1000 : 0,
    }));
    return { ...article, duplicates };
  }

  async warm(): Promise<void> {
    await this.catalog.refresh(this.db, this.catalogFile);
    this.catalog.refMark(new Set()); // builds the per-entity postings the first entity: filter would wait for
  }

  async search(q: StoreQuery): Promise<StoreSearchResult> {
    await this.catalog.refresh(this.db, this.catalogFile);
    const want = Math.max(FACET_DEPTH, q.offset + q.limit);
    const key = JSON.stringify([q.must, q.not, q.agency, q.entity, q.type, q.from, q.until, q.sort, want]);
    const { order, scores, total } = this.cached(key) ?? this.remember(key, await this.rank(q, want));
    const pageSeqs = order.slice(q.offset, q.offset + q.limit);
    const bodies = new Map<number, Record<string, unknown>>();
    if (pageSeqs.length) {
      for (const r of await this.db.all<Record<string, unknown>>(
        `SELECT seq, id, headline, agency, published, body FROM articles WHERE seq IN (${pageSeqs.map(() => '?').join(',')})`, pageSeqs)) bodies.set(Number(r.seq), r);
    }
    const hits = pageSeqs.filter((s) => bodies.has(s)).map((s): StoredHit => {
      const b = bodies.get(s)!;
      return { ...articleRef(b), body: String(b.body), score: Number((scores?.get(s) ?? 0).toPrecision(6)) };
    });
    const facets: Facets = q.facets && order.length ? await this.facets(order.slice(0, FACET_DEPTH)) : { agency: [], entity: [], type: [], month: [] };
    return { total, hits, facets, facetsOver: Math.min(total, FACET_DEPTH) };
  }

  /** The best `want` matches in order, their scores (relevance only) and how many match in all. */
  private async rank(q: StoreQuery, want: number): Promise<Ranked> {
    const cat = this.catalog;
    const filter = await this.filterOf(q);
    const { matched, excluded } = textSql(this.db.dialect, q.must, q.not);
    let order: number[];
    let scores: Map<number, number> | null = null;
    let total: number;
    if (matched && q.sort === 'relevance' && matched.scoredAmong) {
      // PostgreSQL: cover density reads each match's whole tsvector, too slow over tens of thousands of
      // matches; beyond PG_RANK_CAP matches the newest PG_RANK_CAP are ranked.
      const seqs = (await this.matchRows(matched.all, [matched.param])).map((r) => Number(r[0])).filter((s) => !filter || cat.passes(s, filter));
      const candidates = seqs.length > PG_RANK_CAP ? cat.newestOf(seqs, PG_RANK_CAP) : seqs;
      const rows = candidates.length ? await this.db.rows(matched.scoredAmong, [matched.param, `{${candidates.join(',')}}`]) : [];
      ({ seqs: order, scores } = bestFirst(rows, want, cat));
      total = seqs.length;
    } else if (matched && q.sort === 'relevance') {
      // Without filters FTS5 keeps only the best `want` while ranking; with filters every match is scored
      // and the filters (catalog columns) pick among them.
      const rows = filter
        ? (await this.db.rows(matched.scored, [matched.param])).filter((r) => cat.passes(Number(r[0]), filter))
        : await this.db.rows(matched.top, [matched.param, want]);
      ({ seqs: order, scores } = bestFirst(rows, want, cat));
      total = filter || rows.length < want ? rows.length : num((await this.db.rows(matched.count, [matched.param]))[0]?.[0]);
    } else {
      // Date order (a query without words too: newest first): walk the catalog's date order.
      const text = matched ?? excluded;
      const mark = text ? cat.mark(await this.matchRows(text.all, [text.param])) : null;
      const keep = (s: number) => (mark ? (mark[s] === 1) === Boolean(matched) : true) && (!filter || cat.passes(s, filter));
      order = [];
      total = 0;
      for (const s of cat.byDate()) {
        if (!keep(s)) continue;
        if (total++ < want) order.push(s);
      }
    }
    return { order, scores, total };
  }

  /** Rows of a full-text match. PostgreSQL would scan the table for a frequent word (reading every tsvector);
   * its GIN index answers without reading them, so the plan is pinned to it. */
  private matchRows(sql: string, params: Param[]): Promise<unknown[][]> {
    if (this.db.dialect === 'sqlite') return this.db.rows(sql, params);
    return this.db.transaction(async (tx) => {
      await tx.exec('SET LOCAL enable_seqscan = off');
      return tx.rows(sql, params);
    });
  }

  private cached(key: string): Ranked | undefined {
    const hit = this.results.get(key);
    if (!hit || hit.version !== this.catalog.size) return undefined;
    this.results.delete(key); // most recently used last
    this.results.set(key, hit);
    return hit;
  }

  private remember(key: string, r: Ranked): Ranked {
    if (this.resultCacheSize <= 0) return r;
    this.results.set(key, { ...r, version: this.catalog.size });
    if (this.results.size > this.resultCacheSize) this.results.delete(this.results.keys().next().value!);
    return r;
  }

  /** The query's field filters as catalog columns; null when it has none. */
  private async filterOf(q: StoreQuery): Promise<CatalogFilter | null> {
    if (!q.agency.length && !q.entity.length && !q.type.length && !q.from && !q.until) return null;
    const cat = this.catalog;
    const f: CatalogFilter = { refs: [], typeMask: 0, from: q.from ? timeKey(q.from) : undefined, until: q.until ? timeKey(q.until) : undefined };
    if (q.agency.length) f.agencies = new Set(q.agency.flatMap((a) => [...cat.agenciesContaining(a)]));
    for (const e of q.entity) {
      // a ref, or a name: the refs of entities with that name
      const named = await this.db.all<{ ref: string }>('SELECT ref FROM entities WHERE name = ?', [e]);
      f.refs.push(cat.refMark(cat.refIds([e, ...named.map((r) => r.ref)])));
    }
    for (const t of q.type) {
      const bit = cat.typeBit(t);
      if (!bit) f.none = true;
      f.typeMask |= bit;
    }
    return f;
  }

  /** Facet counts over the given (best-ranked) matches. */
  private async facets(seqs: number[]): Promise<Facets> {
    const c = this.catalog.count(seqs, FACET_LIMIT);
    const byCount = (a: ValueCount, b: ValueCount) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
    const values = (m: Map<string, number>) => [...m].map(([value, count]) => ({ value, count }));
    const best = c.refs;
    const names = new Map<string, { name: string; type: string }>();
    if (best.length) {
      for (const r of await this.db.all<{ ref: string; name: string; type: string }>(
        `SELECT ref, name, type FROM entities WHERE ref IN (${best.map(() => '?').join(',')})`, best.map(([ref]) => ref))) names.set(r.ref, r);
    }
    return {
      agency: values(c.agency).sort(byCount).slice(0, FACET_LIMIT),
      month: values(c.month).sort((a, b) => (a.value < b.value ? 1 : -1)).slice(0, 120),
      type: values(c.type).sort(byCount),
      entity: best.map(([ref, e]) => ({ value: names.get(ref)?.name ?? ref, ref, type: names.get(ref)?.type ?? e.type, count: e.count })),
    };
  }

  async entity(ref: string): Promise<EntityPage | null> {
    const db = this.db;
    const e = await db.get<{ ref: string; name: string; type: string }>('SELECT ref, name, type FROM entities WHERE ref = ?', [ref]);
    const asActor = await db.get<{ name: string | null; n: number }>(
      `SELECT max(CASE WHEN actor_ref = ? THEN actor_text ELSE target_text END) AS name, count(*) AS n FROM events WHERE actor_ref = ? OR target_ref = ?`,
      [ref, ref, ref]);
    if (!e && !num(asActor?.n)) return null;
    const count = num((await db.get<{ n: number }>('SELECT count(DISTINCT article_id) AS n FROM mentions WHERE ref = ?', [ref]))?.n);
    const timeline = await db.all<Record<string, unknown>>(
      `SELECT a.month, count(DISTINCT a.id) AS count FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.ref = ? AND a.month IS NOT NULL GROUP BY a.month ORDER BY a.month`, [ref]);
    const cooccurring = await db.all<Record<string, unknown>>(
      `SELECT e.ref, e.name, e.type, count(DISTINCT o.article_id) AS count
       FROM (SELECT DISTINCT article_id FROM mentions WHERE ref = ?) mine JOIN mentions o ON o.article_id = mine.article_id
       JOIN entities e ON e.ref = o.ref WHERE o.ref <> ? GROUP BY e.ref, e.name, e.type ORDER BY count DESC, e.ref LIMIT ${LIST_LIMIT}`, [ref, ref]);
    const quotes = await db.all<Record<string, unknown>>(
      `SELECT q.article_id, q.text, q.verb, a.published FROM quotes q JOIN articles a ON a.id = q.article_id
       WHERE q.speaker_ref = ? ORDER BY a.published IS NULL, a.published DESC LIMIT ${LIST_LIMIT}`, [ref]);
    const articles = await db.all<Record<string, unknown>>(
      `SELECT a.id, a.headline, a.agency, a.published FROM articles a
       WHERE a.id IN (SELECT article_id FROM mentions WHERE ref = ?) ORDER BY a.published IS NULL, a.published DESC LIMIT ${LIST_LIMIT}`, [ref]);
    const relations = await db.all<Record<string, unknown>>(
      `SELECT other, max(other_text) AS name, count(*) AS count, sum(COALESCE(score, 0)) AS score FROM (
         SELECT target_ref AS other, target_text AS other_text, score FROM events WHERE actor_ref = ? AND target_ref IS NOT NULL
         UNION ALL SELECT actor_ref, actor_text, score FROM events WHERE target_ref = ? AND actor_ref IS NOT NULL) x
       GROUP BY other ORDER BY count DESC, other LIMIT ${LIST_LIMIT}`, [ref, ref]);
    return {
      ref,
      name: e?.name ?? asActor?.name ?? ref,
      type: e?.type ?? 'ACTOR',
      count,
      timeline: timeline.map((r) => ({ month: String(r.month), count: num(r.count) })),
      cooccurring: cooccurring.map((r) => ({ ref: String(r.ref), name: String(r.name), type: String(r.type), count: num(r.count) })),
      quotes: quotes.map((r) => ({ articleId: String(r.article_id), text: String(r.text), verb: (r.verb as string) ?? null, published: (r.published as string) ?? null })),
      articles: articles.map(articleRef),
      relations: relations.map((r) => ({ ref: String(r.other), name: String(r.name ?? r.other), count: num(r.count), score: num(r.score) })),
    };
  }

  async stats(): Promise<Stats> {
    const db = this.db;
    const n = async (sql: string) => num((await db.get<{ n: number }>(sql))?.n);
    const range = await db.get<{ newest: string | null; oldest: string | null }>('SELECT max(published) AS newest, min(published) AS oldest FROM articles');
    const agencies = await db.all<Record<string, unknown>>(
      `SELECT agency AS value, count(*) AS count FROM articles WHERE agency IS NOT NULL GROUP BY agency ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`);
    return {
      articles: await n('SELECT count(*) AS n FROM articles'),
      entities: await n('SELECT count(*) AS n FROM entities'),
      quotes: await n('SELECT count(*) AS n FROM quotes'),
      events: await n('SELECT count(*) AS n FROM events'),
      rejected: await n('SELECT count(*) AS n FROM rejected'),
      agencies: agencies.map((r) => ({ value: String(r.value), count: num(r.count) })),
      newest: range?.newest ?? null,
      oldest: range?.oldest ?? null,
    };
  }

  async trending(window: TrendWindow): Promise<Trending> {
    const db = this.db;
    const newest = (await db.get<{ newest: string | null }>('SELECT max(published) AS newest FROM articles'))?.newest ?? null;
    if (!newest || Number.isNaN(Date.parse(newest))) return { window, since: null, until: null, entities: [], agencies: [], articles: [] };
    const day = 86_400_000;
    const untilMs = Date.parse(newest.slice(0, 10)) + day; // the end of the newest article's day
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const span = WINDOW_DAYS[window] * day;
    const until = iso(untilMs), since = iso(untilMs - span), before = iso(untilMs - 2 * span);
    const entities = await db.all<Record<string, unknown>>(
      `SELECT e.ref, e.name, e.type,
         count(DISTINCT CASE WHEN a.published >= ? THEN a.id END) AS count,
         count(DISTINCT CASE WHEN a.published < ? THEN a.id END) AS previous
       FROM articles a JOIN mentions m ON m.article_id = a.id JOIN entities e ON e.ref = m.ref
       WHERE a.published >= ? AND a.published < ? GROUP BY e.ref, e.name, e.type
       ORDER BY count DESC, e.ref LIMIT ${LIST_LIMIT}`, [since, since, before, until]);
    const agencies = await db.all<Record<string, unknown>>(
      `SELECT agency AS value, sum(CASE WHEN published >= ? THEN 1 ELSE 0 END) AS count, sum(CASE WHEN published < ? THEN 1 ELSE 0 END) AS previous
       FROM articles WHERE agency IS NOT NULL AND published >= ? AND published < ? GROUP BY agency ORDER BY count DESC, value LIMIT ${LIST_LIMIT}`,
      [since, since, before, until]);
    const articles = await db.all<Record<string, unknown>>(
      `SELECT id, headline, agency, published FROM articles WHERE published >= ? AND published < ? ORDER BY published DESC, id LIMIT ${LIST_LIMIT}`, [since, until]);
    return {
      window, since, until,
      entities: entities.filter((r) => num(r.count) > 0).map((r) => ({ ref: String(r.ref), name: String(r.name), type: String(r.type), count: num(r.count), previous: num(r.previous) })),
      agencies: agencies.filter((r) => num(r.count) > 0).map((r) => ({ value: String(r.value), count: num(r.count), previous: num(r.previous) })),
      articles: articles.map(articleRef),
    };
  }

  async relations(q: { a: string; b?: string; from?: string; until?: string }): Promise<Relations> {
    const pair = q.b
      ? { sql: '((e.actor_ref = ? AND e.target_ref = ?) OR (e.actor_ref = ? AND e.target_ref = ?))', params: [q.a, q.b, q.b, q.a] }
      : { sql: '(e.actor_ref = ? OR e.target_ref = ?)', params: [q.a, q.a] };
    const days = dayBounds(q.from, q.until);
    const where = `${pair.sql} AND ${days.sql}`;
    const params: Param[] = [...pair.params, ...days.params];
    const counts = await this.db.all<Record<string, unknown>>(`SELECT e.type, count(*) AS n FROM events e WHERE ${where} GROUP BY e.type ORDER BY e.type`, params);
    const months = await this.db.all<Record<string, unknown>>(
      `SELECT e.month, count(*) AS n, sum(COALESCE(e.score, 0)) AS score FROM events e WHERE ${where} AND e.month IS NOT NULL GROUP BY e.month ORDER BY e.month`, params);
    const events = await this.db.all<Record<string, unknown>>(
      `SELECT e.*, a.headline, a.published FROM events e JOIN articles a ON a.id = e.article_id WHERE ${where}
       ORDER BY a.published IS NULL, a.published DESC, e.article_id, e.start_offset LIMIT 500`, params);
    return {
      a: q.a, b: q.b ?? null,
      counts: Object.fromEntries(counts.map((r) => [String(r.type), num(r.n)])),
      months: months.map((r) => ({ month: String(r.month), count: num(r.n), score: Math.round(num(r.score) * 100) / 100 })),
      events: events.map((r) => ({
        type: String(r.type), mode: (r.mode as string) ?? null, negated: num(r.negated) === 1, articleId: String(r.article_id),
        headline: (r.headline as string) ?? null, published: (r.published as string) ?? null, sentence: (r.sentence as string) ?? null,
        start: num(r.start_offset), end: num(r.end_offset),
        actor: { text: (r.actor_text as string) ?? null, ref: (r.actor_ref as string) ?? null },
        target: { text: (r.target_text as string) ?? null, ref: (r.target_ref as string) ?? null },
      })),
    };
  }

  async network(q: { from?: string; until?: string; limit?: number }): Promise<Network> {
    const limit = Math.max(1, Math.min(q.limit ?? 100, 1000));
    const days = dayBounds(q.from, q.until);
    const rows = await this.db.all<Record<string, unknown>>(
      `SELECT CASE WHEN actor_ref < target_ref THEN actor_ref ELSE target_ref END AS a,
              CASE WHEN actor_ref < target_ref THEN target_ref ELSE actor_ref END AS b,
              type, count(*) AS n, sum(COALESCE(score, 0)) AS score
       FROM events e WHERE actor_ref IS NOT NULL AND target_ref IS NOT NULL AND actor_ref <> target_ref AND ${days.sql}
       GROUP BY 1, 2, type`, days.params);
    const edges = new Map<string, Network['edges'][number]>();
    for (const r of rows) {
      const key = `${r.a}\u0000${r.b}`;
      const e = edges.get(key) ?? { a: String(r.a), b: String(r.b), count: 0, score: 0, types: {} };
      e.count += num(r.n);
      e.score += num(r.score);
      e.types[String(r.type)] = (e.types[String(r.type)] ?? 0) + num(r.n);
      edges.set(key, e);
    }
    const top = [...edges.values()].sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)).slice(0, limit);
    for (const e of top) e.score = Math.round(e.score * 100) / 100;
    const counts = new Map<string, number>();
    for (const e of top) { counts.set(e.a, (counts.get(e.a) ?? 0) + e.count); counts.set(e.b, (counts.get(e.b) ?? 0) + e.count); }
    const refs = [...counts.keys()];
    const names = new Map<string, { name: string; type: string }>();
    for (let i = 0; i < refs.length; i += 500) {
      const chunk = refs.slice(i, i + 500);
      for (const r of await this.db.all<{ ref: string; name: string; type: string }>(
        `SELECT ref, name, type FROM entities WHERE ref IN (${chunk.map(() => '?').join(',')})`, chunk)) names.set(r.ref, r);
    }
    for (const ref of refs.filter((r) => !names.has(r))) {
      const t = await this.db.get<{ name: string | null }>(
        'SELECT max(CASE WHEN actor_ref = ? THEN actor_text ELSE target_text END) AS name FROM events WHERE actor_ref = ? OR target_ref = ?', [ref, ref, ref]);
      names.set(ref, { name: t?.name ?? ref, type: 'ACTOR' });
    }
    return {
      nodes: refs.map((ref) => ({ ref, name: names.get(ref)!.name, type: names.get(ref)!.type, count: counts.get(ref)! })).sort((x, y) => y.count - x.count),
      edges: top,
    };
  }

  async rejected(limit = 100): Promise<RejectedRow[]> {
    const rows = await this.db.all<Record<string, unknown>>('SELECT id, origin, reason, at FROM rejected ORDER BY id DESC LIMIT ?', [limit]);
    return rows.map((r) => ({ id: num(r.id), origin: (r.origin as string) ?? null, reason: String(r.reason), at: String(r.at) }));
  }

  async count(): Promise<number> {
    return num((await this.db.get<{ n: number }>('SELECT count(*) AS n FROM articles'))?.n);
  }

  async optimize(): Promise<void> {
    if (this.db.dialect === 'sqlite') await this.write((tx) => tx.run("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')"));
    else await this.db.exec('ANALYZE articles');
  }

  async schemaVersion(): Promise<number> {
    return num((await this.db.get<{ v: number }>('SELECT max(version) AS v FROM migrations'))?.v);
  }

  async close(): Promise<void> { await this.db.close(); }
}
