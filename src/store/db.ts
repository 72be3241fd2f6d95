// A thin SQL connection over the two engines, so the store's SQL is written once. SQL uses `?` placeholders
// (rewritten to $1.. for PostgreSQL); values are always bound, never spliced into SQL text.
import type { DatabaseSync, StatementSync, SQLInputValue } from 'node:sqlite';
import type { Pool, PoolClient } from 'pg';

export type Dialect = 'sqlite' | 'postgres';
export type Param = string | number | null;
export type Row = Record<string, unknown>;

export interface Db {
  readonly dialect: Dialect;
  all<T = Row>(sql: string, params?: Param[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: Param[]): Promise<T | undefined>;
  /** Rows as arrays of column values (no object per row: much cheaper for long results). */
  rows(sql: string, params?: Param[]): Promise<unknown[][]>;
  run(sql: string, params?: Param[]): Promise<number>;
  /** Several statements without parameters (DDL). */
  exec(sql: string): Promise<void>;
  /** All-or-nothing: fn's writes commit together or not at all. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  readonly raw: DatabaseSync;
  private readonly cache = new Map<string, StatementSync>();
  private readonly arrayCache = new Map<string, StatementSync>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(raw: DatabaseSync) { this.raw = raw; }

  private stmt(sql: string, arrays = false): StatementSync {
    const cache = arrays ? this.arrayCache : this.cache;
    let s = cache.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      if (arrays) s.setReturnArrays(true);
      if (cache.size > 500) cache.clear();
      cache.set(sql, s);
    }
    return s;
  }

  async all<T = Row>(sql: string, params: Param[] = []): Promise<T[]> {
    return this.stmt(sql).all(...(params as SQLInputValue[])) as T[];
  }
  async get<T = Row>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return this.stmt(sql).get(...(params as SQLInputValue[])) as T | undefined;
  }
  async rows(sql: string, params: Param[] = []): Promise<unknown[][]> {
    return this.stmt(sql, true).all(...(params as SQLInputValue[])) as unknown as unknown[][];
  }
  async run(sql: string, params: Param[] = []): Promise<number> {
    return Number(this.stmt(sql).run(...(params as SQLInputValue[])).changes);
  }
  async exec(sql: string): Promise<void> { this.raw.exec(sql); }

  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    // One connection: transactions run one after another.
    const next = this.queue.then(async () => {
      this.raw.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(this);
        this.raw.exec('COMMIT');
        return out;
      } catch (err) {
        if (this.raw.isTransaction) this.raw.exec('ROLLBACK');
        throw err;
      } finally {
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.raw.isOpen) this.raw.close();
  }
}

/** `?` -> `$n` (our SQL never has a literal question mark). */
export function toPgParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

class PgConnection implements Db {
  readonly dialect = 'postgres' as const;
  protected readonly client: Pool | PoolClient;
  constructor(client: Pool | PoolClient) { this.client = client; }
  async all<T = Row>(sql: string, params: Param[] = []): Promise<T[]> {
    return (await this.client.query(toPgParams(sql), params)).rows as T[];
  }
  async get<T = Row>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
  async rows(sql: string, params: Param[] = []): Promise<unknown[][]> {
    return (await this.client.query({ text: toPgParams(sql), values: params, rowMode: 'array' })).rows as unknown[][];
  }
  async run(sql: string, params: Param[] = []): Promise<number> {
    return (await this.client.query(toPgParams(sql), params)).rowCount ?? 0;
  }
  async exec(sql: string): Promise<void> { await this.client.query(sql); }
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> { return fn(this); }
  async close(): Promise<void> {}
}

export class PgDb extends PgConnection {
  private readonly pool: Pool;
  constructor(pool: Pool) { super(pool); this.pool = pool; }

  override async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn(new PgConnection(client));
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  override async close(): Promise<void> { await this.pool.end(); }
}
