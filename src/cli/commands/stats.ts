// rasad stats: what the store holds.
import type { Command } from 'commander';
import { DB_HELP } from './serve.ts';

export function register(program: Command): void {
  program
    .command('stats')
    .description('print what the store holds (articles, entities, quotes, events, rejected documents, agencies)')
    .option('--db <path>', DB_HELP)
    .option('--rejected', 'also list the latest rejected documents with their reasons')
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; rejected?: boolean; json?: boolean }) => {
      const { openStore } = await import('../../store/index.ts');
      const store = await openStore({ path: opts.db, mustExist: true });
      try {
        const s = await store.stats();
        const rejected = opts.rejected ? await store.rejected(50) : undefined;
        if (opts.json) { console.log(JSON.stringify({ ...s, ...(rejected ? { rejectedDocuments: rejected } : {}) }, null, 2)); return; }
        console.log(`store      ${store.location} (${store.kind}, schema v${await store.schemaVersion()})`);
        console.log(`articles   ${s.articles}${s.oldest ? `  (${s.oldest} … ${s.newest})` : ''}`);
        console.log(`entities   ${s.entities}`);
        console.log(`quotes     ${s.quotes}`);
        console.log(`events     ${s.events}`);
        console.log(`rejected   ${s.rejected}`);
        if (s.agencies.length) console.log(`agencies   ${s.agencies.map((a) => `${a.value} ${a.count}`).join(', ')}`);
        for (const r of rejected ?? []) console.log(`  rejected ${r.at}  ${r.origin ?? '(unknown)'}: ${r.reason}`);
      } finally {
        await store.close();
      }
    });
}
