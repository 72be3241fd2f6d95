// rasad ingest PATH…: analyze documents and keep them in the store (idempotent, resumable).
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('ingest')
    .description('analyze files, directories, JSONL, feeds or a file of feed URLs and store them (re-ingesting changes nothing)')
    .argument('<paths...>', 'files, directories, or a text file whose lines are feed URLs')
    .option('--db <path>', 'SQLite store file (default ./data/rasad.db; RASAD_DATABASE_URL=postgres://… selects PostgreSQL)')
    .option('--batch <n>', 'articles per transaction (fewer, larger commits: 256 ingests 100k articles ~15% faster than 64)', '256')
    .option('--workers <n>', 'analysis threads (default: one per core)')
    .option('--quiet', 'no progress output')
    .action(async (paths: string[], opts: { db?: string; batch: string; workers?: string; quiet?: boolean }) => {
      const { openStore } = await import('../../store/index.ts');
      const { ingest } = await import('../../store/ingest.ts');
      const { progressReporter } = await import('../../store/progress.ts');
      const batchSize = Number(opts.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`--batch ${opts.batch}: not a positive integer`);
      const workers = opts.workers === undefined ? undefined : Number(opts.workers);
      if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) throw new Error(`--workers ${opts.workers}: not a whole number`);
      const store = await openStore({ path: opts.db });
      const progress = progressReporter({ quiet: opts.quiet });
      try {
        const r = await ingest(store, paths, {
          batchSize, workers,
          onProgress: progress.update,
          onReject: (x) => progress.log(`rejected ${x.origin ?? '(unknown)'}: ${x.reason}`),
          onNote: (message) => (opts.quiet ? console.error(`rasad: ${message}`) : progress.log(message)),
        });
        progress.stop();
        console.log(`ingested ${r.created} new, ${r.skipped} already stored, ${r.rejected} rejected in ${r.seconds.toFixed(1)} s ` +
          `(${r.articlesPerSecond.toFixed(1)} articles/s) into ${store.location}`);
      } finally {
        progress.stop();
        await store.close();
      }
    });
}
