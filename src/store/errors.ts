// Store failures as one readable line: a full disk, a read-only file, a file that is not a store.

/** One readable line for what went wrong with the store's file or disk. */
export function storeError(where: string, err: unknown): Error {
  const e = err as { code?: string; errcode?: number; errstr?: string; message?: string };
  const msg = e.message ?? String(err);
  const primary = typeof e.errcode === 'number' ? e.errcode & 0xff : -1;
  if (primary === 13 || /database or disk is full|ENOSPC/.test(msg)) return new Error(`${where}: the disk is full (nothing from this batch was written)`);
  if (primary === 8 || /readonly|read-only|EROFS|EACCES|EPERM/i.test(msg)) return new Error(`${where}: the store is read-only (${msg})`);
  if (primary === 14 || /unable to open/.test(msg)) return new Error(`${where}: cannot open the store file (${msg})`);
  if (primary === 26 || /not a database/.test(msg)) return new Error(`${where}: not a Rasad store (not an SQLite database)`);
  return new Error(`${where}: ${msg}`);
}
