// rasad start (npm start): fill an empty embedded store with the bundled sample corpus, then serve it.
import type { Command } from 'commander';
import { parsePort, withServerOptions } from './serve.ts';

export function register(program: Command): void {
  withServerOptions(program
    .command('start')
    .description('ingest the bundled sample corpus (samples/) into an empty store, then serve the API and web UI'))
    .option('--samples <dir>', 'corpus to ingest when the store is empty')
    .action(async (opts: { port: string; host: string; db?: string; samples?: string }) => {
      const { openStore } = await import('../../store/index.ts');
      const { listen } = await import('../../server/listen.ts');
      const { seedIfEmpty } = await import('../../store/seed.ts');
      const port = parsePort(opts.port);
      const store = await openStore({ path: opts.db });
      try {
        await seedIfEmpty(store, opts.samples);
      } catch (err) {
        await store.close();
        throw err;
      }
      await listen(store, { port, host: opts.host });
    });
}
