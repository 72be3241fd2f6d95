// rasad serve: the HTTP API and the built web UI over a store.
import type { Command } from 'commander';

export const DB_HELP = 'SQLite store file (default ./data/rasad.db; RASAD_DATABASE_URL=postgres://… selects PostgreSQL)';

export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port ${value}: not a port number (0-65535)`);
  return n;
}

/** --port, --host and --db, shared by serve and start. */
export function withServerOptions(cmd: Command): Command {
  return cmd
    .option('--port <n>', 'port', '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <path>', DB_HELP);
}

export function register(program: Command): void {
  withServerOptions(program
    .command('serve')
    .description('serve the HTTP API (/api/…, OpenAPI at /api/openapi.json) and the web UI'))
    .option('--processes <n>', 'server processes sharing the port (one per core helps under load)', '1')
    .action(async (opts: { port: string; host: string; db?: string; processes: string }) => {
      const { openStore } = await import('../../store/index.ts');
      const { listen } = await import('../../server/listen.ts');
      const port = parsePort(opts.port);
      const processes = Number(opts.processes);
      if (!Number.isInteger(processes) || processes < 1 || processes > 64) throw new Error(`--processes ${opts.processes}: use 1 to 64`);
      const store = await openStore({ path: opts.db });
      await listen(store, { port, host: opts.host, processes });
    });
}
