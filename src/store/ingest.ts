// Ingest: read sources, skip those already stored (id = content hash), analyze the rest in parallel worker
// threads, and write batch after batch in input order, each batch (articles + rejected documents) in one
// transaction. A kill loses at most the batch in flight; running again resumes where it stopped.
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import type { Article, ArticleSource } from '../article.ts';
import { analyze, articleId } from '../pipeline.ts';
import { AnalysisPool, DEFAULT_DEPTH, type PoolStats } from './pool.ts';
import { isFailure, readInputs, type ReadItem } from './readers.ts';
import type { Rejected, Store } from './types.ts';

export interface IngestProgress {
  done: number; total: number; created: number; skipped: number; rejected: number; seconds: number;
}

export interface IngestOptions {
  batchSize?: number;
  /** analysis threads; 0 analyzes on the main thread */
  workers?: number;
  onProgress?: (p: IngestProgress) => void;
  /** a set-aside document, as it happens */
  onReject?: (r: Rejected) => void;
  fetch?: typeof fetch;
  /** a note about the input as a whole (the store's own files passed over), once */
  onNote?: (message: string) => void;
}

export interface IngestReport extends IngestProgress {
  articlesPerSecond: number;
  /** analysis threads' CPU time and waiting time (absent when analysis ran on the main thread) */
  pool?: PoolStats;
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

const OPTIMIZE_AFTER = 1000;

interface Pending { analyzed: Promise<(Article | Rejected)[]>; skipped: number; size: number }

/** Ingest every document of the given paths (files, directories, JSONL, feeds, feed-URL lists). */
export async function ingest(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestReport> {
  const items: ReadItem[] = [];
  const own = storeFiles(store);
  const passed: string[] = [];
  const skip = (file: string): boolean => own.has(resolve(file));
  for await (const it of readInputs(paths, { fetch: opts.fetch, skip, onSkip: (f) => passed.push(basename(f)) })) items.push(it);
  if (passed.length) opts.onNote?.(`not read: the store's own file${passed.length > 1 ? 's' : ''} (${passed.join(', ')}) inside the input`);
  return ingestItems(store, items, opts);
}

/** The SQLite store's file and its sidecars (WAL, shared memory, rollback journal, search catalog): a
 * directory being ingested may hold the store (`rasad ingest data/ --db data/rasad.db`), and its own bytes
 * are no news. */
function storeFiles(store: Store): Set<string> {
  if (store.kind !== 'sqlite') return new Set();
  const file = resolve(store.location);
  return new Set([file, ...['-wal', '-shm', '-journal', '-catalog'].map((s) => file + s)]);
}

export async function ingestItems(store: Store, items: ReadItem[], opts: IngestOptions = {}): Promise<IngestReport> {
  const batchSize = Math.max(1, opts.batchSize ?? 256);
  const workers = opts.workers ?? defaultWorkers();
  // a batch's write blocks the main thread for about batchSize x 0.75 ms: each worker holds a quarter of a batch
  // (at least 16 tasks), so it still has work when the write ends
  const pool = workers > 0 ? new AnalysisPool(workers, Math.max(DEFAULT_DEPTH, Math.ceil(batchSize / 4))) : null;
  const run = (s: ArticleSource): Promise<Article> => (pool ? pool.analyze(s) : Promise.resolve().then(() => analyze(s)));
  const started = performance.now();
  const p: IngestProgress = { done: 0, total: items.length, created: 0, skipped: 0, rejected: 0, seconds: 0 };
  const seen = new Set<string>();
  const inFlight: Pending[] = [];
  let stats: PoolStats | undefined;

  const submit = async (batch: ReadItem[]): Promise<Pending> => {
    const ids = batch.map((it) => (isFailure(it) ? null : articleId(it)));
    const stored = await store.existing(ids.filter((x): x is string => x !== null));
    let skipped = 0;
    const work = batch.map((it, k): Promise<Article | Rejected> | null => {
      if (isFailure(it)) return Promise.resolve({ origin: it.origin, reason: it.error });
      const id = ids[k]!;
      if (stored.has(id) || seen.has(id)) { skipped++; return null; }
      seen.add(id);
      return run(it).catch((err: Error) => ({ origin: it.origin ?? it.headline ?? id, reason: `analysis failed: ${err.message}` }));
    }).filter((x): x is Promise<Article | Rejected> => x !== null);
    return { analyzed: Promise.all(work), skipped, size: batch.length };
  };

  const write = async (pending: Pending) => {
    const results = await pending.analyzed;
    const articles = results.filter((r): r is Article => 'id' in r);
    const rejected = results.filter((r): r is Rejected => !('id' in r));
    const out = await store.putArticles(articles, rejected);
    for (const r of rejected) opts.onReject?.(r);
    p.created += out.filter((r) => r.created).length;
    p.skipped += pending.skipped + out.filter((r) => !r.created).length;
    p.rejected += rejected.length;
    p.done += pending.size;
    p.seconds = (performance.now() - started) / 1000;
    opts.onProgress?.({ ...p });
  };

  try {
    // Two batches in flight: workers analyze the next batch while the current one is written.
    for (let i = 0; i < items.length; i += batchSize) {
      inFlight.push(await submit(items.slice(i, i + batchSize)));
      if (inFlight.length >= 2) await write(inFlight.shift()!);
    }
    while (inFlight.length) await write(inFlight.shift()!);
  } finally {
    // Settle analyses still running so nothing rejects unobserved, then stop the workers.
    await Promise.allSettled(inFlight.map((x) => x.analyzed));
    stats = pool?.stats();
    await pool?.close();
  }
  // A run that grew the store by a tenth or more leaves its full-text index compacted (part of the ingest time).
  if (p.created >= OPTIMIZE_AFTER && p.created * 10 >= await store.count()) await store.optimize();
  p.seconds = (performance.now() - started) / 1000;
  return { ...p, articlesPerSecond: p.seconds > 0 ? p.created / p.seconds : 0, ...(stats ? { pool: stats } : {}) };
}
