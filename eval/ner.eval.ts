// ParsTwiNER: entity-level micro F1 over its six types (exact span and type, conlleval logic), per type.
// Headline: what `rasad ner --conll` writes with no flags (ParsTwiNER's types, default recognizer); then
// the tagger ensemble's vote, the single tagger and the full recognizer (tagger + gazetteers + news rules).
// Run: node eval/ner.eval.ts              ParsTwiNER test, shipped model (trained on train + dev)
//      node eval/ner.eval.ts --dev DIR    ParsTwiNER dev, the model in DIR trained on train alone
//                                         (NER_TRAIN_ONLY=1 NER_OUT=DIR node train/ner.ts): choose settings here
import { readFileSync } from 'node:fs';
import { parseConll } from '../src/ner/conll.ts';
import { tagTokens, type TagTokensOptions } from '../src/ner/index.ts';
import { EntityScorer } from '../src/ner/score.ts';
import { Perceptron, type ModelData } from '../src/ner/perceptron.ts';
import { useModel } from '../src/ner/tagger.ts';
import { countHeadConventions, formatHeadConventions } from '../src/ner/conventions.ts';

// --count-conventions: print ParsTwiNER train's head-word conventions (src/ner/data/parstwiner-heads.tsv).
if (process.argv.includes('--count-conventions')) {
  const train = parseConll(readFileSync(new URL('../../shared/corpora/parstwiner/train.txt', import.meta.url), 'utf8'));
  process.stdout.write(formatHeadConventions(countHeadConventions(train)));
  process.exit(0);
}

const TYPES = ['PER', 'ORG', 'LOC', 'EVE', 'POG', 'NAT'];
const devAt = process.argv.indexOf('--dev');
let split = 'test';
if (devAt >= 0) {
  const dir = process.argv[devAt + 1]?.replace(/\/?$/, '/');
  if (!dir) throw new Error('--dev: give the folder of a model trained on ParsTwiNER train alone');
  const data = JSON.parse(readFileSync(`${dir}ner.json`, 'utf8')) as ModelData;
  if (!String(data.meta?.trainedOn ?? '').includes('train (MIT)') || String(data.meta?.trainedOn).includes('dev')) throw new Error(`${dir}ner.json: not a model trained on train alone (meta.trainedOn: ${String(data.meta?.trainedOn)})`);
  useModel(Perceptron.fromData(data), readFileSync(`${dir}ner-names.tsv`, 'utf8'), `${dir}ner-ensemble.json`);
  split = 'dev';
}
const sentences = parseConll(readFileSync(new URL(`../../shared/corpora/parstwiner/${split}.txt`, import.meta.url), 'utf8'));
const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
console.log(`ParsTwiNER ${split}: ${sentences.length} sentences, ${tokens} tokens; six types ${TYPES.join(' ')}`);
const settings: [string, TagTokensOptions | undefined][] = [
  ['DEFAULT `rasad ner --conll` (no flags)', undefined],
  ['tagger ensemble, span vote (--vote)', { recognizer: 'vote' }],
  ['single tagger (--model-only)', { recognizer: 'model' }],
  ['tagger + gazetteers + rules (--full)', { recognizer: 'full' }],
  ['tagger ensemble\'s vote + gazetteers + rules (--full-vote)', { recognizer: 'full-vote' }],
];
for (const [label, opts] of settings) {
  const scorer = new EntityScorer();
  for (const s of sentences) scorer.addTags(s.tags, tagTokens(s.tokens, opts));
  console.log(`\n${label}: F1 ${(100 * scorer.overall(TYPES).f1).toFixed(2)}`);
  console.log(scorer.report(TYPES));
}
