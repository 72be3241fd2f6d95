// ParsTwiNER test: entity-level micro F1 (exact span and type, conlleval logic), per type.
// Two settings: the statistical tagger alone, and the full recognizer (tagger + gazetteers + news rules)
// with ParsTwiNER's own type set (POG kept; our FAC written as LOC).
// Run: node eval/ner.eval.ts
import { readFileSync } from 'node:fs';
import { parseConll } from '../src/ner/conll.ts';
import { tagTokens } from '../src/ner/index.ts';
import { EntityScorer } from '../src/ner/score.ts';

const test = parseConll(readFileSync(new URL('../../shared/corpora/parstwiner/test.txt', import.meta.url), 'utf8'));
const tokens = test.reduce((n, s) => n + s.tokens.length, 0);
console.log(`ParsTwiNER test: ${test.length} sentences, ${tokens} tokens`);
for (const [label, modelOnly] of [['tagger alone', true], ['tagger + gazetteers + rules', false]] as const) {
  const scorer = new EntityScorer();
  for (const s of test) scorer.addTags(s.tags, tagTokens(s.tokens, { parstwiner: true, modelOnly }));
  console.log(`\n${label}`);
  console.log(scorer.report());
}
