// First run: an empty store gets the bundled sample corpus so `npm start` shows something at once.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingest } from './ingest.ts';
import { progressReporter } from './progress.ts';
import type { Store } from './types.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

export async function seedIfEmpty(store: Store, dir = SAMPLES_DIR): Promise<number> {
  if ((await store.count()) > 0) return 0;
  if (!existsSync(dir)) {
    console.error(`rasad: ${dir}: no sample corpus; starting with an empty store (add articles with rasad ingest PATH)`);
    return 0;
  }
  console.error(`The store ${store.location} is empty: ingesting the sample corpus ${dir} …`);
  const progress = progressReporter();
  try {
    const r = await ingest(store, [dir], { onProgress: progress.update });
    progress.stop();
    console.error(`ingested ${r.created} articles (${r.rejected} set aside) in ${r.seconds.toFixed(1)} s`);
    return r.created;
  } finally {
    progress.stop();
  }
}
