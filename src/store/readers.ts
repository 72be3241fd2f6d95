// Input for ingest: files and directories through the news readers, plus feed-URL lists (a text file whose
// lines are feed URLs), fetched with Node's fetch; a failing URL is one error entry, the others go on.
import { readFile, stat } from 'node:fs/promises';
import type { ArticleSource } from '../article.ts';
import type { ReadPathsOptions } from '../news/read.ts';

export interface ReadFailure { error: string; origin: string }
export type ReadItem = ArticleSource | ReadFailure;

type ReadDocuments = (bytes: Uint8Array, opts: { name?: string }) => ReadItem[];
type ReadPaths = (paths: string[], opts?: Pick<ReadPathsOptions, 'skip' | 'onSkip'>) => AsyncIterable<ReadItem>;

export function isFailure(r: ReadItem): r is ReadFailure {
  return typeof (r as ReadFailure).error === 'string';
}

// Loaded on first use so that commands which never read files do not pay for the news readers.
async function newsReaders(): Promise<{ readDocuments: ReadDocuments; readPaths: ReadPaths }> {
  const { readDocuments, readPaths } = await import('../news/index.ts');
  return { readDocuments, readPaths };
}

/** The news module's readDocuments (wire text, HTML, feeds, JSON Lines). */
export async function readDocuments(bytes: Uint8Array, name: string): Promise<ReadItem[]> {
  return (await newsReaders()).readDocuments(bytes, { name });
}

const URL_LINE = /^https?:\/\/\S+$/;
const MAX_LIST_BYTES = 1 << 20;

export interface FeedList { urls: string[]; strays: { line: number; text: string }[] }

/** A feed list, or null when the file is not one. A feed list is mostly URL lines (at least half of its
 * non-empty, non-# lines) and has no Persian/Arabic text; its other lines are mistakes (`strays`), reported
 * rather than ingested as an article. */
export async function readFeedList(path: string): Promise<FeedList | null> {
  try {
    const s = await stat(path);
    if (!s.isFile() || s.size > MAX_LIST_BYTES || s.size === 0) return null;
    const lines = (await readFile(path, 'utf8')).split(/\r?\n/).map((l, i) => ({ line: i + 1, text: l.trim() }))
      .filter((l) => l.text && !l.text.startsWith('#'));
    const urls = lines.filter((l) => URL_LINE.test(l.text)).map((l) => l.text);
    const strays = lines.filter((l) => !URL_LINE.test(l.text));
    if (urls.length === 0 || urls.length * 2 < lines.length || strays.some((l) => ARABIC_SCRIPT.test(l.text))) return null;
    return { urls, strays };
  } catch {
    return null;
  }
}

/** The URLs of a feed list, or null when the file is not one. */
export async function feedUrls(path: string): Promise<string[] | null> {
  return (await readFeedList(path))?.urls ?? null;
}

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** `skip` / `onSkip`: files never to read (the store's own files) and who is told when one is passed over. */
export interface ReadInputOptions extends Pick<ReadPathsOptions, 'skip' | 'onSkip'> {
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
    const list = await readFeedList(path);
    if (list) {
      for (const stray of list.strays) yield { error: `not a URL in a feed list: «${stray.text.slice(0, 80)}»`, origin: `${path}:${stray.line}` };
      yield* fetchFeeds(list.urls, readDocuments, opts);
    }
    else yield* readPaths([path], { skip: opts.skip, onSkip: opts.onSkip });
  }
}
