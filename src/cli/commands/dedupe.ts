// `rasad dedupe DIR…`: the same story told by several agencies, found by MinHash fingerprints.
import type { Command } from 'commander';

export function register(program: Command): void {
  program.command('dedupe')
    .description('find near-duplicate articles (the same story from several agencies) in files or directories')
    .argument('<inputs...>', 'files or directories in any format rasad analyze reads')
    .option('-t, --threshold <n>', 'estimated Jaccard similarity to call two articles one story (0..1)')
    .option('--json', 'print clusters as JSON Lines')
    .option('--encoding <name>', 'input encoding instead of detecting it')
    .action(async (inputs: string[], opts: { threshold?: string; json?: boolean; encoding?: string }) => {
      const { stopQuietlyOnClosedPipe } = await import('./analyze.ts');
      stopQuietlyOnClosedPipe();
      const { readPaths, isReadError, fingerprintSource, clusterDuplicates, DUPLICATE_THRESHOLD } = await import('../../news/index.ts');
      const threshold = opts.threshold === undefined ? DUPLICATE_THRESHOLD : Number(opts.threshold);
      if (!(threshold > 0 && threshold <= 1)) throw new Error(`--threshold: expected a number in (0, 1], got ${opts.threshold}`);
      const info = new Map<string, { headline: string | null; agency: string | null; origin: string }>();
      const items: { id: string; fingerprint: string }[] = [];
      let bad = 0;
      for await (const src of readPaths(inputs, { encoding: opts.encoding })) {
        if (isReadError(src)) { bad++; console.error(`rasad: ${src.origin}: ${src.error}`); continue; }
        const id = String(items.length);
        // no headline: the opening words stand for it
        const title = src.headline ?? `${src.body.slice(0, 70).replace(/\s+/g, ' ').trim()}…`;
        info.set(id, { headline: title, agency: src.agency, origin: src.origin ?? '' });
        items.push({ id, fingerprint: fingerprintSource(src) });
      }
      if (items.length === 0) throw new Error(bad ? 'nothing could be read' : 'no articles found');
      const clusters = clusterDuplicates(items, threshold).sort((a, b) => b.ids.length - a.ids.length);
      for (const c of clusters) {
        const best = new Map<string, number>();
        for (const p of c.pairs) for (const id of [p.a, p.b]) best.set(id, Math.max(best.get(id) ?? 0, p.similarity));
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ size: c.ids.length, articles: c.ids.map((id) => ({ ...info.get(id), similarity: +(best.get(id) ?? 0).toFixed(3) })) })}\n`);
          continue;
        }
        process.stdout.write(`\nخوشه با ${c.ids.length} خبر:\n`);
        for (const id of c.ids) {
          const a = info.get(id)!;
          process.stdout.write(`  ${(best.get(id) ?? 0).toFixed(2)}  ${a.agency ?? '—'}  ${a.headline}  [${a.origin}]\n`);
        }
      }
      console.error(`rasad: ${items.length} articles, ${clusters.length} clusters of near-duplicates (threshold ${threshold})`);
    });
}
