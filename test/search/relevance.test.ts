// Relevance on the bundled sample corpus: ≥ 30 Persian queries with graded judgements (judgements.json),
// nDCG@10 on both back ends. Articles are only normalized here (fast); eval/search.eval.ts runs the full pipeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { backends } from '../store/helpers.ts';
import { CORPUS_DIR, evaluate, lightArticle, loadCorpus, loadJudgements } from './relevance.ts';

const judgements = loadJudgements();

test('the judgement set has at least 30 queries, each with relevant documents', () => {
  assert.ok(judgements.queries.length >= 30);
  for (const q of judgements.queries) assert.ok(Object.values(q.grades).some((g) => g >= 2), q.q);
});

const totals = new Map<string, number[]>();
if (!existsSync(CORPUS_DIR)) {
  test('relevance', { skip: `${CORPUS_DIR} is missing` }, () => {});
} else {
  const corpus = await loadCorpus();
  const articles = await Promise.all(corpus.map(lightArticle));
  for (const b of await backends()) {
    test(`nDCG@10 on ${b.name} stays above 0.6`, async () => {
      const store = await b.open();
      try {
        await store.putArticles(articles);
        const r = await evaluate(store, corpus, judgements);
        console.log(`# ${b.name}: mean nDCG@10 = ${r.meanNdcg.toFixed(3)} over ${r.perQuery.length} queries`);
        totals.set(b.name, r.perQuery.map((x) => x.total));
        assert.ok(r.meanNdcg >= 0.6, `mean nDCG@10 ${r.meanNdcg.toFixed(3)}`);
        if (totals.size === 2) {
          const [x, y] = [...totals.values()];
          assert.deepEqual(x, y, 'both back ends match the same documents for every query');
        }
      } finally {
        await store.close();
        await b.cleanup();
      }
    });
  }
}
