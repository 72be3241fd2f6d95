// openStore(): the embedded SQLite file by default, PostgreSQL when a postgres:// URL is given
// (explicitly or through RASAD_DATABASE_URL). Opening migrates the schema to the latest version.
import { mkdirSync, existsSync, statSync, accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import { SqliteDb, PgDb } from './db.ts';
import { migrate, LATEST_VERSION } from './migrations.ts';
import { ensureAnalyzer, analyzerSignature } from './analyzer-check.ts';
import { SqlStore } from './store.ts';
import type { Store } from './types.ts';
import { storeError, StoreError } from './errors.ts';

export { storeError } from './errors.ts';

export type * from './types.ts';
export { LATEST_VERSION } from './migrations.ts';

export const DEFAULT_DB_PATH = './data/rasad.db';

export interface OpenOptions {
  /** SQLite file; wins over RASAD_DATABASE_URL when given */
  path?: string;
  /** postgres:// URL */
  url?: string;
  /** migrate only up to this version (tests of upgrades) */
  version?: number;
  /** SQLite: fail instead of creating a new, empty store (commands that only read) */
  mustExist?: boolean;
}

function redact(url: string): string {
  try { const u = new URL(url); if (u.password) u.password = '***'; return u.toString(); } catch { return 'postgres://…'; }
}

async function openSqlite(path: string, version: number, mustExist = false): Promise<Store> {
  const { DatabaseSync } = await import('node:sqlite');
  const file = resolve(path);
  if (mustExist && !existsSync(file)) throw new Error(`${path}: no store there (make one with: rasad ingest FILES --db ${path})`);
  try {
    if (existsSync(file) && statSync(file).isDirectory()) throw new Error('is a directory');
    mkdirSync(dirname(file), { recursive: true });
  } catch (err) {
    throw storeError(path, err);
  }
  let db: SqliteDb;
  let raw: InstanceType<typeof DatabaseSync> | undefined;
  try {
    raw = new DatabaseSync(file, { timeout: 10_000 });
    db = new SqliteDb(raw);
    if (storedVersion(raw) < version) {
      raw.exec('PRAGMA journal_mode = WAL');
      await migrate(db, version);
    }
    if (version >= 6) await ensureAnalyzer(db);
    raw.exec('PRAGMA synchronous = NORMAL');
    // Indexes of a large store do not fit SQLite's default 2 MB page cache; writes then wait on page reads.
    raw.exec('PRAGMA cache_size = -131072');
    // Checkpoint the WAL every ~40 MB instead of every 4 MB: an ingest commits a batch every 64 articles and
    // rewrites the same index pages; fewer checkpoints copy each page fewer times (COMMIT 0.27 -> 0.20 CPU-ms
    // per article, writes ~30% less wall time on this disk).
    raw.exec('PRAGMA wal_autocheckpoint = 10000');
    raw.exec('PRAGMA temp_store = MEMORY');
    raw.exec('PRAGMA foreign_keys = OFF');
  } catch (err) {
    // A store on a read-only disk: SQLite cannot create the WAL's -shm file beside it, so even reading
    // fails. Open it immutable (no locks, no WAL) so search and stats still work; writes then fail with
    // «the store is read-only».
    if (raw?.isOpen) raw.close();
    if (existsSync(file) && !writable(dirname(file))) return openReadOnly(DatabaseSync, path, file, version);
    throw storeError(path, err);
  }
  return new SqlStore(db, path, `${file}-catalog`);
}

/** The schema version a SQLite store was migrated to (0 for a new file). */
function storedVersion(raw: import('node:sqlite').DatabaseSync): number {
  const table = raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'migrations'").get() as { n: number };
  return table.n > 0 ? Number((raw.prepare('SELECT max(version) AS v FROM migrations').get() as { v: number }).v) : 0;
}

function writable(dir: string): boolean {
  try { accessSync(dir, constants.W_OK); return true; } catch { return false; }
}

async function openReadOnly(DatabaseSync: typeof import('node:sqlite').DatabaseSync, path: string, file: string, version: number): Promise<Store> {
  let db: SqliteDb;
  let current: boolean;
  try {
    const url = pathToFileURL(file);
    url.searchParams.set('immutable', '1');
    const raw = new DatabaseSync(url, { readOnly: true });
    db = new SqliteDb(raw);
    const analyzer = version >= 6 ? (raw.prepare("SELECT value FROM settings WHERE key = 'analyzer'").get() as { value: string } | undefined)?.value : analyzerSignature();
    current = storedVersion(raw) >= version && analyzer === analyzerSignature();
    if (!current) raw.close();
  } catch (err) {
    throw storeError(path, err);
  }
  if (!current) throw new StoreError(`${path}: the store is on a read-only disk and needs an upgrade by this version of Rasad; copy it to a writable disk and open it there once`, 'read-only');
  return new SqlStore(db, path, `${file}-catalog`);
}

async function openPostgres(url: string, version: number): Promise<Store> {
  const pg = (await import('pg')).default;
  pg.types.setTypeParser(20, (v: string) => Number(v)); // count(*) is bigint
  pg.types.setTypeParser(1700, (v: string) => Number(v)); // sum() of numerics
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const db = new PgDb(pool);
  try {
    await migrate(db, version);
    if (version >= 6) await ensureAnalyzer(db);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new Error(`${redact(url)}: ${(err as Error).message}`);
  }
  return new SqlStore(db, redact(url));
}

export async function openStore(opts: OpenOptions = {}): Promise<Store> {
  const version = opts.version ?? LATEST_VERSION;
  const url = opts.url ?? (opts.path ? undefined : process.env.RASAD_DATABASE_URL);
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`${url}: not a postgres:// URL`);
    return openPostgres(url, version);
  }
  return openSqlite(opts.path ?? DEFAULT_DB_PATH, version, opts.mustExist);
}
