// Input for ingest: files and directories through the news readers, plus feed-URL lists (a text file whose
// lines are feed URLs), fetched with Node's fetch; a failing URL is one error entry, the others go on.
import { readFile, stat } from 'node:fs/promises';
import type { ArticleSource } from '../article.ts';

export interface ReadFailure { error: string; origin: string }
export type ReadItem = ArticleSource | ReadFailure;

type ReadDocuments = (bytes: Uint8Array, opts: { name?: string }) => ReadItem[];
type ReadPaths = (paths: string[]) => AsyncIterable<ReadItem>;

export function isFailure(r: ReadItem): r is ReadFailure {
  return typeof (r as ReadFailure).error === 'string';
}

// The news module's index re-exports its readers once they are wired; until then take them from read.ts.
async function newsReaders(): Promise<{ readDocuments: ReadDocuments; readPaths: ReadPaths }> {
  const index = (await import('../news/index.ts')) as Record<string, unknown>;
  if (typeof index.readPaths === 'function' && typeof index.readDocuments === 'function') {
    return { readDocuments: index.readDocuments as ReadDocuments, readPaths: index.readPaths as ReadPaths };
  }
  const READ_MODULE = '../news/read.ts';
  const read = (await import(READ_MODULE)) as Record<string, unknown>;
  return { readDocuments: read.readDocuments as ReadDocuments, readPaths: read.readPaths as ReadPaths };
}

/** The news module's readDocuments (wire text, HTML, feeds, JSON Lines). */
export async function readDocuments(bytes: Uint8Array, name: string): Promise<ReadItem[]> {
  return (await newsReaders()).readDocuments(bytes, { name });
}

const URL_LINE = /^https?:\/\/\S+$/;
const MAX_LIST_BYTES = 1 << 20;

/** The URLs of a feed list, or null when the file is not one (every non-empty, non-# line must be a URL). */
export async function feedUrls(path: string): Promise<string[] | null> {
  try {
    const s = await stat(path);
    if (!s.isFile() || s.size > MAX_LIST_BYTES || s.size === 0) return null;
    const lines = (await readFile(path, 'utf8')).split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    return lines.length > 0 && lines.every((l) => URL_LINE.test(l)) ? lines : null;
  } catch {
    return null;
  }
}

export interface ReadInputOptions {
  fetch?: typeof fetch;
  /** per-URL time limit */
  timeoutMs?: number;
}

async function* fetchFeeds(urls: string[], readDocuments: ReadDocuments, opts: ReadInputOptions): AsyncIterable<ReadItem> {
  const get = opts.fetch ?? fetch;
  for (const url of urls) {
    try {
      const res = await get(url, { signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000), headers: { 'user-agent': 'rasad (news ingest)' } });
      if (!res.ok) { yield { error: `HTTP ${res.status} ${res.statusText}`.trim(), origin: url }; continue; }
      yield* readDocuments(new Uint8Array(await res.arrayBuffer()), { name: url });
    } catch (err) {
      const e = err as Error & { cause?: { message?: string } };
      yield { error: `cannot fetch (${e.cause?.message ?? e.message})`, origin: url };
    }
  }
}

/** Every article source (or failure) in the given paths and feed-URL lists, in order. */
export async function* readInputs(paths: string[], opts: ReadInputOptions = {}): AsyncIterable<ReadItem> {
  const { readDocuments, readPaths } = await newsReaders();
  for (const path of paths) {
    const urls = await feedUrls(path);
    if (urls) yield* fetchFeeds(urls, readDocuments, opts);
    else yield* readPaths([path]);
  }
}
