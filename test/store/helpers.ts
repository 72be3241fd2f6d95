// Shared by the store, search, server and ingest tests: synthetic articles and the two back ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Article, EntityMention, Event, Quote } from '../../src/article.ts';
import { openStore, type OpenOptions } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';
import type { SqlStore } from '../../src/store/store.ts';
import type { SqliteDb } from '../../src/store/db.ts';

let counter = 0;

/** The node:sqlite handle under an embedded store, for tests that set pragmas or read them. */
export function sqliteHandle(store: Store): SqliteDb['raw'] {
  return ((store as SqlStore).db as SqliteDb).raw;
}

export interface ArticleInit {
  headline?: string; text: string; agency?: string | null; published?: string | null;
  entities?: { text: string; type: EntityMention['type']; ref?: string }[];
  events?: (Omit<Event, 'start' | 'end'> & { anchor: string })[];
  quotes?: { speaker: string; ref?: string; verb: string; text: string }[];
  fingerprint?: string; id?: string;
}

/** An Article as analyze() would give it, with spans found by searching the text. */
export function makeArticle(init: ArticleInit): Article {
  const text = init.text;
  const sentences: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^.!؟?]+[.!؟?]?/g)) if (m[0].trim()) sentences.push({ start: m.index, end: m.index + m[0].length });
  const at = (s: string) => { const k = text.indexOf(s); return { start: Math.max(0, k), end: Math.max(0, k) + s.length }; };
  const quotes: Quote[] = (init.quotes ?? []).map((q) => ({ speaker: { text: q.speaker, ref: q.ref }, verb: q.verb, text: q.text, direct: true, ...at(q.text) }));
  return {
    id: init.id ?? `t${(++counter).toString().padStart(6, '0')}${randomBytes(4).toString('hex')}`,
    headline: init.headline ?? null, lead: null, agency: init.agency ?? null, service: null, sources: [],
    published: init.published ?? null, url: null, text, sentences,
    entities: (init.entities ?? []).map((e) => ({ ...e, ...at(e.text) })),
    quotes, dates: [],
    events: (init.events ?? []).map(({ anchor, ...e }) => ({ ...e, ...at(anchor) })),
    fingerprint: init.fingerprint ?? '',
  };
}

export interface Backend {
  name: string;
  /** open a new, empty store (or reopen the same one with `again`) */
  open(opts?: Omit<OpenOptions, 'path' | 'url'>): Promise<Store>;
  cleanup(): Promise<void>;
  options: OpenOptions;
}

export function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-store-'));
  const options = { path: join(dir, 'rasad.db') };
  return {
    name: 'sqlite', options,
    open: (o = {}) => openStore({ ...options, ...o }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** PostgreSQL in a fresh schema of the test database; null (skip) when no test database is configured. */
export async function postgresBackend(): Promise<Backend | null> {
  const base = process.env.RASAD_TEST_DATABASE_URL;
  if (!base) {
    if (process.env.CI === 'true') throw new Error('RASAD_TEST_DATABASE_URL is not set: CI must run the PostgreSQL tests');
    return null;
  }
  const pg = (await import('pg')).default;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const options = { url: url.toString() };
  return {
    name: 'postgres', options,
    open: (o = {}) => openStore({ ...options, ...o }),
    cleanup: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

/** Both back ends, PostgreSQL only where configured (a message says when it is skipped). */
export async function backends(): Promise<Backend[]> {
  const pgb = await postgresBackend();
  if (!pgb) console.log('# PostgreSQL tests skipped: set RASAD_TEST_DATABASE_URL=postgres://… to run them');
  return pgb ? [sqliteBackend(), pgb] : [sqliteBackend()];
}
