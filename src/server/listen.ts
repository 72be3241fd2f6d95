// Start the server, print its URL, and close the store cleanly on Ctrl-C / SIGTERM.
import type { Store } from '../store/types.ts';
import { buildServer } from './app.ts';

export async function listen(store: Store, opts: { port: number; host: string }): Promise<string> {
  const app = await buildServer({ store });
  let address: string;
  try {
    address = await app.listen({ port: opts.port, host: opts.host });
  } catch (err) {
    await store.close();
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new Error(`${opts.host}:${opts.port}: the port is in use (choose another with --port)`);
    if (e.code === 'EACCES') throw new Error(`${opts.host}:${opts.port}: not allowed to listen there`);
    throw new Error(`${opts.host}:${opts.port}: ${e.message}`);
  }
  const url = address.replace('://127.0.0.1', '://localhost');
  console.log(`Rasad is serving ${store.location} at ${url}/  (API: ${url}/api/, OpenAPI: ${url}/api/openapi.json)`);
  const stop = async () => { await app.close(); await store.close(); process.exit(0); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return url;
}
