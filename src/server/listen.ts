// Start the server, print its URL, and close the store cleanly on Ctrl-C / SIGTERM. With `processes` > 1 the
// command runs again in that many cluster workers sharing the port (node:cluster); this process only supervises.
import cluster from 'node:cluster';
import type { Store } from '../store/types.ts';
import { buildServer } from './app.ts';

export interface ListenOptions { port: number; host: string; processes?: number }

function banner(location: string, address: string, processes: number): void {
  const url = address.replace('://127.0.0.1', '://localhost');
  console.log(`Rasad is serving ${location} at ${url}/  (API: ${url}/api/, OpenAPI: ${url}/api/openapi.json)` +
    (processes > 1 ? ` with ${processes} processes` : ''));
}

async function supervise(store: Store, opts: ListenOptions, processes: number): Promise<void> {
  const location = store.location;
  await store.close(); // the workers open their own connections
  let shown = false;
  let stopping = false;
  const fork = () => {
    const w = cluster.fork();
    w.on('message', (m: { listening?: string; failed?: string }) => {
      if (m.listening && !shown) { shown = true; banner(location, m.listening, processes); }
      if (m.failed) { console.error(`rasad: ${m.failed}`); stopping = true; for (const x of Object.values(cluster.workers ?? {})) x?.kill(); process.exitCode = 1; }
    });
  };
  for (let i = 0; i < processes; i++) fork();
  cluster.on('exit', (_w, code) => { if (!stopping && code !== 0) fork(); }); // a crashed worker is replaced
  const stop = () => { stopping = true; for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM'); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export async function listen(store: Store, opts: ListenOptions): Promise<void> {
  const processes = Math.max(1, opts.processes ?? 1);
  if (processes > 1 && cluster.isPrimary) return supervise(store, opts, processes);
  const app = await buildServer({ store });
  await store.warm(); // the search catalog loads before the first request, not during it
  let address: string;
  try {
    address = await app.listen({ port: opts.port, host: opts.host });
  } catch (err) {
    await store.close();
    const e = err as NodeJS.ErrnoException;
    const msg = e.code === 'EADDRINUSE' ? `${opts.host}:${opts.port}: the port is in use (choose another with --port)`
      : e.code === 'EACCES' ? `${opts.host}:${opts.port}: not allowed to listen there` : `${opts.host}:${opts.port}: ${e.message}`;
    if (cluster.isWorker) { process.send?.({ failed: msg }); return; }
    throw new Error(msg);
  }
  if (cluster.isWorker) process.send?.({ listening: address });
  else banner(store.location, address, 1);
  const stop = async () => { await app.close(); await store.close(); process.exit(0); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
