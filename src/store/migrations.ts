// Versioned schema migrations. Each runs once, in its own transaction, and records itself in `migrations`;
// a store made by an older version is upgraded in place (data kept, new tables back-filled from article JSON).
import type { Article } from '../article.ts';
import type { Db } from './db.ts';
import { insertEvents, assignCluster, entityRefsOf } from './rows.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): Promise<void>;
}

function articlesDdl(db: Db): string {
  if (db.dialect === 'sqlite') {
    return `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        headline TEXT, lead TEXT, agency TEXT, service TEXT, published TEXT, month TEXT, url TEXT,
        body TEXT NOT NULL, fingerprint TEXT, json TEXT NOT NULL, ingested_at TEXT NOT NULL);
      CREATE VIRTUAL TABLE articles_fts USING fts5(headline, body, content='', contentless_delete=1, tokenize='ascii');`;
  }
  return `
    CREATE TABLE articles (
      seq BIGSERIAL UNIQUE,
      id TEXT PRIMARY KEY,
      headline TEXT, lead TEXT, agency TEXT, service TEXT, published TEXT, month TEXT, url TEXT,
      body TEXT NOT NULL, fingerprint TEXT, json TEXT NOT NULL, ingested_at TEXT NOT NULL,
      terms TSVECTOR NOT NULL);
    CREATE INDEX articles_terms ON articles USING GIN (terms);`;
}

function serial(db: Db): string {
  return db.dialect === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'BIGSERIAL PRIMARY KEY';
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, full-text index, entities, mentions, quotes, dates, sources, rejected documents',
    async up(db) {
      await db.exec(`${articlesDdl(db)}
        CREATE INDEX articles_published ON articles (published);
        CREATE INDEX articles_agency ON articles (agency);
        CREATE TABLE sources (article_id TEXT NOT NULL, source TEXT NOT NULL);
        CREATE INDEX sources_article ON sources (article_id);
        CREATE TABLE entities (ref TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL);
        CREATE INDEX entities_name ON entities (name);
        CREATE TABLE mentions (article_id TEXT NOT NULL, ref TEXT, text TEXT NOT NULL, type TEXT NOT NULL,
          start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL);
        CREATE INDEX mentions_article ON mentions (article_id);
        CREATE INDEX mentions_ref ON mentions (ref, article_id);
        CREATE TABLE quotes (article_id TEXT NOT NULL, speaker_text TEXT, speaker_ref TEXT, verb TEXT, text TEXT NOT NULL,
          start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, direct INTEGER NOT NULL);
        CREATE INDEX quotes_article ON quotes (article_id);
        CREATE INDEX quotes_speaker ON quotes (speaker_ref);
        CREATE TABLE dates (article_id TEXT NOT NULL, text TEXT NOT NULL, value TEXT NOT NULL,
          start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL);
        CREATE INDEX dates_article ON dates (article_id);
        CREATE TABLE rejected (id ${serial(db)}, origin TEXT, reason TEXT NOT NULL, at TEXT NOT NULL);
        CREATE UNIQUE INDEX rejected_origin ON rejected (origin, reason);`);
    },
  },
  {
    version: 2,
    name: 'events (actor -> action -> target), back-filled from stored article JSON',
    async up(db) {
      await db.exec(`
        CREATE TABLE events (article_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT,
          actor_ref TEXT, actor_text TEXT, target_ref TEXT, target_text TEXT, negated INTEGER NOT NULL,
          time TEXT, day TEXT, month TEXT, score REAL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, sentence TEXT);
        CREATE INDEX events_article ON events (article_id);
        CREATE INDEX events_actor ON events (actor_ref, target_ref);
        CREATE INDEX events_target ON events (target_ref, actor_ref);
        CREATE INDEX events_day ON events (day);`);
      for (const row of await db.all<{ json: string }>('SELECT json FROM articles ORDER BY seq')) {
        await insertEvents(db, JSON.parse(row.json) as Article);
      }
    },
  },
  {
    version: 3,
    name: 'story clusters by fingerprint similarity',
    async up(db) {
      await db.exec(`
        ALTER TABLE articles ADD COLUMN cluster TEXT;
        CREATE INDEX articles_cluster ON articles (cluster);
        CREATE TABLE fingerprint_bands (band TEXT NOT NULL, article_id TEXT NOT NULL);
        CREATE INDEX fingerprint_bands_band ON fingerprint_bands (band);`);
      for (const row of await db.all<{ id: string; fingerprint: string | null }>('SELECT id, fingerprint FROM articles ORDER BY seq')) {
        await assignCluster(db, row.id, row.fingerprint);
      }
    },
  },
  {
    version: 4,
    name: 'per-article entity lists for fast facets (a narrow table: no overflow pages of the article row to read)',
    async up(db) {
      await db.exec('CREATE TABLE article_entities (article_id TEXT PRIMARY KEY, refs TEXT NOT NULL)');
      for (const row of await db.all<{ id: string; json: string }>('SELECT id, json FROM articles ORDER BY seq')) {
        await db.run('INSERT INTO article_entities (article_id, refs) VALUES (?, ?)', [row.id, entityRefsOf(JSON.parse(row.json) as Article)]);
      }
    },
  },
  {
    version: 5,
    name: 'mentions indexed by (article, type) for type: filters',
    async up(db) {
      await db.exec('CREATE INDEX mentions_article_type ON mentions (article_id, type); DROP INDEX mentions_article;');
    },
  },
  {
    version: 6,
    name: 'settings (the analyzer signature the full-text index was built with)',
    async up(db) {
      await db.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    },
  },
  {
    version: 7,
    name: 'PostgreSQL: full-text terms in a narrow table (matching a frequent word then visits ~10 MB of heap per 100k articles, not the wide article rows)',
    async up(db) {
      if (db.dialect !== 'postgres') return;
      await db.exec(`
        CREATE TABLE article_terms (seq BIGINT PRIMARY KEY, terms TSVECTOR NOT NULL);
        INSERT INTO article_terms (seq, terms) SELECT seq, terms FROM articles;
        CREATE INDEX article_terms_gin ON article_terms USING GIN (terms);
        DROP INDEX articles_terms;
        ALTER TABLE articles DROP COLUMN terms;
        ANALYZE article_terms;`);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Bring the schema up to `target` (default: latest). Returns the version reached. */
export async function migrate(db: Db, target = LATEST_VERSION): Promise<number> {
  await db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((await db.all<{ version: number }>('SELECT version FROM migrations')).map((r) => Number(r.version)));
  let reached = Math.max(0, ...done);
  for (const m of MIGRATIONS) {
    if (m.version > target || done.has(m.version)) continue;
    await db.transaction(async (tx) => {
      // Another process may have migrated meanwhile (PostgreSQL): re-check inside the transaction.
      if (tx.dialect === 'postgres') await tx.exec('LOCK TABLE migrations IN EXCLUSIVE MODE');
      if (await tx.get('SELECT 1 AS x FROM migrations WHERE version = ?', [m.version])) return;
      await m.up(tx);
      await tx.run('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
    });
    reached = m.version;
  }
  return reached;
}
