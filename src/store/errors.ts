// Store failures as one readable line: a full disk, a read-only file, a file that is not a store.

/** A store failure the caller can act on: `kind` says which (the server answers 503 for a full or read-only disk). */
export class StoreError extends Error {
  readonly kind: 'full' | 'read-only' | 'cannot-open' | 'not-a-store' | 'other';
  constructor(message: string, kind: StoreError['kind']) {
    super(message);
    this.kind = kind;
  }
}

/** One readable line for what went wrong with the store's file or disk. */
export function storeError(where: string, err: unknown): Error {
  if (err instanceof StoreError) return err;
  const e = err as { code?: string; errcode?: number; errstr?: string; message?: string };
  const msg = e.message ?? String(err);
  const primary = typeof e.errcode === 'number' ? e.errcode & 0xff : -1;
  if (primary === 13 || /database or disk is full|ENOSPC/.test(msg)) return new StoreError(`${where}: the disk is full (nothing from this batch was written)`, 'full');
  if (primary === 8 || /readonly|read-only|EROFS|EACCES|EPERM/i.test(msg)) return new StoreError(`${where}: the store is read-only (${msg})`, 'read-only');
  if (primary === 14 || /unable to open/.test(msg)) return new StoreError(`${where}: cannot open the store file (${msg})`, 'cannot-open');
  if (primary === 26 || /not a database/.test(msg)) return new StoreError(`${where}: not a Rasad store (not an SQLite database)`, 'not-a-store');
  return new StoreError(`${where}: ${msg}`, 'other');
}
