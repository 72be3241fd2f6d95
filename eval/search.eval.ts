// Search relevance: nDCG@10 of the graded queries in test/search/judgements.json over the bundled sample
// corpus (samples/corpora), ingested through the full analysis pipeline, on SQLite and (when
// RASAD_TEST_DATABASE_URL or RASAD_DATABASE_URL names one) PostgreSQL.  Run: node eval/search.eval.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openStore } from '../src/store/index.ts';
import { ingestItems } from '../src/store/ingest.ts';
import type { Store } from '../src/store/types.ts';
import { evaluate, loadCorpus, loadJudgements, type RelevanceResult } from '../test/search/relevance.ts';

const corpus = await loadCorpus();
const judgements = loadJudgements();

async function run(name: string, store: Store): Promise<RelevanceResult> {
  const r = await ingestItems(store, corpus.map((d) => d.source), { workers: 2 });
  console.log(`${name}: ingested ${r.created} articles (${r.rejected} rejected) in ${r.seconds.toFixed(1)} s`);
  return evaluate(store, corpus, judgements);
}

const results = new Map<string, RelevanceResult>();
const dir = mkdtempSync(join(tmpdir(), 'rasad-eval-'));
try {
  const sqlite = await openStore({ path: join(dir, 'eval.db') });
  results.set('sqlite (FTS5 bm25)', await run('sqlite', sqlite));
  await sqlite.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pgUrl = process.env.RASAD_TEST_DATABASE_URL ?? process.env.RASAD_DATABASE_URL;
if (pgUrl) {
  const pg = (await import('pg')).default;
  const schema = `eval_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    const url = new URL(pgUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const store = await openStore({ url: url.toString() });
    results.set('postgres (ts_rank_cd)', await run('postgres', store));
    await store.close();
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
} else {
  console.log('postgres: skipped (set RASAD_TEST_DATABASE_URL=postgres://…)');
}

const names = [...results.keys()];
console.log(`\n${judgements.queries.length} queries, ${corpus.length} articles; nDCG@10 per query:`);
console.log(['query', ...names].join('\t'));
judgements.queries.forEach((q, i) => console.log([q.q, ...names.map((n) => results.get(n)!.perQuery[i].ndcg.toFixed(3))].join('\t')));
for (const n of names) console.log(`mean nDCG@10 ${n}: ${results.get(n)!.meanNdcg.toFixed(3)}`);
