// rasad search QUERY: search the store from the terminal.
import type { Command } from 'commander';
import { DB_HELP } from './serve.ts';

export function register(program: Command): void {
  program
    .command('search')
    .description('search stored articles (words, "phrases", -exclusion, OR, agency: entity: type: from: to:)')
    .argument('<query...>', 'query text')
    .option('--db <path>', DB_HELP)
    .option('--page <n>', 'result page', '1')
    .option('--size <n>', 'results per page', '10')
    .option('--sort <order>', 'relevance or date', 'relevance')
    .option('--json', 'print the API response as JSON')
    .action(async (words: string[], opts: { db?: string; page: string; size: string; sort: string; json?: boolean }) => {
      const { openStore } = await import('../../store/index.ts');
      const { search } = await import('../../search/index.ts');
      if (opts.sort !== 'relevance' && opts.sort !== 'date') throw new Error(`--sort ${opts.sort}: use relevance or date`);
      const store = await openStore({ path: opts.db, mustExist: true });
      try {
        const q = words.join(' ');
        const r = await search(store, { q, page: Number(opts.page), size: Number(opts.size), sort: opts.sort, facets: Boolean(opts.json) })
          .catch((e: Error & { field?: string }) => { throw new Error(`${e.field ?? 'query'}: ${e.message}`); });
        if (opts.json) { console.log(JSON.stringify(r, null, 2)); return; }
        const color = process.stdout.isTTY;
        const from = (r.page - 1) * r.size;
        console.log(`${r.total} result${r.total === 1 ? '' : 's'} for ${JSON.stringify(q)}${r.total ? ` (${from + 1}–${from + r.hits.length})` : ''}`);
        r.hits.forEach((h, k) => {
          let text = h.snippet.text;
          if (color) for (const [a, z] of [...h.snippet.highlights].reverse()) text = `${text.slice(0, a)}\x1b[1;33m${text.slice(a, z)}\x1b[0m${text.slice(z)}`;
          console.log(`\n${from + k + 1}. ${h.headline ?? '(no headline)'}`);
          console.log(`   ${[h.agency, h.published, `score ${h.score}`, h.id].filter(Boolean).join(' · ')}`);
          console.log(`   ${text}`);
        });
      } finally {
        await store.close();
      }
    });
}
