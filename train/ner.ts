// Trains the NER tagger: averaged structured perceptron on ParsTwiNER train (MIT), number of epochs
// chosen on dev, fixed seed. Tokens are normalized as the pipeline normalizes text.
// Run: npm run train:ner   (rebuilds the gazetteer data first)
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { normalize } from '../src/text/index.ts';
import { parseConll, type ConllSentence } from '../src/ner/conll.ts';
import { sentenceFeatures } from '../src/ner/features.ts';
import { Gazetteer, loadLexicon } from '../src/ner/gazetteer.ts';
import { Perceptron } from '../src/ner/perceptron.ts';
import { parseClusters } from '../src/ner/tagger.ts';
import { EntityScorer, chunks } from '../src/ner/score.ts';
import { namesFromText, parseNames } from '../src/ner/names.ts';

const CORPUS = new URL('../../shared/corpora/parstwiner/', import.meta.url);
const SEED = 20211110;
const MAX_EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
const MIN_COUNT = Number(process.env.NER_MIN_COUNT ?? 2);
export const TYPES = ['PER', 'LOC', 'ORG', 'NAT', 'EVE', 'POG'];

for (const step of ['./gazetteers.ts', './ner-clusters.ts']) {
  if (process.env.NER_SKIP_DATA) break;
  execFileSync(process.execPath, [fileURLToPath(new URL(step, import.meta.url))], { stdio: 'inherit' });
}
// The gazetteer module caches; load fresh after the rebuild.
const { loadGazetteer } = await import('../src/ner/gazetteer.ts');
const gazetteer: Gazetteer = loadGazetteer();
const lexicon = loadLexicon();
const clusters = process.env.NER_NO_CLUSTERS ? undefined : parseClusters(readFileSync(new URL('../models/ner-clusters.tsv', import.meta.url), 'utf8'));

export function normalizeToken(t: string): string {
  const n = normalize(t).text.trim();
  return n || t;
}

function read(name: string): ConllSentence[] {
  return parseConll(readFileSync(new URL(name, CORPUS), 'utf8')).map((s) => ({ tokens: s.tokens.map(normalizeToken), tags: s.tags }));
}

function mulberry32(a: number): () => number {
  return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const labels = ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
const train = read('train.txt'), dev = read('dev.txt');
const t0 = Date.now();
// Names seen in training data: features for a fold come from the other folds (jackknife), so the
// model learns how far to trust a name it has seen, as it will at run time with the full list.
const FOLDS = 5;
function buildNames(sents: ConllSentence[]): string {
  const entity = new Map<string, Map<string, number>>();
  const asO = new Map<string, number>();
  for (const s of sents) {
    for (const c of chunks(s.tags)) {
      const name = s.tokens.slice(c.start, c.end).join(' ');
      const m = entity.get(name) ?? new Map<string, number>();
      m.set(c.type, (m.get(c.type) ?? 0) + 1);
      entity.set(name, m);
    }
    s.tags.forEach((t, i) => { if (t === 'O') asO.set(s.tokens[i], (asO.get(s.tokens[i]) ?? 0) + 1); });
  }
  return namesFromText(entity, asO);
}
const foldNames = Array.from({ length: FOLDS }, (_, k) => parseNames(buildNames(train.filter((_, i) => i % FOLDS !== k))));
const allNamesText = buildNames(train);
const allNames = parseNames(allNamesText);
const trainFeats = train.map((s, i) => sentenceFeatures(s.tokens, { gazetteer, lexicon, names: foldNames[i % FOLDS], clusters }));
const devFeats = dev.map((s) => sentenceFeatures(s.tokens, { gazetteer, lexicon, names: allNames, clusters }));
const counts = new Map<string, number>();
for (const s of trainFeats) for (const f of s) for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
const kept = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([f]) => f).sort();
console.log(`features: ${counts.size} seen, ${kept.length} kept (count >= ${MIN_COUNT}); extraction ${Date.now() - t0} ms`);

const SEEDS = Number(process.env.NER_SEEDS ?? 1);
const proto = new Perceptron(labels, kept);
const trainRows = trainFeats.map((s) => s.map((f) => proto.rows(f)));
const devRows = devFeats.map((s) => s.map((f) => proto.rows(f)));
const gold = train.map((s) => s.tags.map((t) => Math.max(0, labels.indexOf(t))));

function devF1(m: Perceptron): number {
  const sc = new EntityScorer();
  dev.forEach((s, i) => sc.addTags(s.tags, m.decode(devRows[i]).map((y) => labels[y])));
  return sc.overall().f1;
}

/** One perceptron from one shuffling seed; returns its best averaged snapshot on dev. */
function trainOne(seed: number): { f1: number; epoch: number; model: Perceptron } {
  const model = new Perceptron(labels, kept);
  const rand = mulberry32(seed);
  const order = train.map((_, i) => i);
  let best = { f1: -1, epoch: 0, model };
  for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    let errors = 0;
    for (const k of order) {
      const pred = model.decode(trainRows[k]);
      if (pred.some((y, i) => y !== gold[k][i])) { errors++; model.update(trainRows[k], gold[k], pred); }
      model.tick();
    }
    const avg = model.averaged();
    const f1 = devF1(avg);
    console.log(`seed ${seed} epoch ${epoch}: sentences with errors ${errors}, dev F1 ${(100 * f1).toFixed(2)}`);
    if (f1 > best.f1) best = { f1, epoch, model: avg };
  }
  return best;
}

// An ensemble of perceptrons from different shuffles, combined by averaging their weights.
const members = Array.from({ length: SEEDS }, (_, k) => trainOne(SEED + k));
const combined = members[0].model;
for (const m of members.slice(1)) {
  for (let i = 0; i < combined.w.length; i++) combined.w[i] += m.model.w[i];
  for (let i = 0; i < combined.trans.length; i++) combined.trans[i] += m.model.trans[i];
}
for (let i = 0; i < combined.w.length; i++) combined.w[i] /= SEEDS;
for (let i = 0; i < combined.trans.length; i++) combined.trans[i] /= SEEDS;
const best = { f1: devF1(combined), epoch: members.map((m) => m.epoch).join('/'), model: combined };
console.log(`ensemble of ${SEEDS}: dev F1 ${(100 * best.f1).toFixed(2)}`);
// Tune the O penalty on dev (the tweet-trained model under-predicts entities).
let bestPenalty = { penalty: 0, f1: best.f1 };
for (const penalty of [0.5, 1, 1.5, 2, 3, 4, 6]) {
  best.model.oPenalty = penalty;
  const f1 = devF1(best.model);
  console.log(`O penalty ${penalty}: dev F1 ${(100 * f1).toFixed(2)}`);
  if (f1 > bestPenalty.f1) bestPenalty = { penalty, f1 };
}
best.model.oPenalty = bestPenalty.penalty;
best.f1 = bestPenalty.f1;
const data = best.model.toData({ oPenalty: bestPenalty.penalty, trainedOn: 'ParsTwiNER train (MIT)', tunedOn: 'ParsTwiNER dev', epochs: best.epoch, devF1: +(100 * best.f1).toFixed(2), seed: SEED });
const out = new URL('../models/ner.json', import.meta.url);
writeFileSync(out, JSON.stringify(data));
writeFileSync(new URL('../models/ner-names.tsv', import.meta.url), allNamesText);
console.log(`best epoch ${best.epoch}, dev F1 ${(100 * best.f1).toFixed(2)}; wrote models/ner.json (${Object.keys(data.weights).length} features), ${Date.now() - t0} ms`);
