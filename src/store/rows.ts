// Writing one Article into the relational tables (shared by both back ends; only the full-text row differs).
import type { Article, EntityMention, EntityType } from '../article.ts';
import { similarity, DUPLICATE_THRESHOLD } from '../news/index.ts';
import { indexTerms, termSpans } from '../analysis/index.ts';
import type { Db, Param } from './db.ts';
import type { Rejected } from './types.ts';

/** Named-entity types that become rows of `entities`; numbers and dates stay in the article JSON / dates. */
const NAMED: Partial<Record<EntityType, string>> = {
  PER: 'person', ORG: 'org', LOC: 'place', FAC: 'facility', EVE: 'event', PRO: 'product', NAT: 'nationality',
};

/** The canonical ref of a mention; unresolved names get a slug ref so every name has an entity page. */
export function entityRef(m: Pick<EntityMention, 'ref' | 'type' | 'text'>): string | null {
  if (m.ref) return m.ref;
  const kind = NAMED[m.type];
  return kind ? `${kind}:${m.text.trim().replace(/[\s\u200C]+/g, '-')}` : null;
}

export function monthOf(iso: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2})/.exec(iso ?? '');
  return m ? m[1] : null;
}

export function dayOf(iso: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso ?? '');
  return m ? m[1] : null;
}

const ROWS_PER_STATEMENT = 50;

/** Multi-row INSERT (fewer statements per article); values are bound, the SQL shape is ours. */
export async function insertRows(db: Db, table: string, columns: string[], rows: Param[][], conflict = ''): Promise<void> {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    await db.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')} ${conflict}`, chunk.flat());
  }
}

const MAX_POSITION = 16383; // PostgreSQL's tsvector position limit

/** A tsvector literal from our own terms (no PostgreSQL parser involved); headline terms weigh A. */
export function tsvectorLiteral(headline: string[], body: string[]): string {
  const positions = new Map<string, string[]>();
  const add = (term: string, pos: number, weight: string) => {
    const list = positions.get(term) ?? [];
    if (list.length < 256) list.push(`${Math.min(pos, MAX_POSITION)}${weight}`);
    positions.set(term, list);
  };
  headline.forEach((t, i) => add(t, i + 1, 'A'));
  const offset = headline.length + 2; // a gap so a phrase never spans headline and body
  body.forEach((t, i) => add(t, offset + i, ''));
  return Array.from(positions, ([t, ps]) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}':${ps.join(',')}`).join(' ');
}

function sentenceAt(article: Article, offset: number): string | null {
  const s = article.sentences.find((x) => x.start <= offset && offset < x.end) ?? article.sentences.find((x) => x.start <= offset && offset <= x.end);
  return s ? article.text.slice(s.start, s.end) : null;
}

export async function insertEvents(db: Db, a: Article): Promise<void> {
  await insertRows(db, 'events', ['article_id', 'type', 'mode', 'actor_ref', 'actor_text', 'target_ref', 'target_text', 'negated', 'time', 'day',
    'month', 'score', 'start_offset', 'end_offset', 'sentence'], (a.events ?? []).map((e) => [
    // A party named only by its office («وزیر امور خارجه روسیه», «همتای ایرانی») has no ref of its own but
    // acts for its country: the dyad is that country's, so relations and the network see the event.
    a.id, e.type, e.mode ?? null, e.actor?.ref ?? e.actorCountry ?? null, e.actor?.text ?? null, e.target?.ref ?? e.targetCountry ?? null, e.target?.text ?? null,
    // an event without its own time happened when the article says it did, unless the text recalls it from the
    // past (an anniversary, a past war): then it has no day, and stays out of this month's relations
    e.negated ? 1 : 0, e.time ?? null, dayOf(e.time) ?? (e.historical ? null : dayOf(a.published)),
    monthOf(e.time) ?? (e.historical ? null : monthOf(a.published)), e.score ?? null,
    e.start, e.end, sentenceAt(a, e.start)]));
}

// Story clusters: the news module's MinHash fingerprints (64 16-bit values as hex) are cut into bands of two
// values (locality-sensitive hashing); articles sharing a band are candidates, and the most similar candidate at
// or above the news module's duplicate threshold gives the new article its cluster.
const BAND_CHARS = 8;

function bands(fp: string): string[] {
  if (fp.length < BAND_CHARS * 2) return [`0:${fp}`];
  const out: string[] = [];
  for (let i = 0; i + BAND_CHARS <= fp.length; i += BAND_CHARS) out.push(`${i / BAND_CHARS}:${fp.slice(i, i + BAND_CHARS)}`);
  return out;
}

export function fingerprintSimilarity(a: string, b: string): number {
  return similarity(a, b);
}

/** The distinct entities of an article as `TYPE<TAB>ref` lines (what search facets count). */
export function entityRefsOf(a: Article): string {
  const seen = new Set<string>();
  for (const m of a.entities ?? []) {
    const ref = entityRef(m);
    if (ref) seen.add(`${m.type}\t${ref}`);
  }
  return [...seen].join('\n');
}

export async function assignCluster(db: Db, id: string, fp: string | null | undefined): Promise<void> {
  const update = (cluster: string) => db.run('UPDATE articles SET cluster = ? WHERE id = ?', [cluster, id]);
  if (!fp) { await update(id); return; }
  const myBands = bands(fp);
  let best: { cluster: string; sim: number } | null = null;
  const candidates = await db.all<{ id: string; fingerprint: string; cluster: string | null }>(
    `SELECT DISTINCT a.id, a.fingerprint, a.cluster FROM fingerprint_bands b JOIN articles a ON a.id = b.article_id
     WHERE b.band IN (${myBands.map(() => '?').join(', ')}) AND a.id <> ? LIMIT 200`, [...myBands, id]);
  for (const r of candidates) {
    const sim = fingerprintSimilarity(fp, r.fingerprint);
    if (sim >= DUPLICATE_THRESHOLD && (!best || sim > best.sim)) best = { cluster: r.cluster ?? r.id, sim };
  }
  await insertRows(db, 'fingerprint_bands', ['band', 'article_id'], myBands.map((b) => [b, id]));
  await update(best?.cluster ?? id);
}

/** Insert one article and its parts. Returns false (and writes nothing) when the id is already stored.
 * `knownRefs`: entity refs certainly stored already (their upsert is skipped); refs this article adds to
 * `entities` are put in `addedRefs`. */
export interface ArticleTerms { head: string[]; body: string[] }

/** Terms an analysis worker computed beside the article, so the writing thread does not tokenize again. */
const computedTerms = new WeakMap<object, ArticleTerms>();
export function rememberTerms(a: object, terms: ArticleTerms): void { computedTerms.set(a, terms); }

/** The index terms of an article: headline + lead, and body (Article.text is normalized already). */
export function articleTerms(a: Pick<Article, 'headline' | 'lead' | 'text'>): ArticleTerms {
  return computedTerms.get(a) ?? { head: indexTerms([a.headline, a.lead].filter(Boolean).join('\n')), body: termSpans(a.text).map((t) => t.term) };
}

/** Rebuild one article's full-text entry from its stored JSON (after the analyzer changed). */
export async function reindexArticle(db: Db, seq: number, a: Article): Promise<void> {
  const { head, body } = articleTerms(a);
  if (db.dialect === 'sqlite') {
    await db.run('DELETE FROM articles_fts WHERE rowid = ?', [seq]);
    await db.run('INSERT INTO articles_fts (rowid, headline, body) VALUES (?, ?, ?)', [seq, head.join(' '), body.join(' ')]);
  } else {
    await db.run('UPDATE article_terms SET terms = ?::tsvector WHERE seq = ?', [tsvectorLiteral(head, body), seq]);
  }
}

export async function insertArticle(db: Db, a: Article, now: string, knownRefs?: Set<string>, addedRefs?: Set<string>): Promise<boolean> {
  const json = JSON.stringify(a);
  const cols = [a.id, a.headline, a.lead, a.agency, a.service, a.published, monthOf(a.published), a.url ?? null, a.text, a.fingerprint ?? null, json, now];
  const { head: headTerms, body: bodyTerms } = articleTerms(a);
  const row = await db.get<{ seq: number }>(
    `INSERT INTO articles (id, headline, lead, agency, service, published, month, url, body, fingerprint, json, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING seq`, cols);
  if (!row) return false;
  if (db.dialect === 'sqlite') {
    await db.run('INSERT INTO articles_fts (rowid, headline, body) VALUES (?, ?, ?)', [row.seq, headTerms.join(' '), bodyTerms.join(' ')]);
  } else {
    await db.run('INSERT INTO article_terms (seq, terms) VALUES (?, ?::tsvector)', [row.seq, tsvectorLiteral(headTerms, bodyTerms)]);
  }
  await insertRows(db, 'sources', ['article_id', 'source'], (a.sources ?? []).map((x) => [a.id, x]));
  const mentions: Param[][] = [];
  const entities = new Map<string, Param[]>();
  for (const m of a.entities ?? []) {
    const ref = entityRef(m);
    if (!ref) continue;
    if (!entities.has(ref) && !knownRefs?.has(ref)) entities.set(ref, [ref, m.text, m.type]);
    mentions.push([a.id, ref, m.text, m.type, m.start, m.end]);
  }
  await insertRows(db, 'entities', ['ref', 'name', 'type'], [...entities.values()], 'ON CONFLICT (ref) DO NOTHING');
  for (const ref of entities.keys()) addedRefs?.add(ref);
  await insertRows(db, 'mentions', ['article_id', 'ref', 'text', 'type', 'start_offset', 'end_offset'], mentions);
  await insertRows(db, 'quotes', ['article_id', 'speaker_text', 'speaker_ref', 'verb', 'text', 'start_offset', 'end_offset', 'direct'],
    (a.quotes ?? []).map((q) => [a.id, q.speaker?.text ?? null, q.speaker?.ref ?? null, q.verb, q.text, q.start, q.end, q.direct ? 1 : 0]));
  await insertRows(db, 'dates', ['article_id', 'text', 'value', 'start_offset', 'end_offset'],
    (a.dates ?? []).map((d) => [a.id, d.text, d.value, d.start, d.end]));
  return true;
}

/** Set-aside documents; the same (origin, reason) is kept once, so a resumed ingest does not repeat them. */
export async function insertRejected(db: Db, items: Rejected[], at: string): Promise<void> {
  for (const r of items) {
    await db.run('INSERT INTO rejected (origin, reason, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [r.origin, r.reason.slice(0, 2000), at]);
  }
}
